//! Open311 GeoReport v2 and accountability: an Open311 client lists services, posts a request
//! with an API key an admin issued and reads its status (no personal data); errors follow the
//! specification. The response-time report and the public figures (small counts suppressed).

use serde_json::{Value, json};

use crate::contact_routes::{area, point_in};
use crate::db_test;
use crate::helpers::*;

async fn open311_get(app: &TestApp, path: &str) -> reqwest::Response {
    app.client.get(app.url(&format!("/open311/v2/{path}"))).send().await.unwrap()
}

async fn open311_post(app: &TestApp, form: &[(&str, String)]) -> reqwest::Response {
    let body = serde_urlencoded::to_string(form).unwrap();
    app.client
        .post(app.url("/open311/v2/requests.json"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap()
}

/// An Open311 error: the status and a list of one `{code, description}`.
async fn open311_error(res: reqwest::Response, status: u16) -> String {
    assert_eq!(res.status().as_u16(), status);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body[0]["code"], status, "{body}");
    body[0]["description"].as_str().unwrap().to_owned()
}

/// A key from the admin: (id, key).
async fn issue_key(app: &TestApp, admin: &str) -> (String, String) {
    let issued = ok_json(app.post(admin, "/api/v1/api-keys", &json!({"name": "FixMyStreet Sverige"})).await).await;
    (issued["api_key"]["id"].as_str().unwrap().to_owned(), issued["key"].as_str().unwrap().to_owned())
}

db_test!(an_open311_client_lists_services_posts_a_request_and_reads_its_status, |app| {
    let services: Value = ok_json(open311_get(&app, "services.json").await).await;
    let codes: Vec<&str> = services.as_array().unwrap().iter().map(|s| s["service_code"].as_str().unwrap()).collect();
    assert!(codes.contains(&"belysning") && !codes.contains(&"samverkan"), "public topics only: {codes:?}");
    let def = ok_json(open311_get(&app, "services/belysning.json").await).await;
    assert_eq!(def["attributes"], json!([]));
    open311_error(open311_get(&app, "services/finns-inte.json").await, 404).await;
    // Clients that send their key and jurisdiction with every read are served all the same.
    let with_key =
        ok_json(open311_get(&app, "services.json?api_key=sv_nyckel&jurisdiction_id=stockholm.se").await).await;
    assert_eq!(with_key, services);
    // Only admins issue keys; without one a client may not post.
    let coordinator = app.login(COORDINATOR).await;
    problem(app.post(&coordinator, "/api/v1/api-keys", &json!({"name": "x"})).await, 403, "forbidden").await;
    let admin = app.login(ADMIN).await;
    let (key_id, key) = issue_key(&app, &admin).await;
    let (rinkeby, lat, lon) = point_in(&app, &coordinator, "sd-rinkeby").await;
    let form = |key: &str| {
        vec![
            ("api_key", key.to_owned()),
            ("service_code", "belysning".to_owned()),
            ("lat", lat.to_string()),
            ("long", lon.to_string()),
            ("description", "Gatlampan på Skolgången är släckt.".to_owned()),
            ("first_name", "Dana".to_owned()),
            ("email", "dana@exempel.se".to_owned()),
        ]
    };
    open311_error(open311_post(&app, &form("sv_fel")).await, 403).await;
    let mut no_text = form(&key);
    no_text.retain(|(k, _)| *k != "description");
    assert!(open311_error(open311_post(&app, &no_text).await, 400).await.contains("description"));
    let mut unknown = form(&key);
    unknown[1].1 = "finns-inte".to_owned();
    assert!(open311_error(open311_post(&app, &unknown).await, 404).await.contains("finns-inte"));
    let res = open311_post(&app, &form(&key)).await;
    assert_eq!(res.status(), 201);
    let created: Value = res.json().await.unwrap();
    let id = created[0]["service_request_id"].as_str().unwrap().to_owned();
    let token = created[0]["token"].as_str().unwrap().to_owned();
    // Its status, with no personal data; by token too.
    let one = ok_json(open311_get(&app, &format!("requests/{}.json", id.replace('Ä', "%C3%84"))).await).await;
    let r = &one[0];
    assert_eq!(
        (r["status"].clone(), r["service_code"].clone(), r["address_id"].clone()),
        (json!("open"), json!("belysning"), json!(rinkeby))
    );
    let text = one.to_string();
    assert!(!text.contains("Dana") && !text.contains("dana@") && !text.contains("Skolgången"), "{text}");
    assert_eq!(r["lat"], Value::Null);
    let by_token = ok_json(open311_get(&app, &format!("tokens/{token}.json")).await).await;
    assert_eq!(by_token[0]["service_request_id"], id.as_str());
    open311_error(open311_get(&app, "requests/%C3%84R-XXXX-XXXX.json").await, 404).await;
    // Staff close it: the list by status follows, with the public reply as notes.
    let all = app.all_items(&coordinator, "/api/v1/inquiries?source=open311").await;
    let inquiry = all.iter().find(|i| i["reference"] == id.as_str()).unwrap();
    assert_eq!(inquiry["name"], "Dana");
    let path = format!("/api/v1/inquiries/{}", inquiry["id"].as_str().unwrap());
    ok_json(
        app.post(
            &coordinator,
            &format!("{path}/messages"),
            &json!({"kind": "public_reply", "body": "Lampan är lagad."}),
        )
        .await,
    )
    .await;
    let etag = etag_of(&app, &coordinator, &path).await;
    ok_json(app.patch(&coordinator, &path, &etag, &json!({"status": "closed"})).await).await;
    let closed = ok_json(open311_get(&app, "requests.json?status=closed&service_code=belysning").await).await;
    let hit =
        closed.as_array().unwrap().iter().find(|r| r["service_request_id"] == id.as_str()).expect("listed as closed");
    assert_eq!(hit["status_notes"], "Lampan är lagad.");
    let open = ok_json(open311_get(&app, "requests.json?status=open").await).await;
    assert!(!open.to_string().contains(&id));
    let both = ok_json(open311_get(&app, "requests.json?status=open,closed").await).await;
    assert!(both.to_string().contains(&id), "both statuses list the closed request");
    for status in ["maybe", "", "open,,closed", "open,closed,open"] {
        open311_error(open311_get(&app, &format!("requests.json?status={status}")).await, 400).await;
    }
    open311_error(open311_get(&app, "requests.json?start_date=igår").await, 400).await;
    // A revoked key is refused.
    let etag = etag_of(&app, &admin, &format!("/api/v1/api-keys/{key_id}")).await;
    let revoked = ok_json(
        app.client
            .post(app.url(&format!("/api/v1/api-keys/{key_id}:revoke")))
            .bearer_auth(&admin)
            .header("If-Match", etag)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert!(revoked["revoked_at"].is_string());
    open311_error(open311_post(&app, &form(&key)).await, 403).await;
});

db_test!(response_times_are_reported_and_public_figures_hide_small_counts, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let rinkeby = area(&app, &coordinator, "sd-rinkeby").await;
    let from = chrono::Utc::now().date_naive().to_string();
    let report = |q: String| {
        let app = &app;
        let coordinator = coordinator.clone();
        async move { ok_json(app.get(&coordinator, &format!("/api/v1/reports/response-times?{q}")).await).await }
    };
    let before = report(format!("from={from}&group_by=topic")).await["total"]["count"].as_i64().unwrap();
    for _ in 0..3 {
        let body = json!({"topic": "narkotika", "area_id": rinkeby, "message": "Försäljning vid tunnelbanan.", "consent": true});
        assert_eq!(
            app.client.post(app.url("/api/v1/public/inquiries")).json(&body).send().await.unwrap().status(),
            201
        );
    }
    let by_topic = report(format!("from={from}&group_by=topic")).await;
    assert_eq!(by_topic["total"]["count"].as_i64().unwrap(), before + 3);
    let row = by_topic["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["group_name"] == "Narkotikahandel eller öppen narkotikaförsäljning")
        .unwrap();
    assert!(row["count"].as_i64().unwrap() >= 3);
    assert_eq!(row["responded"], 0);
    assert_eq!(row["median_first_response_seconds"], Value::Null);
    // Routes by function and organisation: two organisations may name a function alike.
    let by_route = report(format!("from={from}&group_by=route")).await;
    let names: Vec<&str> =
        by_route["rows"].as_array().unwrap().iter().filter_map(|r| r["group_name"].as_str()).collect();
    assert!(!names.is_empty() && names.iter().all(|n| n.contains(" – ")), "{names:?}");
    let csv = app
        .client
        .get(app.url(&format!("/api/v1/reports/response-times?from={from}")))
        .bearer_auth(&coordinator)
        .header("Accept", "text/csv")
        .send()
        .await
        .unwrap();
    assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let text = csv.text().await.unwrap();
    assert!(text.starts_with('\u{feff}') && text.contains("inom målet (%)") && text.contains("Totalt"), "{text}");
    let member = app.login(MEMBER).await;
    problem(app.get(&member, "/api/v1/reports/response-times").await, 403, "forbidden").await;
    problem(
        app.get(&coordinator, "/api/v1/reports/response-times?from=2026-02-01&to=2026-01-01").await,
        400,
        "invalid_query_parameter",
    )
    .await;
    // The public figures: three is below the threshold of five, so suppressed.
    let public =
        ok_json(app.client.get(app.url(&format!("/api/v1/public/accountability?from={from}"))).send().await.unwrap())
            .await;
    assert_eq!(public["threshold"], 5);
    let drugs: Vec<&Value> = public["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["topic_name_sv"] == "Narkotikahandel eller öppen narkotikaförsäljning")
        .collect();
    assert!(!drugs.is_empty());
    assert!(drugs.iter().all(|r| r["suppressed"] == true && r["figures"] == Value::Null), "{drugs:?}");
    for _ in 0..2 {
        let body = json!({"topic": "narkotika", "area_id": rinkeby, "message": "Igen.", "consent": true});
        app.client.post(app.url("/api/v1/public/inquiries")).json(&body).send().await.unwrap();
    }
    let public =
        ok_json(app.client.get(app.url(&format!("/api/v1/public/accountability?from={from}"))).send().await.unwrap())
            .await;
    let shown =
        public["rows"].as_array().unwrap().iter().find(|r| {
            r["topic_name_sv"] == "Narkotikahandel eller öppen narkotikaförsäljning" && r["suppressed"] == false
        });
    assert!(shown.is_some_and(|r| r["figures"]["count"].as_i64().unwrap() >= 5), "{public}");
});
