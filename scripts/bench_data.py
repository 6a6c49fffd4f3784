"""Bench data for `make bench`: grow the demo so that every list has ten pages of 50, then print
the URLs to measure (one per line: `label<TAB>path`).

Usage: bench_data.py URL ADMIN_TOKEN. Rows are added through the API, as a partner would.
"""

import json
import sys
import urllib.request

URL, TOKEN = sys.argv[1].rstrip("/"), sys.argv[2]


def call(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(
        f"{URL}/api/v1{path}",
        data=data,
        method=method,
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=30) as res:
        return json.load(res)


def count(path):
    n, cursor = 0, None
    while True:
        page = call("GET", f"{path}{'&' if '?' in path else '?'}limit=200" + (f"&cursor={cursor}" if cursor else ""))
        n += len(page["items"])
        cursor = page["next_cursor"]
        if not cursor:
            return n


def grow(path, make, want=520):
    have = count(path)
    for i in range(have, want):
        call("POST", path, make(i))


grow("/people", lambda i: {"name": f"Bänkperson {i:04d}", "title": "Testperson"})
grow("/organizations", lambda i: {"kind": "business", "name": f"Bänkföretag {i:04d}"})
grow("/councils", lambda i: {"name": f"Bänkråd {i:04d}", "kind": "safety_council", "status": "active"})


def tenth_page(path):
    """The path of the 10th page of 50."""
    cursor = None
    for _ in range(9):
        page = call("GET", f"{path}{'&' if '?' in path else '?'}limit=50" + (f"&cursor={cursor}" if cursor else ""))
        cursor = page["next_cursor"]
    return f"{path}{'&' if '?' in path else '?'}limit=50&cursor={cursor}"


council = call("GET", "/councils?kind=local_steering_group&q=s%C3%B6dermalm")["items"][0]["id"]
# A held meeting of that council (agenda, attendance, adjusted minutes) and public minutes.
held = call("GET", f"/meetings?council_id={council}&status=minutes_adjusted&limit=200")["items"][-1]["id"]
# An upcoming meeting of that council with documents (a held meeting's are part of its record).
planned = call("GET", f"/meetings?council_id={council}&status=planned&limit=1")["items"][0]["id"]
for n in range(5):
    req = urllib.request.Request(
        f"{URL}/api/v1/meetings/{planned}/documents?file_name=Bilaga%20{n}.txt&classification=internal",
        data=f"Bilaga {n}\n".encode() * 200,
        method="POST",
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"},
    )
    urllib.request.urlopen(req, timeout=30).close()
public = next(m["id"] for m in call("GET", "/public/meetings?limit=200")["items"] if m["minutes_available"])
# The follow-up: Järva has the demo's values, initiatives and situation picture.
jarva = call("GET", "/areas?kind=district&q=j%C3%A4rva&valid_at=2025-01-01")["items"][0]["id"]
year = __import__("datetime").date.today().year
reported = next(i["id"] for i in call("GET", "/initiatives?limit=200")["items"] if i["progress"]["last_reported_on"])
# Contact: a point in Rinkeby (its centre), and a resident's inquiry there.
rinkeby = call("GET", "/areas?kind=neighbourhood&q=rinkeby")["items"][0]["id"]
point = "lat=59.3883&lon=17.9286"
placed = call("GET", f"/contact-routes/lookup?topic=ordningsstorning&from=resident&{point}")
assert placed["neighbourhood_id"] == rinkeby, "the bench's point is not in Rinkeby"
inquiry = json.dumps({"topic": "belysning", "area_id": rinkeby, "message": "Gatlampan vid torget är trasig.", "consent": True})
for label, path in [
    ("GET /healthz", "/healthz"),
    ("GET /councils/{id}", f"/api/v1/councils/{council}"),
    ("GET /councils?limit=50", "/api/v1/councils?limit=50"),
    ("GET /councils?limit=50, page 10", "/api/v1" + tenth_page("/councils")),
    ("GET /areas?kind=district", "/api/v1/areas?kind=district"),
    ("GET /people?limit=50", "/api/v1/people?limit=50"),
    ("GET /people?limit=50, page 10", "/api/v1" + tenth_page("/people")),
    ("GET /organizations?limit=50", "/api/v1/organizations?limit=50"),
    ("GET /organizations?limit=50, page 10", "/api/v1" + tenth_page("/organizations")),
    ("GET /agreements", "/api/v1/agreements"),
    ("GET /councils/{id}/seats", f"/api/v1/councils/{council}/seats"),
    ("GET /councils/{id}/memberships", f"/api/v1/councils/{council}/memberships"),
    ("GET /meetings?council_id=", f"/api/v1/meetings?council_id={council}&limit=50"),
    ("GET /meetings/{id}/agenda-items", f"/api/v1/meetings/{held}/agenda-items"),
    ("GET /meetings/{id}/attendance", f"/api/v1/meetings/{held}/attendance"),
    ("GET /meetings/{id}/minutes", f"/api/v1/meetings/{held}/minutes"),
    ("GET /meetings/{id}/documents", f"/api/v1/meetings/{planned}/documents"),
    ("GET /action-items?owner=me", "/api/v1/action-items?owner=me"),
    ("GET /public/councils?limit=50", "/api/v1/public/councils?limit=50"),
    ("GET /public/meetings?limit=50", "/api/v1/public/meetings?limit=50"),
    ("GET /public/meetings/{id}/minutes", f"/api/v1/public/meetings/{public}/minutes"),
    ("GET /public/areas?kind=neighbourhood", "/api/v1/public/areas?kind=neighbourhood&limit=50"),
    ("GET /councils/{id}/calendar.ics", f"/api/v1/councils/{council}/calendar.ics"),
    ("GET /indicators", "/api/v1/indicators"),
    ("GET /indicator-values?area_id=", f"/api/v1/indicator-values?area_id={jarva}&limit=50"),
    ("GET /initiatives?limit=50", "/api/v1/initiatives?limit=50"),
    ("GET /initiatives/{id}/updates", f"/api/v1/initiatives/{reported}/updates"),
    ("GET /situation-pictures", "/api/v1/situation-pictures"),
    ("GET /reports/follow-up", f"/api/v1/reports/follow-up?area_id={jarva}&year={year}"),
    ("GET /public/citizen-promises", f"/api/v1/public/citizen-promises?year={year}"),
    ("GET /reports/coverage", "/api/v1/reports/coverage"),
    ("GET /reports/staffing", "/api/v1/reports/staffing"),
    ("GET /audit-events", "/api/v1/audit-events"),
    ("GET /contact-routes?limit=50", "/api/v1/contact-routes?limit=50"),
    ("GET /contact-routes/lookup by point", f"/api/v1/contact-routes/lookup?topic=ordningsstorning&from=resident&{point}"),
    ("GET /public/contact-routes", "/api/v1/public/contact-routes?limit=50"),
    ("GET /inquiries?limit=50", "/api/v1/inquiries?limit=50"),
    ("GET /reports/response-times", "/api/v1/reports/response-times?group_by=organization"),
    ("GET /public/accountability", "/api/v1/public/accountability"),
    ("GET /open311/v2/requests.json", "/open311/v2/requests.json"),
]:
    print(f"{label}\t{path}")
# A write: the public form (the server runs with a rate limit no single client reaches).
print(f"POST /public/inquiries\t/api/v1/public/inquiries\t{inquiry}")
