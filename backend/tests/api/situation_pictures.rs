//! Situation pictures: each part read only by those whose clearance reads its classification
//! (restricted reads in the access log), adoption locks the picture and copies the area's
//! indicator values, and a revision is a new version of an adopted one — once.

use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::*;

async fn district(app: &TestApp, token: &str, q: &str) -> String {
    the_one(app, token, &format!("/api/v1/areas?kind=district&q={q}&valid_at=2025-01-01")).await
}

fn draft(area: &str, council: &str) -> Value {
    json!({
        "area_id": area, "council_id": council, "period_start": "2024-01-01", "period_end": "2025-12-31",
        "title": unique("Lägesbild"),
        "crime_mapping": "Hemligt: platser för narkotikahandel.", "crime_mapping_classification": "restricted",
        "other_information": "Internt: EST-rapporter.", "other_information_classification": "internal",
        "analysis": "Öppet: belysning och vuxennärvaro.", "analysis_classification": "public",
        "problems": [{"title": "Otrygga gångvägar", "priority": 1}],
    })
}

db_test!(each_part_is_read_by_those_cleared_for_it, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let admin = app.login(ADMIN).await;
    let viewer = app.login(VIEWER).await;
    let area = district(&app, &coordinator, "farsta").await;
    let council = the_one(&app, &coordinator, "/api/v1/councils?q=lokal%20styrgrupp%20farsta").await;
    let made = ok_json(app.post(&coordinator, "/api/v1/situation-pictures", &draft(&area, &council)).await).await;
    let id = made["id"].as_str().unwrap();
    assert_eq!(made["status"], "draft");
    assert_eq!(made["allowed_actions"], json!(["update", "delete", "adopt"]));
    let url = format!("/api/v1/situation-pictures/{id}");
    // A viewer who sits on no council: the public part only.
    let seen = ok_json(app.get(&viewer, &url).await).await;
    assert_eq!(
        (seen["analysis"]["text"].clone(), seen["analysis"]["withheld"].clone()),
        (json!("Öppet: belysning och vuxennärvaro."), json!(false))
    );
    assert_eq!(
        (seen["other_information"]["text"].clone(), seen["other_information"]["withheld"].clone()),
        (Value::Null, json!(true))
    );
    assert_eq!(seen["crime_mapping"]["text"], Value::Null);
    assert!(!seen.to_string().contains("Hemligt") && !seen.to_string().contains("Internt"));
    // A coordinator: public and internal; the restricted part withheld (in the list too).
    let seen = ok_json(app.get(&coordinator, &url).await).await;
    assert_eq!(seen["other_information"]["text"], "Internt: EST-rapporter.");
    assert_eq!(
        (seen["crime_mapping"]["text"].clone(), seen["crime_mapping"]["withheld"].clone()),
        (Value::Null, json!(true))
    );
    let listed = app.all_items(&coordinator, &format!("/api/v1/situation-pictures?area_id={area}")).await;
    assert!(!listed.iter().any(|p| p.to_string().contains("Hemligt")));
    // An admin reads it all, and the read is in the access log; the coordinator's was not.
    let log_url = format!("/api/v1/access-log?entity_id={id}");
    let log = || async { ok_json(app.get(&admin, &log_url).await).await["items"].as_array().unwrap().len() };
    assert_eq!(log().await, 0);
    let seen = ok_json(app.get(&admin, &url).await).await;
    assert_eq!(seen["crime_mapping"]["text"], "Hemligt: platser för narkotikahandel.");
    assert_eq!(log().await, 1);
    ok_json(app.get(&admin, &format!("/api/v1/situation-pictures?area_id={area}")).await).await;
    assert_eq!(log().await, 2);
    // Only those who run the council write; problems are checked.
    problem(app.post(&viewer, "/api/v1/situation-pictures", &draft(&area, &council)).await, 403, "forbidden").await;
    let mut bad = draft(&area, &council);
    bad["problems"] = json!([{"title": "x", "priority": 6}]);
    let p = problem(app.post(&coordinator, "/api/v1/situation-pictures", &bad).await, 422, "validation_failed").await;
    assert_eq!(p["errors"][0]["field"], "problems[0].priority");
    bad["problems"] = json!([{"title": "x", "priority": 2, "initiative_ids": [uuid::Uuid::nil()]}]);
    problem(app.post(&coordinator, "/api/v1/situation-pictures", &bad).await, 422, "validation_failed").await;
    bad = draft(&area, &council);
    bad["period_end"] = json!("2023-12-31");
    let p = problem(app.post(&coordinator, "/api/v1/situation-pictures", &bad).await, 422, "validation_failed").await;
    assert_eq!(p["errors"][0]["code"], "before_start_date");
});

