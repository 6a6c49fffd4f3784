"""Schemathesis hooks for `make test`: the facts about valid data that no schema can state.

The OpenAPI document states every limit a single field has; these rules involve the server's
data or several fields at once, so the fuzzer cannot know them:

- a `cursor` must be one the API issued (it is a position in a list); an `Idempotency-Key` is
  new for each request (the same key with another request is a 409 by design);
- a login needs an account's real password;
- an id must name an existing resource of the right kind (ids from fuzz_ids.py, in
  SAMVERKAN_FUZZ_IDS);
- an organisation number's last digit is a Luhn check digit; an area's code is unique;
- a contact value fits its type (an e-mail address, a phone number, a web address);
- a period does not end before it starts; a dissolved council has its dissolution date;
- a meeting ends after it starts and within a day; `generate` covers at most two years; a
  meeting's status changes only to `held` by PATCH;
- an upload's body is a file of an accepted kind (the bytes decide) whose name ends as its kind
  does; a document is one of the fuzzed meeting's, and a DELETE removes one uploaded for it;
- an indicator's code is unique, and so is a value's indicator × area × period × group; an
  import's body is a CSV file naming indicators by their codes and areas by their ids;
- an initiative's parent is of its council and not below it, its decision a point of the
  council's meetings, its partners each named once, its period in order;
- a situation picture's period is in order, its problems name initiatives, and a revision
  (`replaces_id`) is of an adopted version not revised before: left to the API tests;
- a personal calendar feed's token is one the server issued, and a public calendar is of a
  public council;
- a contact route's channels fit their types, its opening hours open before they close, its
  target is a duration the API takes, and its backup and escalation never lead back to it (left
  to the API tests: PATCH leaves them out); an inquiry is placed by an area or by a point, not
  both; a public inquiry names a public topic, has consent and leaves the honeypot empty; its
  status page takes the token it was given; Open311 takes a form with an API key an admin issued;
  an API key or route to revoke or delete is a fresh one (the fuzzer's own key stays);
- a working group sits under a steering group or safety council, a central steering group
  under none, and no resource under itself; a signatory signs for a party; a cadence names a real time zone and a rule that
  gives dates.

Only positive cases (data the schema allows) are changed, so that they are data the server
accepts; negative cases stay exactly as generated, and the checks judge every response.
"""

import json
import os
import random
import uuid

import schemathesis

IDS = json.loads(os.environ.get("SAMVERKAN_FUZZ_IDS") or "{}")
# The hooks' own choices follow the fuzzer's seed, so a run can be repeated exactly.
random.seed(os.environ.get("SAMVERKAN_FUZZ_SEED") or "samverkan")
# A login that works (a demo account of the fuzzed server): a password cannot be guessed.
LOGIN = json.loads(os.environ.get("SAMVERKAN_FUZZ_LOGIN") or "null")


def pick(kind):
    values = IDS.get(kind) or []
    return random.choice(values) if values else None


def api_post(path, body, content_type="application/json"):
    """POST to the fuzzed server as the fuzzer's login; the created resource's id."""
    import urllib.request

    url, token = os.environ.get("SAMVERKAN_FUZZ_URL"), os.environ.get("SAMVERKAN_FUZZ_TOKEN")
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    req = urllib.request.Request(f"{url}{path}", data=data, method="POST",
                                 headers={"Authorization": f"Bearer {token}", "Content-Type": content_type})
    with urllib.request.urlopen(req, timeout=30) as res:
        return json.load(res)["id"]


def fresh_situation_picture():
    """A new draft situation picture, for a DELETE to remove (the demo's stay for the others)."""
    if not (os.environ.get("SAMVERKAN_FUZZ_URL") and os.environ.get("SAMVERKAN_FUZZ_TOKEN")):
        return pick("situation_picture")
    return api_post("/api/v1/situation-pictures", {
        "council_id": IDS.get("council_with_seats"), "area_id": pick("area"), "title": "Lägesbild att ta bort",
        "period_start": "2031-01-01", "period_end": "2031-06-30"})


def fresh_contact_route():
    """A new contact route, for a DELETE to remove."""
    if not (os.environ.get("SAMVERKAN_FUZZ_URL") and os.environ.get("SAMVERKAN_FUZZ_TOKEN")):
        return pick("contact_route")
    return api_post("/api/v1/contact-routes", {
        "from_audience": "any", "organization_id": pick("organization"), "function": "Att ta bort",
        "topic_id": pick("topic"), "channels": [{"type": "email", "value": "bort@exempel.se"}]})


