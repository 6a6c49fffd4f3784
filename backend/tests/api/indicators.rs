//! Indicators and their values: reference measures, one value per indicator × area × period ×
//! group, and the CSV import that writes every row or none.

use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::*;

async fn import(app: &TestApp, token: &str, query: &str, content_type: &str, body: String) -> reqwest::Response {
    app.client
        .post(app.url(&format!("/api/v1/indicator-values/import{query}")))
        .bearer_auth(token)
        .header("Content-Type", content_type)
        .body(body)
        .send()
        .await
        .unwrap()
}

async fn values_of(app: &TestApp, token: &str, indicator: &str) -> Vec<Value> {
    app.all_items(token, &format!("/api/v1/indicator-values?indicator_id={indicator}")).await
}

/// A fresh indicator of the coordinator's: (id, code).
async fn indicator(app: &TestApp, token: &str, better: &str) -> (String, String) {
    let code = format!("T_{}", &uuid::Uuid::new_v4().simple().to_string()[..8]);
    let made = ok_json(
        app.post(
            token,
            "/api/v1/indicators",
            &json!({"code": code, "name": "Testmått", "unit": "%", "better_direction": better, "source": "other"}),
        )
        .await,
    )
    .await;
    (made["id"].as_str().unwrap().to_owned(), code)
}

