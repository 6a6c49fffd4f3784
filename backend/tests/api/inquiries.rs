//! Inquiries: the public form (consent, honeypot, rate limit, routing, the clock), the status
//! page, similar inquiries and voices, staff handling (who sees what, duplicates, breaches,
//! replies), partners filing, the purge of personal data, and proposing one for an agenda.

use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use serde_json::{Value, json};

use crate::contact_routes::{area, org, point_in, route, topic};
use crate::db_test;
use crate::helpers::*;

/// POST the public form (no login).
async fn send(app: &TestApp, body: &Value) -> reqwest::Response {
    app.client.post(app.url("/api/v1/public/inquiries")).json(body).send().await.unwrap()
}

async fn status(app: &TestApp, reference: &str, token: &str) -> reqwest::Response {
    let r = reference.replace('Ä', "%C3%84");
    app.client.get(app.url(&format!("/api/v1/public/inquiries/{r}?token={token}"))).send().await.unwrap()
}

/// A public route for `topic` in Järva with a two-day target; (route id, organization id).
async fn jarva_route(app: &TestApp, coordinator: &str, topic_code: &str) -> (String, String) {
    let t = topic(app, coordinator, topic_code).await;
    let city = org(app, coordinator, "municipality").await;
    let jarva = area(app, coordinator, "sdo-jarva").await;
    let r = route(app, coordinator, &t, &city, json!({"audience": "public", "area_ids": [jarva], "response_target": "P2D", "function": "Järva stadsdelsförvaltning, trygghet"})).await;
    (r, city)
}

