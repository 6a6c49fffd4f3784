use serde_json::json;

use crate::db_test;
use crate::helpers::*;

db_test!(unknown_api_paths_are_404_problems_with_a_request_id, |app| {
    let res = app.client.get(app.url("/api/v1/nothing-here")).send().await.unwrap();
    let id = res.headers().get("x-request-id").unwrap().to_str().unwrap().to_owned();
    let body = problem(res, 404, "not_found").await;
    assert_eq!(body["request_id"], id.as_str());
});

db_test!(a_known_path_with_another_method_is_405_with_allow, |app| {
    let token = app.login(ADMIN).await;
    let res = app.client.put(app.url("/api/v1/organizations")).bearer_auth(&token).send().await.unwrap();
    let allow = res.headers().get("allow").unwrap().to_str().unwrap().to_owned();
    problem(res, 405, "method_not_allowed").await;
    assert_eq!(allow, "GET, HEAD, POST");
    let res = app.client.post(app.url("/api/v1/areas/0190a1b2-0000-7000-8000-000000000000")).send().await.unwrap();
    assert_eq!(res.headers().get("allow").unwrap(), "GET, HEAD, PATCH, DELETE");
});

db_test!(bad_path_and_query_parameters_are_400, |app| {
    let token = app.login(VIEWER).await;
    problem(app.get(&token, "/api/v1/organizations/not-a-uuid").await, 400, "invalid_path_parameter").await;
    problem(app.get(&token, "/api/v1/organizations?limit=0").await, 400, "invalid_limit").await;
    problem(app.get(&token, "/api/v1/organizations?limit=201").await, 400, "invalid_limit").await;
    problem(app.get(&token, "/api/v1/organizations?limit=abc").await, 400, "invalid_query_parameter").await;
    problem(app.get(&token, "/api/v1/areas?kind=planet").await, 400, "invalid_query_parameter").await;
    problem(app.get(&token, "/api/v1/areas?valid_at=2023-13-01").await, 400, "invalid_query_parameter").await;
    problem(app.get(&token, "/api/v1/areas?cursor=garbage").await, 400, "invalid_cursor").await;
});

