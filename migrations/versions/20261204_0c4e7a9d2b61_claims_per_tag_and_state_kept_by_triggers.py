"""claims per tag and state kept by triggers (issue 18: the queue's tag filter at 1,000,000 claims)

The tag filter showed counts per state capped at 10,000, read by visiting up to 10,001 of the
tag's claims (22 ms of SQLite's time for a big tag at 1,000,000 claims). ``claim_tag_state_count``
keeps them exactly, as ``claim_state_count`` (migration 3b8e1f2a6c4d) keeps all claims': a row per
(tag, state) reached, adjusted in the same transaction on every change that moves a figure:

- a link inserted into or deleted from ``claim_tag`` (or changed: its old pair out, its new in);
- a claim changing state: each of its tags moves from the old state's row to the new one's;
- a claim deleted: its tags leave its state's rows *before* the row goes (``BEFORE DELETE``), since
  the links its deletion cascades to are deleted after the claim is gone, when their own trigger
  can no longer read the claim's state (and so counts nothing: no link is counted twice);
- a tag deleted: its rows go with it (foreign key, ``ON DELETE CASCADE``); the cascaded links'
  trigger then finds nothing to subtract from.

A (tag, state) gets its row when first reached (an upsert); a row that falls to 0 stays.

- SQLite: row triggers (one writer at a time).
- PostgreSQL: statement triggers with transition tables for ``claim_tag`` and a claim's change of
  state (one upsert per statement); a row trigger before a claim is deleted. A link's trigger locks
  its claims (``FOR SHARE``, in id order) before it reads their states, so a concurrent change of
  state waits for it or it for the change, and one of the two always sees the other's link or
  state; the count rows are locked in (tag, state) order. A claim's own change of state fires
  ``claim_state_count_after_update`` first (triggers fire by name), then this one, the order a new
  claim with tags takes them too.

Revision ID: 0c4e7a9d2b61
Revises: a9d4e2c6b8f1
Create Date: 2026-12-04 04:30:00
"""

from collections.abc import Sequence

import advanced_alchemy.types.guid
import sqlalchemy as sa
from alembic import op

revision: str = "0c4e7a9d2b61"
down_revision: str | None = "a9d4e2c6b8f1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "claim_tag_state_count"
COUNTED = (
    "SELECT l.tag_id, c.state, count(*) AS claims FROM claim_tag AS l JOIN claim AS c ON c.id = l.claim_id "
    "GROUP BY l.tag_id, c.state"
)
ADD = (
    f"INSERT INTO {TABLE} (tag_id, state, claims) {{rows}} "
    f"ON CONFLICT (tag_id, state) DO UPDATE SET claims = {TABLE}.claims + excluded.claims"
)
"""Add ``rows`` (tag_id, state, n) to the counts, making the rows not there yet."""
SUBTRACT_SQLITE = (
    f"UPDATE {TABLE} SET claims = claims - 1 WHERE tag_id = {{tag}} AND state = "
    "(SELECT state FROM claim WHERE id = {claim})"
)
CLAIMS_TAGS = "SELECT tag_id FROM claim_tag WHERE claim_id = {claim}"

SQLITE_UP = [
    f"""
    CREATE TRIGGER claim_tag_state_count_after_insert AFTER INSERT ON claim_tag BEGIN
        {ADD.format(rows="SELECT new.tag_id, state, 1 FROM claim WHERE id = new.claim_id")};
    END
    """,
    f"""
    CREATE TRIGGER claim_tag_state_count_after_delete AFTER DELETE ON claim_tag BEGIN
        {SUBTRACT_SQLITE.format(tag="old.tag_id", claim="old.claim_id")};
    END
    """,
    f"""
    CREATE TRIGGER claim_tag_state_count_after_update AFTER UPDATE OF claim_id, tag_id ON claim_tag BEGIN
        {SUBTRACT_SQLITE.format(tag="old.tag_id", claim="old.claim_id")};
        {ADD.format(rows="SELECT new.tag_id, state, 1 FROM claim WHERE id = new.claim_id")};
    END
    """,
    f"""
    CREATE TRIGGER claim_tag_state_count_after_claim_update AFTER UPDATE OF state ON claim
    WHEN old.state IS NOT new.state BEGIN
        UPDATE {TABLE} SET claims = claims - 1
        WHERE state = old.state AND tag_id IN ({CLAIMS_TAGS.format(claim="old.id")});
        {ADD.format(rows="SELECT tag_id, new.state, 1 FROM claim_tag WHERE claim_id = old.id")};
    END
    """,
    f"""
    CREATE TRIGGER claim_tag_state_count_before_claim_delete BEFORE DELETE ON claim BEGIN
        UPDATE {TABLE} SET claims = claims - 1
        WHERE state = old.state AND tag_id IN ({CLAIMS_TAGS.format(claim="old.id")});
    END
    """,
]

SQLITE_TRIGGERS = [
    "claim_tag_state_count_after_insert",
    "claim_tag_state_count_after_delete",
    "claim_tag_state_count_after_update",
    "claim_tag_state_count_after_claim_update",
    "claim_tag_state_count_before_claim_delete",
]


def _links(rows: str, n: str) -> str:
    """(tag_id, state, n) of the links in the transition table ``rows``, by their claim's state."""
    return f"SELECT l.tag_id, c.state, {n} AS n FROM {rows} AS l JOIN claim AS c ON c.id = l.claim_id"


