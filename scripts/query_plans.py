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
    ("indicators", "SELECT id FROM indicators ORDER BY code, id LIMIT 51"),
    ("an area's indicator values", "SELECT id FROM indicator_values WHERE area_id = :area ORDER BY id LIMIT 51"),
    (
        "the follow-up's values of an area",
        "SELECT id FROM indicator_values WHERE area_id = :area AND period_start <= '2026-12-31' "
        "ORDER BY indicator_id, period_start, id",
    ),
    ("initiatives", "SELECT id FROM initiatives ORDER BY search_title, id LIMIT 51"),
    (
        "initiatives of an area",
        "SELECT id FROM initiatives WHERE id IN (SELECT initiative_id FROM initiative_areas WHERE area_id = :area) "
        "ORDER BY search_title, id LIMIT 51",
    ),
    (
        "an initiative's reports",
        "SELECT id FROM initiative_updates WHERE initiative_id = :initiative ORDER BY id LIMIT 51",
    ),
    (
        "an area's situation pictures",
        "SELECT id FROM situation_pictures WHERE area_id = :area ORDER BY period_start, id LIMIT 51",
    ),
    ("audit log by action", "SELECT id FROM audit_events WHERE action = 'update' ORDER BY id DESC LIMIT 51"),
    ("contact routes", "SELECT id FROM contact_routes ORDER BY function, id LIMIT 51"),
    ("the routes of a topic (lookup)", "SELECT id FROM contact_routes WHERE topic_id = :topic"),
    ("the areas of routes (lookup)", "SELECT route_id, area_id FROM contact_route_areas WHERE route_id IN (:route)"),
    ("stale routes", "SELECT id FROM contact_routes WHERE last_verified_at < '2026-06-01' ORDER BY function, id LIMIT 51"),
    ("inquiries, newest first", "SELECT id FROM inquiries ORDER BY id DESC LIMIT 51"),
    ("open inquiries", "SELECT id FROM inquiries WHERE status IN ('received', 'assigned', 'in_progress') ORDER BY id DESC LIMIT 51"),
    ("an organisation's inquiries", "SELECT id FROM inquiries WHERE organization_id = :organization ORDER BY id DESC LIMIT 51"),
    (
        "similar inquiries (the public form)",
        "SELECT id FROM inquiries WHERE topic_id = :topic AND area_id = :area AND received_at > '2026-11-01' "
        "AND status IN ('received', 'assigned', 'in_progress') ORDER BY received_at DESC LIMIT 10",
    ),
    (
        "the public form's rate limit",
        "SELECT received_at FROM inquiries WHERE address_hash = 'x' AND received_at > '2026-12-01' ORDER BY received_at LIMIT 10",
    ),
    ("response times of a year", "SELECT topic_id, received_at FROM inquiries WHERE received_at >= '2026-01-01' AND received_at < '2027-01-01'"),
]


def sqlite_plans():
    db = sqlite3.connect(f"file:{PATH_OR_URL}?mode=ro", uri=True)
    council = db.execute("SELECT council_id FROM seats LIMIT 1").fetchone()[0]
    person = db.execute("SELECT person_id FROM memberships LIMIT 1").fetchone()[0]
    meeting = db.execute("SELECT meeting_id FROM agenda_items LIMIT 1").fetchone()[0]
    area = db.execute("SELECT area_id FROM initiative_areas LIMIT 1").fetchone()[0]
    initiative = db.execute("SELECT initiative_id FROM initiative_updates LIMIT 1").fetchone()[0]
    topic, organization = db.execute("SELECT topic_id, organization_id FROM contact_routes LIMIT 1").fetchone()
    route = db.execute("SELECT route_id FROM contact_route_areas LIMIT 1").fetchone()[0]
    ids = {"council": council, "person": person, "meeting": meeting, "area": area, "initiative": initiative,
           "topic": topic, "organization": organization, "route": route}
    for what, sql in QUERIES:
        rows = db.execute(f"EXPLAIN QUERY PLAN {sql}", ids)
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
    area = psql("SELECT area_id FROM initiative_areas LIMIT 1")
    initiative = psql("SELECT initiative_id FROM initiative_updates LIMIT 1")
    topic = psql("SELECT topic_id FROM contact_routes LIMIT 1")
    organization = psql("SELECT organization_id FROM contact_routes LIMIT 1")
    route = psql("SELECT route_id FROM contact_route_areas LIMIT 1")
    values = (("council", council), ("person", person), ("meeting", meeting), ("area", area), ("initiative", initiative),
              ("topic", topic), ("organization", organization), ("route", route))
    for what, sql in QUERIES:
        for name, value in values:
            sql = sql.replace(f":{name}", f"'{value}'")
        plan = psql(f"EXPLAIN (COSTS OFF) {sql}").splitlines()
        yield what, "; ".join(line.strip().removeprefix("->  ") for line in plan)


print("\n| list read | plan |\n| --- | --- |")
for what, plan in sqlite_plans() if KIND == "sqlite" else postgres_plans():
    print(f"| {what} | `{plan}` |")
