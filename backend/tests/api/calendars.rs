//! Calendar feeds: a council's (logged in), a public council's (anyone), and the personal feed
//! behind a revocable token. Every feed is read back by an independent iCalendar parser (the
//! `ical` crate) after its lines are checked against RFC 5545's framing.

use chrono::{Datelike, Duration, Months, SecondsFormat, Utc};
use ical::parser::ical::component::{IcalCalendar, IcalEvent};
use ical::property::Property;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::db_test;
use crate::helpers::*;

const TZID: &str = "Europe/Stockholm";

/// The feed at `path` (with `token` as Bearer, when given): 200, an iCalendar document framed
/// as RFC 5545 says, read by the parser. Also its text.
async fn feed(app: &TestApp, token: Option<&str>, path: &str) -> (IcalCalendar, String) {
    let mut req = app.client.get(app.url(path));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let res = req.send().await.unwrap();
    let status = res.status();
    let header = |name: &str| res.headers().get(name).map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    let (content_type, disposition) = (header("content-type"), header("content-disposition"));
    let text = res.text().await.unwrap();
    assert_eq!(status, 200, "GET {path}: {text}");
    assert_eq!(content_type, "text/calendar; charset=utf-8");
    assert!(disposition.starts_with("inline; filename=\"") && disposition.contains(".ics\""), "{disposition}");
    (parse(&text), text)
}

/// `text` read as one VCALENDAR: CRLF line ends, lines folded at 75 octets, a VTIMEZONE for
/// every TZID used, and what every event must have.
fn parse(text: &str) -> IcalCalendar {
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"), "{text}");
    assert!(!text.replace("\r\n", "").contains(['\r', '\n']), "a line break that is not CRLF");
    for line in text.split("\r\n") {
        // icalendar 0.17.17 lets a last continuation line of exactly 75 octets of text reach 76
        // with its leading space (see api/calendars/ics.rs); all else is within 75.
        assert!(line.len() <= 75 || (line.len() == 76 && line.starts_with(' ')), "{} octets: {line}", line.len());
    }
    let mut calendars = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let calendar = calendars.next().expect("a calendar").expect("the feed parses");
    assert!(calendars.next().is_none(), "one calendar");
    assert_eq!(value(&calendar.properties, "VERSION"), Some("2.0"));
    assert!(value(&calendar.properties, "PRODID").is_some());
    assert_eq!(calendar.timezones.len(), 1);
    let tz = &calendar.timezones[0];
    assert_eq!(value(&tz.properties, "TZID"), Some(TZID));
    let parts: Vec<(&str, Option<&str>, Option<&str>)> = tz
        .transitions
        .iter()
        .map(|t| {
            (value(&t.properties, "TZOFFSETTO").unwrap(), value(&t.properties, "TZNAME"), value(&t.properties, "RRULE"))
        })
        .collect();
    assert_eq!(
        parts,
        [
            ("+0200", Some("CEST"), Some("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")),
            ("+0100", Some("CET"), Some("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"))
        ]
    );
    for e in &calendar.events {
        for name in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SEQUENCE", "STATUS", "SUMMARY", "URL"] {
            assert!(value(&e.properties, name).is_some(), "an event without {name}: {:?}", e.properties);
        }
        for name in ["DTSTART", "DTEND"] {
            let zone = tzid(&e.properties, name);
            assert!(zone.as_deref() == Some(TZID) || value(&e.properties, name).unwrap().ends_with('Z'), "{name}");
        }
    }
    calendar
}

fn value<'a>(props: &'a [Property], name: &str) -> Option<&'a str> {
    props.iter().find(|p| p.name == name).and_then(|p| p.value.as_deref())
}

fn tzid(props: &[Property], name: &str) -> Option<String> {
    let p = props.iter().find(|p| p.name == name)?;
    p.params.as_ref()?.iter().find(|(k, _)| k == "TZID").map(|(_, v)| v.join(","))
}

/// The event of `meeting` in `calendar`, if it is there.
fn event<'a>(calendar: &'a IcalCalendar, meeting: &str) -> Option<&'a IcalEvent> {
    let uid = format!("{meeting}@samverkan");
    calendar.events.iter().find(|e| value(&e.properties, "UID") == Some(uid.as_str()))
}

fn prop<'a>(calendar: &'a IcalCalendar, meeting: &str, name: &str) -> Option<&'a str> {
    value(&event(calendar, meeting).unwrap_or_else(|| panic!("no event of {meeting}")).properties, name)
}