def _lock_claims(*tables: str) -> str:
    claims = " UNION ".join(f"SELECT claim_id FROM {t}" for t in tables)
    return f"PERFORM 1 FROM claim WHERE id IN ({claims}) ORDER BY id FOR SHARE;"


def _add(delta: str) -> str:
    rows = f"SELECT tag_id, state, sum(n) FROM ({delta}) AS d GROUP BY tag_id, state ORDER BY tag_id, state"
    return ADD.format(rows=rows) + ";"


def _subtract(delta: str) -> str:
    """Subtract without making rows: a deleted tag's rows are gone, and stay gone."""
    grouped = f"SELECT tag_id, state, sum(n) AS n FROM ({delta}) AS d GROUP BY tag_id, state"
    return f"""
        PERFORM 1 FROM {TABLE} AS k WHERE (k.tag_id, k.state) IN (SELECT tag_id, state FROM ({delta}) AS d)
        ORDER BY k.tag_id, k.state FOR UPDATE;
        UPDATE {TABLE} AS k SET claims = k.claims + g.n FROM ({grouped}) AS g
        WHERE k.tag_id = g.tag_id AND k.state = g.state;"""


_MOVED = (
    "SELECT l.tag_id, m.state, m.n FROM ("
    "SELECT o.id, o.state, -1 AS n FROM old_rows AS o JOIN new_rows AS w ON w.id = o.id WHERE o.state <> w.state "
    "UNION ALL "
    "SELECT w.id, w.state, 1 AS n FROM old_rows AS o JOIN new_rows AS w ON w.id = o.id WHERE o.state <> w.state"
    ") AS m JOIN claim_tag AS l ON l.claim_id = m.id"
)

PG_STATEMENT_TRIGGERS = {
    # name: (table, event, transition tables, body)
    "claim_tag_state_count_after_insert": (
        "claim_tag",
        "INSERT",
        "NEW TABLE AS new_rows",
        _lock_claims("new_rows") + _add(_links("new_rows", "1")),
    ),
    "claim_tag_state_count_after_delete": (
        "claim_tag",
        "DELETE",
        "OLD TABLE AS old_rows",
        _lock_claims("old_rows") + _subtract(_links("old_rows", "-1")),
    ),
    "claim_tag_state_count_after_update": (
        "claim_tag",
        "UPDATE",
        "OLD TABLE AS old_rows NEW TABLE AS new_rows",
        _lock_claims("old_rows", "new_rows")
        + _add(f"{_links('old_rows', '-1')} UNION ALL {_links('new_rows', '1')}"),
    ),
    "claim_tag_state_count_after_claim_update": (
        "claim",
        "UPDATE",
        "OLD TABLE AS old_rows NEW TABLE AS new_rows",
        _add(_MOVED),
    ),
}

_PG_BEFORE_DELETE = "claim_tag_state_count_before_claim_delete"


def _pg_function(name: str, body: str, returns: str = "NULL") -> str:
    return f"""
    CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        {body}
        RETURN {returns};
    END $$
    """


POSTGRESQL_UP = [
    statement
    for name, (table, event, referencing, body) in PG_STATEMENT_TRIGGERS.items()
    for statement in (
        _pg_function(name, body),
        f"CREATE TRIGGER {name} AFTER {event} ON {table} REFERENCING {referencing} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()",
    )
] + [
    _pg_function(
        _PG_BEFORE_DELETE,
        _subtract("SELECT tag_id, OLD.state AS state, -1 AS n FROM claim_tag WHERE claim_id = OLD.id"),
        returns="OLD",
    ),
    f"CREATE TRIGGER {_PG_BEFORE_DELETE} BEFORE DELETE ON claim "
    f"FOR EACH ROW EXECUTE FUNCTION {_PG_BEFORE_DELETE}()",
]

POSTGRESQL_DOWN = [
    statement
    for name, table in [(n, spec[0]) for n, spec in PG_STATEMENT_TRIGGERS.items()]
    + [(_PG_BEFORE_DELETE, "claim")]
    for statement in (f"DROP TRIGGER IF EXISTS {name} ON {table}", f"DROP FUNCTION IF EXISTS {name}()")
]


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("tag_id", advanced_alchemy.types.guid.GUID(length=16), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("claims", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_claim_tag_state_count_tag_id_tag"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("tag_id", "state", name=op.f("pk_claim_tag_state_count")),
        comment="How many claims of each tag are in each state, kept by triggers on claim_tag and claim "
        "(migration 0c4e7a9d2b61), so the queue's tag filter reads its counts instead of counting the "
        "tag's claims. A (tag, state) never reached has no row: it counts 0.",
    )
    # Counted before the triggers exist, in this same transaction.
    op.execute(f"INSERT INTO {TABLE} (tag_id, state, claims) {COUNTED}")
    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": SQLITE_UP, "postgresql": POSTGRESQL_UP}.get(dialect, []):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    down = {
        "sqlite": [f"DROP TRIGGER IF EXISTS {name}" for name in SQLITE_TRIGGERS],
        "postgresql": POSTGRESQL_DOWN,
    }
    for statement in down.get(dialect, []):
        op.execute(statement)
    op.drop_table(TABLE)
