use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::*;

async fn council_people(app: &TestApp, token: &str, name: &str) -> Vec<Value> {
    let id = the_one(app, token, &format!("/api/v1/councils?q={}", name.replace(' ', "%20"))).await;
    app.all_items(token, &format!("/api/v1/people?council_id={id}")).await
}

db_test!(contact_details_outside_ones_own_councils_are_for_coordinators_and_admins, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let member = app.login(MEMBER).await; // chairs the local steering group of Södermalm
    let viewer = app.login(VIEWER).await;
    let bromma = council_people(&app, &coordinator, "lokal styrgrupp bromma").await;
    assert!(bromma.iter().all(|p| p["email"].is_string() && p["contact_hidden"] == false));
    for token in [&member, &viewer] {
        for p in council_people(&app, token, "lokal styrgrupp bromma").await {
            assert_eq!(
                (p["email"].clone(), p["phone"].clone(), p["contact_hidden"].clone()),
                (Value::Null, Value::Null, json!(true)),
                "{p}"
            );
        }
    }
    let own = council_people(&app, &member, "lokal styrgrupp södermalm").await;
    assert!(
        !own.is_empty() && own.iter().all(|p| p["email"].is_string()),
        "the member sees their own council's people"
    );
});

db_test!(a_person_can_be_exported_and_erased_while_history_stays, |app| {
    let token = app.login(COORDINATOR).await;
    let person = ok_json(
        app.post(
            &token,
            "/api/v1/people",
            &json!({"name": "Greta Raderas", "title": "Rektor", "email": "greta@exempel.se", "phone": "08-123 456"}),
        )
        .await,
    )
    .await;
    let id = person["id"].as_str().unwrap();
    ok_json(app.patch(&token, &format!("/api/v1/people/{id}"), "\"1\"", &json!({"title": "Biträdande rektor"})).await)
        .await;
    let council = the_one(&app, &token, "/api/v1/councils?q=lokal%20styrgrupp%20farsta").await;
    let m = ok_json(
        app.post(
            &token,
            &format!("/api/v1/councils/{council}/memberships"),
            &json!({"person_id": id, "start_date": "2025-01-01", "role": "adjunct"}),
        )
        .await,
    )
    .await;

    let viewer = app.login(VIEWER).await;
    problem(app.get(&viewer, &format!("/api/v1/people/{id}/export")).await, 403, "forbidden").await;
    let export = ok_json(app.get(&token, &format!("/api/v1/people/{id}/export")).await).await;
    assert_eq!(export["person"]["email"], "greta@exempel.se");
    assert_eq!(export["memberships"][0]["id"], m["id"]);
    let actions: Vec<&str> =
        export["audit_events"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["create", "update"]);

    problem(
        app.client.post(app.url(&format!("/api/v1/people/{id}/erase"))).bearer_auth(&token).send().await.unwrap(),
        428,
        "if_match_required",
    )
    .await;
    let erased = ok_json(
        app.client
            .post(app.url(&format!("/api/v1/people/{id}/erase")))
            .bearer_auth(&token)
            .header("If-Match", "\"2\"")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!((erased["name"].as_str(), erased["erased"].as_bool()), (Some("Raderad person"), Some(true)));
    assert_eq!(
        (erased["title"].clone(), erased["email"].clone(), erased["phone"].clone()),
        (Value::Null, Value::Null, Value::Null)
    );
    let after = ok_json(app.get(&token, &format!("/api/v1/people/{id}/export")).await).await;
    assert_eq!(after["memberships"][0]["id"], m["id"], "the membership stays");
    let text = after["audit_events"].to_string();
    assert!(!text.contains("Greta") && !text.contains("greta@exempel.se") && !text.contains("rektor"), "{text}");
    problem(
        app.patch(&token, &format!("/api/v1/people/{id}"), "\"3\"", &json!({"name": "Greta"})).await,
        409,
        "erased",
    )
    .await;
});

db_test!(people_are_validated_and_found_by_name, |app| {
    let token = app.login(ADMIN).await;
    let body = problem(
        app.post(&token, "/api/v1/people", &json!({"name": "X", "email": "not-an-email", "phone": "ring mig"})).await,
        422,
        "validation_failed",
    )
    .await;
    let fields: Vec<&str> = body["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["email", "phone"]);
    ok_json(app.post(&token, "/api/v1/people", &json!({"name": "Östen Ärlig"})).await).await;
    the_one(&app, &token, "/api/v1/people?q=%C3%B6sten%20%C3%A4rl").await;
    let member = app.login(MEMBER).await;
    problem(app.post(&member, "/api/v1/people", &json!({"name": "Y"})).await, 403, "forbidden").await;
});
