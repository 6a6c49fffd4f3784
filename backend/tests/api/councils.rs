use chrono::{DateTime, Datelike, Timelike, Weekday};
use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::*;

async fn district(app: &TestApp, token: &str, name: &str) -> String {
    the_one(app, token, &format!("/api/v1/areas?kind=district&valid_at=2025-01-01&q={}", name.replace(' ', "%20")))
        .await
}

db_test!(a_coordinator_sets_up_a_local_steering_group_and_the_reports_see_it, |app| {
    let token = app.login(COORDINATOR).await;
    let before = ok_json(app.get(&token, "/api/v1/reports/coverage").await).await;
    assert_eq!(
        before["uncovered"].as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap()).collect::<Vec<_>>(),
        ["Skärholmen"]
    );
    let skarholmen = district(&app, &token, "Skärholmen").await;
    let central = the_one(&app, &token, "/api/v1/councils?kind=central_steering_group").await;
    let res = app
        .post(&token, "/api/v1/councils", &json!({
            "name": "Lokal styrgrupp Skärholmen", "kind": "local_steering_group", "parent_id": central,
            "area_ids": [skarholmen], "status": "active", "founded_on": "2025-01-01",
            "cadence": {"rrule": "FREQ=MONTHLY;BYDAY=2TU", "start_time": "18:00", "duration_minutes": 90},
            "mandate": {"decided_by_council_id": central, "decision_reference": "Central styrgrupp § 12", "decided_on": "2024-12-10", "registration_number": "KS 2024/1234"}
        }))
        .await;
    assert_eq!(res.status(), 201);
    let council: Value = res.json().await.unwrap();
    assert_eq!(council["cadence"]["time_zone"], "Europe/Stockholm");
    let meetings = council["next_meetings"].as_array().unwrap();
    assert_eq!(meetings.len(), 5);
    for m in meetings {
        let t = DateTime::parse_from_rfc3339(m.as_str().unwrap()).unwrap();
        assert_eq!((t.hour(), t.minute(), t.weekday()), (18, 0, Weekday::Tue), "{t}");
        assert!((8..=14).contains(&t.day()), "second Tuesday: {t}");
        assert!([3600, 7200].contains(&t.offset().local_minus_utc()), "Stockholm time: {t}");
    }
    let id = council["id"].as_str().unwrap();
    let seat = ok_json(
        app.post(
            &token,
            &format!("/api/v1/councils/{id}/seats"),
            &json!({"label": "Stadsdelsdirektör", "role": "chair", "required": true}),
        )
        .await,
    )
    .await;
    let empty = ok_json(
        app.post(
            &token,
            &format!("/api/v1/councils/{id}/seats"),
            &json!({"label": "Kommunpolis", "role": "member", "required": true}),
        )
        .await,
    )
    .await;
    let person = ok_json(
        app.post(
            &token,
            "/api/v1/people",
            &json!({"name": "Test Testsson", "title": "Stadsdelsdirektör", "email": "test.testsson@exempel.se"}),
        )
        .await,
    )
    .await;
    let m = ok_json(
        app.post(
            &token,
            &format!("/api/v1/councils/{id}/memberships"),
            &json!({"person_id": person["id"], "seat_id": seat["id"], "start_date": "2025-01-01"}),
        )
        .await,
    )
    .await;
    assert_eq!(
        (m["role"].as_str(), m["current"].as_bool()),
        (Some("chair"), Some(true)),
        "the role defaults to the seat's"
    );

    let after = ok_json(app.get(&token, "/api/v1/reports/coverage").await).await;
    assert!(after["uncovered"].as_array().unwrap().is_empty(), "{}", after["uncovered"]);
    let covered = after["areas"].as_array().unwrap().iter().find(|a| a["area"]["id"] == skarholmen.as_str()).unwrap();
    assert_eq!(covered["councils"][0]["mandate"]["registration_number"], "KS 2024/1234");
    assert_eq!(covered["councils"][0]["parent_id"], central.as_str());
    let staffing = ok_json(app.get(&token, &format!("/api/v1/reports/staffing?council_id={id}")).await).await;
    let c = &staffing["councils"][0];
    assert_eq!(c["vacant_required_seat_ids"], json!([empty["id"]]));
    assert_eq!(c["seats"][0]["holders"][0]["person_name"], "Test Testsson");
    assert_eq!(c["seats"][0]["vacant"], false);
});