/// A new active council, made by a coordinator.
async fn council(app: &TestApp, token: &str, name: &str) -> String {
    let c = ok_json(
        app.post(
            token,
            "/api/v1/councils",
            &json!({"name": unique(name), "kind": "safety_council", "status": "active"}),
        )
        .await,
    )
    .await;
    c["id"].as_str().unwrap().to_owned()
}

/// A meeting of `council` from `starts` (RFC 3339) for `minutes`.
async fn meeting(app: &TestApp, token: &str, council: &str, title: &str, starts: &str, minutes: i64) -> Value {
    let start = chrono::DateTime::parse_from_rfc3339(starts).unwrap();
    let ends = (start + Duration::minutes(minutes)).to_rfc3339();
    ok_json(
        app.post(
            token,
            "/api/v1/meetings",
            &json!({"council_id": council, "title": title, "starts_at": starts, "ends_at": ends,
                    "location": "Medborgarhuset, Götgatan 1", "description": "Internt: lägesbild från polisen"}),
        )
        .await,
    )
    .await
}

fn id(v: &Value) -> String {
    v["id"].as_str().unwrap().to_owned()
}

db_test!(meetings_show_at_stockholm_wall_clock_time_in_winter_and_summer, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let viewer = app.login(VIEWER).await;
    let c = council(&app, &coordinator, "Trygghetsråd").await;
    let year = Utc::now().year() + 1;
    // 18:00 in Stockholm: 17:00 UTC in January, 16:00 UTC in June.
    let january = meeting(&app, &coordinator, &c, "Vintermöte", &format!("{year}-01-12T17:00:00Z"), 90).await;
    let june = meeting(&app, &coordinator, &c, "Sommarmöte", &format!("{year}-06-08T18:00:00+02:00"), 90).await;
    // Any logged-in user reads it.
    let (cal, text) = feed(&app, Some(&viewer), &format!("/api/v1/councils/{c}/calendar.ics")).await;
    assert_eq!(cal.events.len(), 2);
    let jan = event(&cal, &id(&january)).unwrap();
    assert_eq!(tzid(&jan.properties, "DTSTART").as_deref(), Some(TZID));
    assert_eq!(value(&jan.properties, "DTSTART"), Some(format!("{year}0112T180000").as_str()));
    assert_eq!(value(&jan.properties, "DTEND"), Some(format!("{year}0112T193000").as_str()));
    assert_eq!(prop(&cal, &id(&june), "DTSTART"), Some(format!("{year}0608T180000").as_str()));
    assert!(text.contains(&format!("DTSTART;TZID=Europe/Stockholm:{year}0608T180000\r\n")), "{text}");
    // The rest of an event: its council and title, place, link, a first version, confirmed.
    let name =
        ok_json(app.get(&viewer, &format!("/api/v1/councils/{c}")).await).await["name"].as_str().unwrap().to_owned();
    assert_eq!(prop(&cal, &id(&january), "SUMMARY"), Some(format!("{name}: Vintermöte").as_str()));
    assert_eq!(prop(&cal, &id(&january), "LOCATION"), Some("Medborgarhuset\\, Götgatan 1"));
    assert_eq!(prop(&cal, &id(&january), "URL"), Some(format!("{}/meetings/{}", app.base, id(&january)).as_str()));
    assert_eq!(prop(&cal, &id(&january), "SEQUENCE"), Some("0"));
    assert_eq!(prop(&cal, &id(&january), "STATUS"), Some("CONFIRMED"));
    // Logged-in readers get the description.
    assert_eq!(prop(&cal, &id(&january), "DESCRIPTION"), Some("Internt: lägesbild från polisen"));
    assert_eq!(value(&cal.properties, "X-WR-CALNAME"), Some(name.as_str()));
    // No token: 401; no such council: 404.
    let res = app.client.get(app.url(&format!("/api/v1/councils/{c}/calendar.ics"))).send().await.unwrap();
    problem(res, 401, "unauthenticated").await;
    let missing = "/api/v1/councils/0190a1b2-0000-7000-8000-000000000000/calendar.ics";
    problem(app.get(&viewer, missing).await, 404, "not_found").await;
});

