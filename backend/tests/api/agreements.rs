use serde_json::json;

use crate::db_test;
use crate::helpers::*;

db_test!(the_demo_has_city_wide_and_local_agreements, |app| {
    let token = app.login(VIEWER).await;
    let city = the_one(&app, &token, "/api/v1/agreements?phase=implementation&q=%C3%B6vergripande").await;
    let local = ok_json(app.get(&token, &format!("/api/v1/agreements?parent_id={city}")).await).await;
    assert_eq!(local["items"].as_array().unwrap().len(), 2);
    let jarva = the_one(&app, &token, "/api/v1/councils?q=lokal%20styrgrupp%20j%C3%A4rva").await;
    let run = ok_json(app.get(&token, &format!("/api/v1/agreements?council_id={jarva}")).await).await;
    assert_eq!(run["items"][0]["name"], "Lokal samverkansöverenskommelse Järva 2024–2027");
    let a = ok_json(app.get(&token, &format!("/api/v1/agreements/{city}")).await).await;
    assert_eq!(a["priority_areas"].as_array().unwrap().len(), 5);
    assert_eq!(a["signatories"].as_array().unwrap().len(), 2);
});

db_test!(signatories_sign_for_a_party_and_agreements_nest_without_cycles, |app| {
    let token = app.login(COORDINATOR).await;
    let org = ok_json(
        app.post(&token, "/api/v1/organizations", &json!({"kind": "property_owner", "name": unique("Fastighets AB")}))
            .await,
    )
    .await;
    let other =
        ok_json(app.post(&token, "/api/v1/organizations", &json!({"kind": "business", "name": unique("Butik")})).await)
            .await;
    let person = ok_json(app.post(&token, "/api/v1/people", &json!({"name": "Signe Skrivare"})).await).await;
    let body = problem(
        app.post(
            &token,
            "/api/v1/agreements",
            &json!({"name": "Avtal", "party_ids": [org["id"]],
            "signatories": [{"person_id": person["id"], "organization_id": other["id"], "signed_on": "2025-01-01"}]}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(
        (body["errors"][0]["field"].as_str(), body["errors"][0]["code"].as_str()),
        (Some("signatories[0].organization_id"), Some("not_a_party"))
    );
    let parent = ok_json(app.post(&token, "/api/v1/agreements", &json!({"name": unique("Övergripande"), "party_ids": [org["id"]], "valid_from": "2025-01-01", "valid_to": "2027-12-31"})).await).await;
    assert_eq!(parent["phase"], "initiate");
    let child = ok_json(
        app.post(
            &token,
            "/api/v1/agreements",
            &json!({"name": unique("Lokal"), "parent_id": parent["id"], "phase": "own_preparation"}),
        )
        .await,
    )
    .await;
    let body = problem(
        app.patch(
            &token,
            &format!("/api/v1/agreements/{}", parent["id"].as_str().unwrap()),
            "\"1\"",
            &json!({"parent_id": child["id"]}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(body["errors"][0]["code"], "cycle");
    let body = problem(
        app.post(
            &token,
            "/api/v1/agreements",
            &json!({"name": "Bakvänt", "valid_from": "2025-01-01", "valid_to": "2024-01-01"}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(body["errors"][0]["field"], "valid_to");
    let moved = ok_json(
        app.patch(
            &token,
            &format!("/api/v1/agreements/{}", child["id"].as_str().unwrap()),
            "\"1\"",
            &json!({"phase": "joint_preparation", "priority_areas": ["Unga i riskzon"]}),
        )
        .await,
    )
    .await;
    assert_eq!((moved["phase"].as_str(), moved["version"].as_i64()), (Some("joint_preparation"), Some(2)));
    assert_eq!(moved["parent_id"], parent["id"]);
});
