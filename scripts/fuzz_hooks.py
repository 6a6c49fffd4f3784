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
- a personal calendar feed's token is one the server issued, and a public calendar is of a
  public council;
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
    "presenter_person_id": "person",
    "owner_person_id": "person",
    "on_behalf_of_id": "organization",
    "decided_by_organization_id": "organization",
    "party_id": "organization",
    "person_id": "person",
    "decided_by_council_id": "council",
    "council_id": "council",
    "area_id": "area",
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
    fix_references(body, root)
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


def fix_path(case):
    params = case.path_parameters or {}
    path = case.path
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
    if "seat_id" in params or "membership_id" in params:
        params["id"] = IDS.get("council_with_seats", params.get("id"))
        if "seat_id" in params:
            params["seat_id"] = pick("seat")
        if "membership_id" in params:
            params["membership_id"] = pick("membership")
    elif "id" in params:
        kind = {"/api/v1/areas": "area", "/api/v1/organizations": "organization", "/api/v1/people": "person",
                "/api/v1/councils": "council", "/api/v1/agreements": "agreement",
                "/api/v1/meetings": "meeting", "/api/v1/action-items": "action_item"}.get(resource_root(path))
        if path.endswith("/meetings:generate"):
            kind = "meeting_council"
        if path.startswith("/api/v1/public/councils/"):
            kind = "public_council"
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
    # Positive cases address resources that exist (negative ones keep their random ids, so
    # 404s are checked too; the generator also reuses ids it saw in responses, such as a problem's
    # `request_id`, which name nothing). Deletes keep theirs: removing the demo's data would leave
    # later ids naming nothing.
    # An agenda point of the fuzzed meeting may be asked to go: its agenda is published, so it
    # stays (409).
    deletable = case.method.upper() != "DELETE" or "/agenda-items/" in case.path
    if case.path_parameters and deletable:
        fix_path(case)
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