db_test!(the_reference_indicators_are_there_and_codes_are_unique, |app| {
    let viewer = app.login(VIEWER).await;
    let all = app.all_items(&viewer, "/api/v1/indicators").await;
    let codes: Vec<&str> = all.iter().map(|i| i["code"].as_str().unwrap()).collect();
    for code in ["SST_ORO_BROTT", "SST_OTRYGG_KVALL", "PTM_FORTROENDE", "NTU_OTRYGG_KVALL"] {
        assert!(codes.contains(&code), "{code} in {codes:?}");
    }
    let trust = all.iter().find(|i| i["code"] == "PTM_FORTROENDE").unwrap();
    assert_eq!(trust["better_direction"], "higher");
    assert_eq!(trust["allowed_actions"], json!([]), "a viewer reads, no more");
    // A viewer may not add one; a coordinator may, but not under a code in use.
    let new =
        json!({"code": "SST_ORO_BROTT", "name": "Igen", "unit": "%", "better_direction": "lower", "source": "other"});
    problem(app.post(&viewer, "/api/v1/indicators", &new).await, 403, "forbidden").await;
    let coordinator = app.login(COORDINATOR).await;
    problem(app.post(&coordinator, "/api/v1/indicators", &new).await, 409, "duplicate").await;
    let bad = problem(
        app.post(
            &coordinator,
            "/api/v1/indicators",
            &json!({"code": "två ord", "name": "x", "unit": "%", "better_direction": "lower", "source": "other"}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(bad["errors"][0]["field"], "code");
});

db_test!(one_value_per_indicator_area_period_and_group, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let (id, _) = indicator(&app, &coordinator, "lower").await;
    let area = the_one(&app, &coordinator, "/api/v1/areas?kind=district&q=j%C3%A4rva&valid_at=2025-01-01").await;
    let value = json!({"indicator_id": id, "area_id": area, "period": "2025-Q3", "value": 12.5, "n": 400});
    let made = ok_json(app.post(&coordinator, "/api/v1/indicator-values", &value).await).await;
    assert_eq!((made["period"].clone(), made["group"].clone()), (json!("2025-Q3"), Value::Null));
    assert_eq!(made["names"][&area], "Järva");
    problem(app.post(&coordinator, "/api/v1/indicator-values", &value).await, 409, "duplicate").await;
    // The same for a group is another value.
    let women = json!({"indicator_id": id, "area_id": area, "period": "2025-Q3", "group": "kvinnor", "value": 14});
    ok_json(app.post(&coordinator, "/api/v1/indicator-values", &women).await).await;
    for (field, bad) in [("period", json!("2025-Q5")), ("value", json!(1e13)), ("n", json!(-1))] {
        let mut body = value.clone();
        body[field] = bad;
        body["group"] = json!("annan");
        let p =
            problem(app.post(&coordinator, "/api/v1/indicator-values", &body).await, 422, "validation_failed").await;
        assert_eq!(p["errors"][0]["field"], field, "{p}");
    }
    // An indicator with values is not deleted.
    let url = format!("/api/v1/indicators/{id}");
    problem(app.delete(&coordinator, &url, &etag_of(&app, &coordinator, &url).await).await, 409, "referenced").await;
    // Years filter by the period's days: a quarter of 2025 is in 2025, not in 2026.
    let in_2025 = app
        .all_items(&coordinator, &format!("/api/v1/indicator-values?indicator_id={id}&from_year=2025&to_year=2025"))
        .await;
    assert_eq!(in_2025.len(), 2);
    let in_2026 =
        app.all_items(&coordinator, &format!("/api/v1/indicator-values?indicator_id={id}&from_year=2026")).await;
    assert!(in_2026.is_empty());
});

db_test!(an_import_writes_every_row_or_none, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let (id, code) = indicator(&app, &coordinator, "lower").await;
    let jarva = the_one(&app, &coordinator, "/api/v1/areas?kind=district&q=j%C3%A4rva&valid_at=2025-01-01").await;
    let soder = the_one(&app, &coordinator, "/api/v1/areas?kind=district&q=s%C3%B6dermalm&valid_at=2025-01-01").await;
    // Semicolons and decimal commas, as a Swedish spreadsheet saves them.
    let file = format!(
        "indicator_code;area_id;period;group;value;n;note\n\
         {code};{jarva};2023;;12,5;1 200;\n\
         {code};{jarva};2024;;11,0;1 150;\n\
         {code};{jarva};2024;kvinnor;14,2;600;\n\
         {code};{soder};2024;;8;;Svag svarsfrekvens\n"
    );
    let dry = ok_json(import(&app, &coordinator, "?dry_run=true", "text/csv", file.clone()).await).await;
    assert_eq!(dry, json!({"dry_run": true, "rows": 4, "created": 4, "updated": 0, "unchanged": 0}));
    assert!(values_of(&app, &coordinator, &id).await.is_empty(), "a dry run writes nothing");

    let done = ok_json(import(&app, &coordinator, "", "text/csv; charset=utf-8", file.clone()).await).await;
    assert_eq!(done, json!({"dry_run": false, "rows": 4, "created": 4, "updated": 0, "unchanged": 0}));
    let values = values_of(&app, &coordinator, &id).await;
    let women = values.iter().find(|v| v["group"] == "kvinnor").unwrap();
    assert_eq!((women["value"].as_f64(), women["n"].as_i64()), (Some(14.2), Some(600)));
    assert_eq!(values.iter().find(|v| v["area_id"] == soder).unwrap()["note"], "Svag svarsfrekvens");

    // Again: nothing new. With one value changed (points and commas this time): one update,
    // one version on.
    let again = ok_json(import(&app, &coordinator, "", "text/csv", file.clone()).await).await;
    assert_eq!((again["created"].as_u64(), again["unchanged"].as_u64()), (Some(0), Some(4)));
    let changed = format!("indicator_code,area_id,period,value\n{code},{soder},2024,7.5\n");
    let once = ok_json(import(&app, &coordinator, "", "text/csv", changed).await).await;
    assert_eq!((once["updated"].as_u64(), once["created"].as_u64()), (Some(1), Some(0)));
    let soder_2024 = values_of(&app, &coordinator, &id).await.into_iter().find(|v| v["area_id"] == soder).unwrap();
    assert_eq!((soder_2024["value"].as_f64(), soder_2024["version"].as_i64()), (Some(7.5), Some(2)));
    assert_eq!(soder_2024["note"], Value::Null, "the file's row is the value: its note is empty");

    // One bad file: every bad cell named, and not one row written, not even the good ones.
    let nothing = "0190a1b2-0000-7000-8000-000000000000";
    let bad = format!(
        "indicator_code;area_id;period;value\n\
         {code};{jarva};2025;9\n\
         NO_SUCH;{jarva};2025;9\n\
         {code};{nothing};2025;9\n\
         {code};{jarva};2025-Q5;9\n\
         {code};{jarva};2025;nio\n\
         {code};{jarva};2025;10\n"
    );
    let before = values_of(&app, &coordinator, &id).await;
    let p = problem(import(&app, &coordinator, "", "text/csv", bad.clone()).await, 422, "validation_failed").await;
    let named: Vec<(String, String)> = p["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["field"].as_str().unwrap().to_owned(), e["code"].as_str().unwrap().to_owned()))
        .collect();
    // In one answer: the cells that cannot be read, and the rows the database does not know.
    let mut named = named;
    named.sort();
    assert_eq!(
        named,
        [
            ("row[3].indicator_code".to_owned(), "not_found".to_owned()),
            ("row[4].area_id".to_owned(), "not_found".to_owned()),
            ("row[5].period".to_owned(), "invalid".to_owned()),
            ("row[6].value".to_owned(), "invalid".to_owned()),
            ("row[7].period".to_owned(), "duplicate".to_owned()),
        ]
    );
    assert_eq!(values_of(&app, &coordinator, &id).await, before, "nothing written");

    // Only a CSV body, only from those who keep the data.
    let p =
        problem(import(&app, &coordinator, "", "application/json", "{}".into()).await, 415, "unsupported_media_type")
            .await;
    assert!(p["detail"].as_str().unwrap().contains("text/csv"), "{p}");
    problem(import(&app, &coordinator, "", "text/csv", String::new()).await, 400, "empty_file").await;
    let viewer = app.login(VIEWER).await;
    problem(import(&app, &viewer, "", "text/csv", file).await, 403, "forbidden").await;
    // The import is in the audit log, with its counts.
    let admin = app.login(ADMIN).await;
    let events = ok_json(app.get(&admin, "/api/v1/audit-events?entity_type=indicator_value&limit=10").await).await;
    let imports: Vec<&Value> = events["items"].as_array().unwrap().iter().filter(|e| e["action"] == "import").collect();
    assert!(imports.iter().any(|e| e["changes"]["after"]["import"]["created"] == 4), "{imports:?}");
});

db_test!(ten_thousand_rows_import_in_one_request, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let (id, code) = indicator(&app, &coordinator, "higher").await;
    let areas = app.all_items(&coordinator, "/api/v1/areas?kind=neighbourhood").await;
    let mut file = String::from("indicator_code,area_id,period,value,n\n");
    let mut rows = 0;
    'fill: for year in 2000..2200 {
        for month in 1..=12 {
            for a in areas.iter().take(10) {
                file.push_str(&format!("{code},{},{year}-{month:02},{}.5,100\n", a["id"].as_str().unwrap(), rows % 97));
                rows += 1;
                if rows == 10_000 {
                    break 'fill;
                }
            }
        }
    }
    let done = ok_json(import(&app, &coordinator, "", "text/csv", file).await).await;
    assert_eq!((done["created"].as_u64(), done["rows"].as_u64()), (Some(10_000), Some(10_000)));
    let page =
        ok_json(app.get(&coordinator, &format!("/api/v1/indicator-values?indicator_id={id}&limit=200")).await).await;
    assert_eq!(page["items"].as_array().unwrap().len(), 200);
});