db_test!(adopted_is_locked_and_a_revision_is_a_new_version, |app| {
    let coordinator = app.login(COORDINATOR).await;
    // Järva has the demo's indicator values for the last three years.
    let area = district(&app, &coordinator, "j%C3%A4rva").await;
    let council = the_one(&app, &coordinator, "/api/v1/councils?q=lokal%20styrgrupp%20j%C3%A4rva").await;
    let year = chrono::Utc::now().format("%Y").to_string().parse::<i32>().unwrap();
    let mut body = draft(&area, &council);
    body["period_start"] = json!(format!("{}-01-01", year - 1));
    body["period_end"] = json!(format!("{}-12-31", year - 1));
    let made = ok_json(app.post(&coordinator, "/api/v1/situation-pictures", &body).await).await;
    let id = made["id"].as_str().unwrap();
    assert_eq!(made["indicator_snapshot"], Value::Null);
    let url = format!("/api/v1/situation-pictures/{id}");
    // A draft changes.
    let changed = ok_json(
        app.patch(&coordinator, &url, &etag_of(&app, &coordinator, &url).await, &json!({"title": "Lägesbild Järva"}))
            .await,
    )
    .await;
    assert_eq!(changed["title"], "Lägesbild Järva");
    // Adopted: the snapshot holds the area's values of the period — last year's, not this year's.
    let adopt = |etag: String| {
        let app = &app;
        let coordinator = coordinator.clone();
        let url = format!("{url}:adopt");
        async move {
            app.client.post(app.url(&url)).bearer_auth(&coordinator).header("If-Match", etag).send().await.unwrap()
        }
    };
    let adopted = ok_json(adopt(etag_of(&app, &coordinator, &url).await).await).await;
    assert_eq!(adopted["status"], "adopted");
    assert_eq!(adopted["allowed_actions"], json!(["revise"]));
    let snapshot = adopted["indicator_snapshot"].as_array().unwrap();
    assert!(snapshot.len() >= 10, "{snapshot:?}");
    let last_year = (year - 1).to_string();
    assert!(snapshot.iter().all(|v| v["period"] == last_year.as_str()));
    assert!(snapshot.iter().any(|v| v["indicator_code"] == "SST_OTRYGG_KVALL" && v["group"] == "kvinnor"));
    // A later import does not change what was adopted.
    let code_value = snapshot.iter().find(|v| v["indicator_code"] == "PTM_FORTROENDE").unwrap()["value"].clone();
    let csv = format!("indicator_code;area_id;period;value\nPTM_FORTROENDE;{area};{};99\n", year - 1);
    ok_json(
        app.client
            .post(app.url("/api/v1/indicator-values/import"))
            .bearer_auth(&coordinator)
            .header("Content-Type", "text/csv")
            .body(csv)
            .send()
            .await
            .unwrap(),
    )
    .await;
    let again = ok_json(app.get(&coordinator, &url).await).await;
    let kept = again["indicator_snapshot"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["indicator_code"] == "PTM_FORTROENDE")
        .unwrap()["value"]
        .clone();
    assert_eq!(kept, code_value);
    // Locked: no change, no removal, no second adoption.
    let etag = etag_of(&app, &coordinator, &url).await;
    problem(app.patch(&coordinator, &url, &etag, &json!({"title": "Ändrad"})).await, 409, "situation_adopted").await;
    problem(app.delete(&coordinator, &url, &etag).await, 409, "situation_adopted").await;
    problem(adopt(etag.clone()).await, 409, "situation_adopted").await;
    assert_eq!(ok_json(app.get(&coordinator, &url).await).await["title"], "Lägesbild Järva");
    // A revision: a new draft linked to the adopted version, once. A part it leaves out is taken
    // from the adopted version — even one its author (a coordinator) may not read.
    let mut revision = draft(&area, &council);
    revision["replaces_id"] = json!(id);
    revision.as_object_mut().unwrap().remove("crime_mapping");
    revision.as_object_mut().unwrap().remove("crime_mapping_classification");
    let next = ok_json(app.post(&coordinator, "/api/v1/situation-pictures", &revision).await).await;
    assert_eq!((next["status"].clone(), next["replaces_id"].clone()), (json!("draft"), json!(id)));
    let old = ok_json(app.get(&coordinator, &url).await).await;
    assert_eq!((old["replaced_by_id"].clone(), old["allowed_actions"].clone()), (next["id"].clone(), json!([])));
    assert_eq!(next["crime_mapping"]["withheld"], true);
    let admin = app.login(ADMIN).await;
    let carried =
        ok_json(app.get(&admin, &format!("/api/v1/situation-pictures/{}", next["id"].as_str().unwrap())).await).await;
    assert_eq!(
        (carried["crime_mapping"]["text"].clone(), carried["crime_mapping"]["classification"].clone()),
        (json!("Hemligt: platser för narkotikahandel."), json!("restricted"))
    );
    problem(app.post(&coordinator, "/api/v1/situation-pictures", &revision).await, 409, "already_revised").await;
    let mut of_draft = draft(&area, &council);
    of_draft["replaces_id"] = next["id"].clone();
    problem(app.post(&coordinator, "/api/v1/situation-pictures", &of_draft).await, 409, "situation_not_adopted").await;
    // The demo's adopted picture of Järva is in the follow-up report of last year.
    let report =
        ok_json(app.get(&coordinator, &format!("/api/v1/reports/follow-up?area_id={area}&year={}", year - 1)).await)
            .await;
    let titles: Vec<&str> =
        report["situation_pictures"].as_array().unwrap().iter().map(|p| p["title"].as_str().unwrap()).collect();
    assert!(titles.iter().any(|t| t.starts_with("Lägesbild Järva ")), "{titles:?}");
    // This year's report has the latest adopted picture before the year: the one its work builds on.
    let report =
        ok_json(app.get(&coordinator, &format!("/api/v1/reports/follow-up?area_id={area}&year={year}")).await).await;
    let first = &report["situation_pictures"][0];
    assert_eq!(
        (first["status"].clone(), first["period_end"].clone()),
        (json!("adopted"), json!(format!("{}-12-31", year - 1)))
    );
});
