use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::*;

db_test!(every_write_is_in_the_audit_log_with_its_request_id, |app| {
    let token = app.login(COORDINATOR).await;
    let res = app
        .client
        .post(app.url("/api/v1/organizations"))
        .bearer_auth(&token)
        .header("x-request-id", "audit-create-1")
        .json(&json!({"kind": "school", "name": "Granskad skola"}))
        .send()
        .await
        .unwrap();
    let created: Value = ok_json(res).await;
    let id = created["id"].as_str().unwrap();
    ok_json(app.patch(&token, &format!("/api/v1/organizations/{id}"), "\"1\"", &json!({"name": "Omdöpt skola"})).await)
        .await;

    let admin = app.login(ADMIN).await;
    let me = ok_json(app.get(&token, "/api/v1/me").await).await;
    let events = ok_json(app.get(&admin, &format!("/api/v1/audit-events?entity_id={id}")).await).await;
    let events = events["items"].as_array().unwrap();
    assert_eq!(events.len(), 2);
    let (update, create) = (&events[0], &events[1]);
    assert_eq!(create["action"], "create");
    assert_eq!(create["request_id"], "audit-create-1");
    assert_eq!(create["actor_id"], me["id"]);
    assert_eq!(create["changes"]["after"]["name"], "Granskad skola");
    assert_eq!(update["action"], "update");
    assert_eq!(update["changes"], json!({"before": {"name": "Granskad skola"}, "after": {"name": "Omdöpt skola"}}));

    problem(app.get(&token, "/api/v1/audit-events").await, 403, "forbidden").await;
});

db_test!(a_refused_write_leaves_no_audit_event, |app| {
    let admin = app.login(ADMIN).await;
    let before = app.all_items(&admin, "/api/v1/audit-events?entity_type=organization").await.len();
    problem(
        app.post(
            &admin,
            "/api/v1/organizations",
            &json!({"kind": "school", "name": "X", "organization_number": "123456-7890"}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(app.all_items(&admin, "/api/v1/audit-events?entity_type=organization").await.len(), before);
});
