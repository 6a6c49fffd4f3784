//! A secretary's year in one test: generate meetings, build and publish an agenda, record
//! attendance and minutes, have two adjusters approve them (one after a comment and a revision),
//! and the public sees only the public part. Plus who sees what, and the access log.

use sea_orm::EntityTrait;
use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::*;

async fn post_if_match(
    app: &TestApp,
    token: &str,
    path: &str,
    version: &Value,
    body: Option<Value>,
) -> reqwest::Response {
    let mut req = app.client.post(app.url(path)).bearer_auth(token).header("If-Match", format!("\"{version}\""));
    if let Some(b) = body {
        req = req.json(&b);
    }
    req.send().await.unwrap()
}

db_test!(a_secretary_takes_a_meeting_from_agenda_to_adjusted_minutes, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let council = ok_json(
        app.post(
            &coordinator,
            "/api/v1/councils",
            &json!({"name": unique("Trygghetsråd"), "kind": "safety_council", "status": "active", "is_public": true,
                    "founded_on": "2024-01-01",
                    "cadence": {"rrule": "FREQ=MONTHLY;BYDAY=2TU", "start_time": "18:00", "duration_minutes": 90}}),
        )
        .await,
    )
    .await;
    let council = council["id"].as_str().unwrap().to_owned();
    let (secretary_id, secretary) = person_with_login(&app, &coordinator, "Sekreterare").await;
    let (anna_id, anna) = person_with_login(&app, &coordinator, "Anna Justerare").await;
    let (bo_id, bo) = person_with_login(&app, &coordinator, "Bo Justerare").await;
    let (rut_id, rut) = person_with_login(&app, &coordinator, "Rut Sekretess").await;
    let (_, outsider) = person_with_login(&app, &coordinator, "Utomstående").await;
    take_seat(&app, &coordinator, &council, &secretary_id, "secretary", false).await;
    take_seat(&app, &coordinator, &council, &anna_id, "member", false).await;
    take_seat(&app, &coordinator, &council, &bo_id, "member", false).await;
    take_seat(&app, &coordinator, &council, &rut_id, "member", true).await;

    // The secretary generates the meetings of a month; the members are invited.
    let generated = ok_json(
        app.post(
            &secretary,
            &format!("/api/v1/councils/{council}/meetings:generate"),
            &json!({"from": "2027-03-01", "to": "2027-03-31"}),
        )
        .await,
    )
    .await;
    let meeting = generated["created"][0]["id"].as_str().unwrap().to_owned();
    let base = format!("/api/v1/meetings/{meeting}");
    let invited = app.all_items(&secretary, &format!("{base}/attendance")).await;
    assert_eq!(invited.len(), 4, "every member is invited: {invited:?}");

    // The agenda: three points, reordered, then published.
    let add = |title: &str, classification: &str, kind: &str| json!({"title": title, "classification": classification, "kind": kind, "duration_minutes": 15});
    let mut items = vec![];
    for (t, c, k) in [
        ("Lägesbild", "internal", "information"),
        ("Beslut om trygghetsvandring", "public", "decision"),
        ("Sekretessärende", "restricted", "information"),
    ] {
        items.push(ok_json(app.post(&secretary, &format!("{base}/agenda-items"), &add(t, c, k)).await).await);
    }
    let ids: Vec<&str> = items.iter().map(|i| i["id"].as_str().unwrap()).collect();
    let reordered = ok_json(reorder_agenda(&app, &secretary, &base, &json!([ids[1], ids[0], ids[2]])).await).await;
    let numbers: Vec<(String, i64)> = reordered["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["title"].as_str().unwrap().to_owned(), i["number"].as_i64().unwrap()))
        .collect();
    assert_eq!(numbers[0], ("Beslut om trygghetsvandring".into(), 1));
    assert_eq!(numbers[1], ("Lägesbild".into(), 2));
    let m = ok_json(app.get(&secretary, &base).await).await;
    let published =
        ok_json(post_if_match(&app, &secretary, &format!("{base}/agenda:publish"), &m["version"], None).await).await;
    assert_eq!(published["status"], "agenda_published");
    problem(
        app.post(&secretary, &format!("{base}/agenda:reorder"), &json!({"item_ids": [ids[0], ids[1], ids[2]]})).await,
        409,
        "agenda_published",
    )
    .await;
    let first = format!("{base}/agenda-items/{}", ids[0]);
    let etag = etag_of(&app, &secretary, &first).await;
    problem(app.delete(&secretary, &first, &etag).await, 409, "agenda_published").await;
    // … and its points say so: they may change, not go.
    let point = ok_json(app.get(&secretary, &format!("{base}/agenda-items/{}", ids[0])).await).await;
    assert_eq!(point["allowed_actions"], json!(["update"]));

    // Who sees what: the viewer only the public point; the restricted one only Rut (logged) and admins.
    let viewer = app.login(VIEWER).await;
    let seen = app.all_items(&viewer, &format!("{base}/agenda-items")).await;
    assert_eq!(seen.iter().map(|i| i["title"].as_str().unwrap()).collect::<Vec<_>>(), ["Beslut om trygghetsvandring"]);
    problem(app.get(&outsider, &format!("{base}/agenda-items/{}", ids[2])).await, 404, "not_found").await;
    problem(app.get(&coordinator, &format!("{base}/agenda-items/{}", ids[2])).await, 404, "not_found").await;
    problem(app.get(&viewer, &format!("{base}/minutes")).await, 403, "forbidden").await;
    assert_eq!(app.all_items(&anna, &format!("{base}/agenda-items")).await.len(), 2);
    ok_json(app.get(&rut, &format!("{base}/agenda-items/{}", ids[2])).await).await;
    let admin = app.login(ADMIN).await;
    let log = ok_json(app.get(&admin, &format!("/api/v1/access-log?entity_id={}", ids[2])).await).await;
    assert_eq!(log["items"].as_array().unwrap().len(), 1, "Rut's read is logged: {log}");
    problem(app.get(&coordinator, "/api/v1/access-log").await, 403, "forbidden").await;

    // Attendance: Anna answers herself; the secretary marks who came.
    let by_person = |list: &Vec<Value>, person: &str| list.iter().find(|a| a["person_id"] == person).cloned().unwrap();
    let annas = by_person(&invited, &anna_id);
    let path = |a: &Value| format!("{base}/attendance/{}", a["id"].as_str().unwrap());
    ok_json(app.patch(&anna, &path(&annas), "\"1\"", &json!({"rsvp": "accepted"})).await).await;
    problem(app.patch(&anna, &path(&annas), "\"2\"", &json!({"presence": "attended"})).await, 403, "forbidden").await;
    problem(
        app.patch(&anna, &path(&by_person(&invited, &bo_id)), "\"1\"", &json!({"rsvp": "declined"})).await,
        403,
        "forbidden",
    )
    .await;
    for person in [&secretary_id, &anna_id, &bo_id] {
        let entry = by_person(&app.all_items(&secretary, &format!("{base}/attendance")).await, person);
        ok_json(
            app.patch(
                &secretary,
                &path(&entry),
                &format!("\"{}\"", entry["version"]),
                &json!({"presence": "attended"}),
            )
            .await,
        )
        .await;
    }
    ok_json(
        app.post(
            &secretary,
            &format!("{base}/attendance"),
            &json!({"guest_name": "Gäst Gästsson", "guest_organization": "Bostadsbolaget"}),
        )
        .await,
    )
    .await;

    // The minutes: paragraphs, a decision number, adjusters among those who came.
    let para = |id: &str| format!("{base}/minutes/paragraphs/{id}");
    let decided = ok_json(
        app.patch(
            &secretary,
            &para(ids[1]),
            "\"2\"",
            &json!({"minutes_text": "Rådet diskuterade vandringen.",
            "decision": "Att genomföra en trygghetsvandring i maj.", "result": "decided"}),
        )
        .await,
    )
    .await;
    assert_eq!((decided["decision_number"].as_i64(), decided["decision_year"].as_i64()), (Some(1), Some(2027)));
    ok_json(
        app.patch(
            &secretary,
            &para(ids[0]),
            "\"2\"",
            &json!({"minutes_text": "Polisen redogjorde för läget (internt).", "result": "noted"}),
        )
        .await,
    )
    .await;
    ok_json(
        app.patch(
            &secretary,
            &para(ids[2]),
            "\"2\"",
            &json!({"minutes_text": "Hemlig text om enskild.", "result": "noted"}),
        )
        .await,
    )
    .await;
    let minutes = ok_json(app.get(&secretary, &format!("{base}/minutes")).await).await;
    let body = problem(
        app.patch(
            &secretary,
            &format!("{base}/minutes"),
            &format!("\"{}\"", minutes["version"]),
            &json!({"adjuster_person_ids": [anna_id, rut_id]}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(body["errors"][0]["code"], "not_attended");
    let minutes = ok_json(
        app.patch(
            &secretary,
            &format!("{base}/minutes"),
            &format!("\"{}\"", minutes["version"]),
            &json!({"adjuster_person_ids": [anna_id, bo_id], "other_business": "Nästa möte hålls i Rågsved."}),
        )
        .await,
    )
    .await;
    let submitted =
        ok_json(post_if_match(&app, &secretary, &format!("{base}/minutes:submit"), &minutes["version"], None).await)
            .await;
    assert_eq!((submitted["status"].as_str(), submitted["revision"].as_i64()), (Some("submitted"), Some(1)));
    problem(
        app.patch(&secretary, &para(ids[1]), "\"3\"", &json!({"minutes_text": "Ändrat"})).await,
        409,
        "minutes_submitted",
    )
    .await;
    // Only adjusters approve.
    problem(
        post_if_match(&app, &secretary, &format!("{base}/minutes:approve"), &submitted["version"], None).await,
        403,
        "forbidden",
    )
    .await;
    let after_anna =
        ok_json(post_if_match(&app, &anna, &format!("{base}/minutes:approve"), &submitted["version"], None).await)
            .await;
    assert_eq!(after_anna["status"], "submitted");
    // Bo comments: back to the secretary.
    let commented = ok_json(
        post_if_match(
            &app,
            &bo,
            &format!("{base}/minutes:comment"),
            &after_anna["version"],
            Some(json!({"agenda_item_id": ids[1], "comment": "Skriv vilken vecka i maj."})),
        )
        .await,
    )
    .await;
    assert_eq!(commented["status"], "draft");
    // The revision goes round again: Anna's earlier approval does not count.
    ok_json(
        app.patch(
            &secretary,
            &para(ids[1]),
            "\"3\"",
            &json!({"decision": "Att genomföra en trygghetsvandring vecka 20."}),
        )
        .await,
    )
    .await;
    let again =
        ok_json(post_if_match(&app, &secretary, &format!("{base}/minutes:submit"), &commented["version"], None).await)
            .await;
    assert_eq!(again["revision"], 2);
    assert!(again["adjusters"].as_array().unwrap().iter().all(|a| a["approved"] == false));
    let one =
        ok_json(post_if_match(&app, &bo, &format!("{base}/minutes:approve"), &again["version"], None).await).await;
    // Bo has approved this revision: nothing more for him to do with it, and a second approval
    // is refused (it would add a second review).
    assert_eq!(ok_json(app.get(&bo, &format!("{base}/minutes")).await).await["allowed_actions"], json!([]));
    problem(
        post_if_match(&app, &bo, &format!("{base}/minutes:approve"), &one["version"], None).await,
        409,
        "already_approved",
    )
    .await;
    let adjusted =
        ok_json(post_if_match(&app, &anna, &format!("{base}/minutes:approve"), &one["version"], None).await).await;
    assert_eq!(adjusted["status"], "adjusted");
    let history: Vec<(i64, &str)> = adjusted["reviews"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["revision"].as_i64().unwrap(), r["verdict"].as_str().unwrap()))
        .collect();
    assert_eq!(history, [(1, "approved"), (1, "commented"), (2, "approved"), (2, "approved")]);
    assert_eq!(ok_json(app.get(&secretary, &base).await).await["status"], "minutes_adjusted");

    // Locked: a PATCH is 409; a correction is appended, dated and attributed.
    problem(
        app.patch(&secretary, &para(ids[1]), "\"4\"", &json!({"minutes_text": "Ändrat"})).await,
        409,
        "minutes_locked",
    )
    .await;
    problem(app.patch(&secretary, &base, "\"3\"", &json!({"title": "Nytt"})).await, 409, "meeting_locked").await;
    // Its attendance is history too.
    let present = app.all_items(&secretary, &format!("{base}/attendance")).await;
    assert!(present.iter().all(|a| a["allowed_actions"] == json!([])), "{present:?}");
    let row = format!("{base}/attendance/{}", present[0]["id"].as_str().unwrap());
    let etag = etag_of(&app, &secretary, &row).await;
    problem(app.patch(&secretary, &row, &etag, &json!({"presence": "absent"})).await, 409, "meeting_locked").await;
    let corrected = ok_json(
        post_if_match(
            &app,
            &secretary,
            &format!("{base}/minutes/corrections"),
            &adjusted["version"],
            Some(json!({"agenda_item_id": ids[1], "text": "Rättelse: vecka 21."})),
        )
        .await,
    )
    .await;
    assert_eq!(corrected["corrections"][0]["text"], "Rättelse: vecka 21.");
    assert_eq!(corrected["corrections"][0]["author_name"], "Sekreterare");

    // The public sees only the public part: no internal or restricted text anywhere.
    let public = app.client.get(app.url(&format!("/api/v1/public/meetings/{meeting}/minutes"))).send().await.unwrap();
    let text = public.text().await.unwrap();
    let public: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(public["paragraphs"].as_array().unwrap().len(), 1, "{public}");
    assert_eq!(public["paragraphs"][0]["decision"], "Att genomföra en trygghetsvandring vecka 20.");
    assert_eq!(public["paragraphs"][0]["corrections"][0]["text"], "Rättelse: vecka 21.");
    for secret in ["internt", "Hemlig", "Lägesbild", "Sekretessärende", "Rågsved", "Skriv vilken vecka"] {
        assert!(!text.contains(secret), "{secret} reached the public: {text}");
    }
    let listed =
        app.client.get(app.url(&format!("/api/v1/public/meetings?council_id={council}"))).send().await.unwrap();
    let listed: Value = listed.json().await.unwrap();
    assert_eq!(listed["items"][0]["minutes_available"], true);
    let listed_text = listed.to_string();
    assert!(!listed_text.contains("online_url") && !listed_text.contains("description"));
});

db_test!(public_minutes_wait_for_adjusting_and_private_councils_stay_private, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let private = ok_json(
        app.post(
            &coordinator,
            "/api/v1/councils",
            &json!({"name": unique("Arbetsgrupp"), "kind": "working_group", "status": "active",
            "parent_id": the_one(&app, &coordinator, "/api/v1/councils?kind=central_steering_group").await}),
        )
        .await,
    )
    .await;
    let meeting = ok_json(
        app.post(
            &coordinator,
            "/api/v1/meetings",
            &json!({"council_id": private["id"], "title": "Internt möte",
            "starts_at": "2027-04-01T08:00:00Z", "ends_at": "2027-04-01T09:00:00Z"}),
        )
        .await,
    )
    .await;
    let id = meeting["id"].as_str().unwrap();
    for path in [format!("/api/v1/public/meetings/{id}"), format!("/api/v1/public/meetings/{id}/minutes")] {
        let res = app.client.get(app.url(&path)).send().await.unwrap();
        problem(res, 404, "not_found").await;
    }
    let page: Value = app
        .client
        .get(app.url(&format!("/api/v1/public/meetings?council_id={}", private["id"].as_str().unwrap())))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(page["items"].as_array().unwrap().is_empty());
});

db_test!(an_agenda_is_drafted_from_the_last_meeting_and_open_tasks_come_back, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let council = ok_json(
        app.post(
            &coordinator,
            "/api/v1/councils",
            &json!({"name": unique("Trygghetsråd"), "kind": "safety_council", "status": "active",
            "cadence": {"rrule": "FREQ=MONTHLY;BYMONTHDAY=5", "start_time": "10:00", "duration_minutes": 60}}),
        )
        .await,
    )
    .await;
    let generated = ok_json(
        app.post(
            &coordinator,
            &format!("/api/v1/councils/{}/meetings:generate", council["id"].as_str().unwrap()),
            &json!({"from": "2027-05-01", "to": "2027-06-30"}),
        )
        .await,
    )
    .await;
    let (may, june) =
        (generated["created"][0]["id"].as_str().unwrap(), generated["created"][1]["id"].as_str().unwrap());
    ok_json(
        app.post(
            &coordinator,
            &format!("/api/v1/meetings/{may}/agenda-items"),
            &json!({"title": "Mötets öppnande", "standing": true}),
        )
        .await,
    )
    .await;
    ok_json(
        app.post(&coordinator, &format!("/api/v1/meetings/{may}/agenda-items"), &json!({"title": "Engångspunkt"}))
            .await,
    )
    .await;
    let person = ok_json(app.post(&coordinator, "/api/v1/people", &json!({"name": unique("Ansvarig")})).await).await;
    let task = ok_json(
        app.post(
            &coordinator,
            "/api/v1/action-items",
            &json!({"meeting_id": may, "description": "Kontakta bostadsbolaget",
            "owner_person_id": person["id"], "due_on": "2027-05-20"}),
        )
        .await,
    )
    .await;
    assert_eq!(task["council_id"], council["id"]);
    let drafted =
        ok_json(app.post(&coordinator, &format!("/api/v1/meetings/{june}/agenda:from-previous"), &json!({})).await)
            .await;
    let titles: Vec<&str> = drafted["items"].as_array().unwrap().iter().map(|i| i["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["Mötets öppnande", "Uppföljning av åtgärder"]);
    assert!(drafted["items"][1]["description"].as_str().unwrap().contains("Kontakta bostadsbolaget"));
    assert_eq!(drafted["items"][1]["kind"], "follow_up");
});

db_test!(overdue_action_items_are_listed_and_told_of_once, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let council = the_one(&app, &coordinator, "/api/v1/councils?kind=central_steering_group").await;
    let person = ok_json(app.post(&coordinator, "/api/v1/people", &json!({"name": unique("Ägare")})).await).await;
    let late = ok_json(
        app.post(
            &coordinator,
            "/api/v1/action-items",
            &json!({"council_id": council, "description": "Sen uppgift",
            "owner_person_id": person["id"], "due_on": "2020-01-01"}),
        )
        .await,
    )
    .await;
    assert_eq!(late["overdue"], true);
    ok_json(
        app.post(
            &coordinator,
            "/api/v1/action-items",
            &json!({"council_id": council, "description": "I tid", "due_on": "2199-01-01"}),
        )
        .await,
    )
    .await;
    let overdue = app.all_items(&coordinator, &format!("/api/v1/action-items?council_id={council}&overdue=true")).await;
    assert_eq!(overdue.iter().map(|a| a["description"].as_str().unwrap()).collect::<Vec<_>>(), ["Sen uppgift"]);
    let first = samverkan::jobs::run_once(&app.state).await.unwrap();
    let second = samverkan::jobs::run_once(&app.state).await.unwrap();
    assert!(first.overdue_action_items >= 1);
    assert_eq!(second.overdue_action_items, 0, "told of once");
    use sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter};
    let events = samverkan::entities::outbox_event::Entity::find()
        .filter(
            samverkan::entities::outbox_event::Column::EntityId
                .eq(uuid::Uuid::parse_str(late["id"].as_str().unwrap()).unwrap()),
        )
        .count(&app.state.db.write)
        .await
        .unwrap();
    assert_eq!(events, 1);
    // A task with no owner or an owner both person and organization is refused.
    let org = the_one(&app, &coordinator, "/api/v1/organizations?q=polismyndigheten&kind=police").await;
    problem(
        app.post(
            &coordinator,
            "/api/v1/action-items",
            &json!({"council_id": council, "description": "Två ägare",
            "owner_person_id": person["id"], "owner_organization_id": org}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
});

db_test!(a_reorder_by_someone_who_does_not_see_a_restricted_point_leaves_it_in_place, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let admin = app.login(ADMIN).await;
    let council = the_one(&app, &coordinator, "/api/v1/councils?q=lokal%20styrgrupp%20s%C3%B6dermalm").await;
    let meeting = ok_json(
        app.post(
            &coordinator,
            "/api/v1/meetings",
            &json!({"council_id": council, "title": "Extramöte",
                    "starts_at": "2028-02-01T08:00:00Z", "ends_at": "2028-02-01T09:00:00Z"}),
        )
        .await,
    )
    .await;
    let base = format!("/api/v1/meetings/{}", meeting["id"].as_str().unwrap());
    let mut ids = vec![];
    for (title, classification) in [("A", "internal"), ("Hemligt", "restricted"), ("C", "public"), ("D", "internal")] {
        let body = json!({"title": title, "classification": classification});
        let item = ok_json(app.post(&admin, &format!("{base}/agenda-items"), &body).await).await;
        ids.push(item["id"].as_str().unwrap().to_owned());
    }
    // The coordinator sees A, C, D and puts D first: the restricted point stays § 2.
    let seen = ok_json(reorder_agenda(&app, &coordinator, &base, &json!([ids[3], ids[0], ids[2]])).await).await;
    let titles: Vec<&str> = seen["items"].as_array().unwrap().iter().map(|i| i["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["D", "A", "C"]);
    let all = app.all_items(&admin, &format!("{base}/agenda-items")).await;
    let order: Vec<(&str, i64)> =
        all.iter().map(|i| (i["title"].as_str().unwrap(), i["number"].as_i64().unwrap())).collect();
    assert_eq!(order, [("D", 1), ("Hemligt", 2), ("A", 3), ("C", 4)]);
    // Naming only some of what they see is refused, and changes nothing.
    let res = reorder_agenda(&app, &coordinator, &base, &json!([ids[0], ids[2]])).await;
    problem(res, 422, "validation_failed").await;
    assert_eq!(app.all_items(&admin, &format!("{base}/agenda-items")).await, all);
    // Two reorder at once: the one who saw the agenda before the other's change gets 412, and
    // nothing of theirs is written; without If-Match, 428.
    let list = app.get(&coordinator, &format!("{base}/agenda-items?limit=200")).await;
    let seen_by_first = list.headers()["etag"].to_str().unwrap().to_owned();
    let second = reorder_agenda(&app, &admin, &base, &json!([ids[0], ids[1], ids[2], ids[3]])).await;
    let after_second = second.headers()["etag"].to_str().unwrap().to_owned();
    ok_json(second).await;
    let late = app
        .client
        .post(app.url(&format!("{base}/agenda:reorder")))
        .bearer_auth(&coordinator)
        .header("If-Match", &seen_by_first)
        .json(&json!({"item_ids": [ids[2], ids[0], ids[3]]}))
        .send()
        .await
        .unwrap();
    problem(late, 412, "version_mismatch").await;
    let now: Vec<String> = app
        .all_items(&admin, &format!("{base}/agenda-items"))
        .await
        .iter()
        .map(|i| i["title"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(now, ["A", "Hemligt", "C", "D"], "the late reorder wrote nothing");
    let bare =
        app.post(&coordinator, &format!("{base}/agenda:reorder"), &json!({"item_ids": [ids[2], ids[0], ids[3]]})).await;
    problem(bare, 428, "if_match_required").await;
    // The answer's ETag is the agenda's: the admin reorders again with it.
    let list = app.get(&admin, &format!("{base}/agenda-items?limit=200")).await;
    assert_eq!(list.headers()["etag"].to_str().unwrap(), after_second);
    let again = app
        .client
        .post(app.url(&format!("{base}/agenda:reorder")))
        .bearer_auth(&admin)
        .header("If-Match", &after_second)
        .json(&json!({"item_ids": [ids[3], ids[2], ids[1], ids[0]]}))
        .send()
        .await
        .unwrap();
    ok_json(again).await;
});

db_test!(a_task_s_owner_marks_it_done_but_does_not_cancel_it, |app| {
    let coordinator = app.login(COORDINATOR).await;
    let (person, owner) = person_with_login(&app, &coordinator, "Ansvarig").await;
    let meeting = the_one(&app, &coordinator, "/api/v1/meetings?status=planned&limit=1").await;
    let task = ok_json(
        app.post(
            &coordinator,
            "/api/v1/action-items",
            &json!({"meeting_id": meeting, "description": "Ordna lokal", "owner_person_id": person}),
        )
        .await,
    )
    .await;
    let path = format!("/api/v1/action-items/{}", task["id"].as_str().unwrap());
    assert_eq!(ok_json(app.get(&owner, &path).await).await["allowed_actions"], json!(["update_status"]));
    problem(app.patch(&owner, &path, "\"1\"", &json!({"status": "cancelled"})).await, 403, "forbidden").await;
    problem(app.patch(&owner, &path, "\"1\"", &json!({"due_on": "2030-01-01"})).await, 403, "forbidden").await;
    let done = ok_json(app.patch(&owner, &path, "\"1\"", &json!({"status": "done"})).await).await;
    assert_eq!(done["status"], "done");
    let open = ok_json(app.patch(&owner, &path, "\"2\"", &json!({"status": "open"})).await).await;
    assert_eq!(open["status"], "open");
    let cancelled = ok_json(app.patch(&coordinator, &path, "\"3\"", &json!({"status": "cancelled"})).await).await;
    assert_eq!(cancelled["status"], "cancelled");
});