def fresh_api_key():
    """A new API key, for a revoke (the fuzzer's own key stays valid)."""
    url, token = os.environ.get("SAMVERKAN_FUZZ_URL"), os.environ.get("SAMVERKAN_FUZZ_TOKEN")
    if not (url and token):
        return pick("api_key_id")
    import urllib.request

    req = urllib.request.Request(f"{url}/api/v1/api-keys", data=json.dumps({"name": "Att återkalla"}).encode(), method="POST",
                                 headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as res:
        return json.load(res)["api_key"]["id"]


def fresh(root, body):
    """A creator of a new resource under `root` from `body` (made when called, values fresh)."""
    def make():
        if not (os.environ.get("SAMVERKAN_FUZZ_URL") and os.environ.get("SAMVERKAN_FUZZ_TOKEN")):
            return pick(root.rsplit("/", 1)[1])
        return api_post(root, body())
    return make


# Deletes that take a resource of their own: the demo's stay for the other operations, and every
# delete reaches a resource that exists (however far stateful testing gets).
FRESH = {
    "/api/v1/situation-pictures": fresh_situation_picture,
    "/api/v1/contact-routes": fresh_contact_route,
    "/api/v1/organizations": fresh("/api/v1/organizations", lambda: {"kind": "school", "name": "Att ta bort"}),
    "/api/v1/people": fresh("/api/v1/people", lambda: {"name": "Att ta bort"}),
    "/api/v1/councils": fresh("/api/v1/councils", lambda: {"name": "Att ta bort", "kind": "safety_council"}),
    "/api/v1/areas": fresh("/api/v1/areas", lambda: {"kind": "neighbourhood", "name": "Att ta bort", "code": f"fuzz-{uuid.uuid4().hex[:12]}"}),
    "/api/v1/agreements": fresh("/api/v1/agreements", lambda: {"name": "Att ta bort"}),
    "/api/v1/indicators": fresh("/api/v1/indicators", lambda: {"code": f"FUZZ_{uuid.uuid4().hex[:12]}", "name": "Att ta bort",
                                                               "unit": "%", "better_direction": "lower", "source": "other"}),
    "/api/v1/initiatives": fresh("/api/v1/initiatives", lambda: {"title": "Att ta bort", "kind": "joint_action",
                                                                 "council_id": IDS.get("council_with_seats")}),
    "/api/v1/topics": fresh("/api/v1/topics", lambda: {"code": f"fuzz-{uuid.uuid4().hex[:12]}", "name_sv": "Att ändra",
                                                       "name_en": "To change"}),
}

# Changes that take a resource of their own too: a changed topic may stop being public (or
# change its code) and a changed area may end, and the public form, the lookup and Open311 name
# the demo's topics and neighbourhoods by what they were at the start.
FRESH_PATCH = {"/api/v1/topics", "/api/v1/areas"}


def fresh_document():
    """A new document of the fuzzed meeting, for a DELETE to remove (each removal its own)."""
    import urllib.request

    url, token = os.environ.get("SAMVERKAN_FUZZ_URL"), os.environ.get("SAMVERKAN_FUZZ_TOKEN")
    if not (url and token):
        return pick("document")
    req = urllib.request.Request(
        f"{url}/api/v1/meetings/{IDS.get('document_meeting')}/documents?file_name=Bilaga.pdf",
        data=PDF,
        method="POST",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/pdf"},
    )
    with urllib.request.urlopen(req, timeout=30) as res:
        return json.load(res)["id"]


def is_positive(case):
    meta = getattr(case, "_meta", None)
    mode = getattr(getattr(meta, "generation", None), "mode", None)
    return getattr(mode, "value", mode) == "positive"


# The kind of resource each id names.
REFERENCES = {
    "organization_id": "organization",
    "owner_organization_id": "organization",
    "lead_organization_id": "organization",
    "presenter_person_id": "person",
    "owner_person_id": "person",
    "on_behalf_of_id": "organization",
    "decided_by_organization_id": "organization",
    "party_id": "organization",
    "person_id": "person",
    "decided_by_council_id": "council",
    "council_id": "council",
    "area_id": "area",
    "indicator_id": "indicator",
    "topic_id": "topic",
    "route_id": "contact_route",
    "assignee_person_id": "person",
    "duplicate_of_id": "inquiry",
}
LISTS = {"party_ids": "organization", "area_ids": "area", "predecessor_ids": "area", "overlap_ids": "area", "council_ids": "council"}
PARENTS = {"/api/v1/areas": "area", "/api/v1/organizations": "organization", "/api/v1/councils": "parent_council", "/api/v1/agreements": "agreement"}
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
CONTACT_VALUES = {"email": "registrator@exempel.se", "phone": "08-508 000 00", "url": "https://exempel.se"}


def resource_root(path):
    parts = path.split("/")
    return "/".join(parts[:4])


def fix_references(body, root):
    for key, value in list(body.items()):
        if key == "parent_id" and value is not None:
            body[key] = pick(PARENTS.get(root, "area"))
        elif key in REFERENCES and value is not None:
            body[key] = pick(REFERENCES[key])
        elif key in LISTS and isinstance(value, list):
            body[key] = sorted({pick(LISTS[key]) for _ in value} - {None})
        elif key in ("seat_id", "deputy_for_id"):
            body[key] = None
        elif isinstance(value, dict):
            fix_references(value, root)


def in_order(body, first, last):
    a, b = body.get(first), body.get(last)
    if isinstance(a, str) and isinstance(b, str) and b < a:
        body[first], body[last] = b, a


def moment(day_offset, hour):
    """A time in 2030–2035 (clear of the demo's meetings)."""
    import datetime as dt

    t = dt.datetime(2030, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(days=day_offset, hours=hour)
    return t.isoformat().replace("+00:00", "Z")


def fix_meeting_parts(body, path, method):
    """Agenda, attendance, minutes and tasks of a meeting: rules across fields and rows."""
    if path.endswith("agenda:reorder"):
        items = list(IDS.get("agenda_item") or [])
        random.shuffle(items)
        body["item_ids"] = items
    if "/attendance" in path and method == "POST":
        if body.get("person_id") and body.get("guest_name"):
            body.pop("person_id")
        if not body.get("person_id") and not body.get("guest_name"):
            body["guest_name"] = "Gäst"
    for key in ("substitute_for_membership_id", "agenda_item_id"):
        if body.get(key) is not None:
            body[key] = None
    if path.endswith("/minutes") and method == "PATCH":
        # Adjusters must have attended; who did is the server's to know.
        body.pop("adjuster_person_ids", None)
    if path.startswith("/api/v1/action-items"):
        if body.get("owner_person_id") and body.get("owner_organization_id"):
            body["owner_organization_id"] = None
        if method == "POST":
            body["meeting_id"] = None
            body["council_id"] = pick("meeting_council")


def fix_meeting(body, path, method):
    if any(part in path for part in ("/agenda", "/attendance", "/minutes", "/action-items")):
        fix_meeting_parts(body, path, method)
        return
    if path.endswith(":generate"):
        start = random.randrange(0, 5 * 365)
        body["from"] = moment(start, 0)[:10]
        body["to"] = moment(start + random.randrange(0, 90), 0)[:10]
        return
    if path.endswith(":cancel"):
        return
    if "starts_at" in body or "ends_at" in body or method == "POST":
        day, hour = random.randrange(0, 5 * 365), random.randrange(6, 20)
        body["starts_at"], body["ends_at"] = moment(day, hour), moment(day, hour + 1)
    if body.get("status") is not None:
        body["status"] = "held"
    if body.get("online_url") is not None:
        body["online_url"] = "https://meet.exempel.se/rum"
    if method == "POST" and "council_id" in body:
        body["council_id"] = pick("meeting_council")


# A small square in Stockholm: a geometry the server accepts (the schema cannot state GeoJSON's
# nesting rules).
SQUARE = {"type": "Polygon", "coordinates": [[[18.0, 59.3], [18.01, 59.3], [18.01, 59.31], [18.0, 59.31], [18.0, 59.3]]]}


def fix_body(body, path, method):
    root = resource_root(path)
    if body.get("geometry") is not None:
        body["geometry"] = dict(SQUARE)
    if root in ("/api/v1/meetings", "/api/v1/action-items") or path.endswith("/meetings:generate"):
        fix_references(body, root)
        fix_meeting(body, path, method)
        return
    if method == "PATCH":
        # A new parent could lie below the resource (a cycle) or break a council's kind rules;
        # moving resources in the tree is left to the API tests.
        body.pop("parent_id", None)
        if root == "/api/v1/councils":
            body.pop("kind", None)
        if root == "/api/v1/indicators":
            # The import names indicators by code: the reference codes stay as they are.
            body.pop("code", None)
    fix_references(body, root)
    if root == "/api/v1/indicators" and body.get("code"):
        body["code"] = f"FUZZ_{uuid.uuid4().hex[:12]}"
    if root == "/api/v1/initiatives" and "/updates" not in path:
        # A parent and a decision must be the council's own: left to the API tests.
        body.pop("parent_id", None)
        body.pop("agenda_item_id", None)
        partners, seen = body.get("partners"), set()
        if isinstance(partners, list):
            for p in partners:
                if isinstance(p, dict):
                    p["organization_id"] = pick("organization")
            body["partners"] = [p for p in partners if isinstance(p, dict) and p["organization_id"] not in seen and not seen.add(p["organization_id"])]
        if method == "PATCH" and not ("starts_on" in body and "ends_on" in body):
            body.pop("starts_on", None)
            body.pop("ends_on", None)
        in_order(body, "starts_on", "ends_on")
    if root == "/api/v1/situation-pictures":
        body.pop("replaces_id", None)
        if method == "PATCH" and not ("period_start" in body and "period_end" in body):
            body.pop("period_start", None)
            body.pop("period_end", None)
        in_order(body, "period_start", "period_end")
        for p in body.get("problems") or []:
            if isinstance(p, dict) and isinstance(p.get("initiative_ids"), list):
                p["initiative_ids"] = sorted({pick("initiative") for _ in p["initiative_ids"]} - {None})
    if root == "/api/v1/contact-routes":
        fix_contact_route(body, method)
    if root == "/api/v1/inquiries" and "/messages" not in path:
        fix_inquiry(body, method)
    if path == "/api/v1/public/inquiries":
        body["topic"] = pick("public_topic_code")
        body["consent"] = True
        body.pop("website", None)
        body.pop("lat", None)
        body.pop("lon", None)
        body["area_id"] = pick("area")
    if root == "/api/v1/topics" and method == "POST":
        # A topic's code is unique.
        body["code"] = f"fuzz-{uuid.uuid4().hex[:12]}"
    if path == "/api/v1/indicator-values" and method == "POST":
        # One value per indicator × area × period × group: a group of its own.
        body["group"] = f"fuzz-{uuid.uuid4().hex[:12]}"
    if root == "/api/v1/areas" and body.get("code"):
        # An area's code is unique (the schema's examples name existing ones).
        body["code"] = f"fuzz-{uuid.uuid4().hex[:12]}"
    if body.get("organization_number"):
        body["organization_number"] = "212000-0142"
    # A person's e-mail and phone: the schema's patterns let through white space that Python
    # counts and the server does not (\x1c–\x1f), and the server refuses control characters.
    if body.get("email") is not None:
        body["email"] = CONTACT_VALUES["email"]
    if body.get("phone") is not None:
        body["phone"] = CONTACT_VALUES["phone"]
    for c in body.get("contact_details") or []:
        if isinstance(c, dict) and c.get("type") in CONTACT_VALUES:
            c["value"] = CONTACT_VALUES[c["type"]]
    for first, last in (("valid_from", "valid_to"), ("founded_on", "dissolved_on"), ("start_date", "end_date")):
        in_order(body, first, last)
    cadence = body.get("cadence")
    if isinstance(cadence, dict):
        cadence.update({"rrule": "FREQ=MONTHLY;BYDAY=2TU", "time_zone": "Europe/Stockholm"})
    if root == "/api/v1/councils" and path == root:
        kind = body.get("kind")
        if kind == "working_group":
            body["parent_id"] = pick("parent_council")
        elif kind == "central_steering_group":
            body["parent_id"] = None
        if body.get("status") == "dissolved" and not body.get("dissolved_on"):
            body["dissolved_on"] = body.get("founded_on") or "2025-01-01"
    if "signatories" in body and isinstance(body["signatories"], list):
        parties = body.get("party_ids") or [pick("organization")]
        body["party_ids"] = parties
        for s in body["signatories"]:
            if isinstance(s, dict):
                s["organization_id"] = parties[0]
                s["person_id"] = pick("person")


CHANNEL_VALUES = {"phone": "08-508 000 00", "email": "funktion@exempel.se", "web": "https://exempel.se"}


def fix_contact_route(body, method):
    for c in body.get("channels") or []:
        if isinstance(c, dict) and c.get("type") in CHANNEL_VALUES:
            c["value"] = CHANNEL_VALUES[c["type"]]
    if isinstance(body.get("channels"), list) and not body["channels"]:
        body["channels"] = [{"type": "email", "value": CHANNEL_VALUES["email"]}]
    hours = body.get("opening_hours")
    if isinstance(hours, dict):
        for w in hours.get("weekly") or []:
            if isinstance(w, dict):
                w.update({"opens": "08:00", "closes": "16:00"})
        for e in hours.get("exceptions") or []:
            if isinstance(e, dict):
                e.pop("opens", None)
                e.pop("closes", None)
    if body.get("response_target") is not None:
        body["response_target"] = "P2D"
    # A backup or escalation could lead back (a cycle): left to the API tests.
    body.pop("backup_route_id", None)
    body.pop("escalation_route_id", None)
    in_order(body, "valid_from", "valid_to")


def fix_inquiry(body, method):
    if method == "POST":
        body.pop("lat", None)
        body.pop("lon", None)
        body["area_id"] = pick("area")
    if body.get("status") == "duplicate" and not body.get("duplicate_of_id"):
        body["duplicate_of_id"] = pick("inquiry")
    if body.get("status") != "duplicate":
        body.pop("duplicate_of_id", None)


def fix_open311(case):
    """A form with the fuzzer's API key, a public service and a neighbourhood."""
    import urllib.parse

    body = case.body if isinstance(case.body, dict) else {}
    body.update({"api_key": pick("api_key"), "service_code": pick("public_topic_code"), "address_id": pick("area"),
                 "description": "Trasig lampa"})
    body.pop("lat", None)
    body.pop("long", None)
    case.body = body


def fix_path(case):
    params = case.path_parameters or {}
    path = case.path
    if path.startswith("/open311/v2/"):
        if "code" in params:
            params["code"] = pick("public_topic_code")
        if "id" in params:
            params["id"] = pick("open311_request")
        if "token" in params:
            params["token"] = pick("open311_token")
        return
    if path.startswith("/api/v1/public/inquiries/"):
        params["reference"] = IDS.get("public_inquiry", {}).get("reference", params.get("reference"))
        if isinstance(case.query, dict) and "token" in case.query:
            case.query["token"] = IDS.get("public_inquiry", {}).get("token")
        return
    if path.endswith(":revoke"):
        params["id"] = fresh_api_key()
        return
    if path.startswith("/api/v1/public/meetings/"):
        params["id"] = pick("public_minutes" if path.endswith("/minutes") else "public_meeting")
        return
    if "document_id" in params or path.endswith("/documents"):
        params["id"] = IDS.get("document_meeting", params.get("id"))
        if "document_id" in params:
            params["document_id"] = pick("document")
        return
    if "item_id" in params or "attendance_id" in params or ("agenda" in path and "id" in params) or "/minutes" in path:
        params["id"] = IDS.get("meeting_with_items", params.get("id"))
        if "item_id" in params:
            params["item_id"] = pick("agenda_item")
        if "attendance_id" in params:
            params["attendance_id"] = pick("attendance")
        return
    if "update_id" in params:
        params["id"] = IDS.get("initiative_with_updates", params.get("id"))
        params["update_id"] = pick("initiative_update")
        return
    if "seat_id" in params or "membership_id" in params:
        params["id"] = IDS.get("council_with_seats", params.get("id"))
        if "seat_id" in params:
            params["seat_id"] = pick("seat")
        if "membership_id" in params:
            params["membership_id"] = pick("membership")
    elif "id" in params:
        kind = {"/api/v1/areas": "area", "/api/v1/organizations": "organization", "/api/v1/people": "person",
                "/api/v1/councils": "council", "/api/v1/agreements": "agreement",
                "/api/v1/meetings": "meeting", "/api/v1/action-items": "action_item",
                "/api/v1/indicators": "indicator", "/api/v1/indicator-values": "indicator_value",
                "/api/v1/initiatives": "initiative", "/api/v1/situation-pictures": "situation_picture",
                "/api/v1/topics": "topic", "/api/v1/contact-routes": "contact_route", "/api/v1/inquiries": "inquiry",
                "/api/v1/api-keys": "api_key_id"}.get(resource_root(path))
        if path.endswith("/meetings:generate"):
            kind = "meeting_council"
        if path.startswith("/api/v1/public/councils/"):
            kind = "public_council"
        elif kind == "council" and case.method.upper() != "GET" and IDS.get("private_council"):
            # A change could make a public council internal or dissolve it, and its public
            # calendar would answer 404 from then on: changes go to the internal ones.
            kind = "private_council"
        if kind:
            params["id"] = pick(kind)
    if "token" in params:
        params["token"] = pick("calendar_token")


def make_valid(case):
    # The current version is not known here; `*` matches any (RFC 9110 13.1.1).
    if case.headers is not None and "If-Match" in case.headers:
        case.headers["If-Match"] = "*"
    # The generator repeats header values across cases; one key with two different requests is a
    # 409 (idempotency_key_reused) by design, so each positive create gets a key of its own.
    if case.headers is not None and "Idempotency-Key" in case.headers:
        # From the OS, not the seeded generator: every thread would repeat the seeded sequence.
        case.headers["Idempotency-Key"] = f"fuzz-{uuid.uuid4()}"
    if isinstance(case.query, dict):
        case.query.pop("cursor", None)
        if "council_id" in case.query and case.path.endswith("/staffing"):
            case.query["council_id"] = pick("council")
        if "area_id" in case.query and case.path.endswith("/follow-up"):
            case.query["area_id"] = pick("area")
        # A report's period does not end before it starts.
        in_order(case.query, "from", "to")
    # Positive cases address resources that exist (negative ones keep their random ids, so
    # 404s are checked too; the generator also reuses ids it saw in responses, such as a problem's
    # `request_id`, which name nothing). Deletes keep theirs: removing the demo's data would leave
    # later ids naming nothing.
    # An agenda point of the fuzzed meeting may be asked to go: its agenda is published, so it
    # stays (409).
    deletable = case.method.upper() != "DELETE" or "/agenda-items/" in case.path
    own_patch = case.method.upper() == "PATCH" and resource_root(case.path) in FRESH_PATCH
    if case.path_parameters and deletable and not own_patch:
        fix_path(case)
    elif case.path_parameters and resource_root(case.path) in FRESH and list(case.path_parameters) == ["id"]:
        # Pictures and routes to remove are their own, as documents are.
        case.path_parameters["id"] = FRESH[resource_root(case.path)]()
    elif case.path_parameters and "document_id" in case.path_parameters:
        # Documents to remove are their own: the ones the other operations read stay (a removed
        # one answers 410 from then on, and the generator reuses ids it saw in lists).
        case.path_parameters["id"] = IDS.get("document_meeting")
        case.path_parameters["document_id"] = fresh_document()
    if case.path.endswith("/documents") and case.method.upper() == "POST":
        # A small PDF under a PDF's name, attached to the meeting itself (an agenda item's
        # classification could be above the one generated).
        case.body = PDF
        if isinstance(case.query, dict):
            case.query["file_name"] = "Bilaga.pdf"
            case.query.pop("agenda_item_id", None)
        return
    if case.path == "/open311/v2/requests.json" and case.method.upper() == "POST":
        fix_open311(case)
        return
    if case.path.endswith("/contact-routes/lookup") and isinstance(case.query, dict):
        # An area or a point, not both; a topic that exists.
        case.query["topic"] = pick("public_topic_code")
        case.query.pop("lat", None)
        case.query.pop("lon", None)
        case.query["area_id"] = pick("area")
    if case.path.endswith("/public/inquiries/similar") and isinstance(case.query, dict):
        case.query["topic"] = pick("public_topic_code")
        case.query.pop("lat", None)
        case.query.pop("lon", None)
        case.query["area_id"] = pick("area")
    if case.path.endswith("/indicator-values/import"):
        # A file of one row: a reference indicator's value for a neighbourhood.
        case.body = f"indicator_code;area_id;period;value\n{pick('indicator_code')};{pick('area')};2025;12,5\n"
        return
    if isinstance(case.body, dict):
        if case.path.endswith("/auth/login"):
            if LOGIN:
                case.body.update(LOGIN)
            return
        fix_body(case.body, case.path, case.method.upper())


@schemathesis.hook
def map_case(context, case):
    if IDS and is_positive(case):
        make_valid(case)
    return case


@schemathesis.hook
def before_add_examples(context, examples):
    # The schema's examples are positive cases too, built outside the generator.
    if IDS:
        for case in examples:
            make_valid(case)


if os.environ.get("SAMVERKAN_FUZZ_DEBUG"):

    @schemathesis.hook
    def after_call(context, case, response):
        if response.status_code in (400, 404, 409, 422) and any(k in case.path for k in os.environ.get("SAMVERKAN_FUZZ_DEBUG_PATHS", "meetings").split(",")):
            with open(os.environ["SAMVERKAN_FUZZ_DEBUG"], "a") as f:
                f.write(f"{case.method} {case.formatted_path} {case.body!r} positive={is_positive(case)} -> {response.status_code} {response.text[:300]}\n")
