use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::*;

async fn setup(app: &TestApp, token: &str, max: i32) -> (String, String, Vec<String>) {
    let council = ok_json(
        app.post(
            token,
            "/api/v1/councils",
            &json!({"name": unique("Trygghetsråd"), "kind": "safety_council", "status": "active"}),
        )
        .await,
    )
    .await;
    let id = council["id"].as_str().unwrap().to_owned();
    let seat = ok_json(
        app.post(
            token,
            &format!("/api/v1/councils/{id}/seats"),
            &json!({"label": "Fastighetsägare", "role": "member", "max_holders": max}),
        )
        .await,
    )
    .await;
    let mut people = vec![];
    for n in 0..3 {
        let p = ok_json(app.post(token, "/api/v1/people", &json!({"name": format!("Person {n}")})).await).await;
        people.push(p["id"].as_str().unwrap().to_owned());
    }
    (id, seat["id"].as_str().unwrap().to_owned(), people)
}

db_test!(a_seat_never_has_more_holders_at_once_than_its_maximum, |app| {
    let token = app.login(COORDINATOR).await;
    let (council, seat, people) = setup(&app, &token, 1).await;
    let url = format!("/api/v1/councils/{council}/memberships");
    let first = ok_json(
        app.post(
            &token,
            &url,
            &json!({"person_id": people[0], "seat_id": seat, "start_date": "2025-01-01", "end_date": "2025-06-30"}),
        )
        .await,
    )
    .await;
    problem(
        app.post(&token, &url, &json!({"person_id": people[1], "seat_id": seat, "start_date": "2025-06-01"})).await,
        409,
        "seat_full",
    )
    .await;
    // After the first term ends, the seat is free again.
    let second = ok_json(
        app.post(&token, &url, &json!({"person_id": people[1], "seat_id": seat, "start_date": "2025-07-01"})).await,
    )
    .await;
    // Extending the first term into the second is refused too.
    let path = format!("{url}/{}", first["id"].as_str().unwrap());
    problem(app.patch(&token, &path, "\"1\"", &json!({"end_date": null})).await, 409, "seat_full").await;
    // Lowering a seat's maximum below its holders is refused; raising it makes room.
    let seat_path = format!("/api/v1/councils/{council}/seats/{seat}");
    ok_json(app.patch(&token, &seat_path, "\"1\"", &json!({"max_holders": 2})).await).await;
    ok_json(
        app.post(&token, &url, &json!({"person_id": people[2], "seat_id": seat, "start_date": "2025-08-01"})).await,
    )
    .await;
    problem(app.patch(&token, &seat_path, "\"2\"", &json!({"max_holders": 1})).await, 409, "over_capacity").await;
    assert_eq!(second["current"], true);
});

db_test!(terms_are_ended_not_deleted, |app| {
    let token = app.login(COORDINATOR).await;
    let (council, seat, people) = setup(&app, &token, 2).await;
    let url = format!("/api/v1/councils/{council}/memberships");
    let m = ok_json(
        app.post(&token, &url, &json!({"person_id": people[0], "seat_id": seat, "start_date": "2024-01-01"})).await,
    )
    .await;
    let path = format!("{url}/{}", m["id"].as_str().unwrap());
    let res = app.client.delete(app.url(&path)).bearer_auth(&token).header("If-Match", "\"1\"").send().await.unwrap();
    problem(res, 405, "method_not_allowed").await;
    let ended = ok_json(app.patch(&token, &path, "\"1\"", &json!({"end_date": "2024-12-31"})).await).await;
    assert_eq!(ended["current"], false);
    let history = ok_json(app.get(&token, &format!("{url}?current=false")).await).await;
    assert_eq!(history["items"][0]["id"], m["id"]);
    assert!(
        ok_json(app.get(&token, &format!("{url}?current=true")).await).await["items"].as_array().unwrap().is_empty()
    );
    let mine = ok_json(app.get(&token, &format!("/api/v1/people/{}/memberships", people[0])).await).await;
    assert_eq!(mine["items"][0]["end_date"], "2024-12-31");
    // The seat keeps its history: it cannot be removed.
    problem(app.delete(&token, &format!("/api/v1/councils/{council}/seats/{seat}"), "\"1\"").await, 409, "has_history")
        .await;
});

db_test!(terms_must_make_sense, |app| {
    let token = app.login(COORDINATOR).await;
    let (council, seat, people) = setup(&app, &token, 2).await;
    let url = format!("/api/v1/councils/{council}/memberships");
    let check = |body: Value, field: &'static str| {
        let app = &app;
        let (token, url) = (token.clone(), url.clone());
        async move {
            let p = problem(app.post(&token, &url, &body).await, 422, "validation_failed").await;
            assert_eq!(p["errors"][0]["field"], field, "{p}");
        }
    };
    check(json!({"person_id": people[0], "start_date": "2025-02-01", "end_date": "2025-01-01"}), "end_date").await;
    check(json!({"person_id": uuid::Uuid::now_v7(), "start_date": "2025-01-01"}), "person_id").await;
    let other = ok_json(
        app.post(&token, "/api/v1/councils", &json!({"name": unique("Annat råd"), "kind": "safety_council"})).await,
    )
    .await;
    let other_seat = ok_json(
        app.post(
            &token,
            &format!("/api/v1/councils/{}/seats", other["id"].as_str().unwrap()),
            &json!({"label": "X", "role": "member"}),
        )
        .await,
    )
    .await;
    check(json!({"person_id": people[0], "seat_id": other_seat["id"], "start_date": "2025-01-01"}), "seat_id").await;
    let first = ok_json(
        app.post(&token, &url, &json!({"person_id": people[0], "seat_id": seat, "start_date": "2025-01-01"})).await,
    )
    .await;
    problem(
        app.post(&token, &url, &json!({"person_id": people[0], "seat_id": seat, "start_date": "2025-03-01"})).await,
        409,
        "already_holds_seat",
    )
    .await;
    let deputy = ok_json(app.post(&token, &url, &json!({"person_id": people[1], "seat_id": seat, "start_date": "2025-01-01", "role": "member", "deputy_for_id": first["id"]})).await).await;
    assert_eq!(deputy["deputy_for_id"], first["id"]);
});