db_test!(a_resident_raises_a_concern_without_an_account_and_follows_it, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let (route_id, city) = jarva_route(&app, &coordinator, "belysning").await;
    let (rinkeby, lat, lon) = point_in(&app, &coordinator, "sd-rinkeby").await;
    let form = json!({"topic": "belysning", "lat": lat, "lon": lon, "message": "Lampan vid gångtunneln är trasig sedan en vecka.",
        "name": "Anna Andersson", "contact": "anna@exempel.se", "consent": true});
    // Consent, the honeypot, a topic residents may use, a place in the city.
    let no = |change: Value| {
        let mut b = form.clone();
        b.as_object_mut().unwrap().extend(change.as_object().unwrap().clone());
        b
    };
    let before = app.all_items(&coordinator, "/api/v1/inquiries").await.len();
    let p = problem(send(&app, &no(json!({"consent": false}))).await, 422, "validation_failed").await;
    assert_eq!(p["errors"][0]["field"], "consent");
    let p = problem(send(&app, &no(json!({"website": "http://spam.example"}))).await, 422, "validation_failed").await;
    assert_eq!(p["errors"][0]["field"], "website");
    let p = problem(send(&app, &no(json!({"topic": "samverkan"}))).await, 422, "validation_failed").await;
    assert_eq!(p["errors"][0]["field"], "topic", "an internal topic is not for the public");
    let p = problem(send(&app, &no(json!({"lat": 57.7, "lon": 11.97}))).await, 422, "validation_failed").await;
    assert_eq!(p["errors"][0]["field"], "lat");
    assert_eq!(app.all_items(&coordinator, "/api/v1/inquiries").await.len(), before, "refused ones change nothing");
    // Filed: a reference and a token, routed to Järva's public route with a two-day clock.
    let res = send(&app, &form).await;
    assert_eq!(res.status(), 201);
    let receipt = ok_json(res).await;
    let (reference, token) = (receipt["reference"].as_str().unwrap(), receipt["status_token"].as_str().unwrap());
    assert!(reference.starts_with("ÄR-"));
    let shown = ok_json(status(&app, reference, token).await).await;
    assert_eq!(shown["status"], "received");
    assert_eq!(shown["area_id"], rinkeby.as_str());
    assert_eq!(shown["topic_name_sv"], "Trasig eller dålig belysning");
    assert!(shown.get("name").is_none() && shown.get("contact").is_none(), "never shown publicly: {shown}");
    let received = chrono::DateTime::parse_from_rfc3339(shown["received_at"].as_str().unwrap()).unwrap();
    let due = chrono::DateTime::parse_from_rfc3339(shown["expected_at"].as_str().unwrap()).unwrap();
    assert_eq!(due - received, chrono::Duration::days(2));
    // The wrong token, or none that fits: as if there were no such inquiry.
    problem(status(&app, reference, "fel-token").await, 404, "not_found").await;
    // Typed in lower case and without the Ä, it is still found.
    let typed = reference.to_lowercase().replace('ä', "a");
    ok_json(app.client.get(app.url(&format!("/api/v1/public/inquiries/{typed}?token={token}"))).send().await.unwrap())
        .await;
    // Staff see it routed, with the personal data; the audit log has none of it.
    let all = app.all_items(&coordinator, "/api/v1/inquiries").await;
    let mine = all.iter().find(|i| i["reference"] == reference).unwrap();
    assert_eq!(
        (mine["route_id"].as_str(), mine["organization_id"].as_str()),
        (Some(route_id.as_str()), Some(city.as_str()))
    );
    assert_eq!(mine["name"], "Anna Andersson");
    assert_eq!(mine["source"], "public");
    let admin = app.login(ADMIN).await;
    let audit =
        ok_json(app.get(&admin, &format!("/api/v1/audit-events?entity_id={}", mine["id"].as_str().unwrap())).await)
            .await;
    let text = audit.to_string();
    assert!(
        audit["items"].as_array().unwrap().len() == 1 && !text.contains("Anna") && !text.contains("anna@"),
        "{text}"
    );
    // A public reply shows on the status page, stops the clock and answers the inquiry; an internal
    // note does none of that.
    let id = mine["id"].as_str().unwrap();
    ok_json(
        app.post(
            &coordinator,
            &format!("/api/v1/inquiries/{id}/messages"),
            &json!({"kind": "internal_note", "body": "Ringt trafikkontoret."}),
        )
        .await,
    )
    .await;
    let noted = ok_json(app.get(&coordinator, &format!("/api/v1/inquiries/{id}")).await).await;
    assert_eq!((noted["status"].as_str(), noted["first_response_at"].as_str()), (Some("received"), None));
    ok_json(
        app.post(
            &coordinator,
            &format!("/api/v1/inquiries/{id}/messages"),
            &json!({"kind": "public_reply", "body": "Tack! Lampan byts på torsdag."}),
        )
        .await,
    )
    .await;
    let shown = ok_json(status(&app, reference, token).await).await;
    assert_eq!(shown["replies"].as_array().unwrap().len(), 1);
    assert_eq!(shown["replies"][0]["body"], "Tack! Lampan byts på torsdag.");
    assert!(shown["first_response_at"].is_string());
    assert_eq!(shown["status"], "answered");
    let staff_view = ok_json(app.get(&coordinator, &format!("/api/v1/inquiries/{id}")).await).await;
    assert_eq!(staff_view["breached"], false, "answered in time");
    assert_eq!(staff_view["status"], "answered");
    // A second reply keeps the first one's time.
    ok_json(
        app.post(
            &coordinator,
            &format!("/api/v1/inquiries/{id}/messages"),
            &json!({"kind": "public_reply", "body": "Lampan är nu bytt."}),
        )
        .await,
    )
    .await;
    let again = ok_json(app.get(&coordinator, &format!("/api/v1/inquiries/{id}")).await).await;
    assert_eq!(
        (&again["status"], &again["first_response_at"]),
        (&staff_view["status"], &staff_view["first_response_at"])
    );
});

