"""Query plans of the list reads, for docs/benchmarks.md: the queries `make bench` measures, as
the list path writes them (keyset order `(sort key, id)`, `LIMIT limit + 1`, the 10th page's
cursor condition), each with the plan the database chooses for it. `make bench` runs it on the
bench database (demo grown to ten pages of 50) after measuring.

Usage: query_plans.py sqlite PATH | query_plans.py postgres URL
"""

import sqlite3
import subprocess
import sys

KIND, PATH_OR_URL = sys.argv[1], sys.argv[2]

# (what, SQL with :council / :person placeholders filled from the data)
QUERIES = [
    ("councils, first page", "SELECT id FROM councils ORDER BY search_name, id LIMIT 51"),
    (
        "councils, a later page",
        "SELECT id FROM councils WHERE search_name >= 'bänkråd 0400' AND (search_name > 'bänkråd 0400' "
        "OR id > '00000000-0000-0000-0000-000000000000') ORDER BY search_name, id LIMIT 51",
    ),
    ("councils by kind", "SELECT id FROM councils WHERE kind = 'safety_council' ORDER BY search_name, id LIMIT 51"),
    ("areas by kind", "SELECT id FROM areas WHERE kind = 'district' ORDER BY search_name, id LIMIT 51"),
    ("people, first page", "SELECT id FROM people ORDER BY search_name, id LIMIT 51"),
    ("organizations by kind", "SELECT id FROM organizations WHERE kind = 'business' ORDER BY search_name, id LIMIT 51"),
    ("agreements", "SELECT id FROM agreements ORDER BY search_name, id LIMIT 51"),
    ("a council's seats", "SELECT id FROM seats WHERE council_id = :council ORDER BY id LIMIT 51"),
    (
        "a council's memberships",
        "SELECT id FROM memberships WHERE council_id = :council ORDER BY start_date, id LIMIT 51",
    ),
    (
        "a person's memberships",
        "SELECT id FROM memberships WHERE person_id = :person ORDER BY start_date, id LIMIT 51",
    ),
    (
        "a council's meetings",
        "SELECT id FROM meetings WHERE council_id = :council ORDER BY starts_at, id LIMIT 51",
    ),
    (
        "a meeting's agenda",
        "SELECT id FROM agenda_items WHERE meeting_id = :meeting AND classification IN ('public', 'internal') "
        "ORDER BY number, id LIMIT 101",
    ),
    ("a meeting's attendance", "SELECT id FROM attendances WHERE meeting_id = :meeting ORDER BY id LIMIT 51"),
    (
        "a meeting's documents",
        "SELECT id FROM documents WHERE meeting_id = :meeting AND removed_at IS NULL "
        "AND classification IN ('public', 'internal') ORDER BY id LIMIT 51",
    ),
    (
        "a person's open tasks",
        "SELECT id FROM action_items WHERE owner_person_id = :person AND status = 'open' ORDER BY id LIMIT 51",
    ),
    ("audit log by action", "SELECT id FROM audit_events WHERE action = 'update' ORDER BY id DESC LIMIT 51"),
]


def sqlite_plans():
    db = sqlite3.connect(f"file:{PATH_OR_URL}?mode=ro", uri=True)
    council = db.execute("SELECT council_id FROM seats LIMIT 1").fetchone()[0]
    person = db.execute("SELECT person_id FROM memberships LIMIT 1").fetchone()[0]
    meeting = db.execute("SELECT meeting_id FROM agenda_items LIMIT 1").fetchone()[0]
    for what, sql in QUERIES:
        rows = db.execute(f"EXPLAIN QUERY PLAN {sql}", {"council": council, "person": person, "meeting": meeting})
        plan = "; ".join(row[3] for row in rows)
        yield what, plan


def psql(sql):
    out = subprocess.run(
        ["psql", PATH_OR_URL, "-X", "-A", "-t", "-q", "-c", sql], check=True, capture_output=True, text=True
    )
    return out.stdout.strip()


def postgres_plans():
    psql("ANALYZE")
    council = psql("SELECT council_id FROM seats LIMIT 1")
    person = psql("SELECT person_id FROM memberships LIMIT 1")
    meeting = psql("SELECT meeting_id FROM agenda_items LIMIT 1")
    for what, sql in QUERIES:
        sql = sql.replace(":council", f"'{council}'").replace(":person", f"'{person}'").replace(":meeting", f"'{meeting}'")
        plan = psql(f"EXPLAIN (COSTS OFF) {sql}").splitlines()
        yield what, "; ".join(line.strip().removeprefix("->  ") for line in plan)


print("\n| list read | plan |\n| --- | --- |")
for what, plan in sqlite_plans() if KIND == "sqlite" else postgres_plans():
    print(f"| {what} | `{plan}` |")