db_test!(bad_bodies_are_400_415_or_422_naming_the_field, |app| {
    let token = app.login(COORDINATOR).await;
    let url = app.url("/api/v1/organizations");
    let res = app
        .client
        .post(&url)
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body("{\"kind\": ")
        .send()
        .await
        .unwrap();
    problem(res, 400, "malformed_json").await;
    let res = app
        .client
        .post(&url)
        .bearer_auth(&token)
        .header("content-type", "text/plain")
        .body("hello")
        .send()
        .await
        .unwrap();
    problem(res, 415, "unsupported_media_type").await;
    let body =
        problem(app.post(&token, "/api/v1/organizations", &json!({"kind": "school"})).await, 422, "validation_failed")
            .await;
    assert_eq!(body["errors"][0]["field"], "name");
    assert_eq!(body["errors"][0]["code"], "required");
    let body = problem(
        app.post(&token, "/api/v1/organizations", &json!({"kind": "castle", "name": "X"})).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(body["errors"][0]["field"], "kind");
    let body = problem(
        app.post(
            &token,
            "/api/v1/organizations",
            &json!({"kind": "school", "name": "X", "contact_details": [{"type": "pigeon", "value": "x"}]}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(body["errors"][0]["field"], "contact_details[0].type");
});

db_test!(the_request_id_is_echoed_when_sane_and_replaced_when_not, |app| {
    let res = app.client.get(app.url("/healthz")).header("x-request-id", "partner-123").send().await.unwrap();
    assert_eq!(res.headers().get("x-request-id").unwrap(), "partner-123");
    let res = app.client.get(app.url("/healthz")).header("x-request-id", "bad id with spaces").send().await.unwrap();
    assert_ne!(res.headers().get("x-request-id").unwrap(), "bad id with spaces");
});

db_test!(health_readiness_metrics_and_docs_answer, |app| {
    assert_eq!(ok_json(app.client.get(app.url("/healthz")).send().await.unwrap()).await["status"], "ok");
    assert_eq!(ok_json(app.client.get(app.url("/readyz")).send().await.unwrap()).await["status"], "ok");
    let metrics = app.client.get(app.url("/metrics")).send().await.unwrap().text().await.unwrap();
    assert!(metrics.contains("samverkan_http_requests_total"), "{metrics}");
    let doc = ok_json(app.client.get(app.url("/api/openapi.json")).send().await.unwrap()).await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    let docs = app.client.get(app.url("/api/docs/")).send().await.unwrap();
    assert_eq!(docs.status(), 200);
    assert!(docs.text().await.unwrap().contains("swagger"));
});

db_test!(head_is_answered_like_get_without_a_body, |app| {
    let token = app.login(VIEWER).await;
    for path in ["/healthz", "/readyz", "/api/v1/councils", "/api/openapi.json"] {
        let res = app.client.head(app.url(path)).bearer_auth(&token).send().await.unwrap();
        assert_eq!(res.status(), 200, "HEAD {path}");
        assert!(res.bytes().await.unwrap().is_empty());
    }
    let res = app.client.head(app.url("/api/v1/councils")).send().await.unwrap();
    assert_eq!(res.status(), 401, "HEAD checks authentication like GET");
});

db_test!(query_errors_name_the_parameter_and_unknown_parameters_are_refused, |app| {
    let token = app.login(VIEWER).await;
    let body = problem(app.get(&token, "/api/v1/councils?limit=0").await, 400, "invalid_limit").await;
    assert_eq!(body["detail"], "limit: must be between 1 and 200.");
    let body = problem(app.get(&token, "/api/v1/councils?kind=castle").await, 400, "invalid_query_parameter").await;
    assert!(body["detail"].as_str().unwrap().starts_with("kind: "), "{body}");
    let body = problem(app.get(&token, "/api/v1/councils?colour=red").await, 400, "unknown_query_parameter").await;
    assert!(body["detail"].as_str().unwrap().starts_with("colour: not a parameter of this operation"), "{body}");
    problem(app.get(&token, "/api/v1/reports/coverage?at=2025-01-01&verbose=1").await, 400, "unknown_query_parameter")
        .await;
    // Lists that take no filters still take the page.
    let council = the_one(&app, &token, "/api/v1/councils?kind=central_steering_group").await;
    ok_json(app.get(&token, &format!("/api/v1/councils/{council}/seats?limit=2")).await).await;
    problem(app.get(&token, &format!("/api/v1/councils/{council}/seats?kind=x")).await, 400, "unknown_query_parameter")
        .await;
});

// Found by the contract fuzzer: each of these once answered 500 (PostgreSQL refuses a NUL byte
// in a query, and a number too large for its JSON) or was stored though the schema forbids it.
db_test!(what_the_schema_forbids_inside_a_body_or_query_is_refused, |app| {
    let token = app.login(COORDINATOR).await;
    let body = problem(app.get(&token, "/api/v1/councils?q=a%00b").await, 400, "invalid_query_parameter").await;
    assert!(body["detail"].as_str().unwrap().starts_with("q: control characters"), "{body}");
    problem(app.get(&token, "/api/v1/people?cursor=%08").await, 400, "invalid_query_parameter").await;
    // A nested object sent as an array of its values.
    let council = json!({"name": unique("Råd"), "kind": "safety_council", "mandate": [null, null]});
    let body = problem(app.post(&token, "/api/v1/councils", &council).await, 422, "validation_failed").await;
    assert_eq!(body["errors"][0]["field"], "mandate", "{body}");
    // Errors inside a nested object name their path, and every one is listed.
    let council = json!({"name": "x".repeat(201), "kind": "safety_council",
        "mandate": {"decision_reference": "a\u{7}b"}});
    let body = problem(app.post(&token, "/api/v1/councils", &council).await, 422, "validation_failed").await;
    let mut fields: Vec<&str> =
        body["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    fields.sort();
    assert_eq!(fields, ["mandate.decision_reference", "name"], "{body}");
    // A geometry whose numbers are no place on earth.
    let name = unique("Fuzzområde");
    let area = json!({"kind": "neighbourhood", "name": name,
        "geometry": {"type": "Point", "coordinates": [-1.7976931348623155e308, 59.0]}});
    let admin = app.login(ADMIN).await;
    let body = problem(app.post(&admin, "/api/v1/areas", &area).await, 422, "validation_failed").await;
    assert_eq!(body["errors"][0]["field"], "geometry", "{body}");
    let found = app.all_items(&token, "/api/v1/areas?q=Fuzzomr").await;
    assert!(found.iter().all(|a| a["name"] != name.as_str()), "nothing stored");
});
