use chrono::{DateTime, Timelike, Utc};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::*;

/// A new active council meeting monthly on the second Tuesday at 18:00 (Stockholm), made by a
/// coordinator.
async fn monthly_council(app: &TestApp, token: &str) -> String {
    let council = ok_json(
        app.post(
            token,
            "/api/v1/councils",
            &json!({"name": unique("Trygghetsråd"), "kind": "safety_council", "status": "active", "founded_on": "2024-01-01",
                    "cadence": {"rrule": "FREQ=MONTHLY;BYDAY=2TU", "start_time": "18:00", "duration_minutes": 90}}),
        )
        .await,
    )
    .await;
    council["id"].as_str().unwrap().to_owned()
}

async fn generate(app: &TestApp, token: &str, council: &str, from: &str, to: &str) -> reqwest::Response {
    app.post(token, &format!("/api/v1/councils/{council}/meetings:generate"), &json!({"from": from, "to": to})).await
}

fn utc(v: &Value) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(v.as_str().unwrap()).unwrap().with_timezone(&Utc)
}

async fn scheduled_events(app: &TestApp, meeting: &str) -> u64 {
    use samverkan::entities::outbox_event::{Column, Entity};
    Entity::find()
        .filter(Column::EntityId.eq(uuid::Uuid::parse_str(meeting).unwrap()))
        .count(&app.state.db.write)
        .await
        .unwrap()
}

db_test!(a_year_of_monthly_meetings_is_generated_once_at_local_time_across_daylight_saving, |app| {
    let token = app.login(COORDINATOR).await;
    let council = monthly_council(&app, &token).await;
    let first = ok_json(generate(&app, &token, &council, "2027-01-01", "2027-12-31").await).await;
    let created = first["created"].as_array().unwrap();
    assert_eq!((created.len(), first["skipped"].as_u64()), (12, Some(0)), "{first}");
    // 18:00 in Stockholm: 17:00 UTC in winter, 16:00 UTC in summer.
    let hours: Vec<u32> = created.iter().map(|m| utc(&m["starts_at"]).hour()).collect();
    assert_eq!(hours, [17, 17, 17, 16, 16, 16, 16, 16, 16, 16, 17, 17]);
    assert!(created.iter().all(|m| (utc(&m["ends_at"]) - utc(&m["starts_at"])).num_minutes() == 90));
    assert!(created.iter().all(|m| m["status"] == "planned" && m["council_id"] == council.as_str()));
    // Each is announced in the outbox.
    assert_eq!(scheduled_events(&app, created[0]["id"].as_str().unwrap()).await, 1);
    // Run twice: nothing new.
    let again = ok_json(generate(&app, &token, &council, "2027-01-01", "2027-12-31").await).await;
    assert_eq!((again["created"].as_array().unwrap().len(), again["skipped"].as_u64()), (0, Some(12)));
    let listed = app.all_items(&token, &format!("/api/v1/meetings?council_id={council}")).await;
    assert_eq!(listed.len(), 12);
    // In time order, and the period filters are dates in Stockholm.
    assert!(listed.windows(2).all(|w| utc(&w[0]["starts_at"]) < utc(&w[1]["starts_at"])));
    let spring =
        app.all_items(&token, &format!("/api/v1/meetings?council_id={council}&from=2027-03-01&to=2027-05-31")).await;
    assert_eq!(spring.len(), 3);
    // At most two years per call.
    let body =
        problem(generate(&app, &token, &council, "2027-01-01", "2029-02-01").await, 422, "validation_failed").await;
    assert_eq!(body["errors"][0]["field"], "to");
});