db_test!(working_groups_sit_under_a_steering_group_and_trees_have_no_cycles, |app| {
    let token = app.login(ADMIN).await;
    let body = problem(
        app.post(&token, "/api/v1/councils", &json!({"name": "AG", "kind": "working_group"})).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(
        (body["errors"][0]["field"].as_str(), body["errors"][0]["code"].as_str()),
        (Some("parent_id"), Some("required"))
    );
    let local = the_one(&app, &token, "/api/v1/councils?q=lokal%20styrgrupp%20farsta").await;
    let wg = ok_json(
        app.post(&token, "/api/v1/councils", &json!({"name": "AG Test", "kind": "working_group", "parent_id": local}))
            .await,
    )
    .await;
    let body = problem(
        app.post(&token, "/api/v1/councils", &json!({"name": "AG 2", "kind": "working_group", "parent_id": wg["id"]}))
            .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(body["errors"][0]["code"], "invalid_parent_kind");
    let current = ok_json(app.get(&token, &format!("/api/v1/councils/{local}")).await).await;
    let body = problem(
        app.patch(
            &token,
            &format!("/api/v1/councils/{local}"),
            &format!("\"{}\"", current["version"]),
            &json!({"parent_id": wg["id"]}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(body["errors"][0]["code"], "cycle");
});

db_test!(bad_cadences_and_dates_are_refused_at_their_field, |app| {
    let token = app.login(COORDINATOR).await;
    let body = problem(
        app.post(
            &token,
            "/api/v1/councils",
            &json!({"name": "Råd", "kind": "safety_council",
            "cadence": {"rrule": "FREQ=MONTHLY;BYDAY=9XX", "start_time": "18:00", "duration_minutes": 60}}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(body["errors"][0]["field"], "cadence.rrule");
    let body = problem(
        app.post(&token, "/api/v1/councils", &json!({"name": "Råd", "kind": "safety_council", "status": "dissolved"}))
            .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(body["errors"][0]["field"], "dissolved_on");
    let body = problem(
        app.post(&token, "/api/v1/councils", &json!({"name": "Råd", "kind": "safety_council", "founded_on": "2025-01-01", "dissolved_on": "2024-01-01", "status": "dissolved"})).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(body["errors"][0]["code"], "before_founded_on");
});

db_test!(councils_are_found_by_kind_status_and_overlapping_area, |app| {
    let token = app.login(VIEWER).await;
    let lpo = the_one(&app, &token, "/api/v1/areas?kind=local_police_area&q=j%C3%A4rva").await;
    let found =
        ok_json(app.get(&token, &format!("/api/v1/councils?area_id={lpo}&kind=local_steering_group")).await).await;
    let mut names: Vec<&str> = found["items"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["Lokal styrgrupp Järva", "Lokal styrgrupp Rinkeby-Kista", "Lokal styrgrupp Spånga-Tensta"]);
    let dissolved = ok_json(app.get(&token, "/api/v1/councils?status=dissolved").await).await;
    assert_eq!(dissolved["items"].as_array().unwrap().len(), 4);
    let central = the_one(&app, &token, "/api/v1/councils?kind=central_steering_group").await;
    let children = app.all_items(&token, &format!("/api/v1/councils?parent_id={central}")).await;
    assert_eq!(children.len(), 14, "ten active and four dissolved local groups");
});

db_test!(a_chair_manages_their_own_council_only_and_viewers_never_write, |app| {
    let member = app.login(MEMBER).await; // chairs Södermalm's local steering group in the demo
    let sodermalm = the_one(&app, &member, "/api/v1/councils?q=lokal%20styrgrupp%20s%C3%B6dermalm").await;
    let bromma = the_one(&app, &member, "/api/v1/councils?q=lokal%20styrgrupp%20bromma").await;
    let seat = json!({"label": "Fältassistent", "role": "adjunct"});
    assert_eq!(app.post(&member, &format!("/api/v1/councils/{sodermalm}/seats"), &seat).await.status(), 201);
    problem(app.post(&member, &format!("/api/v1/councils/{bromma}/seats"), &seat).await, 403, "forbidden").await;
    problem(
        app.post(&member, "/api/v1/councils", &json!({"name": "X", "kind": "safety_council"})).await,
        403,
        "forbidden",
    )
    .await;
    let viewer = app.login(VIEWER).await;
    problem(app.post(&viewer, &format!("/api/v1/councils/{sodermalm}/seats"), &seat).await, 403, "forbidden").await;
    let c = ok_json(app.get(&member, &format!("/api/v1/councils/{sodermalm}")).await).await;
    let updated = ok_json(
        app.patch(
            &member,
            &format!("/api/v1/councils/{sodermalm}"),
            &format!("\"{}\"", c["version"]),
            &json!({"description": "Ny beskrivning"}),
        )
        .await,
    )
    .await;
    assert_eq!(updated["description"], "Ny beskrivning");
});

db_test!(a_patch_that_changes_nothing_keeps_the_version_and_null_cannot_clear_a_required_field, |app| {
    let token = app.login(COORDINATOR).await;
    let id = the_one(&app, &token, "/api/v1/councils?q=trygg%20skolv%C3%A4g").await;
    let path = format!("/api/v1/councils/{id}");
    let before = ok_json(app.get(&token, &path).await).await;
    let etag = format!("\"{}\"", before["version"]);
    for body in [json!({}), json!({"name": before["name"]}), json!({"area_ids": before["area_ids"]})] {
        let after = ok_json(app.patch(&token, &path, &etag, &body).await).await;
        assert_eq!(after["version"], before["version"], "{body}");
    }
    for field in ["name", "kind", "status", "area_ids", "is_public"] {
        let body =
            problem(app.patch(&token, &path, &etag, &json!({field: null})).await, 422, "validation_failed").await;
        assert_eq!(body["errors"][0]["field"], field);
    }
    let admin = app.login(ADMIN).await;
    let events = ok_json(app.get(&admin, &format!("/api/v1/audit-events?entity_id={id}&action=update")).await).await;
    assert!(events["items"].as_array().unwrap().is_empty(), "no audit event for a change that changed nothing");
    let body = problem(
        app.post(&token, "/api/v1/councils", &json!({"name": "Aldrig", "kind": "safety_council",
            "cadence": {"rrule": "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "start_time": "18:00", "duration_minutes": 60}})).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(body["errors"][0]["code"], "never_occurs");
});

/// Every public council, page by page (five at a time, so the cursor is used), without a login.
async fn public_councils(app: &TestApp, filter: &str) -> Vec<Value> {
    let mut items = vec![];
    let mut cursor = String::new();
    loop {
        let url = app.url(&format!("/api/v1/public/councils?limit=5{filter}{cursor}"));
        let page = ok_json(app.client.get(url).send().await.unwrap()).await;
        items.extend(page["items"].as_array().unwrap().iter().cloned());
        match page["next_cursor"].as_str() {
            Some(c) => cursor = format!("&cursor={c}"),
            None => return items,
        }
    }
}

db_test!(the_public_lists_the_public_councils_with_their_areas_and_nothing_internal, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let area = district(&app, &coordinator, "Skärholmen").await;
    let open_name = unique("Trygghetsråd Skärholmen");
    let open = ok_json(
        app.post(
            &coordinator,
            "/api/v1/councils",
            &json!({
                "name": open_name, "kind": "safety_council", "status": "active", "is_public": true,
                "area_ids": [area], "description": "Ett öppet råd.",
                "cadence": {"rrule": "FREQ=MONTHLY;BYDAY=1TU", "start_time": "18:00", "duration_minutes": 60}
            }),
        )
        .await,
    )
    .await;
    let closed_name = unique("Internt råd");
    let created = app
        .post(
            &coordinator,
            "/api/v1/councils",
            &json!({"name": closed_name, "kind": "safety_council", "is_public": false}),
        )
        .await;
    assert_eq!(created.status(), 201);

    let listed = public_councils(&app, "").await;
    let ours = listed.iter().find(|c| c["name"] == open_name.as_str()).expect("a public council is listed");
    assert_eq!(ours["areas"], json!([{"id": area, "name": "Skärholmen"}]));
    assert_eq!((ours["kind"].as_str(), ours["status"].as_str()), (Some("safety_council"), Some("active")));
    assert_eq!(ours["description"], "Ett öppet råd.");
    for internal in ["cadence", "mandate", "version", "is_public", "allowed_actions", "parent_id"] {
        assert!(ours.get(internal).is_none(), "{internal} is not public");
    }
    assert!(!listed.iter().any(|c| c["name"] == closed_name.as_str()), "a council that is not public is not listed");
    // Exactly the councils the staff see as public.
    let mut staff: Vec<String> = app
        .all_items(&coordinator, "/api/v1/councils")
        .await
        .into_iter()
        .filter(|c| c["is_public"] == true)
        .map(|c| c["id"].as_str().unwrap().to_owned())
        .collect();
    let mut public: Vec<String> = listed.iter().map(|c| c["id"].as_str().unwrap().to_owned()).collect();
    staff.sort();
    public.sort();
    assert_eq!(public, staff);
    assert!(public.len() > 5, "the demo's public councils take more than one page");

    // A dissolved council's past stays public: it is listed as dissolved, and left out when only
    // active councils are asked for.
    let path = format!("/api/v1/councils/{}", open["id"].as_str().unwrap());
    let dissolved = json!({"status": "dissolved", "dissolved_on": "2026-01-01"});
    ok_json(app.patch(&coordinator, &path, "\"1\"", &dissolved).await).await;
    let listed = public_councils(&app, "").await;
    let ours = listed.iter().find(|c| c["name"] == open_name.as_str()).expect("still listed");
    assert_eq!(ours["status"], "dissolved");
    let active = public_councils(&app, "&status=active").await;
    assert!(!active.iter().any(|c| c["name"] == open_name.as_str()));
    assert!(active.iter().all(|c| c["status"] == "active"));
    let res = app.client.get(app.url("/api/v1/public/councils?status=asleep")).send().await.unwrap();
    problem(res, 400, "invalid_query_parameter").await;
});