db_test!(the_public_form_is_rate_limited_per_address, |app| {
    // Ten an hour from one address (the configuration's default).
    assert_eq!(app.state.config.inquiry_rate_limit, 10);
    let coordinator = app.login(COORDINATOR).await;
    let rinkeby = area(&app, &coordinator, "sd-rinkeby").await;
    let form = json!({"topic": "nedskrapning", "area_id": rinkeby, "message": "Skräp vid torget.", "consent": true});
    for _ in 0..10 {
        assert_eq!(send(&app, &form).await.status(), 201);
    }
    let third = send(&app, &form).await;
    assert_eq!(third.status(), 429);
    let wait: u64 = third.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=3600).contains(&wait), "{wait}");
});

db_test!(a_burst_from_one_address_files_exactly_the_limit_each_with_its_audit_event, |app| {
    // Sent at once, the filings are written together (in batches): the limit still holds exactly.
    let coordinator = app.login(COORDINATOR).await;
    let tensta = area(&app, &coordinator, "sd-tensta").await;
    let form = json!({"topic": "belysning", "area_id": tensta, "message": "Mörk gångtunnel.", "consent": true});
    let answers = futures_util::future::join_all((0..25).map(|_| send(&app, &form))).await;
    let statuses: Vec<u16> = answers.iter().map(|r| r.status().as_u16()).collect();
    assert_eq!(statuses.iter().filter(|s| **s == 201).count(), 10, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 429).count(), 15, "{statuses:?}");
    let mut references = vec![];
    for res in answers.into_iter().filter(|r| r.status() == 201) {
        references.push(res.json::<Value>().await.unwrap()["reference"].as_str().unwrap().to_owned());
    }
    references.sort();
    references.dedup();
    assert_eq!(references.len(), 10, "each its own reference");
    use samverkan::entities::{audit_event, inquiry};
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    let db = &app.state.db.read;
    let filed =
        inquiry::Entity::find().filter(inquiry::Column::Reference.is_in(references.clone())).all(db).await.unwrap();
    assert_eq!(filed.len(), 10);
    let audited = audit_event::Entity::find()
        .filter(audit_event::Column::EntityId.is_in(filed.iter().map(|i| i.id)))
        .count(db)
        .await
        .unwrap();
    assert_eq!(audited, 10, "every filing written with its audit event");
});

db_test!(similar_open_inquiries_are_shown_and_take_voices_once, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let rinkeby = area(&app, &coordinator, "sd-rinkeby").await;
    let tensta = area(&app, &coordinator, "sd-tensta").await;
    let form = json!({"topic": "otrygg-plats", "area_id": rinkeby, "message": "Mörkt och otryggt vid busshållplatsen.", "consent": true, "name": "Bo"});
    let receipt = ok_json(send(&app, &form).await).await;
    let reference = receipt["reference"].as_str().unwrap();
    let similar = |q: String| {
        let app = &app;
        async move {
            ok_json(app.client.get(app.url(&format!("/api/v1/public/inquiries/similar?{q}"))).send().await.unwrap())
                .await
        }
    };
    let found = similar(format!("topic=otrygg-plats&area_id={rinkeby}")).await;
    let refs: Vec<&str> = found["items"].as_array().unwrap().iter().map(|i| i["reference"].as_str().unwrap()).collect();
    assert!(refs.contains(&reference));
    assert!(
        !found.to_string().contains("busshållplatsen") && !found.to_string().contains("\"Bo\""),
        "what, not who or the text"
    );
    let elsewhere = similar(format!("topic=otrygg-plats&area_id={tensta}")).await;
    assert!(!elsewhere.to_string().contains(reference));
    let other_topic = similar(format!("topic=belysning&area_id={rinkeby}")).await;
    assert!(!other_topic.to_string().contains(reference));
    // A voice counts once per address.
    let path = format!("/api/v1/public/inquiries/{}:support", reference.replace('Ä', "%C3%84"));
    let one = ok_json(app.client.post(app.url(&path)).send().await.unwrap()).await;
    let again = ok_json(app.client.post(app.url(&path)).send().await.unwrap()).await;
    assert_eq!((one["supporters"].clone(), again["supporters"].clone()), (json!(1), json!(1)));
});