db_test!(meetings_of_one_council_do_not_overlap_and_cancelled_ones_keep_their_reason, |app| {
    let token = app.login(COORDINATOR).await;
    let council = monthly_council(&app, &token).await;
    let january = ok_json(generate(&app, &token, &council, "2027-01-01", "2027-01-31").await).await;
    let planned = &january["created"][0];
    let (starts, id) = (utc(&planned["starts_at"]), planned["id"].as_str().unwrap().to_owned());
    let overlapping = json!({"council_id": council, "title": "Extra möte",
        "starts_at": (starts + chrono::Duration::minutes(30)).to_rfc3339(),
        "ends_at": (starts + chrono::Duration::minutes(80)).to_rfc3339()});
    problem(app.post(&token, "/api/v1/meetings", &overlapping).await, 409, "meeting_overlaps").await;
    // Right after it is fine.
    let after = json!({"council_id": council, "title": "Direkt efter",
        "starts_at": (starts + chrono::Duration::minutes(90)).to_rfc3339(),
        "ends_at": (starts + chrono::Duration::minutes(120)).to_rfc3339(), "mode": "online",
        "online_url": "https://meet.example.se/rad"});
    let next = ok_json(app.post(&token, "/api/v1/meetings", &after).await).await;
    assert_eq!(
        (next["mode"].as_str(), next["online_url"].as_str()),
        (Some("online"), Some("https://meet.example.se/rad"))
    );
    // Moving it into the first one is refused too.
    let path = format!("/api/v1/meetings/{}", next["id"].as_str().unwrap());
    problem(
        app.patch(&token, &path, "\"1\"", &json!({"starts_at": starts.to_rfc3339()})).await,
        409,
        "meeting_overlaps",
    )
    .await;

    // Cancelling needs the version, and keeps the row with its reason.
    let cancel = |version: &'static str| {
        app.client
            .post(app.url(&format!("/api/v1/meetings/{id}:cancel")))
            .bearer_auth(&token)
            .header("If-Match", version)
            .json(&json!({"reason": "Lokalen är inte tillgänglig"}))
            .send()
    };
    problem(cancel("\"7\"").await.unwrap(), 412, "version_mismatch").await;
    let cancelled = ok_json(cancel("\"1\"").await.unwrap()).await;
    assert_eq!(
        (cancelled["status"].as_str(), cancelled["cancel_reason"].as_str(), cancelled["version"].as_i64()),
        (Some("cancelled"), Some("Lokalen är inte tillgänglig"), Some(2))
    );
    assert!(cancelled["allowed_actions"].as_array().unwrap().is_empty());
    assert_eq!(scheduled_events(&app, &id).await, 2, "scheduled, then cancelled");
    problem(cancel("\"2\"").await.unwrap(), 409, "meeting_cancelled").await;
    problem(
        app.patch(&token, &format!("/api/v1/meetings/{id}"), "\"2\"", &json!({"title": "Nytt"})).await,
        409,
        "meeting_cancelled",
    )
    .await;
    // The cancelled time is free for another meeting, and generating again does not bring the
    // cancelled one back.
    ok_json(app.post(&token, "/api/v1/meetings", &overlapping).await).await;
    let again = ok_json(generate(&app, &token, &council, "2027-01-01", "2027-01-31").await).await;
    assert_eq!(again["created"].as_array().unwrap().len(), 0);
    // A meeting that has been held cannot be cancelled.
    let held = ok_json(app.patch(&token, &path, "\"1\"", &json!({"status": "held"})).await).await;
    assert_eq!(held["status"], "held");
    let res = app
        .client
        .post(app.url(&format!("{path}:cancel")))
        .bearer_auth(&token)
        .header("If-Match", "\"2\"")
        .json(&json!({"reason": "För sent"}))
        .send()
        .await
        .unwrap();
    problem(res, 409, "not_cancellable").await;
    // Times are checked: an end before the start, or a day-long sitting.
    let body = problem(
        app.post(
            &token,
            "/api/v1/meetings",
            &json!({"council_id": council, "title": "Baklänges",
            "starts_at": "2027-06-01T18:00:00+02:00", "ends_at": "2027-06-01T17:00:00+02:00"}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(body["errors"][0]["field"], "ends_at");
});

db_test!(a_councils_next_meetings_come_from_its_meetings_then_its_cadence, |app| {
    let token = app.login(COORDINATOR).await;
    let council = monthly_council(&app, &token).await;
    let soon = (Utc::now() + chrono::Duration::days(3)).with_nanosecond(0).unwrap().with_second(0).unwrap();
    let extra = ok_json(
        app.post(
            &token,
            "/api/v1/meetings",
            &json!({"council_id": council, "title": "Extrainsatt",
            "starts_at": soon.to_rfc3339(), "ends_at": (soon + chrono::Duration::hours(1)).to_rfc3339()}),
        )
        .await,
    )
    .await;
    let c = ok_json(app.get(&token, &format!("/api/v1/councils/{council}")).await).await;
    let next: Vec<DateTime<Utc>> = c["next_meetings"].as_array().unwrap().iter().map(utc).collect();
    assert_eq!(next.len(), 5);
    assert_eq!(next[0], utc(&extra["starts_at"]), "the meeting first: {c}");
    assert!(next.windows(2).all(|w| w[0] < w[1]));
    // Cancelled, it is no longer next.
    let res = app
        .client
        .post(app.url(&format!("/api/v1/meetings/{}:cancel", extra["id"].as_str().unwrap())))
        .bearer_auth(&token)
        .header("If-Match", "\"1\"")
        .json(&json!({"reason": "Inställt"}))
        .send()
        .await
        .unwrap();
    ok_json(res).await;
    let c = ok_json(app.get(&token, &format!("/api/v1/councils/{council}")).await).await;
    assert_ne!(utc(&c["next_meetings"][0]), utc(&extra["starts_at"]));
});

db_test!(only_those_who_run_a_council_schedule_its_meetings, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let member = app.login(MEMBER).await; // chairs Södermalm's local steering group
    let viewer = app.login(VIEWER).await;
    let other = monthly_council(&app, &coordinator).await;
    let body = |council: &str| json!({"council_id": council, "title": "Möte", "starts_at": "2027-09-01T10:00:00Z", "ends_at": "2027-09-01T11:00:00Z"});
    problem(app.post(&member, "/api/v1/meetings", &body(&other)).await, 403, "forbidden").await;
    problem(app.post(&viewer, "/api/v1/meetings", &body(&other)).await, 403, "forbidden").await;
    problem(generate(&app, &member, &other, "2027-01-01", "2027-02-01").await, 403, "forbidden").await;
    let own = the_one(&app, &member, "/api/v1/councils?q=lokal%20styrgrupp%20s%C3%B6dermalm").await;
    let made = ok_json(app.post(&member, "/api/v1/meetings", &body(&own)).await).await;
    assert_eq!(made["allowed_actions"], json!(["update", "cancel", "publish_agenda"]));
    // Everyone logged in sees it; only those who run the council may act on it.
    let seen = ok_json(app.get(&viewer, &format!("/api/v1/meetings/{}", made["id"].as_str().unwrap())).await).await;
    assert_eq!(seen["allowed_actions"], json!([]));
    let page = ok_json(app.get(&viewer, "/api/v1/meetings?limit=1").await).await;
    assert_eq!(page["allowed_actions"], json!([]));
    let page = ok_json(app.get(&member, "/api/v1/meetings?limit=1").await).await;
    assert_eq!(page["allowed_actions"], json!(["create"]));
});

db_test!(a_chair_answers_their_own_invitation, |app| {
    // The demo member is a person, and chairs Lokal styrgrupp Södermalm: they run its meetings'
    // attendance and still answer for themselves.
    let member = app.login(MEMBER).await;
    let me = ok_json(app.get(&member, "/api/v1/me").await).await;
    let person = me["person_id"].as_str().expect("the demo member is a person").to_owned();
    let council = the_one(&app, &member, "/api/v1/councils?q=lokal%20styrgrupp%20s%C3%B6dermalm").await;
    let today = chrono::Utc::now().date_naive();
    let upcoming = format!("/api/v1/meetings?council_id={council}&status=planned&from={today}&limit=1");
    let meeting = ok_json(app.get(&member, &upcoming).await).await["items"][0]["id"].as_str().unwrap().to_owned();
    let rows = app.all_items(&member, &format!("/api/v1/meetings/{meeting}/attendance")).await;
    let own = rows.iter().find(|a| a["person_id"] == person.as_str()).expect("the chair is invited");
    assert_eq!(own["allowed_actions"], json!(["update", "rsvp"]));
    let others: Vec<&Value> = rows.iter().filter(|a| a["person_id"] != person.as_str()).collect();
    assert!(!others.is_empty() && others.iter().all(|a| a["allowed_actions"] == json!(["update"])), "{others:?}");
});

db_test!(mine_lists_the_meetings_of_the_callers_own_councils, |app| {
    let member = app.login(MEMBER).await;
    let me = ok_json(app.get(&member, "/api/v1/me").await).await;
    let person = me["person_id"].as_str().unwrap();
    let own: std::collections::HashSet<String> = app
        .all_items(&member, &format!("/api/v1/people/{person}/memberships"))
        .await
        .iter()
        .map(|m| m["council_id"].as_str().unwrap().to_owned())
        .collect();
    assert!(!own.is_empty());
    let mine = app.all_items(&member, "/api/v1/meetings?mine=true&from=2020-01-01").await;
    assert!(!mine.is_empty());
    assert!(mine.iter().all(|m| own.contains(m["council_id"].as_str().unwrap())), "{own:?}");
    let all = app.all_items(&member, "/api/v1/meetings?from=2020-01-01").await;
    assert!(all.len() > mine.len(), "others' meetings are left out");
    // A login that is no person sits on no council.
    let viewer = app.login(VIEWER).await;
    assert!(app.all_items(&viewer, "/api/v1/meetings?mine=true").await.is_empty());
});

db_test!(public_meetings_come_earliest_first_or_latest_first_page_by_page, |app| {
    let token = app.login(COORDINATOR).await;
    let council = monthly_council(&app, &token).await;
    ok_json(app.patch(&token, &format!("/api/v1/councils/{council}"), "\"1\"", &json!({"is_public": true})).await)
        .await;
    ok_json(generate(&app, &token, &council, "2027-01-01", "2027-05-31").await).await;
    let starts = |order: &'static str| {
        let (app, council) = (&app, &council);
        async move {
            let mut starts = vec![];
            let mut cursor = String::new();
            loop {
                let url = app.url(&format!("/api/v1/public/meetings?council_id={council}&limit=2{order}{cursor}"));
                let page = ok_json(app.client.get(url).send().await.unwrap()).await;
                starts.extend(page["items"].as_array().unwrap().iter().map(|m| utc(&m["starts_at"])));
                match page["next_cursor"].as_str() {
                    Some(c) => cursor = format!("&cursor={c}"),
                    None => return starts,
                }
            }
        }
    };
    let earliest = starts("").await;
    assert_eq!(earliest.len(), 5);
    assert!(earliest.windows(2).all(|w| w[0] < w[1]), "{earliest:?}");
    assert_eq!(starts("&order=earliest_first").await, earliest);
    let mut latest = starts("&order=latest_first").await;
    latest.reverse();
    assert_eq!(latest, earliest, "the same meetings, the latest first");
    let res = app.client.get(app.url("/api/v1/public/meetings?order=sideways")).send().await.unwrap();
    problem(res, 400, "invalid_query_parameter").await;
});
