//! Every error a handler gives is documented for that operation: each operation of the OpenAPI
//! document is called without a token, as a viewer (who may read but never write), as a
//! coordinator (who may not change reference data or read the audit log), and with an id that
//! names nothing, with a body the operation accepts — and each 4xx it answers must be among the
//! responses the document lists for it, and each header it documents for a success is sent. (The contract fuzzer checks the same on generated input; this checks it on purpose.)

use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::*;

const METHODS: [&str; 4] = ["get", "post", "patch", "delete"];

/// The operation's path with its `{…}` filled in: real ids, or `missing` for one that names nothing.
fn fill(path: &str, ids: &[(&str, &str)], missing: bool) -> String {
    let nothing = "0190a1b2-0000-7000-8000-000000000000";
    let mut out = path.to_owned();
    for (param, id) in ids {
        let key = format!("{{{param}}}");
        // The last id of the path is the one that names nothing.
        out = out.replace(&key, if missing && path.ends_with(&key) { nothing } else { id });
    }
    out
}

/// A body the operation accepts, so that the handler (not the body's parser) answers.
fn body(operation: &str, person: &str, council: &str) -> Value {
    match operation {
        "createOrganization" => json!({"kind": "school", "name": "Dokumenterad skola"}),
        "createPerson" => json!({"name": "Dokumenterad person"}),
        "createCouncil" => json!({"name": "Dokumenterat råd", "kind": "safety_council"}),
        "createArea" => json!({"kind": "neighbourhood", "name": "Dokumenterad stadsdel"}),
        "createAgreement" => json!({"name": "Dokumenterad överenskommelse"}),
        "createSeat" => json!({"label": "Dokumenterad plats", "role": "observer"}),
        "createCouncilMembership" => json!({"person_id": person, "start_date": "2025-01-01"}),
        "createMeeting" => json!({"council_id": council, "title": "Dokumenterat möte",
            "starts_at": "2031-01-01T10:00:00Z", "ends_at": "2031-01-01T11:00:00Z"}),
        "generateMeetings" => json!({"from": "2031-02-01", "to": "2031-03-01"}),
        "cancelMeeting" => json!({"reason": "Dokumenterat"}),
        _ => json!({}),
    }
}

/// The status of the call, and the names of the headers it answered with.
async fn call(app: &TestApp, method: &str, url: &str, token: Option<&str>, body: &Value) -> (u16, Vec<String>) {
    let mut req = match method {
        "get" => app.client.get(app.url(url)),
        "post" => app.client.post(app.url(url)).json(body),
        "patch" => app.client.patch(app.url(url)).json(&json!({})),
        _ => app.client.delete(app.url(url)),
    };
    // A version no resource has: a write that gets this far answers 412, never changes anything.
    req = req.header("If-Match", "\"999999\"");
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let res = req.send().await.unwrap();
    (res.status().as_u16(), res.headers().keys().map(|k| k.as_str().to_owned()).collect())
}

db_test!(every_error_a_handler_gives_is_documented, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let viewer = app.login(VIEWER).await;
    let council = the_one(&app, &viewer, "/api/v1/councils?kind=central_steering_group").await;
    let page = |path: String| {
        let app = &app;
        let viewer = &viewer;
        async move { ok_json(app.get(viewer, &path).await).await["items"][0]["id"].as_str().unwrap().to_owned() }
    };
    let seat = page(format!("/api/v1/councils/{council}/seats?limit=1")).await;
    let membership = page(format!("/api/v1/councils/{council}/memberships?limit=1")).await;
    let person = page("/api/v1/people?limit=1".into()).await;
    let area = page("/api/v1/areas?limit=1".into()).await;
    // A meeting of the council, for the operations under /meetings/{id}.
    ok_json(
        app.patch(
            &coordinator,
            &format!("/api/v1/councils/{council}"),
            &etag_of(&app, &coordinator, &format!("/api/v1/councils/{council}")).await,
            &json!({"cadence": {"rrule": "FREQ=MONTHLY;BYDAY=1WE", "start_time": "09:00", "duration_minutes": 60}}),
        )
        .await,
    )
    .await;
    let generated = ok_json(
        app.post(
            &coordinator,
            &format!("/api/v1/councils/{council}/meetings:generate"),
            &json!({"from": "2030-01-01", "to": "2030-03-01"}),
        )
        .await,
    )
    .await;
    let meeting = generated["created"][0]["id"].as_str().unwrap().to_owned();
    // A personal calendar feed of a login the calls below do not use (theirs they replace).
    let admin = app.login(ADMIN).await;
    let feed = ok_json(app.post(&admin, "/api/v1/me/calendar-token", &json!({})).await).await;
    let feed_token = feed["token"].as_str().unwrap().to_owned();
    let ids_for = |path: &str| -> Vec<(&'static str, String)> {
        let id = if path.starts_with("/api/v1/meetings") {
            meeting.clone()
        } else if path.starts_with("/api/v1/councils") || path.starts_with("/api/v1/public/councils") {
            council.clone()
        } else if path.starts_with("/api/v1/people") {
            person.clone()
        } else {
            area.clone()
        };
        vec![
            ("id", id),
            ("seat_id", seat.clone()),
            ("membership_id", membership.clone()),
            ("token", feed_token.clone()),
        ]
    };
    let doc = serde_json::to_value(samverkan::api::openapi()).unwrap();
    let mut checked = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            // Logging in and out have their own tests; they take no token anyway.
            if path.starts_with("/api/v1/auth") {
                continue;
            }
            let documented: Vec<u16> =
                op["responses"].as_object().unwrap().keys().filter_map(|k| k.parse().ok()).collect();
            let secured = op["security"]
                .as_array()
                .is_some_and(|s| s.iter().any(|r| r.as_object().is_some_and(|o| !o.is_empty())));
            let ids = ids_for(path);
            let ids: Vec<(&str, &str)> = ids.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let mut tries: Vec<(&str, Option<&str>, String)> = vec![("viewer", Some(&viewer), fill(path, &ids, false))];
            if secured {
                tries.push(("no token", None, fill(path, &ids, false)));
            }
            tries.push(("coordinator", Some(&coordinator), fill(path, &ids, false)));
            if path.contains('{') {
                tries.push(("coordinator, unknown id", Some(&coordinator), fill(path, &ids, true)));
            }
            for (who, token, url) in tries {
                // Changes stop at the If-Match (412); creates may create, in this test's database.
                let (status, headers) =
                    call(&app, method, &url, token, &body(op["operationId"].as_str().unwrap(), &person, &council))
                        .await;
                assert!(status < 500, "{who}: {method} {url} answered {status}");
                // And every header documented for the answer (ETag, Location) is sent.
                if let Some(promised) = op["responses"][status.to_string()]["headers"].as_object() {
                    for name in promised.keys() {
                        assert!(headers.contains(&name.to_lowercase()), "{who}: {method} {url} sent no {name}");
                    }
                }
                if status >= 400 {
                    assert!(
                        documented.contains(&status),
                        "{who}: {method} {path} answered {status}, documented {documented:?}"
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "only {checked} calls");
});
