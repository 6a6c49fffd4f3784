"""Print the ids the contract fuzzer uses (JSON), read from a running server.

Usage: fuzz_ids.py URL TOKEN. The hooks (fuzz_hooks.py) put these ids where a request must name
an existing resource: the schema says an id is a UUID, only the server knows which exist.
"""

import json
import sys
import urllib.request

URL, TOKEN = sys.argv[1].rstrip("/"), sys.argv[2]


def items(path):
    req = urllib.request.Request(f"{URL}/api/v1{path}", headers={"Authorization": f"Bearer {TOKEN}"})
    with urllib.request.urlopen(req, timeout=30) as res:
        return json.load(res)["items"]


def ids(path):
    return [i["id"] for i in items(path)]


def post(path, body=None, token=TOKEN):
    data = json.dumps(body).encode() if body is not None else None
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    if data is not None:
        headers["Content-Type"] = "application/json"
    req = urllib.request.Request(f"{URL}/api/v1{path}", data=data, method="POST", headers=headers)
    with urllib.request.urlopen(req, timeout=30) as res:
        return json.load(res)


def calendar_token():
    """A personal calendar feed token of the demo member (not the fuzzer's own login, whose
    token the fuzzer replaces and revokes as it calls those operations)."""
    login = post("/auth/login", {"email": "member@samverkan.test", "password": "samverkan-member"}, token=None)
    return post("/me/calendar-token", token=login["access_token"])["token"]


def post_public(path, body):
    data = json.dumps(body).encode()
    req = urllib.request.Request(f"{URL}/api/v1{path}", data=data, method="POST", headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as res:
        return json.load(res)


def open311_request(key, area):
    """A service request from an Open311 client: its token (the inquiry's id)."""
    import urllib.parse

    form = urllib.parse.urlencode({"api_key": key, "service_code": "belysning", "address_id": area, "description": "Trasig lampa"})
    req = urllib.request.Request(f"{URL}/open311/v2/requests.json", data=form.encode(), method="POST",
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req, timeout=30) as res:
        return json.load(res)[0]


def upload(meeting):
    """A document of `meeting` (the demo has none: files are not demo data)."""
    req = urllib.request.Request(
        f"{URL}/api/v1/meetings/{meeting}/documents?file_name=Kallelse.pdf&classification=internal",
        data=b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
        method="POST",
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/pdf"},
    )
    with urllib.request.urlopen(req, timeout=30) as res:
        return json.load(res)["id"]


councils = items("/councils?limit=200")
steering = [c["id"] for c in councils if c["kind"] in ("local_steering_group", "central_steering_group", "safety_council")]
local = [c["id"] for c in councils if c["kind"] == "local_steering_group" and c["status"] == "active"]
council = local[0]
# A meeting of the demo with an agenda (every demo meeting has one).
meeting = ids(f"/meetings?limit=1&council_id={council}")[0]
# A planned meeting of it, for documents (an adjusted meeting's documents are part of its record).
planned = ids(f"/meetings?limit=1&status=planned&council_id={council}")[0]
initiatives = items("/initiatives?limit=200")
topics = items("/topics?limit=200")
neighbourhoods = ids("/areas?limit=200&kind=neighbourhood")
# A resident's inquiry (its reference and status token), and an Open311 client's.
filed = post_public("/public/inquiries", {"topic": "belysning", "area_id": neighbourhoods[0], "message": "Trasig lampa", "consent": True})
api_key = post("/api-keys", {"name": "Fuzzer"})["key"]
open311 = open311_request(api_key, neighbourhoods[0])
reported = next(i["id"] for i in initiatives if i["progress"]["last_reported_on"])
print(
    json.dumps(
        {
            "area": ids("/areas?limit=200&kind=neighbourhood"),
            "organization": ids("/organizations?limit=200"),
            "person": ids("/people?limit=200"),
            "council": [c["id"] for c in councils],
            # Councils a working group may sit under.
            "parent_council": steering,
            "agreement": ids("/agreements?limit=200"),
            # One council with its seats and terms, for the operations under /councils/{id}.
            "council_with_seats": council,
            "seat": ids(f"/councils/{council}/seats?limit=200"),
            "membership": ids(f"/councils/{council}/memberships?limit=200"),
            # Meetings, and councils that hold them (active, with a cadence to generate from).
            "meeting": ids("/meetings?limit=200"),
            "meeting_council": [c["id"] for c in councils if c["status"] == "active" and c.get("cadence")],
            # One meeting with its agenda and invitees, for the operations under /meetings/{id}/….
            "meeting_with_items": meeting,
            "agenda_item": ids(f"/meetings/{meeting}/agenda-items?limit=200"),
            "attendance": ids(f"/meetings/{meeting}/attendance?limit=200"),
            "document_meeting": planned,
            "document": [upload(planned), upload(planned)],
            "action_item": ids("/action-items?limit=200"),
            "public_meeting": ids("/public/meetings?limit=200"),
            # Public meetings whose (public) minutes can be read.
            "public_minutes": [m["id"] for m in items("/public/meetings?limit=200") if m["minutes_available"]],
            # Calendars: councils with a public calendar, and a personal feed's token.
            "public_council": [c["id"] for c in councils if c.get("is_public")],
            "private_council": [c["id"] for c in councils if not c.get("is_public")],
            "calendar_token": [calendar_token()],
            # Indicators (the reference ones) and the demo's values of them.
            "indicator": ids("/indicators?limit=200"),
            "indicator_code": [i["code"] for i in items("/indicators?limit=200")],
            "indicator_value": ids("/indicator-values?limit=200"),
            # Initiatives, and one of the demo's with progress reports.
            "initiative": [i["id"] for i in initiatives],
            "initiative_with_updates": reported,
            "initiative_update": ids(f"/initiatives/{reported}/updates?limit=200"),
            "situation_picture": ids("/situation-pictures?limit=200"),
            # Topics (and the public ones' codes: Open311's services), contact routes, inquiries.
            "topic": [t["id"] for t in topics],
            "public_topic_code": [t["code"] for t in topics if t["is_public"]],
            "contact_route": ids("/contact-routes?limit=200"),
            "inquiry": ids("/inquiries?limit=200"),
            "public_inquiry": {"reference": filed["reference"], "token": filed["status_token"]},
            "open311_request": [open311["service_request_id"]],
            "open311_token": [open311["token"]],
            "api_key": [api_key],
            "api_key_id": ids("/api-keys?limit=200"),
        }
    )
)
