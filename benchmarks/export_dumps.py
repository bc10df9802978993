"""The database's own dumps that `exports.py` holds each export to (issue 18: "within 3x of the
database's own dump of the same rows"), one per set of rows an export holds, and the command of
each engine's client that writes them as CSV: `sqlite3 -csv -header`, `psql -c "\\copy (...) TO
STDOUT CSV HEADER"`. `tests/publishing/test_benchmark_dump.py` checks that they read the rows the
exports write.
"""

from __future__ import annotations

DUMP_SQL = """
SELECT {id}, c.text, c.claimant, c.claim_date, c.state, r.label, r.value, v.summary, v.revision,
       (SELECT min(f.published_at) FROM verdict f WHERE f.claim_id = c.id) AS first_published,
       v.published_at, v.correction_note, a.title, a.outlet, a.url,
       (SELECT count(*) FROM evidence e WHERE e.claim_id = c.id) AS sources, c.created_at{more}
FROM claim c
LEFT JOIN verdict v ON v.claim_id = c.id
     AND v.revision = (SELECT max(x.revision) FROM verdict x WHERE x.claim_id = c.id)
LEFT JOIN rating r ON r.id = v.rating_id
LEFT JOIN article a ON a.id = c.article_id
WHERE c.state = 'published'
ORDER BY c.id DESC
"""
"""The rows of the CSV and ClaimReview exports: one a claim, with its latest revision, rating,
article, first publication and number of sources."""

RECORD_SQL = (
    DUMP_SQL.replace(
        "{more}", ", c.quote, c.priority, c.updated_at, {article_id}, a.published_on, v.rationale"
    ),
    """
SELECT {id}, s.url, s.title, s.publisher, s.kind, s.accessed_on, s.archive_url, e.stance, e.excerpt
FROM claim c JOIN evidence e ON e.claim_id = c.id JOIN source s ON s.id = e.source_id
WHERE c.state = 'published'
ORDER BY c.id DESC, e.created_at, e.id
""",
    """
SELECT {id}, v.revision, r.label, r.value, v.summary, v.rationale, v.correction_note,
       u.display_name, v.submitted_at, v.published_at
FROM claim c JOIN verdict v ON v.claim_id = c.id
LEFT JOIN rating r ON r.id = v.rating_id LEFT JOIN user_account u ON u.id = v.author_id
WHERE c.state = 'published'
ORDER BY c.id DESC, v.revision DESC
""",
    """
SELECT {id}, t.name
FROM claim c JOIN claim_tag ct ON ct.claim_id = c.id JOIN tag t ON t.id = ct.tag_id
WHERE c.state = 'published'
ORDER BY c.id DESC, t.name
""",
)
"""Every row a JSON record holds: the claim's (with its quote, priority, update, article's id and
date, and its latest revision's rationale besides the CSV's), then its sources (each evidence row
and its source), its verdict revisions (rating, author) and its tags, each a table of its own."""

SOURCES_SQL = """
SELECT {id}, e.stance, s.title, s.publisher, s.url
FROM claim c JOIN evidence e ON e.claim_id = c.id JOIN source s ON s.id = e.source_id
WHERE c.state = 'published'
ORDER BY c.id DESC, e.created_at, e.id
"""
"""The sources the CSV lists in its ``source_list`` column ("stance: title (publisher) url")."""

DUMPS = {"claims": (DUMP_SQL,), "claims-sources": (DUMP_SQL, SOURCES_SQL), "records": RECORD_SQL}
"""What each export is held against, the dump of the rows it holds: ClaimReview, the claims' rows;
the CSV, those and the sources it lists; JSON, every row its records hold. The claims' rows alone
are shown beside the CSV and JSON for scale."""
AGAINST = {"csv": ("claims-sources", "claims"), "claimreview": ("claims",), "json": ("records", "claims")}


def dump_statements(database_url: str, statements: tuple[str, ...]) -> list[str]:
    """``statements`` (of ``DUMPS``) in the engine's SQL: SQLite stores an id as 16 bytes."""
    if database_url.startswith("sqlite"):
        values = {"id": "lower(hex(c.id))", "article_id": "lower(hex(c.article_id))", "more": ""}
    else:
        values = {"id": "c.id", "article_id": "c.article_id", "more": ""}
    return [" ".join(s.format(**values).split()) for s in statements]


def dump_command(database_url: str, statements: tuple[str, ...]) -> list[str]:
    """The database's own client writing ``statements``' rows as CSV with headers, on its output."""
    sql = dump_statements(database_url, statements)
    if database_url.startswith("sqlite"):
        return ["sqlite3", "-csv", "-header", database_url.split(":///", 1)[1], ";\n".join(sql)]
    copies = [a for s in sql for a in ("-c", f"\\copy ({s}) TO STDOUT CSV HEADER")]
    return ["psql", "-X", "-q", database_url.replace("+asyncpg", ""), *copies]
