use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::*;

async fn login_raw(app: &TestApp, email: &str, password: &str) -> reqwest::Response {
    app.client
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({"email": email, "password": password}))
        .send()
        .await
        .unwrap()
}

db_test!(login_returns_a_bearer_token_and_a_strict_http_only_cookie, |app| {
    let res = login_raw(&app, "Coordinator@Samverkan.test ", COORDINATOR.1).await;
    assert_eq!(res.status(), 200);
    let cookie = res.headers().get("set-cookie").unwrap().to_str().unwrap().to_owned();
    assert!(cookie.starts_with("samverkan_refresh="), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/api/v1/auth"),
        "{cookie}"
    );
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["expires_in"], 900);
    let me = ok_json(app.get(body["access_token"].as_str().unwrap(), "/api/v1/me").await).await;
    assert_eq!(me["email"], "coordinator@samverkan.test");
    assert_eq!(me["role"], "coordinator");
    assert_eq!(me["person_id"], Value::Null, "the demo coordinator is no person");
});

db_test!(wrong_passwords_and_unknown_accounts_get_the_same_401, |app| {
    let a = problem(login_raw(&app, ADMIN.0, "wrong-password").await, 401, "unauthenticated").await;
    let b = problem(login_raw(&app, "nobody@samverkan.test", "wrong-password").await, 401, "unauthenticated").await;
    assert_eq!(a["detail"], b["detail"]);
});

db_test!(protected_endpoints_refuse_missing_and_forged_tokens, |app| {
    problem(app.client.get(app.url("/api/v1/me")).send().await.unwrap(), 401, "unauthenticated").await;
    problem(app.get("not.a.jwt", "/api/v1/organizations").await, 401, "unauthenticated").await;
    // A token signed by another key is refused.
    let token = app.login(ADMIN).await;
    let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
    parts[2] = parts[2].chars().rev().collect();
    problem(app.get(&parts.join("."), "/api/v1/me").await, 401, "unauthenticated").await;
});

db_test!(access_tokens_verify_against_the_published_jwks, |app| {
    let token = app.login(MEMBER).await;
    let jwks: JwkSet = app.client.get(app.url("/.well-known/jwks.json")).send().await.unwrap().json().await.unwrap();
    let header = jsonwebtoken::decode_header(&token).unwrap();
    assert_eq!(header.alg, Algorithm::EdDSA);
    let jwk = jwks.find(header.kid.as_deref().unwrap()).expect("the token's kid is published");
    let mut validation = Validation::new(Algorithm::EdDSA);
    validation.set_audience(&["samverkan-api"]);
    let claims =
        jsonwebtoken::decode::<Value>(&token, &DecodingKey::from_jwk(jwk).unwrap(), &validation).unwrap().claims;
    assert_eq!(claims["role"], "member");
    assert_eq!(claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap(), 900);
});

db_test!(refresh_tokens_rotate_and_a_reused_one_revokes_the_family, |app| {
    let body: Value = login_raw(&app, VIEWER.0, VIEWER.1).await.json().await.unwrap();
    let first = body["refresh_token"].as_str().unwrap().to_owned();
    let refresh = |t: String| {
        let app = &app;
        async move {
            app.client.post(app.url("/api/v1/auth/refresh")).json(&json!({"refresh_token": t})).send().await.unwrap()
        }
    };
    let second: Value = ok_json(refresh(first.clone()).await).await;
    let second = second["refresh_token"].as_str().unwrap().to_owned();
    assert_ne!(first, second);
    // The first token was used: presenting it again is refused and revokes its successor too.
    problem(refresh(first).await, 401, "unauthenticated").await;
    problem(refresh(second).await, 401, "unauthenticated").await;
});

db_test!(the_web_app_refreshes_with_the_cookie_and_logout_ends_it, |app| {
    let client = reqwest::Client::builder().cookie_store(true).build().unwrap();
    let res = client
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({"email": ADMIN.0, "password": ADMIN.1}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let refreshed: Value = ok_json(client.post(app.url("/api/v1/auth/refresh")).send().await.unwrap()).await;
    assert!(refreshed["access_token"].is_string());
    let res = client.post(app.url("/api/v1/auth/logout")).send().await.unwrap();
    assert_eq!(res.status(), 204);
    problem(client.post(app.url("/api/v1/auth/refresh")).send().await.unwrap(), 401, "unauthenticated").await;
});

db_test!(repeated_failed_logins_for_an_account_are_slowed_down, |app| {
    for _ in 0..6 {
        assert_eq!(login_raw(&app, MEMBER.0, "wrong-password").await.status(), 401);
    }
    // Now even the right password waits.
    let res = login_raw(&app, MEMBER.0, MEMBER.1).await;
    let retry_after: u64 = res.headers().get("retry-after").unwrap().to_str().unwrap().parse().unwrap();
    assert!(retry_after >= 1);
    problem(res, 429, "too_many_requests").await;
    // Other accounts are not affected.
    app.login(VIEWER).await;
});

db_test!(an_optional_body_of_non_json_whitespace_is_malformed, |app| {
    // JSON whitespace (space, tab, CR, LF) means "no body"; a form feed is not JSON at all.
    let send = |body: &'static str| {
        app.client.post(app.url("/api/v1/auth/logout")).header("content-type", "application/json").body(body).send()
    };
    assert_eq!(send(" \n").await.unwrap().status(), 204);
    problem(send("\u{c}").await.unwrap(), 400, "malformed_json").await;
});

/// Behind a trusted proxy the client is the address in `X-Forwarded-For`: one client's failed
/// logins slow down that client, not everyone behind the same proxy.
#[actix_web::test]
async fn failed_logins_are_counted_per_client_behind_a_trusted_proxy() {
    let app = TestApp::spawn_with(Backend::Sqlite, |c| {
        c.trusted_proxies = samverkan::config::parse_networks("127.0.0.1").unwrap();
    })
    .await
    .unwrap();
    let attempt = |client: &'static str, n: usize| {
        app.client
            .post(app.url("/api/v1/auth/login"))
            .header("x-forwarded-for", client)
            .json(&json!({"email": format!("nobody{n}@samverkan.test"), "password": "wrong-password"}))
            .send()
    };
    // Thirty failures are free per address (each for another account, so no account throttle).
    for n in 0..31 {
        assert_eq!(attempt("203.0.113.1", n).await.unwrap().status(), 401, "attempt {n}");
    }
    problem(attempt("203.0.113.1", 99).await.unwrap(), 429, "too_many_requests").await;
    assert_eq!(
        attempt("203.0.113.2", 100).await.unwrap().status(),
        401,
        "another client behind the proxy is not blocked"
    );
}