db_test!(cancelled_meetings_are_cancelled_and_every_change_raises_the_sequence, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let c = council(&app, &coordinator, "Trygghetsråd").await;
    let starts = (Utc::now() + Duration::days(40)).with_timezone(&chrono_tz::Europe::Stockholm);
    let m = meeting(&app, &coordinator, &c, "Möte", &starts.to_rfc3339_opts(SecondsFormat::Secs, false), 60).await;
    let path = format!("/api/v1/councils/{c}/calendar.ics");
    let sequence = |cal: &IcalCalendar| prop(cal, &id(&m), "SEQUENCE").unwrap().parse::<u32>().unwrap();
    let (before, _) = feed(&app, Some(&coordinator), &path).await;
    assert_eq!(sequence(&before), 0);
    let meeting_path = format!("/api/v1/meetings/{}", id(&m));
    ok_json(app.patch(&coordinator, &meeting_path, "\"1\"", &json!({"title": "Flyttat möte"})).await).await;
    let (after, _) = feed(&app, Some(&coordinator), &path).await;
    assert_eq!(sequence(&after), 1);
    assert!(prop(&after, &id(&m), "SUMMARY").unwrap().ends_with("Flyttat möte"));
    // Cancelled: still there, with the same UID, cancelled, and a higher sequence.
    let res = app
        .client
        .post(app.url(&format!("{meeting_path}:cancel")))
        .bearer_auth(&coordinator)
        .header("If-Match", "\"2\"")
        .json(&json!({"reason": "Lokalen är inte tillgänglig"}))
        .send()
        .await
        .unwrap();
    ok_json(res).await;
    let (cancelled, _) = feed(&app, Some(&coordinator), &path).await;
    assert_eq!(prop(&cancelled, &id(&m), "STATUS"), Some("CANCELLED"));
    assert_eq!(sequence(&cancelled), 2);
    assert_eq!(cancelled.events.len(), 1);
});

db_test!(a_public_calendar_is_only_for_public_councils_and_holds_no_description, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let c = council(&app, &coordinator, "Trygghetsråd").await;
    let starts = (Utc::now() + Duration::days(10)).to_rfc3339_opts(SecondsFormat::Secs, true);
    let m = meeting(&app, &coordinator, &c, "Öppet möte", &starts, 60).await;
    let public = format!("/api/v1/public/councils/{c}/calendar.ics");
    // Not public: 404, for anyone.
    problem(app.client.get(app.url(&public)).send().await.unwrap(), 404, "not_found").await;
    problem(app.get(&coordinator, &public).await, 404, "not_found").await;
    let missing = "/api/v1/public/councils/0190a1b2-0000-7000-8000-000000000000/calendar.ics";
    problem(app.client.get(app.url(missing)).send().await.unwrap(), 404, "not_found").await;
    // Made public, anyone reads it without logging in: title, time, place and status, never the
    // description.
    let council_path = format!("/api/v1/councils/{c}");
    let etag = etag_of(&app, &coordinator, &council_path).await;
    ok_json(app.patch(&coordinator, &council_path, &etag, &json!({"is_public": true})).await).await;
    let (cal, text) = feed(&app, None, &public).await;
    assert!(prop(&cal, &id(&m), "SUMMARY").unwrap().ends_with("Öppet möte"));
    assert_eq!(prop(&cal, &id(&m), "LOCATION"), Some("Medborgarhuset\\, Götgatan 1"));
    assert_eq!(prop(&cal, &id(&m), "STATUS"), Some("CONFIRMED"));
    assert!(tzid(&event(&cal, &id(&m)).unwrap().properties, "DTSTART").is_some());
    assert!(prop(&cal, &id(&m), "DESCRIPTION").is_none());
    assert!(!text.contains("Internt") && !text.contains("DESCRIPTION"), "{text}");
    // The members' feed of the same council keeps it.
    let (members, _) = feed(&app, Some(&coordinator), &format!("/api/v1/councils/{c}/calendar.ics")).await;
    assert!(prop(&members, &id(&m), "DESCRIPTION").is_some());
});

/// A personal feed token for the login of `token`: (feed address, token).
async fn create_token(app: &TestApp, token: &str) -> (String, String) {
    let res = app.client.post(app.url("/api/v1/me/calendar-token")).bearer_auth(token).send().await.unwrap();
    assert_eq!(res.status(), 201);
    let body: Value = res.json().await.unwrap();
    let (url, secret) = (body["url"].as_str().unwrap().to_owned(), body["token"].as_str().unwrap().to_owned());
    assert_eq!(url, format!("{}/api/v1/calendar/{secret}.ics", app.base));
    (url, secret)
}

/// The path of a feed address (the tests' server is the address's host).
fn path_of(url: &str) -> String {
    url.split_once("/api/").map(|(_, p)| format!("/api/{p}")).unwrap()
}