db_test!(staff_handle_inquiries_and_see_breaches, |app| {
    use samverkan::entities::inquiry;
    let coordinator = app.login(COORDINATOR).await;
    let rinkeby = area(&app, &coordinator, "sd-rinkeby").await;
    jarva_route(&app, &coordinator, "ordningsstorning").await;
    let file = |message: &str| {
        let app = &app;
        let body = json!({"topic": "ordningsstorning", "area_id": rinkeby, "message": message, "consent": true, "contact": "070-000 00 00"});
        async move { ok_json(send(app, &body).await).await["reference"].as_str().unwrap().to_owned() }
    };
    let first = file("Bråk utanför butiken varje kväll.").await;
    let second = file("Samma bråk igen.").await;
    let find = |reference: String| {
        let app = &app;
        let coordinator = coordinator.clone();
        async move {
            app.all_items(&coordinator, "/api/v1/inquiries")
                .await
                .into_iter()
                .find(|i| i["reference"] == reference.as_str())
                .unwrap()
        }
    };
    let a = find(first.clone()).await;
    // Found by its reference as people type it.
    let typed = first.to_lowercase().replace('ä', "a");
    let hits = app.all_items(&coordinator, &format!("/api/v1/inquiries?q={typed}")).await;
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["reference"], first.as_str());
    assert!(hits[0]["allowed_actions"].as_array().unwrap().contains(&json!("govern")), "coordinators route it");
    let b = find(second.clone()).await;
    let (a_id, b_id) = (a["id"].as_str().unwrap().to_owned(), b["id"].as_str().unwrap().to_owned());
    // A member of no handling organisation sees neither.
    let viewer = app.login(VIEWER).await;
    problem(app.get(&viewer, &format!("/api/v1/inquiries/{a_id}")).await, 404, "not_found").await;
    assert!(!app.all_items(&viewer, "/api/v1/inquiries").await.iter().any(|i| i["id"] == a_id.as_str()));
    // A duplicate names what it repeats; closing it stops the clock for closing.
    let path = format!("/api/v1/inquiries/{b_id}");
    let etag = etag_of(&app, &coordinator, &path).await;
    let p =
        problem(app.patch(&coordinator, &path, &etag, &json!({"status": "duplicate"})).await, 422, "validation_failed")
            .await;
    assert_eq!(p["errors"][0]["field"], "duplicate_of_id");
    let p = problem(
        app.patch(&coordinator, &path, &etag, &json!({"status": "duplicate", "duplicate_of_id": b_id})).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(p["errors"][0]["code"], "self_reference");
    let dup =
        ok_json(app.patch(&coordinator, &path, &etag, &json!({"status": "duplicate", "duplicate_of_id": a_id})).await)
            .await;
    assert_eq!((dup["status"].clone(), dup["duplicate_of_id"].clone()), (json!("duplicate"), json!(a_id)));
    assert!(dup["closed_at"].is_string());
    assert_eq!(dup["names"][&a_id], first.as_str());
    // Past its target without an answer: breached, and found by the filter.
    let yesterday = chrono::Utc::now() - chrono::Duration::days(1);
    inquiry::ActiveModel {
        id: Set(uuid::Uuid::parse_str(&a_id).unwrap()),
        expected_at: Set(Some(yesterday)),
        ..Default::default()
    }
    .update(&app.state.db.write)
    .await
    .unwrap();
    let late = app.all_items(&coordinator, "/api/v1/inquiries?breached=true").await;
    assert!(late.iter().any(|i| i["id"] == a_id.as_str() && i["breached"] == true));
    assert!(
        !app.all_items(&coordinator, "/api/v1/inquiries?breached=false").await.iter().any(|i| i["id"] == a_id.as_str())
    );
    // Assigning a received inquiry makes it assigned.
    let person = ok_json(app.post(&coordinator, "/api/v1/people", &json!({"name": unique("Handläggare")})).await).await;
    let path = format!("/api/v1/inquiries/{a_id}");
    let etag = etag_of(&app, &coordinator, &path).await;
    let assigned =
        ok_json(app.patch(&coordinator, &path, &etag, &json!({"assignee_person_id": person["id"]})).await).await;
    assert_eq!(assigned["status"], "assigned");
    // Only coordinators and admins route; the handling organisation's people handle.
    let (_, handler) = person_with_login(&app, &coordinator, "Handläggare Stad").await;
    problem(app.get(&handler, &path).await, 404, "not_found").await;
    let open = app.all_items(&coordinator, "/api/v1/inquiries?open=true").await;
    assert!(open.iter().any(|i| i["id"] == a_id.as_str()) && !open.iter().any(|i| i["id"] == b_id.as_str()));
});

