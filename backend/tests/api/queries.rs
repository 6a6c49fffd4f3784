//! Reads cost a fixed number of queries whatever the page size: every list operation in the
//! OpenAPI document, at `limit=1` and `limit=200`, for an editor and for a council member,
//! makes the same number of database queries (the server reports them in `X-Db-Queries`).

use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::*;

/// Fixtures that give every list more than one row: a council with seats, members, a
/// sub-group, an agreement, and a person with several terms.
struct Fixture {
    council: String,
    person: String,
    area: String,
    /// A meeting of the member's own council, with an agenda and invitees.
    meeting: String,
    /// An initiative with reports.
    initiative: String,
    /// An inquiry the member filed, with public replies.
    inquiry: String,
}

async fn fixture(app: &TestApp, token: &str) -> Fixture {
    let district = the_one(app, token, "/api/v1/areas?kind=district&q=j%C3%A4rva&valid_at=2025-01-01").await;
    let org =
        ok_json(app.post(token, "/api/v1/organizations", &json!({"kind": "school", "name": unique("Skola")})).await)
            .await;
    let council = ok_json(
        app.post(
            token,
            "/api/v1/councils",
            &json!({"name": unique("Trygghetsråd"), "kind": "safety_council", "status": "active", "area_ids": [district]}),
        )
        .await,
    )
    .await;
    let id = council["id"].as_str().unwrap().to_owned();
    ok_json(
        app.post(token, "/api/v1/councils", &json!({"name": unique("AG"), "kind": "working_group", "parent_id": id}))
            .await,
    )
    .await;
    let person = ok_json(
        app.post(token, "/api/v1/people", &json!({"name": unique("Person"), "organization_id": org["id"]})).await,
    )
    .await;
    for n in 0..3 {
        let seat = ok_json(
            app.post(
                token,
                &format!("/api/v1/councils/{id}/seats"),
                &json!({"label": format!("Plats {n}"), "role": "member", "organization_id": org["id"]}),
            )
            .await,
        )
        .await;
        let other = ok_json(app.post(token, "/api/v1/people", &json!({"name": unique("Ledamot")})).await).await;
        for (who, start) in [(&person["id"], "2024-01-01"), (&other["id"], "2025-01-01")] {
            ok_json(
                app.post(
                    token,
                    &format!("/api/v1/councils/{id}/memberships"),
                    &json!({"person_id": who, "seat_id": seat["id"], "start_date": start, "end_date": if start == "2024-01-01" { json!("2024-12-31") } else { Value::Null }}),
                )
                .await,
            )
            .await;
        }
    }
    for n in 0..2 {
        ok_json(
            app.post(token, "/api/v1/agreements", &json!({"name": unique(&format!("Överenskommelse {n}")), "party_ids": [org["id"]], "council_ids": [id]}))
                .await,
        )
        .await;
    }
    // Meetings: a few of the council's, from its cadence.
    ok_json(
        app.patch(
            token,
            &format!("/api/v1/councils/{id}"),
            "\"1\"",
            &json!({"cadence": {"rrule": "FREQ=WEEKLY;BYDAY=TU", "start_time": "18:00", "duration_minutes": 60}}),
        )
        .await,
    )
    .await;
    ok_json(
        app.post(
            token,
            &format!("/api/v1/councils/{id}/meetings:generate"),
            &json!({"from": "2027-01-01", "to": "2027-02-28"}),
        )
        .await,
    )
    .await;
    // A meeting of the council the member chairs (so the member reads its agenda and attendance),
    // with public points and tasks.
    let own = the_one(app, token, "/api/v1/councils?q=lokal%20styrgrupp%20s%C3%B6dermalm").await;
    let today = chrono::Utc::now().date_naive();
    let upcoming = format!("/api/v1/meetings?council_id={own}&status=planned&from={today}&limit=1");
    let meeting = ok_json(app.get(token, &upcoming).await).await["items"][0]["id"].as_str().unwrap().to_owned();
    // Restricted points first: a page of one then holds one too, and its read is logged as a
    // page of many is (the access log's one insert is part of the fixed cost).
    for n in 0..2 {
        ok_json(
            app.post(
                token,
                &format!("/api/v1/meetings/{meeting}/agenda-items"),
                &json!({"title": format!("Sekretess {n}"), "classification": "restricted"}),
            )
            .await,
        )
        .await;
    }
    for n in 0..3 {
        ok_json(
            app.post(
                token,
                &format!("/api/v1/meetings/{meeting}/agenda-items"),
                &json!({"title": format!("Punkt {n}"), "classification": "public"}),
            )
            .await,
        )
        .await;
        ok_json(
            app.post(
                token,
                "/api/v1/action-items",
                &json!({"meeting_id": meeting, "description": format!("Uppgift {n}")}),
            )
            .await,
        )
        .await;
    }
    // Documents, public ones (everyone reads them).
    for n in 0..3 {
        let res =
            app.client
                .post(app.url(&format!(
                    "/api/v1/meetings/{meeting}/documents?file_name=Bilaga%20{n}.txt&classification=public"
                )))
                .bearer_auth(token)
                .body(format!("Bilaga {n}"))
                .send()
                .await
                .unwrap();
        ok_json(res).await;
    }
    // Restricted points first (the demo's agenda is there already).
    let mut points = app.all_items(&app.login(ADMIN).await, &format!("/api/v1/meetings/{meeting}/agenda-items")).await;
    points.sort_by_key(|p| p["classification"] != "restricted");
    let order: Vec<&Value> = points.iter().map(|p| &p["id"]).collect();
    ok_json(reorder_agenda(app, token, &format!("/api/v1/meetings/{meeting}"), &json!(order)).await).await;
    // A local police area overlaps several districts.
    let area = the_one(app, token, "/api/v1/areas?kind=local_police_area&q=globen").await;
    // An initiative of the council with a few reports.
    let initiative = ok_json(
        app.post(
            token,
            "/api/v1/initiatives",
            &json!({"title": unique("Insats"), "kind": "joint_action", "council_id": id}),
        )
        .await,
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    for n in 0..3 {
        ok_json(
            app.post(
                token,
                &format!("/api/v1/initiatives/{initiative}/updates"),
                &json!({"status": "in_progress", "percent": n * 10}),
            )
            .await,
        )
        .await;
    }
    // Situation pictures of the council, one part of each restricted.
    for n in 0..3 {
        ok_json(
            app.post(
                token,
                "/api/v1/situation-pictures",
                &json!({"area_id": district, "council_id": id, "period_start": format!("202{n}-01-01"),
                        "period_end": format!("202{n}-12-31"), "title": format!("Lägesbild {n}"),
                        "crime_mapping": "Sekretess", "crime_mapping_classification": "restricted",
                        "problems": [{"title": "Problem", "priority": 1, "initiative_ids": [initiative]}]}),
            )
            .await,
        )
        .await;
    }
    // Contact routes (two public, one backing up another), and API keys.
    let topic = app.all_items(token, "/api/v1/topics").await[0]["id"].as_str().unwrap().to_owned();
    let mut previous: Option<String> = None;
    for n in 0..3 {
        let made = ok_json(
            app.post(
                token,
                "/api/v1/contact-routes",
                &json!({"from_audience": "any", "organization_id": org["id"], "function": format!("Funktion {n}"),
                        "topic_id": topic, "area_ids": [district], "audience": if n < 2 { "public" } else { "internal" },
                        "backup_route_id": previous, "channels": [{"type": "email", "value": format!("funktion{n}@exempel.se")}],
                        "opening_hours": {"weekly": [{"day": "mon", "opens": "08:00", "closes": "16:00"}]}}),
            )
            .await,
        )
        .await;
        previous = made["id"].as_str().map(str::to_owned);
    }
    let admin = app.login(ADMIN).await;
    for n in 0..2 {
        ok_json(app.post(&admin, "/api/v1/api-keys", &json!({"name": format!("Klient {n}")})).await).await;
    }
    // Inquiries the member filed, one with public replies (the member reads those).
    let member = app.login(MEMBER).await;
    let mut inquiry = String::new();
    for n in 0..2 {
        let made = ok_json(
            app.post(
                &member,
                "/api/v1/inquiries",
                &json!({"topic_id": topic, "area_id": district, "message": format!("Ärende {n}"), "from_audience": "housing_company"}),
            )
            .await,
        )
        .await;
        inquiry = made["id"].as_str().unwrap().to_owned();
    }
    for n in 0..2 {
        ok_json(
            app.post(
                token,
                &format!("/api/v1/inquiries/{inquiry}/messages"),
                &json!({"kind": "public_reply", "body": format!("Svar {n}")}),
            )
            .await,
        )
        .await;
    }
    Fixture { council: id, person: person["id"].as_str().unwrap().to_owned(), area, meeting, initiative, inquiry }
}

/// The path of a list operation with its ids filled in from the fixture.
fn concrete(path: &str, f: &Fixture) -> String {
    match path {
        "/api/v1/areas/{id}/overlaps" => path.replace("{id}", &f.area),
        "/api/v1/councils/{id}/seats" | "/api/v1/councils/{id}/memberships" => path.replace("{id}", &f.council),
        "/api/v1/people/{id}/memberships" => path.replace("{id}", &f.person),
        "/api/v1/meetings/{id}/agenda-items"
        | "/api/v1/meetings/{id}/attendance"
        | "/api/v1/meetings/{id}/documents" => path.replace("{id}", &f.meeting),
        "/api/v1/initiatives/{id}/updates" => path.replace("{id}", &f.initiative),
        "/api/v1/inquiries/{id}/messages" => path.replace("{id}", &f.inquiry),
        p if !p.contains('{') => p.to_owned(),
        other => panic!("{other}: a list operation this test does not know how to fill in; add it"),
    }
}

async fn queries_and_items(app: &TestApp, token: &str, path: &str) -> (u32, usize) {
    let res = app.get(token, path).await;
    let queries: u32 = res.headers().get("x-db-queries").expect("X-Db-Queries").to_str().unwrap().parse().unwrap();
    let body = ok_json(res).await;
    (queries, body["items"].as_array().unwrap().len())
}

db_test!(every_list_costs_the_same_queries_for_one_row_and_two_hundred, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let f = fixture(&app, &coordinator).await;
    let doc = serde_json::to_value(samverkan::api::openapi()).unwrap();
    let mut lists = vec![];
    for (path, item) in doc["paths"].as_object().unwrap() {
        let Some(get) = item.get("get") else { continue };
        let takes_limit = get["parameters"].as_array().is_some_and(|ps| ps.iter().any(|p| p["name"] == "limit"));
        if takes_limit {
            lists.push(path.clone());
        }
    }
    assert!(lists.len() >= 10, "found only {lists:?}");
    let admin = app.login(ADMIN).await;
    let member = app.login(MEMBER).await;
    // The admin reads the restricted points: the access log gets its rows.
    ok_json(app.get(&admin, &format!("/api/v1/meetings/{}/agenda-items", f.meeting)).await).await;
    for path in &lists {
        let url = concrete(path, &f);
        // The audit log and API keys are for admins; the others are read by a coordinator and by a member.
        let callers: Vec<(&str, &String)> =
            if path.contains("audit") || path.contains("access-log") || path.contains("api-keys") {
                vec![("admin", &admin)]
            } else {
                vec![("coordinator", &coordinator), ("member", &member)]
            };
        for (who, token) in callers {
            let (one, n1) = queries_and_items(&app, token, &format!("{url}?limit=1")).await;
            let (many, n200) = queries_and_items(&app, token, &format!("{url}?limit=200")).await;
            assert_eq!(n1, 1, "{who} {path}: one row at limit=1");
            assert!(n200 > 1, "{who} {path}: the fixture gives more than one row");
            assert_eq!(one, many, "{who} {path}: {one} queries for 1 row, {many} for {n200}");
        }
    }
});