async fn status_without_login(app: &TestApp, path: &str) -> u16 {
    app.client.get(app.url(path)).send().await.unwrap().status().as_u16()
}

db_test!(a_personal_feed_needs_only_its_token_and_stops_when_revoked_or_replaced, |app| {
    let member = app.login(MEMBER).await;
    let (url, secret) = create_token(&app, &member).await;
    // 32 random bytes, base64url.
    assert_eq!(secret.len(), 43);
    assert!(secret.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    let first = path_of(&url);
    let (cal, _) = feed(&app, None, &first).await;
    assert_eq!(value(&cal.properties, "X-WR-CALNAME"), Some("Samverkan – mina råd"));
    // Only the token's hash is stored.
    {
        use samverkan::entities::calendar_token::Entity;
        let rows = Entity::find().all(&app.state.db.write).await.unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].token_hash, format!("{:x}", Sha256::digest(secret.as_bytes())));
        assert!(!format!("{rows:?}").contains(&secret));
    }
    // A new token replaces the old one, which stops at once.
    let (url2, secret2) = create_token(&app, &member).await;
    assert_ne!(secret, secret2);
    problem(app.client.get(app.url(&first)).send().await.unwrap(), 404, "not_found").await;
    let second = path_of(&url2);
    feed(&app, None, &second).await;
    // Revoked: gone; revoking again is fine.
    for _ in 0..2 {
        let res = app.client.delete(app.url("/api/v1/me/calendar-token")).bearer_auth(&member).send().await.unwrap();
        assert_eq!(res.status(), 204);
    }
    assert_eq!(status_without_login(&app, &second).await, 404);
    // Tokens that were never issued, and malformed ones, name no feed.
    let forged = format!("/api/v1/calendar/{}.ics", "A".repeat(43));
    assert_eq!(status_without_login(&app, &forged).await, 404);
    assert_eq!(status_without_login(&app, "/api/v1/calendar/kort.ics").await, 404);
    // Making or revoking a token needs a login; each change is in the audit log.
    let res = app.client.post(app.url("/api/v1/me/calendar-token")).send().await.unwrap();
    problem(res, 401, "unauthenticated").await;
    let res = app.client.delete(app.url("/api/v1/me/calendar-token")).send().await.unwrap();
    problem(res, 401, "unauthenticated").await;
    {
        use samverkan::entities::audit_event::{Column, Entity};
        let user = samverkan::entities::user::Entity::find()
            .filter(samverkan::entities::user::Column::Email.eq(MEMBER.0))
            .one(&app.state.db.write)
            .await
            .unwrap()
            .unwrap();
        let events = Entity::find().filter(Column::EntityId.eq(user.id)).all(&app.state.db.write).await.unwrap();
        let changes: Vec<&Value> =
            events.iter().map(|e| &e.changes).filter(|c| c["after"].get("calendar_token").is_some()).collect();
        assert_eq!(changes.len(), 3, "made, replaced, revoked: {changes:?}");
        assert!(!format!("{events:?}").contains(&secret2));
    }
});

