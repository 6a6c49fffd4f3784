//! What a hostile client or a careless partner found, each kept closed by a test.

use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::*;

/// Run `sql` on the server's database (with `$1`-style values on PostgreSQL, `?` on SQLite).
async fn sql(app: &TestApp, sql: &str) -> Vec<sea_orm::QueryResult> {
    let db = &app.state.db.write;
    db.query_all_raw(Statement::from_string(db.get_database_backend(), sql.to_owned())).await.unwrap()
}

/// Make the idempotency key `key` look `hours` old.
async fn age_key(app: &TestApp, key: &str, hours: i64) {
    use samverkan::entities::idempotency_key::{Column, Entity};
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let then = samverkan::db::now() - chrono::Duration::hours(hours);
    Entity::update_many()
        .col_expr(Column::CreatedAt, Expr::value(then))
        .filter(Column::Key.eq(key))
        .exec(&app.state.db.write)
        .await
        .unwrap();
}

async fn post_with_key(app: &TestApp, token: &str, path: &str, key: &str, body: &Value) -> reqwest::Response {
    app.client.post(app.url(path)).bearer_auth(token).header("Idempotency-Key", key).json(body).send().await.unwrap()
}

db_test!(erasure_leaves_no_copy_of_a_person_behind_an_idempotency_key, |app| {
    let token = app.login(COORDINATOR).await;
    let body = json!({"name": "Hemlig Person", "email": "hemlig@exempel.se", "phone": "08-555 12 34"});
    let created = ok_json(post_with_key(&app, &token, "/api/v1/people", "erase-me-1", &body).await).await;
    let id = created["id"].as_str().unwrap();
    ok_json(
        app.client
            .post(app.url(&format!("/api/v1/people/{id}/erase")))
            .bearer_auth(&token)
            .header("If-Match", "\"1\"")
            .send()
            .await
            .unwrap(),
    )
    .await;
    // The retry answers with what the key created: the erased person, not the data first sent.
    let again = post_with_key(&app, &token, "/api/v1/people", "erase-me-1", &body).await;
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers().get("idempotent-replayed").unwrap(), "true");
    let replayed: Value = again.json().await.unwrap();
    assert_eq!(replayed["id"], created["id"]);
    assert_eq!(
        (replayed["name"].as_str(), replayed["email"].clone(), replayed["phone"].clone(), replayed["erased"].clone()),
        (Some("Raderad person"), Value::Null, Value::Null, json!(true))
    );
    // Nothing stored under the key holds the data or a hash of it.
    for row in sql(&app, "SELECT * FROM idempotency_keys").await {
        let hash: String = row.try_get("", "request_hash").unwrap();
        let resource: Option<uuid::Uuid> = row.try_get("", "resource_id").unwrap();
        if resource.map(|r| r.to_string()).as_deref() == Some(id) {
            assert_eq!(hash, "forgotten");
        }
    }
    let dump = format!("{:?}", sql(&app, "SELECT * FROM idempotency_keys").await);
    assert!(!dump.contains("Hemlig") && !dump.contains("hemlig@"), "{dump}");
});

db_test!(idempotency_keys_expire_and_a_job_removes_them, |app| {
    let token = app.login(COORDINATOR).await;
    let body = json!({"kind": "school", "name": unique("Skola")});
    let first = ok_json(post_with_key(&app, &token, "/api/v1/organizations", "old-key", &body).await).await;
    let other = json!({"kind": "school", "name": unique("Skola")});
    ok_json(post_with_key(&app, &token, "/api/v1/organizations", "older-key", &other).await).await;
    age_key(&app, "old-key", 25).await;
    age_key(&app, "older-key", 26).await;
    // An expired key is a new request: the same body creates a second organization…
    let body2 = json!({"kind": "school", "name": unique("Skola")});
    let second = post_with_key(&app, &token, "/api/v1/organizations", "old-key", &body2).await;
    assert_eq!(second.status(), 201);
    assert!(second.headers().get("idempotent-replayed").is_none());
    assert_ne!(second.json::<Value>().await.unwrap()["id"], first["id"]);
    // …and the job removes what expired.
    let round = samverkan::jobs::run_once(&app.state).await.unwrap();
    assert_eq!(round.idempotency_keys_removed, 1);
    let keys: Vec<String> = sql(&app, "SELECT key FROM idempotency_keys")
        .await
        .iter()
        .map(|r| r.try_get::<String>("", "key").unwrap())
        .collect();
    assert!(keys.contains(&"old-key".to_string()) && !keys.contains(&"older-key".to_string()), "{keys:?}");
});

