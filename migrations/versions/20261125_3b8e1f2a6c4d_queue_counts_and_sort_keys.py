"""claims per state and each claim's latest rating kept by triggers; sort keys for the queue

The queue's state tabs and the dashboard show how many claims are in each state. Counting them
visits every claim (7 ms at 100,000 claims, 70 ms at 1,000,000), so the database keeps the counts:
``claim_state_count`` has a row per state, and triggers on ``claim`` adjust it on every insert,
delete and change of state, in the same transaction.

- SQLite: row triggers (one writer at a time, so no contention).
- PostgreSQL: statement triggers with transition tables, so a bulk insert updates each state's row
  once per statement rather than once per claim. A change of state locks the two rows it touches
  in a fixed order (by state), so two transactions moving claims in opposite directions wait for
  each other instead of deadlocking.

Each claim's latest rating: ``claim.latest_rating_id`` is the rating of its latest verdict
revision, kept by triggers on ``verdict`` (insert, delete, a change of rating or revision), so the
queue's rating filter and its counts are an index range instead of an anti-join per verdict.

The sorts by priority and by check-worthiness get generated columns (``priority_rank``: low 0 ..
urgent 3; ``score_rank``: the score, -1 when unscored), virtual on SQLite and stored on PostgreSQL,
each indexed with the id, so a page walks an index instead of sorting every claim. The creation
date's index gains the state, so a date range's counts per state read the index alone, and the
tag index gains the claim, so a tag's claims are read from the index alone, and the publication
date's index gains the rating, so the dashboard counts a month's ratings from the index alone.

Revision ID: 3b8e1f2a6c4d
Revises: d9c7f0382c51
Create Date: 2026-11-25 11:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "3b8e1f2a6c4d"
down_revision: str | None = "d9c7f0382c51"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The workflow's states when this revision was written (factcheck/claims/workflow.py); a later
# state needs a migration adding its row.
STATES = ("candidate", "queued", "researching", "in_review", "approved", "published", "dismissed")
PRIORITY_RANK = "CASE priority WHEN 'low' THEN 0 WHEN 'normal' THEN 1 WHEN 'high' THEN 2 WHEN 'urgent' THEN 3 ELSE -1 END"
SCORE_RANK = "coalesce(score, -1.0)"

LATEST_RATING = "(SELECT v.rating_id FROM verdict AS v WHERE v.claim_id = {claim} ORDER BY v.revision DESC LIMIT 1)"


def _sqlite_latest_rating(event: str, row: str) -> str:
    latest = LATEST_RATING.format(claim=f"{row}.claim_id")
    return f"""
    CREATE TRIGGER claim_latest_rating_after_verdict_{event.split()[0].lower()} AFTER {event} ON verdict BEGIN
        UPDATE claim SET latest_rating_id = {latest}
        WHERE id = {row}.claim_id AND latest_rating_id IS NOT {latest};
    END
    """


SQLITE_UP = [
    "ALTER TABLE claim ADD COLUMN latest_rating_id BINARY(16) "
    "CONSTRAINT fk_claim_latest_rating_id_rating REFERENCES rating (id)",
    f"ALTER TABLE claim ADD COLUMN priority_rank INTEGER GENERATED ALWAYS AS ({PRIORITY_RANK}) VIRTUAL",
    f"ALTER TABLE claim ADD COLUMN score_rank FLOAT GENERATED ALWAYS AS ({SCORE_RANK}) VIRTUAL",
    """
    CREATE TRIGGER claim_state_count_after_insert AFTER INSERT ON claim BEGIN
        UPDATE claim_state_count SET claims = claims + 1 WHERE state = new.state;
    END
    """,
    """
    CREATE TRIGGER claim_state_count_after_delete AFTER DELETE ON claim BEGIN
        UPDATE claim_state_count SET claims = claims - 1 WHERE state = old.state;
    END
    """,
    """
    CREATE TRIGGER claim_state_count_after_update AFTER UPDATE OF state ON claim
    WHEN old.state IS NOT new.state BEGIN
        UPDATE claim_state_count SET claims = claims - 1 WHERE state = old.state;
        UPDATE claim_state_count SET claims = claims + 1 WHERE state = new.state;
    END
    """,
    _sqlite_latest_rating("INSERT", "new"),
    _sqlite_latest_rating("UPDATE OF rating_id, revision", "new"),
    _sqlite_latest_rating("DELETE", "old"),
]

SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS claim_latest_rating_after_verdict_delete",
    "DROP TRIGGER IF EXISTS claim_latest_rating_after_verdict_update",
    "DROP TRIGGER IF EXISTS claim_latest_rating_after_verdict_insert",
    "DROP TRIGGER IF EXISTS claim_state_count_after_update",
    "DROP TRIGGER IF EXISTS claim_state_count_after_delete",
    "DROP TRIGGER IF EXISTS claim_state_count_after_insert",
]



def _pg_function(name: str, delta: str) -> str:
    """A statement trigger's function: lock the rows the statement changes in a fixed order, then
    add each state's difference (``delta``: rows of state, n)."""
    return f"""
    CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM 1 FROM claim_state_count
        WHERE state IN (SELECT state FROM ({delta}) AS d) ORDER BY state FOR UPDATE;
        UPDATE claim_state_count AS c SET claims = c.claims + d.n
        FROM ({delta}) AS d WHERE c.state = d.state;
        RETURN NULL;
    END $$
    """