db_test!(a_personal_feed_holds_only_the_councils_the_person_sits_on_today, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let member = app.login(MEMBER).await;
    let person = {
        use samverkan::entities::user::{Column, Entity};
        let u = Entity::find().filter(Column::Email.eq(MEMBER.0)).one(&app.state.db.write).await.unwrap().unwrap();
        u.person_id.unwrap().to_string()
    };
    let sits = council(&app, &coordinator, "Sitter i").await;
    let other = council(&app, &coordinator, "Sitter inte i").await;
    let former = council(&app, &coordinator, "Satt i förr").await;
    let seat = |c: &str, start: &str, end: Value| {
        let (app, coordinator, person) = (&app, &coordinator, &person);
        let c = c.to_owned();
        let start = start.to_owned();
        async move {
            ok_json(
                app.post(
                    coordinator,
                    &format!("/api/v1/councils/{c}/memberships"),
                    &json!({"person_id": person, "start_date": start, "end_date": end}),
                )
                .await,
            )
            .await
        }
    };
    seat(&sits, "2020-01-01", Value::Null).await;
    seat(&former, "2020-01-01", json!("2021-01-01")).await;
    let starts = (Utc::now() + Duration::days(20)).to_rfc3339_opts(SecondsFormat::Secs, true);
    let mut ids = vec![];
    for c in [&sits, &other, &former] {
        ids.push(id(&meeting(&app, &coordinator, c, "Möte", &starts, 60).await));
    }
    let (url, _) = create_token(&app, &member).await;
    let (cal, _) = feed(&app, None, &path_of(&url)).await;
    assert!(event(&cal, &ids[0]).is_some(), "the council the person sits on");
    assert!(event(&cal, &ids[1]).is_none(), "a council the person does not sit on");
    assert!(event(&cal, &ids[2]).is_none(), "a council the person sat on once");
    assert!(cal.events.len() > 1, "the demo's meetings of the steering group the member chairs");
    // The demo's Södermalm steering group, which the member chairs, is there too; every event
    // belongs to a council the person sits on.
    let today = samverkan::domain::time::today().to_string();
    let councils: Vec<String> = app
        .all_items(&member, &format!("/api/v1/people/{person}/memberships"))
        .await
        .iter()
        .filter(|m| m["start_date"].as_str().unwrap() <= today.as_str())
        .filter(|m| m["end_date"].as_str().is_none_or(|end| end >= today.as_str()))
        .map(|m| m["council_id"].as_str().unwrap().to_owned())
        .collect();
    assert!(councils.contains(&sits), "{councils:?}");
    for e in &cal.events {
        let uid = value(&e.properties, "UID").unwrap().trim_end_matches("@samverkan").to_owned();
        let m = ok_json(app.get(&member, &format!("/api/v1/meetings/{uid}")).await).await;
        assert!(councils.contains(&m["council_id"].as_str().unwrap().to_owned()), "{m}");
    }
    // An administrator is no person: an empty feed, not an error.
    let admin = app.login(ADMIN).await;
    let (url, _) = create_token(&app, &admin).await;
    let (cal, _) = feed(&app, None, &path_of(&url)).await;
    assert!(cal.events.is_empty());
});

db_test!(a_feed_shows_meetings_from_a_year_back_to_two_years_ahead, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let c = council(&app, &coordinator, "Trygghetsråd").await;
    let now = Utc::now();
    let at = |t: chrono::DateTime<Utc>| t.to_rfc3339_opts(SecondsFormat::Secs, true);
    let mut made = vec![];
    for (label, t) in [
        ("13 months ago", now.checked_sub_months(Months::new(13)).unwrap()),
        ("11 months ago", now.checked_sub_months(Months::new(11)).unwrap()),
        ("in 23 months", now.checked_add_months(Months::new(23)).unwrap()),
        ("in 25 months", now.checked_add_months(Months::new(25)).unwrap()),
    ] {
        made.push(id(&meeting(&app, &coordinator, &c, label, &at(t), 60).await));
    }
    let (cal, _) = feed(&app, Some(&coordinator), &format!("/api/v1/councils/{c}/calendar.ics")).await;
    let shown: Vec<bool> = made.iter().map(|m| event(&cal, m).is_some()).collect();
    assert_eq!(shown, [false, true, true, false]);
});

/// With `SAMVERKAN_PUBLIC_URL` set, links and feed addresses use it (not the request's host).
mod feed_addresses_use_the_configured_public_address {
    use super::*;

    async fn run(backend: Backend) {
        let public = |c: &mut samverkan::config::Config| c.public_url = Some("https://samverkan.exempel.se/".into());
        let Some(app) = TestApp::spawn_with(backend, public).await else { return };
        let coordinator = app.login(COORDINATOR).await;
        let c = council(&app, &coordinator, "Trygghetsråd").await;
        let starts = (Utc::now() + Duration::days(5)).to_rfc3339_opts(SecondsFormat::Secs, true);
        let m = meeting(&app, &coordinator, &c, "Möte", &starts, 60).await;
        let (cal, _) = feed(&app, Some(&coordinator), &format!("/api/v1/councils/{c}/calendar.ics")).await;
        let link = format!("https://samverkan.exempel.se/meetings/{}", id(&m));
        assert_eq!(prop(&cal, &id(&m), "URL"), Some(link.as_str()));
        let res = app.client.post(app.url("/api/v1/me/calendar-token")).bearer_auth(&coordinator).send().await.unwrap();
        let body: Value = res.json().await.unwrap();
        let url = body["url"].as_str().unwrap();
        assert!(url.starts_with("https://samverkan.exempel.se/api/v1/calendar/") && url.ends_with(".ics"), "{url}");
    }

    #[actix_web::test]
    async fn sqlite() {
        run(Backend::Sqlite).await;
    }

    #[actix_web::test]
    async fn postgres() {
        run(Backend::Postgres).await;
    }
}