db_test!(a_cadence_cannot_make_a_council_expensive, |app| {
    let token = app.login(COORDINATOR).await;
    let council = ok_json(
        app.post(
            &token,
            "/api/v1/councils",
            &json!({"name": unique("Råd"), "kind": "safety_council", "status": "active", "founded_on": "1900-01-01",
                    "cadence": {"rrule": "FREQ=DAILY", "start_time": "08:00", "duration_minutes": 60}}),
        )
        .await,
    )
    .await;
    // Begun in 1900 and meeting daily: the next five meetings are the next five days.
    let next = council["next_meetings"].as_array().unwrap();
    assert_eq!(next.len(), 5, "{council}");
    let path = format!("/api/v1/councils/{}", council["id"].as_str().unwrap());
    for rule in [
        "FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;BYMINUTE=0,30",
        "FREQ=DAILY;BYSECOND=0,1,2",
        "FREQ=MINUTELY",
        "FREQ=DAILY;COUNT=100000",
    ] {
        let body = problem(
            app.patch(
                &token,
                &path,
                "\"1\"",
                &json!({"cadence": {"rrule": rule, "start_time": "08:00", "duration_minutes": 60}}),
            )
            .await,
            422,
            "validation_failed",
        )
        .await;
        assert_eq!(body["errors"][0]["field"], "cadence.rrule", "{rule}: {body}");
    }
    let long = format!("FREQ=WEEKLY;BYDAY=MO{}", ";INTERVAL=1".repeat(40));
    let body = problem(
        app.patch(
            &token,
            &path,
            "\"1\"",
            &json!({"cadence": {"rrule": long, "start_time": "08:00", "duration_minutes": 60}}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(
        (body["errors"][0]["field"].as_str(), body["errors"][0]["code"].as_str()),
        (Some("cadence.rrule"), Some("too_long"))
    );
});

db_test!(concurrent_wrong_passwords_are_counted_before_they_are_checked, |app| {
    let email = format!("{}@exempel.se", unique("gissa").replace(' ', "."));
    let role = samverkan::domain::role::Role::Viewer;
    samverkan::users::ensure(&app.state.db.write, &email, "Gissad", role, "ett-bra-lösenord-123").await.unwrap();
    let attempts = (0..100).map(|i| {
        let (client, url, email) = (app.client.clone(), app.url("/api/v1/auth/login"), email.clone());
        async move {
            let res =
                client.post(url).json(&json!({"email": email, "password": format!("fel-{i}")})).send().await.unwrap();
            res.status().as_u16()
        }
    });
    let statuses = futures_util::future::join_all(attempts).await;
    let wrong = statuses.iter().filter(|s| **s == 401).count();
    let throttled = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!(wrong + throttled, 100, "{statuses:?}");
    // As many guesses reach the password check as would one after the other: the free five and
    // the one that starts the block.
    assert_eq!(wrong, 6, "{statuses:?}");
    // The right password waits out the block too.
    let res = app
        .client
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({"email": email, "password": "ett-bra-lösenord-123"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 429);
    assert!(res.headers().get("retry-after").is_some());
});

/// The id of the council the demo's member login chairs.
async fn members_council(app: &TestApp, token: &str) -> String {
    the_one(app, token, "/api/v1/councils?q=lokal%20styrgrupp%20s%C3%B6dermalm").await
}

db_test!(a_chair_cannot_see_contact_details_by_seating_someone, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let member = app.login(MEMBER).await; // chairs the local steering group of Södermalm
    let stranger = ok_json(
        app.post(&coordinator, "/api/v1/people", &json!({"name": unique("Främling"), "email": "framling@exempel.se"}))
            .await,
    )
    .await;
    let person_path = format!("/api/v1/people/{}", stranger["id"].as_str().unwrap());
    let hidden = |p: &Value| (p["email"].clone(), p["contact_hidden"].clone());
    assert_eq!(hidden(&ok_json(app.get(&member, &person_path).await).await), (Value::Null, json!(true)));

    let council = members_council(&app, &member).await;
    let today = chrono::Utc::now().date_naive();
    let term = ok_json(
        app.post(
            &member,
            &format!("/api/v1/councils/{council}/memberships"),
            &json!({"person_id": stranger["id"], "role": "observer", "start_date": today, "end_date": today}),
        )
        .await,
    )
    .await;
    assert_eq!(term["confirmed"], false, "{term}");
    // Seated by the chair, the stranger's details stay hidden from the chair.
    assert_eq!(hidden(&ok_json(app.get(&member, &person_path).await).await), (Value::Null, json!(true)));
    let term_path = format!("/api/v1/councils/{council}/memberships/{}", term["id"].as_str().unwrap());
    // The chair cannot confirm their own seating…
    let refused =
        problem(app.patch(&member, &term_path, "\"1\"", &json!({"confirmed": true})).await, 403, "forbidden").await;
    assert_eq!(refused["errors"][0]["field"], "confirmed");
    // …a coordinator can, and offers to.
    let seen = ok_json(app.get(&coordinator, &term_path).await).await;
    assert!(seen["allowed_actions"].as_array().unwrap().contains(&json!("confirm")), "{seen}");
    let confirmed = ok_json(app.patch(&coordinator, &term_path, "\"1\"", &json!({"confirmed": true})).await).await;
    assert_eq!(confirmed["confirmed"], true);
    assert_eq!(
        hidden(&ok_json(app.get(&member, &person_path).await).await),
        (json!("framling@exempel.se"), json!(false))
    );
    // Lengthening the confirmed term is a new grant: it waits for confirmation again.
    let longer = ok_json(app.patch(&member, &term_path, "\"2\"", &json!({"end_date": null})).await).await;
    assert_eq!(longer["confirmed"], false);
    assert_eq!(hidden(&ok_json(app.get(&member, &person_path).await).await), (Value::Null, json!(true)));
});

db_test!(a_chair_changes_only_what_is_theirs_to_run, |app| {
    let member = app.login(MEMBER).await;
    let council = members_council(&app, &member).await;
    let path = format!("/api/v1/councils/{council}");
    let before = ok_json(app.get(&member, &path).await).await;
    let version = format!("\"{}\"", before["version"]);
    for (body, fields) in [
        (json!({"kind": "working_group"}), vec!["kind"]),
        (json!({"is_public": true, "area_ids": []}), vec!["area_ids", "is_public"]),
        (json!({"mandate": {"decision_reference": "KS 2099/1"}}), vec!["mandate"]),
        (
            json!({"parent_id": null, "status": "dissolved", "dissolved_on": "2026-01-01"}),
            vec!["parent_id", "status", "dissolved_on"],
        ),
        (json!({"founded_on": "1990-01-01", "name": "Nytt namn"}), vec!["founded_on"]),
    ] {
        let refused = problem(app.patch(&member, &path, &version, &body).await, 403, "forbidden").await;
        let mut named: Vec<&str> =
            refused["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
        let mut fields = fields;
        named.sort();
        fields.sort();
        assert_eq!(named, fields, "{body}");
    }
    let after = ok_json(app.get(&member, &path).await).await;
    assert_eq!(after["version"], before["version"], "nothing changed");
    // Name, description and cadence are the chair's.
    let changed = ok_json(
        app.patch(
            &member,
            &path,
            &version,
            &json!({"name": unique("Lokal styrgrupp Södermalm"), "description": "Vi ses",
            "cadence": {"rrule": "FREQ=MONTHLY;BYDAY=1TU", "start_time": "17:00", "duration_minutes": 90}}),
        )
        .await,
    )
    .await;
    assert_eq!(changed["description"], "Vi ses");
    // Restricted access to a seat is granted by coordinators and admins only.
    let seats = format!("{path}/seats");
    let refused = problem(
        app.post(&member, &seats, &json!({"label": "Hemlig", "role": "member", "restricted_access": true})).await,
        403,
        "forbidden",
    )
    .await;
    assert_eq!(refused["errors"][0]["field"], "restricted_access");
    let seat = ok_json(app.post(&member, &seats, &json!({"label": unique("Plats"), "role": "member"})).await).await;
    let seat_path = format!("{seats}/{}", seat["id"].as_str().unwrap());
    problem(app.patch(&member, &seat_path, "\"1\"", &json!({"restricted_access": true})).await, 403, "forbidden").await;
    let coordinator = app.login(COORDINATOR).await;
    ok_json(app.patch(&coordinator, &seat_path, "\"1\"", &json!({"restricted_access": true})).await).await;
});

db_test!(dates_outside_1900_to_2200_are_refused_where_they_are_read, |app| {
    let token = app.login(COORDINATOR).await;
    for at in ["%2B262142-12-31", "2201-01-01", "1899-12-31", "2026-02-30", "yesterday"] {
        for path in ["/api/v1/reports/staffing", "/api/v1/reports/coverage"] {
            let body = problem(app.get(&token, &format!("{path}?at={at}")).await, 400, "invalid_query_parameter").await;
            assert!(body["detail"].as_str().unwrap().starts_with("at: "), "{path}?at={at}: {body}");
        }
    }
    problem(app.get(&token, "/api/v1/areas?valid_at=0000-01-01").await, 400, "invalid_query_parameter").await;
    ok_json(app.get(&token, "/api/v1/reports/staffing?at=2200-12-31").await).await;
    let body = problem(
        app.post(&token, "/api/v1/councils", &json!({"name": unique("Råd"), "kind": "working_group", "founded_on": "0000-01-01", "dissolved_on": "+262142-12-31"}))
            .await,
        422,
        "validation_failed",
    )
    .await;
    let mut errors: Vec<(&str, &str)> = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["field"].as_str().unwrap(), e["code"].as_str().unwrap()))
        .collect();
    errors.sort();
    assert_eq!(errors, [("dissolved_on", "invalid"), ("founded_on", "out_of_range")]);
});