PG_TRIGGERS = {
    "INSERT": ("REFERENCING NEW TABLE AS new_rows", "SELECT state, count(*) AS n FROM new_rows GROUP BY state"),
    "DELETE": ("REFERENCING OLD TABLE AS old_rows", "SELECT state, -count(*) AS n FROM old_rows GROUP BY state"),
    "UPDATE": (
        "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
        "SELECT state, sum(n) AS n FROM (SELECT state, -1 AS n FROM old_rows"
        " UNION ALL SELECT state, 1 AS n FROM new_rows) AS moved GROUP BY state HAVING sum(n) <> 0",
    ),
}

_PG_LATEST = LATEST_RATING.format(claim="target")
POSTGRESQL_UP = [
    "ALTER TABLE claim ADD COLUMN latest_rating_id UUID "
    "CONSTRAINT fk_claim_latest_rating_id_rating REFERENCES rating (id)",
    f"""
    CREATE FUNCTION claim_latest_rating() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        target uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.claim_id ELSE NEW.claim_id END;
    BEGIN
        UPDATE claim SET latest_rating_id = {_PG_LATEST}
        WHERE id = target AND latest_rating_id IS DISTINCT FROM {_PG_LATEST};
        RETURN NULL;
    END $$
    """,
    "CREATE TRIGGER claim_latest_rating_after_verdict AFTER INSERT OR DELETE OR UPDATE OF rating_id, revision "
    "ON verdict FOR EACH ROW EXECUTE FUNCTION claim_latest_rating()",
    f"ALTER TABLE claim ADD COLUMN priority_rank INTEGER GENERATED ALWAYS AS ({PRIORITY_RANK}) STORED",
    f"ALTER TABLE claim ADD COLUMN score_rank FLOAT GENERATED ALWAYS AS ({SCORE_RANK}) STORED",
]
for _event, (_referencing, _delta) in PG_TRIGGERS.items():
    _name = f"claim_state_count_after_{_event.lower()}"
    POSTGRESQL_UP += [
        _pg_function(_name, _delta),
        f"CREATE TRIGGER {_name} AFTER {_event} ON claim {_referencing} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {_name}()",
    ]

POSTGRESQL_DOWN = [
    "DROP TRIGGER IF EXISTS claim_latest_rating_after_verdict ON verdict",
    "DROP FUNCTION IF EXISTS claim_latest_rating()",
] + [
    statement
    for name in (f"claim_state_count_after_{e.lower()}" for e in PG_TRIGGERS)
    for statement in (f"DROP TRIGGER IF EXISTS {name} ON claim", f"DROP FUNCTION IF EXISTS {name}()")
]

COLUMNS_DOWN = [
    "ALTER TABLE claim DROP COLUMN score_rank",
    "ALTER TABLE claim DROP COLUMN priority_rank",
    "ALTER TABLE claim DROP COLUMN latest_rating_id",
]


def _run(statements: dict[str, list[str]]) -> None:
    dialect = op.get_bind().dialect.name
    for statement in statements.get(dialect, []):
        op.execute(statement)


def upgrade() -> None:
    counts = op.create_table(
        "claim_state_count",
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("claims", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("state", name=op.f("pk_claim_state_count")),
        comment="How many claims are in each state, kept by triggers on claim (migration 3b8e1f2a6c4d), "
        "so the queue and the dashboard read the counts instead of counting every claim.",
    )
    op.bulk_insert(counts, [{"state": state, "claims": 0} for state in STATES])
    # Counted before the triggers exist, in this same transaction.
    op.execute(
        "UPDATE claim_state_count SET claims = "
        "(SELECT count(*) FROM claim WHERE claim.state = claim_state_count.state)"
    )
    _run({"sqlite": SQLITE_UP, "postgresql": POSTGRESQL_UP})
    # Filled before the indexes are built (the triggers keep it from now on).
    op.execute(f"UPDATE claim SET latest_rating_id = {LATEST_RATING.format(claim='claim.id')}")
    op.create_index("ix_claim_priority_rank_id", "claim", ["priority_rank", "id"], unique=False)
    op.create_index("ix_claim_score_rank_id", "claim", ["score_rank", "id"], unique=False)
    op.create_index("ix_claim_latest_rating_id_state", "claim", ["latest_rating_id", "state"], unique=False)
    op.create_index(
        "ix_claim_latest_rating_id_updated_at", "claim", ["latest_rating_id", "updated_at"], unique=False
    )
    op.create_index("ix_claim_created_at_state", "claim", ["created_at", "state"], unique=False)
    op.drop_index("ix_claim_created_at", table_name="claim")
    op.create_index("ix_claim_tag_tag_id_claim_id", "claim_tag", ["tag_id", "claim_id"], unique=False)
    op.drop_index("ix_claim_tag_tag_id", table_name="claim_tag")
    op.create_index(
        "ix_verdict_published_at_rating_id", "verdict", ["published_at", "rating_id"], unique=False
    )
    op.drop_index("ix_verdict_published_at", table_name="verdict")


def downgrade() -> None:
    op.create_index("ix_verdict_published_at", "verdict", ["published_at"], unique=False)
    op.drop_index("ix_verdict_published_at_rating_id", table_name="verdict")
    op.create_index("ix_claim_tag_tag_id", "claim_tag", ["tag_id"], unique=False)
    op.drop_index("ix_claim_tag_tag_id_claim_id", table_name="claim_tag")
    op.create_index("ix_claim_created_at", "claim", ["created_at"], unique=False)
    op.drop_index("ix_claim_created_at_state", table_name="claim")
    op.drop_index("ix_claim_latest_rating_id_updated_at", table_name="claim")
    op.drop_index("ix_claim_latest_rating_id_state", table_name="claim")
    op.drop_index("ix_claim_score_rank_id", table_name="claim")
    op.drop_index("ix_claim_priority_rank_id", table_name="claim")
    _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRESQL_DOWN})
    for statement in COLUMNS_DOWN:
        op.execute(statement)
    op.drop_table("claim_state_count")
