use serde_json::{Value, json};
use uuid::Uuid;

use crate::db_test;
use crate::helpers::*;

fn unique(prefix: &str) -> String {
    format!("{prefix} {}", &Uuid::new_v4().simple().to_string()[..8])
}

db_test!(a_coordinator_creates_reads_and_finds_an_organization, |app| {
    let token = app.login(COORDINATOR).await;
    let name = unique("Östermalms Fastighetsägare");
    let res = app
        .post(
            &token,
            "/api/v1/organizations",
            &json!({
                "kind": "property_owner", "name": format!("  {name} "), "organization_number": "5560160680",
                "contact_details": [{"type": "email", "value": "info@example.se", "label": "Växel"}]
            }),
        )
        .await;
    assert_eq!(res.status(), 201);
    let location = res.headers().get("location").unwrap().to_str().unwrap().to_owned();
    assert_eq!(res.headers().get("etag").unwrap(), "\"1\"");
    let created: Value = res.json().await.unwrap();
    assert_eq!(created["name"], name.as_str());
    assert_eq!(created["organization_number"], "556016-0680");
    assert_eq!(created["version"], 1);
    assert_eq!(location, format!("/api/v1/organizations/{}", created["id"].as_str().unwrap()));
    let fetched = ok_json(app.get(&token, &location).await).await;
    assert_eq!(fetched, created);
    // Case-insensitive search, also for Swedish letters.
    let page = ok_json(app.get(&token, "/api/v1/organizations?q=%C3%96STERMALMS%20FASTIGHETS").await).await;
    let names: Vec<&str> = page["items"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap()).collect();
    assert!(names.contains(&name.as_str()), "{names:?}");
    let page = ok_json(app.get(&token, "/api/v1/organizations?kind=property_owner&q=%25").await).await;
    assert!(page["items"].as_array().unwrap().is_empty(), "% is taken literally");
});

