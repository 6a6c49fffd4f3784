//! Initiatives: roll-up of a parent from its children, met / not met with its reason, the flag
//! for a missing final report, append-only reports, who may do what, the public citizen promises
//! (public ones only, nothing internal) and the follow-up report in JSON and CSV.

use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::*;

async fn district(app: &TestApp, token: &str, q: &str) -> String {
    the_one(app, token, &format!("/api/v1/areas?kind=district&q={q}&valid_at=2025-01-01")).await
}

async fn council(app: &TestApp, token: &str, q: &str) -> String {
    the_one(app, token, &format!("/api/v1/councils?q={q}")).await
}

async fn create(app: &TestApp, token: &str, body: Value) -> Value {
    ok_json(app.post(token, "/api/v1/initiatives", &body).await).await
}

async fn report(app: &TestApp, token: &str, id: &str, body: Value) -> reqwest::Response {
    app.post(token, &format!("/api/v1/initiatives/{id}/updates"), &body).await
}

async fn get(app: &TestApp, token: &str, id: &str) -> Value {
    ok_json(app.get(token, &format!("/api/v1/initiatives/{id}")).await).await
}

db_test!(a_parent_rolls_up_its_children_and_targets_are_judged, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let area = district(&app, &coordinator, "farsta").await;
    let group = council(&app, &coordinator, "lokal%20styrgrupp%20farsta").await;
    let base = json!({"kind": "joint_action", "council_id": group, "area_ids": [area]});
    let mut parent_body = base.clone();
    parent_body["title"] = json!(unique("Plan"));
    let parent = create(&app, &coordinator, parent_body).await;
    let parent_id = parent["id"].as_str().unwrap();
    assert_eq!(parent["status"], "proposed");
    assert_eq!(parent["progress"]["met"]["reason"], "no_target");
    // Two children: a count target weighing 3, an indicator target weighing 1.
    let count = create(
        &app,
        &coordinator,
        json!({"title": unique("Nattvandring"), "kind": "citizen_promise", "council_id": group, "area_ids": [area],
               "parent_id": parent_id, "weight": 3,
               "target": {"type": "count", "target": 40, "unit": "helger", "per": 52}}),
    )
    .await;
    let indicator = the_one(&app, &coordinator, "/api/v1/indicators?source=ntu").await;
    let measured = create(
        &app,
        &coordinator,
        json!({"title": unique("Belysning"), "kind": "preventive_measure", "council_id": group, "area_ids": [area],
               "parent_id": parent_id,
               "target": {"type": "indicator", "indicator_id": indicator, "baseline_value": 20.0, "baseline_period": "2024",
                          "target_value": 18.0, "target_period": "2026"}}),
    )
    .await;
    let (count_id, measured_id) = (count["id"].as_str().unwrap(), measured["id"].as_str().unwrap());
    assert_eq!(count["progress"]["met"]["reason"], "nothing_reported");
    assert_eq!(measured["progress"]["met"]["reason"], "no_measurement");
    // Nothing reported: the parent is at 0 % rolled up.
    let p = get(&app, &coordinator, parent_id).await;
    assert_eq!((p["progress"]["percent"].as_f64(), p["progress"]["rolled_up"].as_bool()), (Some(0.0), Some(true)));

    ok_json(
        report(&app, &coordinator, count_id, json!({"status": "in_progress", "percent": 50, "achieved_count": 31}))
            .await,
    )
    .await;
    ok_json(
        report(
            &app,
            &coordinator,
            measured_id,
            json!({"status": "in_progress", "percent": 90, "measured_value": 18.5}),
        )
        .await,
    )
    .await;
    // (50 × 3 + 90 × 1) / 4 = 60.
    assert_eq!(get(&app, &coordinator, parent_id).await["progress"]["percent"].as_f64(), Some(60.0));
    let c = get(&app, &coordinator, count_id).await;
    // Short of the target while the initiative runs: not judged yet.
    assert_eq!(
        (c["progress"]["met"]["met"].clone(), c["progress"]["met"]["reason"].clone()),
        (Value::Null, json!("count_short"))
    );
    assert_eq!(c["status"], "in_progress", "the initiative takes the report's status");
    let m = get(&app, &coordinator, measured_id).await;
    assert_eq!(m["progress"]["met"]["reason"], "indicator_short", "18.5 is not yet 18 where lower is better");

    // The count reaches its target; the indicator's measured value for the target period does too.
    ok_json(
        report(&app, &coordinator, count_id, json!({"status": "completed", "percent": 100, "achieved_count": 41}))
            .await,
    )
    .await;
    let c = get(&app, &coordinator, count_id).await;
    assert_eq!(c["progress"]["met"]["met"], true);
    // A report with words only keeps the numbers reported before.
    ok_json(report(&app, &coordinator, count_id, json!({"status": "completed", "narrative": "Avslutad."})).await).await;
    let c = get(&app, &coordinator, count_id).await;
    assert_eq!(
        (c["progress"]["percent"].as_f64(), c["progress"]["met"]["current"].as_f64()),
        (Some(100.0), Some(41.0))
    );
    // Dated in the future, or a count target out of its own range: refused.
    let p = problem(
        report(&app, &coordinator, count_id, json!({"status": "completed", "reported_on": "2200-01-01"})).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(p["errors"][0]["field"], "reported_on");
    for (target, field) in [
        (json!({"type": "count", "target": 0, "unit": "x"}), "target.target"),
        (json!({"type": "count", "target": 50, "per": 10, "unit": "x"}), "target.per"),
    ] {
        let p = problem(
            app.post(
                &coordinator,
                "/api/v1/initiatives",
                &json!({"title": "x", "kind": "joint_action", "council_id": group, "target": target}),
            )
            .await,
            422,
            "validation_failed",
        )
        .await;
        assert_eq!(p["errors"][0]["field"], field, "{p}");
    }
    let p = problem(
        app.post(&coordinator, "/api/v1/initiatives", &json!({"title": "x", "kind": "joint_action", "council_id": group, "target": {"type": "count", "target": 5, "unit": "  "}})).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(p["errors"][0]["code"], "required", "{p}");
    assert!(c["progress"]["met"]["explanation"].as_str().unwrap().contains("41"));
    ok_json(
        app.post(
            &coordinator,
            "/api/v1/indicator-values",
            &json!({"indicator_id": indicator, "area_id": area, "period": "2026", "value": 17.2}),
        )
        .await,
    )
    .await;
    // Without a measured value in a report, the indicator's value for the target period counts.
    ok_json(report(&app, &coordinator, measured_id, json!({"status": "in_progress", "percent": 95})).await).await;
    let m = get(&app, &coordinator, measured_id).await;
    assert_eq!(
        (m["progress"]["met"]["met"].clone(), m["progress"]["met"]["current"].as_f64()),
        (json!(true), Some(17.2))
    );
    // (100 × 3 + 95) / 4 = 98.75 → 98.8.
    assert_eq!(get(&app, &coordinator, parent_id).await["progress"]["percent"].as_f64(), Some(98.8));

    // Reports are append-only; the history is kept.
    let reports = app.all_items(&coordinator, &format!("/api/v1/initiatives/{count_id}/updates")).await;
    assert_eq!(reports.len(), 3);
    let one = format!("/api/v1/initiatives/{count_id}/updates/{}", reports[0]["id"].as_str().unwrap());
    assert_eq!(
        app.client.patch(app.url(&one)).bearer_auth(&coordinator).json(&json!({})).send().await.unwrap().status(),
        405
    );
    assert_eq!(app.client.delete(app.url(&one)).bearer_auth(&coordinator).send().await.unwrap().status(), 405);
    // An initiative with reports or children is not deleted.
    let url = format!("/api/v1/initiatives/{parent_id}");
    problem(app.delete(&coordinator, &url, &etag_of(&app, &coordinator, &url).await).await, 409, "has_children").await;
    let url = format!("/api/v1/initiatives/{count_id}");
    problem(app.delete(&coordinator, &url, &etag_of(&app, &coordinator, &url).await).await, 409, "has_history").await;
    // A parent cannot sit under its own child.
    let url = format!("/api/v1/initiatives/{parent_id}");
    let p = problem(
        app.patch(&coordinator, &url, &etag_of(&app, &coordinator, &url).await, &json!({"parent_id": count_id})).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(p["errors"][0]["field"], "parent_id");
});

db_test!(an_ended_initiative_without_a_final_report_is_flagged, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let group = council(&app, &coordinator, "lokal%20styrgrupp%20farsta").await;
    let made = create(
        &app,
        &coordinator,
        json!({"title": unique("Avslutad"), "kind": "joint_action", "council_id": group,
               "starts_on": "2024-01-01", "ends_on": "2024-12-31"}),
    )
    .await;
    let id = made["id"].as_str().unwrap();
    assert_eq!(made["progress"]["missing_final_report"], true);
    ok_json(report(&app, &coordinator, id, json!({"status": "in_progress", "percent": 80})).await).await;
    assert_eq!(get(&app, &coordinator, id).await["progress"]["missing_final_report"], true, "not a final report");
    ok_json(
        report(&app, &coordinator, id, json!({"status": "evaluated", "percent": 100, "narrative": "Utvärderad."}))
            .await,
    )
    .await;
    let now = get(&app, &coordinator, id).await;
    assert_eq!(
        (now["progress"]["missing_final_report"].clone(), now["status"].clone()),
        (json!(false), json!("evaluated"))
    );
    // Bad input changes nothing.
    for (field, bad) in [("percent", json!(101)), ("achieved_count", json!(-1)), ("measured_value", json!(1e13))] {
        let mut body = json!({"status": "evaluated"});
        body[field] = bad;
        let p = problem(report(&app, &coordinator, id, body).await, 422, "validation_failed").await;
        assert_eq!(p["errors"][0]["field"], field);
    }
    let p = problem(
        app.post(
            &coordinator,
            "/api/v1/initiatives",
            &json!({"title": "x", "kind": "joint_action", "council_id": group, "starts_on": "2025-01-01", "ends_on": "2024-01-01"}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(
        (p["errors"][0]["field"].clone(), p["errors"][0]["code"].clone()),
        (json!("ends_on"), json!("before_start_date"))
    );
});

db_test!(who_may_change_and_report, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let member = app.login(MEMBER).await;
    let viewer = app.login(VIEWER).await;
    // The member chairs Södermalm's local group, not Farsta's.
    let farsta = council(&app, &coordinator, "lokal%20styrgrupp%20farsta").await;
    let soder = council(&app, &coordinator, "lokal%20styrgrupp%20s%C3%B6dermalm").await;
    let body = |c: &str| json!({"title": unique("Insats"), "kind": "joint_action", "council_id": c});
    problem(app.post(&member, "/api/v1/initiatives", &body(&farsta)).await, 403, "forbidden").await;
    problem(app.post(&viewer, "/api/v1/initiatives", &body(&soder)).await, 403, "forbidden").await;
    let own = ok_json(app.post(&member, "/api/v1/initiatives", &body(&soder)).await).await;
    assert_eq!(own["allowed_actions"], json!(["update", "delete", "report"]));
    // A viewer reads it but may not report on it; an owner who does not run the council reports only.
    let id = own["id"].as_str().unwrap();
    problem(report(&app, &viewer, id, json!({"status": "in_progress"})).await, 403, "forbidden").await;
    let (person, owner) = person_with_login(&app, &coordinator, "Ägare").await;
    let url = format!("/api/v1/initiatives/{id}");
    ok_json(app.patch(&member, &url, &etag_of(&app, &member, &url).await, &json!({"owner_person_id": person})).await)
        .await;
    assert_eq!(get(&app, &owner, id).await["allowed_actions"], json!(["report"]));
    let made = ok_json(report(&app, &owner, id, json!({"status": "in_progress", "percent": 10})).await).await;
    assert!(!made["reported_by_name"].as_str().unwrap().is_empty());
    problem(
        app.patch(&owner, &url, &etag_of(&app, &owner, &url).await, &json!({"title": "Annat"})).await,
        403,
        "forbidden",
    )
    .await;
    // Filters: by organization (lead or partner) and by area.
    let org = ok_json(
        app.post(&coordinator, "/api/v1/organizations", &json!({"kind": "school", "name": unique("Skola")})).await,
    )
    .await;
    let area = district(&app, &coordinator, "s%C3%B6dermalm").await;
    let partnered = create(
        &app,
        &coordinator,
        json!({"title": unique("Skolsamverkan"), "kind": "preventive_measure", "council_id": soder, "area_ids": [area],
               "partners": [{"organization_id": org["id"], "commitment": "Rastvärdar"}]}),
    )
    .await;
    let by_org =
        app.all_items(&viewer, &format!("/api/v1/initiatives?organization_id={}", org["id"].as_str().unwrap())).await;
    assert_eq!(by_org.iter().map(|i| i["id"].clone()).collect::<Vec<_>>(), [partnered["id"].clone()]);
    assert_eq!(by_org[0]["partners"][0]["commitment"], "Rastvärdar");
    let by_area = app.all_items(&viewer, &format!("/api/v1/initiatives?area_id={area}")).await;
    assert!(by_area.iter().any(|i| i["id"] == partnered["id"]));
    assert!(!by_area.iter().any(|i| i["id"] == own["id"]), "no areas: not in the area's list");
    let twice = problem(
        app.post(
            &coordinator,
            "/api/v1/initiatives",
            &json!({"title": "x", "kind": "joint_action", "council_id": soder,
                    "partners": [{"organization_id": org["id"]}, {"organization_id": org["id"]}]}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(twice["errors"][0]["code"], "duplicate");
});

db_test!(the_public_sees_public_citizen_promises_only, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let group = council(&app, &coordinator, "lokal%20styrgrupp%20farsta").await;
    let area = district(&app, &coordinator, "farsta").await;
    let promise = |public: bool, title: &str| {
        json!({"title": title, "kind": "citizen_promise", "council_id": group, "area_ids": [area], "is_public": public,
               "starts_on": "2026-01-01", "ends_on": "2026-12-31",
               "target": {"type": "count", "target": 10, "unit": "trygghetsvandringar"}})
    };
    let public = create(&app, &coordinator, promise(true, &unique("Offentligt löfte"))).await;
    let hidden = create(&app, &coordinator, promise(false, &unique("Internt löfte"))).await;
    let id = public["id"].as_str().unwrap();
    ok_json(
        report(
            &app,
            &coordinator,
            id,
            json!({"status": "in_progress", "achieved_count": 4, "narrative": "Fyra vandringar.", "is_public": true}),
        )
        .await,
    )
    .await;
    ok_json(
        report(&app, &coordinator, id, json!({"status": "in_progress", "achieved_count": 6, "narrative": "Internt: personalbrist.", "is_public": false}))
            .await,
    )
    .await;
    let anyone = app
        .client
        .get(app.url(&format!("/api/v1/public/citizen-promises?area_id={area}&year=2026")))
        .send()
        .await
        .unwrap();
    let page = ok_json(anyone).await;
    let items = page["items"].as_array().unwrap();
    assert!(items.iter().any(|p| p["id"] == public["id"]));
    assert!(!items.iter().any(|p| p["id"] == hidden["id"]), "a promise not made public stays out");
    let shown = items.iter().find(|p| p["id"] == public["id"]).unwrap();
    assert_eq!(shown["latest_narrative"], "Fyra vandringar.", "the latest public report, not the internal one");
    // 6 of 10 while the year runs: not decided yet.
    assert_eq!(
        (shown["met"]["met"].clone(), shown["met"]["reason"].clone(), shown["met"]["current"].as_f64()),
        (Value::Null, json!("count_short"), Some(6.0))
    );
    let text = shown.to_string();
    assert!(!text.contains("personalbrist") && !text.contains("reported_by"), "{text}");
    // Other years and areas.
    let other_year = ok_json(
        app.client
            .get(app.url(&format!("/api/v1/public/citizen-promises?area_id={area}&year=2024")))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert!(!other_year["items"].as_array().unwrap().iter().any(|p| p["id"] == public["id"]));
});

db_test!(the_follow_up_report_tells_what_was_done_and_how_indicators_moved, |app| {
    let viewer = app.login(VIEWER).await;
    let jarva = district(&app, &viewer, "j%C3%A4rva").await;
    let year = chrono::Utc::now().format("%Y").to_string().parse::<i32>().unwrap();
    let r = ok_json(app.get(&viewer, &format!("/api/v1/reports/follow-up?area_id={jarva}&year={year}")).await).await;
    assert_eq!((r["area_name"].clone(), r["year"].clone()), (json!("Järva"), json!(year)));
    // The demo's values: this year against last, the better way or not.
    let unsafe_late = r["indicators"].as_array().unwrap().iter().find(|i| i["code"] == "SST_OTRYGG_KVALL").unwrap();
    assert_eq!(unsafe_late["latest"]["period"], year.to_string());
    assert_eq!(unsafe_late["previous"]["period"], (year - 1).to_string());
    let (latest, previous) =
        (unsafe_late["latest"]["value"].as_f64().unwrap(), unsafe_late["previous"]["value"].as_f64().unwrap());
    assert_eq!(unsafe_late["change"]["improved"], json!(latest < previous), "lower is better");
    assert!(unsafe_late["values"].as_array().unwrap().iter().any(|v| v["group"] == "kvinnor"));
    assert_eq!(unsafe_late["targets"][0]["initiative_title"], "Bättre belysning i Tensta centrum");
    let trust = r["indicators"].as_array().unwrap().iter().find(|i| i["code"] == "PTM_FORTROENDE").unwrap();
    assert_eq!(trust["change"]["improved"], true, "trust rose: higher is better");
    // What was done: the joint plan rolled up, the citizen promise kept.
    let plan = r["initiatives"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["title"] == "Trygg i Järva – gemensam handlingsplan")
        .unwrap();
    assert_eq!(plan["progress"]["rolled_up"], true);
    let promises = r["citizen_promises"].as_array().unwrap();
    assert_eq!(promises.len(), 1);
    assert_eq!(promises[0]["progress"]["met"]["met"], true);
    // A year with nothing: empty lists, not an error; an area that does not exist: 404.
    let empty = ok_json(app.get(&viewer, &format!("/api/v1/reports/follow-up?area_id={jarva}&year=1990")).await).await;
    assert!(empty["indicators"].as_array().unwrap().is_empty() && empty["initiatives"].as_array().unwrap().is_empty());
    problem(
        app.get(&viewer, &format!("/api/v1/reports/follow-up?area_id={}&year=2025", uuid::Uuid::nil())).await,
        404,
        "not_found",
    )
    .await;
    // As CSV for a spreadsheet: `;`, decimal commas, the promise kept.
    let res = app
        .client
        .get(app.url(&format!("/api/v1/reports/follow-up?area_id={jarva}&year={year}")))
        .bearer_auth(&viewer)
        .header("Accept", "text/csv")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["content-type"], "text/csv; charset=utf-8");
    assert!(res.headers()["content-disposition"].to_str().unwrap().contains(&format!("uppfoljning-jarva-{year}.csv")));
    let body = res.text().await.unwrap();
    let mut reader =
        csv::ReaderBuilder::new().delimiter(b';').from_reader(body.trim_start_matches('\u{feff}').as_bytes());
    assert_eq!(reader.headers().unwrap().get(0), Some("del"));
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let kept = rows.iter().find(|r| &r[0] == "medborgarlöfte").unwrap();
    assert_eq!((&kept[1], &kept[8]), ("Nattvandring varje helg i Tensta och Rinkeby", "ja"));
    assert!(rows.iter().filter(|r| &r[0] == "indikator").all(|r| !r[4].contains('.')), "decimal commas");
});
