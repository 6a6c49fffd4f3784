//! Contact routes: channels checked and never a person's own, opening hours and targets,
//! backup and escalation without cycles, verification and staleness (told of once), the lookup
//! by area or point (best first, with 112 and 114 14), and the public directory.

use geo::InteriorPoint;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::*;

/// An area's id by its code.
pub async fn area(app: &TestApp, token: &str, code: &str) -> String {
    let all = app.all_items(token, "/api/v1/areas").await;
    all.iter().find(|a| a["code"] == code).unwrap_or_else(|| panic!("no area {code}"))["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// A point (lat, lon) inside the neighbourhood `code`.
pub async fn point_in(app: &TestApp, token: &str, code: &str) -> (String, f64, f64) {
    let id = area(app, token, code).await;
    let a = ok_json(app.get(token, &format!("/api/v1/areas/{id}?include_geometry=true")).await).await;
    let shape = samverkan::store::places::shape(&a["geometry"]).expect("a polygon");
    let p = shape.interior_point().expect("an inside");
    (id, p.y(), p.x())
}

/// A topic's id by its code.
pub async fn topic(app: &TestApp, token: &str, code: &str) -> String {
    let all = app.all_items(token, "/api/v1/topics").await;
    all.iter().find(|t| t["code"] == code).unwrap()["id"].as_str().unwrap().to_owned()
}

/// The city's organization id (the demo's "Stockholms stad").
pub async fn org(app: &TestApp, token: &str, kind: &str) -> String {
    let page = ok_json(app.get(token, &format!("/api/v1/organizations?kind={kind}&limit=1")).await).await;
    page["items"][0]["id"].as_str().unwrap().to_owned()
}

/// A new route with `extra` fields; its id.
pub async fn route(app: &TestApp, token: &str, topic: &str, organization: &str, extra: Value) -> String {
    let mut body = json!({
        "from_audience": "any",
        "organization_id": organization,
        "function": unique("Trygghetssamordnare"),
        "topic_id": topic,
        "channels": [{"type": "email", "value": "trygg@exempel.se"}],
    });
    body.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
    ok_json(app.post(token, "/api/v1/contact-routes", &body).await).await["id"].as_str().unwrap().to_owned()
}

db_test!(channels_are_normalised_and_never_a_persons_own, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let t = topic(&app, &coordinator, "belysning").await;
    let city = org(&app, &coordinator, "municipality").await;
    let base =
        json!({"from_audience": "police", "organization_id": city, "function": "Kommunpolis Järva", "topic_id": t});
    let with = |channels: Value| {
        let mut b = base.clone();
        b["channels"] = channels;
        b
    };
    let made = ok_json(
        app.post(
            &coordinator,
            "/api/v1/contact-routes",
            &with(json!([
                {"type": "phone", "value": "08-508 290 00", "note": "växeln"},
                {"type": "email", "value": "Trygg.Jarva@Exempel.se"},
                {"type": "web", "value": "https://exempel.se/trygg"}
            ])),
        )
        .await,
    )
    .await;
    assert_eq!(made["channels"][0]["value"], "+46850829000");
    assert_eq!(made["channels"][1]["value"], "trygg.jarva@exempel.se");
    assert_eq!(made["audience"], "internal", "internal unless said otherwise");
    assert_eq!(made["stale"], false);
    assert!(made["last_verified_by"].as_str().unwrap().len() > 1, "verified by its author");
    assert_eq!(made["names"][&t], "Trasig eller dålig belysning");
    // Each bad value is named.
    let bad = problem(
        app.post(
            &coordinator,
            "/api/v1/contact-routes",
            &with(json!([{"type": "phone", "value": "ring oss"}, {"type": "email", "value": "a@b"}])),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    let fields: Vec<&str> = bad["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["channels[0].value", "channels[1].value"]);
    problem(app.post(&coordinator, "/api/v1/contact-routes", &with(json!([]))).await, 422, "validation_failed").await;
    // A person's own address or number (as they wrote it) is refused.
    ok_json(
        app.post(
            &coordinator,
            "/api/v1/people",
            &json!({"name": unique("Privat Person"), "email": "privat.person@exempel.se", "phone": "070-111 22 33"}),
        )
        .await,
    )
    .await;
    for channel in [
        json!({"type": "email", "value": "PRIVAT.person@exempel.se"}),
        json!({"type": "phone", "value": "+46 70 111 22 33"}),
    ] {
        let p = problem(
            app.post(&coordinator, "/api/v1/contact-routes", &with(json!([channel]))).await,
            422,
            "validation_failed",
        )
        .await;
        assert_eq!(p["errors"][0]["code"], "personal_contact", "{p}");
    }
    // Only coordinators and admins keep routes; anyone logged in reads them.
    let member = app.login(MEMBER).await;
    problem(
        app.post(&member, "/api/v1/contact-routes", &with(json!([{"type": "email", "value": "x@exempel.se"}]))).await,
        403,
        "forbidden",
    )
    .await;
    let seen =
        ok_json(app.get(&member, &format!("/api/v1/contact-routes/{}", made["id"].as_str().unwrap())).await).await;
    assert_eq!(seen["allowed_actions"], json!([]));
});

db_test!(hours_targets_and_validity_are_checked, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let t = topic(&app, &coordinator, "belysning").await;
    let city = org(&app, &coordinator, "municipality").await;
    let body = |extra: Value| {
        let mut b = json!({"from_audience": "any", "organization_id": city, "function": "Kontaktcenter", "topic_id": t,
            "channels": [{"type": "email", "value": "kontakt@exempel.se"}]});
        b.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        b
    };
    let field_of = |p: Value| p["errors"][0]["field"].as_str().unwrap().to_owned();
    let p = problem(
        app.post(
            &coordinator,
            "/api/v1/contact-routes",
            &body(json!({"opening_hours": {"weekly": [{"day": "mon", "opens": "16:00", "closes": "08:00"}]}})),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(field_of(p), "opening_hours.weekly[0].closes");
    let p = problem(
        app.post(
            &coordinator,
            "/api/v1/contact-routes",
            &body(json!({"opening_hours": {"exceptions": [{"date": "2026-12-24", "opens": "10:00"}]}})),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(field_of(p), "opening_hours.exceptions[0]");
    let p = problem(
        app.post(&coordinator, "/api/v1/contact-routes", &body(json!({"response_target": "P1M"}))).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(field_of(p), "response_target");
    let p = problem(
        app.post(
            &coordinator,
            "/api/v1/contact-routes",
            &body(json!({"valid_from": "2026-01-01", "valid_to": "2025-01-01"})),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(field_of(p), "valid_to");
    // Open all week: open now; closed today by an exception: not.
    let all_week: Vec<Value> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .map(|d| json!({"day": d, "opens": "00:00", "closes": "24:00"}))
        .collect();
    let open = ok_json(
        app.post(
            &coordinator,
            "/api/v1/contact-routes",
            &body(json!({"opening_hours": {"weekly": all_week}, "response_target": "P2D"})),
        )
        .await,
    )
    .await;
    assert_eq!(open["open_now"], true);
    assert_eq!(open["response_target"], "P2D");
    let today = chrono::Utc::now().with_timezone(&chrono_tz::Europe::Stockholm).date_naive().to_string();
    let closed = ok_json(
        app.post(
            &coordinator,
            "/api/v1/contact-routes",
            &body(json!({"opening_hours": {"weekly": all_week, "exceptions": [{"date": today, "note": "Stängt"}]}})),
        )
        .await,
    )
    .await;
    assert_eq!(closed["open_now"], false);
    let none = ok_json(app.post(&coordinator, "/api/v1/contact-routes", &body(json!({}))).await).await;
    assert_eq!(none["open_now"], Value::Null, "no hours: not known");
});

db_test!(backup_and_escalation_never_lead_back, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let t = topic(&app, &coordinator, "belysning").await;
    let city = org(&app, &coordinator, "municipality").await;
    let a = route(&app, &coordinator, &t, &city, json!({})).await;
    let b = route(&app, &coordinator, &t, &city, json!({"backup_route_id": a})).await;
    let c = route(&app, &coordinator, &t, &city, json!({"escalation_route_id": b})).await;
    // a → c → b → a would be a loop.
    let etag = etag_of(&app, &coordinator, &format!("/api/v1/contact-routes/{a}")).await;
    let p = problem(
        app.patch(&coordinator, &format!("/api/v1/contact-routes/{a}"), &etag, &json!({"escalation_route_id": c}))
            .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(
        (p["errors"][0]["field"].as_str(), p["errors"][0]["code"].as_str()),
        (Some("escalation_route_id"), Some("cycle"))
    );
    let p = problem(
        app.patch(&coordinator, &format!("/api/v1/contact-routes/{a}"), &etag, &json!({"backup_route_id": c})).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(p["errors"][0]["field"], "backup_route_id", "named where the loop starts");
    let p = problem(
        app.patch(&coordinator, &format!("/api/v1/contact-routes/{a}"), &etag, &json!({"backup_route_id": a})).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(p["errors"][0]["code"], "self_reference");
    // Not a loop: a route may share a backup with another.
    let d = route(&app, &coordinator, &t, &city, json!({})).await;
    ok_json(
        app.patch(&coordinator, &format!("/api/v1/contact-routes/{a}"), &etag, &json!({"backup_route_id": d})).await,
    )
    .await;
    // A route others lead to stays until they change (409).
    let etag = etag_of(&app, &coordinator, &format!("/api/v1/contact-routes/{a}")).await;
    problem(app.delete(&coordinator, &format!("/api/v1/contact-routes/{a}"), &etag).await, 409, "referenced").await;
    let etag = etag_of(&app, &coordinator, &format!("/api/v1/contact-routes/{c}")).await;
    assert_eq!(app.delete(&coordinator, &format!("/api/v1/contact-routes/{c}"), &etag).await.status(), 204);
});

db_test!(routes_go_stale_are_told_of_once_and_verifying_makes_them_fresh, |app| {
    use samverkan::entities::contact_route;
    use samverkan::entities::outbox_event;
    let coordinator = app.login(COORDINATOR).await;
    let t = topic(&app, &coordinator, "belysning").await;
    let city = org(&app, &coordinator, "municipality").await;
    let id = route(&app, &coordinator, &t, &city, json!({})).await;
    let uuid = uuid::Uuid::parse_str(&id).unwrap();
    let stale_ids = |items: Vec<Value>| items.iter().map(|r| r["id"].as_str().unwrap().to_owned()).collect::<Vec<_>>();
    assert!(!stale_ids(app.all_items(&coordinator, "/api/v1/contact-routes?stale=true").await).contains(&id));
    // Verified 181 days ago: stale.
    let old = chrono::Utc::now() - chrono::Duration::days(181);
    contact_route::ActiveModel { id: Set(uuid), last_verified_at: Set(old), ..Default::default() }
        .update(&app.state.db.write)
        .await
        .unwrap();
    let got = ok_json(app.get(&coordinator, &format!("/api/v1/contact-routes/{id}")).await).await;
    assert_eq!(got["stale"], true);
    assert!(stale_ids(app.all_items(&coordinator, "/api/v1/contact-routes?stale=true").await).contains(&id));
    assert!(!stale_ids(app.all_items(&coordinator, "/api/v1/contact-routes?stale=false").await).contains(&id));
    let events = || async {
        outbox_event::Entity::find()
            .filter(outbox_event::Column::EntityId.eq(uuid))
            .filter(outbox_event::Column::Event.eq(samverkan::domain::event::EventType::ContactRouteStale))
            .all(&app.state.db.write)
            .await
            .unwrap()
            .len()
    };
    samverkan::jobs::run_once(&app.state).await.unwrap();
    samverkan::jobs::run_once(&app.state).await.unwrap();
    assert_eq!(events().await, 1, "told of once");
    // Verifying: fresh, by whom and when; stale again later is told of again.
    let etag = etag_of(&app, &coordinator, &format!("/api/v1/contact-routes/{id}")).await;
    let member = app.login(MEMBER).await;
    problem(
        app.client
            .post(app.url(&format!("/api/v1/contact-routes/{id}:verify")))
            .bearer_auth(&member)
            .header("If-Match", &etag)
            .send()
            .await
            .unwrap(),
        403,
        "forbidden",
    )
    .await;
    let verified = ok_json(
        app.client
            .post(app.url(&format!("/api/v1/contact-routes/{id}:verify")))
            .bearer_auth(&coordinator)
            .header("If-Match", &etag)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(verified["stale"], false);
    assert!(verified["last_verified_at"].as_str().unwrap() > old.to_rfc3339().as_str());
    contact_route::ActiveModel { id: Set(uuid), last_verified_at: Set(old), ..Default::default() }
        .update(&app.state.db.write)
        .await
        .unwrap();
    samverkan::jobs::run_once(&app.state).await.unwrap();
    assert_eq!(events().await, 2);
});

db_test!(lookup_by_point_finds_the_most_specific_route_first, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let t = topic(&app, &coordinator, "ordningsstorning").await;
    let city = org(&app, &coordinator, "municipality").await;
    let police = org(&app, &coordinator, "police").await;
    let (rinkeby, lat, lon) = point_in(&app, &coordinator, "sd-rinkeby").await;
    let jarva_lpo = area(&app, &coordinator, "lpo-jarva").await;
    let sodermalm = area(&app, &coordinator, "sdo-sodermalm").await;
    let everywhere = route(&app, &coordinator, &t, &city, json!({"function": "Stadens kontaktcenter"})).await;
    let backup = route(&app, &coordinator, &t, &police, json!({"function": "Polisens reception"})).await;
    let local = route(&app, &coordinator, &t, &police, json!({"function": "Kommunpolis Järva", "area_ids": [jarva_lpo], "backup_route_id": backup, "escalation_route_id": everywhere})).await;
    let elsewhere = route(&app, &coordinator, &t, &city, json!({"area_ids": [sodermalm]})).await;
    let for_schools =
        route(&app, &coordinator, &t, &city, json!({"from_audience": "school", "area_ids": [rinkeby]})).await;
    let found = ok_json(
        app.get(
            &coordinator,
            &format!("/api/v1/contact-routes/lookup?topic=ordningsstorning&from=housing_company&lat={lat}&lon={lon}"),
        )
        .await,
    )
    .await;
    assert_eq!(found["neighbourhood_id"], rinkeby.as_str());
    assert_eq!(found["emergency"]["phone"], "112");
    assert_eq!(found["police_non_urgent"]["phone"], "114 14");
    let ids: Vec<&str> =
        found["routes"].as_array().unwrap().iter().map(|m| m["route"]["id"].as_str().unwrap()).collect();
    let pos = |id: &str| ids.iter().position(|i| *i == id);
    assert!(pos(&local).unwrap() < pos(&everywhere).unwrap(), "the local police area before everywhere: {ids:?}");
    assert_eq!(pos(&elsewhere), None, "Södermalm's route is not Rinkeby's");
    assert_eq!(pos(&for_schools), None, "a route for schools is not for a housing company");
    let m = &found["routes"][pos(&local).unwrap()];
    assert_eq!(m["specificity"], 1);
    assert_eq!(m["backup"]["id"], backup.as_str());
    assert_eq!(m["escalation"]["id"], everywhere.as_str());
    assert!(found["area_ids"].as_array().unwrap().iter().any(|a| a == jarva_lpo.as_str()));
    // The same by area, and for a school the school's route comes first (the neighbourhood itself).
    let by_area = ok_json(
        app.get(
            &coordinator,
            &format!("/api/v1/contact-routes/lookup?topic=ordningsstorning&from=school&area_id={rinkeby}"),
        )
        .await,
    )
    .await;
    assert_eq!(by_area["routes"][0]["route"]["id"], for_schools.as_str());
    assert_eq!(by_area["routes"][0]["specificity"], 0);
    // A point outside the city: only routes for everywhere.
    let outside =
        ok_json(app.get(&coordinator, "/api/v1/contact-routes/lookup?topic=ordningsstorning&lat=57.7&lon=11.97").await)
            .await;
    assert_eq!(outside["neighbourhood_id"], Value::Null);
    assert!(outside["routes"].as_array().unwrap().iter().all(|m| m["specificity"] == 4));
    // Bad questions are 4xx.
    problem(
        app.get(&coordinator, "/api/v1/contact-routes/lookup?topic=ordningsstorning").await,
        400,
        "invalid_query_parameter",
    )
    .await;
    problem(
        app.get(&coordinator, &format!("/api/v1/contact-routes/lookup?topic=finns-inte&area_id={rinkeby}")).await,
        400,
        "invalid_query_parameter",
    )
    .await;
    problem(
        app.get(&coordinator, "/api/v1/contact-routes/lookup?topic=ordningsstorning&lat=91&lon=18").await,
        400,
        "invalid_query_parameter",
    )
    .await;
});

db_test!(the_public_directory_shows_public_routes_only, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let t = topic(&app, &coordinator, "nedskrapning").await;
    let city = org(&app, &coordinator, "municipality").await;
    let public =
        route(&app, &coordinator, &t, &city, json!({"audience": "public", "function": "Stadens kontaktcenter"})).await;
    let internal = route(&app, &coordinator, &t, &city, json!({})).await;
    let ended = route(
        &app,
        &coordinator,
        &t,
        &city,
        json!({"audience": "public", "valid_from": "2020-01-01", "valid_to": "2021-01-01"}),
    )
    .await;
    let res =
        app.client.get(app.url(&format!("/api/v1/public/contact-routes?topic_id={t}&limit=200"))).send().await.unwrap();
    let page = ok_json(res).await;
    let items = page["items"].as_array().unwrap();
    let ids: Vec<&str> = items.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&public.as_str()));
    assert!(!ids.contains(&internal.as_str()) && !ids.contains(&ended.as_str()));
    let shown = items.iter().find(|r| r["id"] == public.as_str()).unwrap();
    assert_eq!(shown["topic_name_sv"], "Nedskräpning och klotter");
    assert!(shown["organization_name"].as_str().unwrap().len() > 2);
    assert!(shown.get("last_verified_by").is_none(), "no one's name");
    // Staff find a route by its function.
    let found = app.all_items(&coordinator, "/api/v1/contact-routes?q=STADENS%20kontakt").await;
    assert!(found.iter().any(|r| r["id"] == public.as_str()) && !found.iter().any(|r| r["id"] == internal.as_str()));
});