db_test!(a_partner_files_an_inquiry_through_the_routes, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let t = topic(&app, &coordinator, "samverkan").await;
    let police = org(&app, &coordinator, "police").await;
    let jarva_lpo = area(&app, &coordinator, "lpo-jarva").await;
    let internal = route(
        &app,
        &coordinator,
        &t,
        &police,
        json!({"from_audience": "housing_company", "area_ids": [jarva_lpo], "response_target": "PT8H"}),
    )
    .await;
    let member = app.login(MEMBER).await;
    let (_, lat, lon) = point_in(&app, &coordinator, "sd-tensta").await;
    let made = ok_json(
        app.post(&member, "/api/v1/inquiries", &json!({"topic_id": t, "lat": lat, "lon": lon, "message": "Vi ser ökad oro i trapphusen.", "from_audience": "housing_company", "contact": "trygghet@bostad.exempel.se"})).await,
    )
    .await;
    assert_eq!(made["route_id"], internal.as_str(), "partners reach internal routes");
    assert_eq!(made["source"], "partner");
    // They see what they filed, but do not handle it.
    let id = made["id"].as_str().unwrap();
    ok_json(app.get(&member, &format!("/api/v1/inquiries/{id}")).await).await;
    let etag = etag_of(&app, &member, &format!("/api/v1/inquiries/{id}")).await;
    problem(
        app.patch(&member, &format!("/api/v1/inquiries/{id}"), &etag, &json!({"status": "closed"})).await,
        403,
        "forbidden",
    )
    .await;
    // Internal notes stay with the handlers.
    ok_json(
        app.post(
            &coordinator,
            &format!("/api/v1/inquiries/{id}/messages"),
            &json!({"kind": "internal_note", "body": "Internt."}),
        )
        .await,
    )
    .await;
    let seen = app.all_items(&member, &format!("/api/v1/inquiries/{id}/messages")).await;
    assert!(seen.is_empty(), "{seen:?}");
});