db_test!(a_bad_organization_number_is_refused_at_its_field_and_nothing_is_created, |app| {
    let token = app.login(COORDINATOR).await;
    let before = app.all_items(&token, "/api/v1/organizations").await.len();
    let body = problem(
        app.post(
            &token,
            "/api/v1/organizations",
            &json!({"kind": "business", "name": "Fel AB", "organization_number": "556016-0681"}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(
        body["errors"],
        json!([{"field": "organization_number", "code": "invalid_luhn", "message": "The check digit does not match (Luhn)."}])
    );
    let body = problem(
        app.post(
            &token,
            "/api/v1/organizations",
            &json!({"kind": "business", "name": " ", "organization_number": "12-34"}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    let fields: Vec<&str> = body["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["name", "organization_number"]);
    assert_eq!(app.all_items(&token, "/api/v1/organizations").await.len(), before);
});

db_test!(members_and_viewers_read_but_do_not_write, |app| {
    for who in [MEMBER, VIEWER] {
        let token = app.login(who).await;
        ok_json(app.get(&token, "/api/v1/organizations").await).await;
        problem(
            app.post(&token, "/api/v1/organizations", &json!({"kind": "school", "name": "Skola"})).await,
            403,
            "forbidden",
        )
        .await;
    }
});

db_test!(updates_need_the_current_version_and_lost_updates_are_refused, |app| {
    let token = app.login(COORDINATOR).await;
    let created =
        ok_json(app.post(&token, "/api/v1/organizations", &json!({"kind": "school", "name": unique("Skola")})).await)
            .await;
    let path = format!("/api/v1/organizations/{}", created["id"].as_str().unwrap());
    let res = app.client.patch(app.url(&path)).bearer_auth(&token).json(&json!({"name": "Ny"})).send().await.unwrap();
    problem(res, 428, "if_match_required").await;
    let res =
        app.patch(&token, &path, "\"1\"", &json!({"name": "Nytt namn", "organization_number": "212000-0142"})).await;
    assert_eq!(res.headers().get("etag").unwrap(), "\"2\"");
    let updated: Value = res.json().await.unwrap();
    assert_eq!((updated["name"].as_str(), updated["version"].as_i64()), (Some("Nytt namn"), Some(2)));
    // A second writer still holding version 1 loses, and changes nothing.
    problem(app.patch(&token, &path, "\"1\"", &json!({"name": "Gammalt"})).await, 412, "version_mismatch").await;
    // null clears an optional field; absent fields stay.
    let cleared = ok_json(app.patch(&token, &path, "\"2\"", &json!({"organization_number": null})).await).await;
    assert_eq!(cleared["organization_number"], Value::Null);
    assert_eq!(cleared["name"], "Nytt namn");
});

db_test!(idempotency_keys_make_retries_safe, |app| {
    let token = app.login(COORDINATOR).await;
    let body = json!({"kind": "civil_society", "name": unique("Förening")});
    let send = |b: Value, key: &'static str| {
        let app = &app;
        let token = token.clone();
        async move {
            app.client
                .post(app.url("/api/v1/organizations"))
                .bearer_auth(token)
                .header("Idempotency-Key", key)
                .json(&b)
                .send()
                .await
                .unwrap()
        }
    };
    let first = ok_json(send(body.clone(), "retry-1").await).await;
    let again = send(body.clone(), "retry-1").await;
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers().get("idempotent-replayed").unwrap(), "true");
    assert_eq!(again.json::<Value>().await.unwrap()["id"], first["id"]);
    let q = format!("/api/v1/organizations?q={}", body["name"].as_str().unwrap().replace(' ', "%20"));
    assert_eq!(ok_json(app.get(&token, &q).await).await["items"].as_array().unwrap().len(), 1);
    problem(send(json!({"kind": "school", "name": "Annat"}), "retry-1").await, 409, "idempotency_key_reused").await;
});

db_test!(hierarchy_rules_hold, |app| {
    let token = app.login(ADMIN).await;
    let parent = ok_json(
        app.post(&token, "/api/v1/organizations", &json!({"kind": "police", "name": unique("Myndighet")})).await,
    )
    .await;
    let pid = parent["id"].as_str().unwrap();
    let child = ok_json(
        app.post(
            &token,
            "/api/v1/organizations",
            &json!({"kind": "police_unit", "name": unique("Enhet"), "parent_id": pid}),
        )
        .await,
    )
    .await;
    let body = problem(
        app.patch(&token, &format!("/api/v1/organizations/{pid}"), "\"1\"", &json!({"parent_id": child["id"]})).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(body["errors"][0]["code"], "cycle");
    let body = problem(
        app.post(&token, "/api/v1/organizations", &json!({"kind": "school", "name": "X", "parent_id": Uuid::now_v7()}))
            .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(body["errors"][0]["field"], "parent_id");
    problem(app.delete(&token, &format!("/api/v1/organizations/{pid}"), "\"1\"").await, 409, "has_children").await;
    let children = ok_json(app.get(&token, &format!("/api/v1/organizations?parent_id={pid}")).await).await;
    assert_eq!(children["items"].as_array().unwrap().len(), 1);
    let child_path = format!("/api/v1/organizations/{}", child["id"].as_str().unwrap());
    problem(app.delete(&token, &child_path, "\"7\"").await, 412, "version_mismatch").await;
    assert_eq!(app.delete(&token, &child_path, "\"1\"").await.status(), 204);
    problem(app.get(&token, &child_path).await, 404, "not_found").await;
});

db_test!(lists_page_with_a_cursor_without_gaps_or_repeats, |app| {
    let token = app.login(COORDINATOR).await;
    let prefix = unique("Sida");
    for i in 0..5 {
        ok_json(
            app.post(&token, "/api/v1/organizations", &json!({"kind": "business", "name": format!("{prefix} {i}")}))
                .await,
        )
        .await;
    }
    let q = prefix.replace(' ', "%20");
    let mut seen = vec![];
    let mut url = format!("/api/v1/organizations?q={q}&limit=2");
    loop {
        let page = ok_json(app.get(&token, &url).await).await;
        seen.extend(page["items"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap().to_owned()));
        match page["next_cursor"].as_str() {
            Some(c) => url = format!("/api/v1/organizations?q={q}&limit=2&cursor={c}"),
            None => break,
        }
    }
    let expected: Vec<String> = (0..5).map(|i| format!("{prefix} {i}")).collect();
    assert_eq!(seen, expected);
});

db_test!(the_demo_holds_the_city_and_the_police, |app| {
    let token = app.login(VIEWER).await;
    let all = app.all_items(&token, "/api/v1/organizations").await;
    let find = |n: &str| all.iter().find(|o| o["name"] == n).unwrap_or_else(|| panic!("{n} missing")).clone();
    assert_eq!(find("Stockholms stad")["organization_number"], "212000-0142");
    let region = find("Polisregion Stockholm");
    assert_eq!(region["parent_id"], find("Polismyndigheten")["id"]);
    assert_eq!(all.iter().filter(|o| o["name"].as_str().unwrap().starts_with("Lokalpolisområde")).count(), 7);
});