db_test!(personal_data_of_closed_inquiries_is_purged_and_the_inquiry_stays, |app| {
    use samverkan::entities::inquiry;
    let coordinator = app.login(COORDINATOR).await;
    let rinkeby = area(&app, &coordinator, "sd-rinkeby").await;
    let body = json!({"topic": "trafik", "area_id": rinkeby, "message": "Fortkörning på Rinkebystråket.", "name": "Cecilia", "contact": "cecilia@exempel.se", "consent": true});
    let reference = ok_json(send(&app, &body).await).await["reference"].as_str().unwrap().to_owned();
    let all = app.all_items(&coordinator, "/api/v1/inquiries").await;
    let id = all.iter().find(|i| i["reference"] == reference.as_str()).unwrap()["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/inquiries/{id}");
    let etag = etag_of(&app, &coordinator, &path).await;
    ok_json(app.patch(&coordinator, &path, &etag, &json!({"status": "closed"})).await).await;
    // Closed a week ago: kept. Closed thirteen months ago: purged.
    samverkan::jobs::run_once(&app.state).await.unwrap();
    assert_eq!(ok_json(app.get(&coordinator, &path).await).await["name"], "Cecilia");
    let long_ago = chrono::Utc::now() - chrono::Duration::days(400);
    inquiry::ActiveModel {
        id: Set(uuid::Uuid::parse_str(&id).unwrap()),
        closed_at: Set(Some(long_ago)),
        ..Default::default()
    }
    .update(&app.state.db.write)
    .await
    .unwrap();
    let round = samverkan::jobs::run_once(&app.state).await.unwrap();
    assert!(round.inquiries_purged >= 1);
    let after = ok_json(app.get(&coordinator, &path).await).await;
    assert_eq!((after["name"].clone(), after["contact"].clone()), (Value::Null, Value::Null));
    assert!(after["purged_at"].is_string());
    assert_eq!(after["message"], "Fortkörning på Rinkebystråket.", "the inquiry itself stays");
    let row = inquiry::Entity::find_by_id(uuid::Uuid::parse_str(&id).unwrap())
        .one(&app.state.db.write)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.address_hash, None);
    assert_eq!(samverkan::jobs::run_once(&app.state).await.unwrap().inquiries_purged, 0, "once");
});

db_test!(an_inquiry_is_proposed_for_the_next_meeting_of_the_council_covering_it, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let rinkeby = area(&app, &coordinator, "sd-rinkeby").await;
    let body = json!({"topic": "unga", "area_id": rinkeby, "message": "Ungdomar saknar en träffpunkt på kvällarna.", "consent": true});
    let reference = ok_json(send(&app, &body).await).await["reference"].as_str().unwrap().to_owned();
    let all = app.all_items(&coordinator, "/api/v1/inquiries").await;
    let id = all.iter().find(|i| i["reference"] == reference.as_str()).unwrap()["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/inquiries/{id}");
    let propose = |etag: String| {
        let app = &app;
        let coordinator = coordinator.clone();
        let path = path.clone();
        async move {
            app.client
                .post(app.url(&format!("{path}:propose")))
                .bearer_auth(&coordinator)
                .header("If-Match", etag)
                .send()
                .await
                .unwrap()
        }
    };
    let proposed = ok_json(propose(etag_of(&app, &coordinator, &path).await).await).await;
    let point = proposed["agenda_item_id"].as_str().expect("a point").to_owned();
    let item = samverkan::entities::agenda_item::Entity::find_by_id(uuid::Uuid::parse_str(&point).unwrap())
        .one(&app.state.db.write)
        .await
        .unwrap()
        .unwrap();
    assert!(item.title.contains(&reference), "{}", item.title);
    let meeting = ok_json(app.get(&coordinator, &format!("/api/v1/meetings/{}", item.meeting_id)).await).await;
    let council =
        ok_json(app.get(&coordinator, &format!("/api/v1/councils/{}", meeting["council_id"].as_str().unwrap())).await)
            .await;
    assert!(council["name"].as_str().unwrap().contains("Järva"), "{}", council["name"]);
    assert!(meeting["starts_at"].as_str().unwrap() > chrono::Utc::now().to_rfc3339().as_str());
    // The inquiry names the meeting its point is on, by title.
    let meeting_id = item.meeting_id.to_string();
    assert_eq!(proposed["meeting_id"], meeting_id.as_str());
    assert_eq!(proposed["names"][&meeting_id], meeting["title"]);
    problem(propose(etag_of(&app, &coordinator, &path).await).await, 409, "already_proposed").await;
    let member = app.login(MEMBER).await;
    problem(
        app.client
            .post(app.url(&format!("{path}:propose")))
            .bearer_auth(&member)
            .header("If-Match", "*")
            .send()
            .await
            .unwrap(),
        403,
        "forbidden",
    )
    .await;
});
