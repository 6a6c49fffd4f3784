//! Documents: a meeting's files in the object store. The kind is read from the bytes; the name
//! must fit it; size is limited; the SHA-256 is kept; only those who may read the document get
//! it (restricted reads logged); a removed one answers 410 and its bytes are gone.

use reqwest::Response;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::db_test;
use crate::helpers::*;

const PDF: &[u8] =
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
const ELF: &[u8] = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0>\0\x01\0\0\0";

/// POST `bytes` as a document of `meeting` with the query `query` (as `token`), claiming
/// `content_type` (which the server ignores), with `key` as Idempotency-Key when given.
async fn upload(app: &TestApp, token: &str, meeting: &str, query: &str, bytes: &[u8], key: Option<&str>) -> Response {
    let mut req = app
        .client
        .post(app.url(&format!("/api/v1/meetings/{meeting}/documents?{query}")))
        .bearer_auth(token)
        .header("Content-Type", "application/pdf")
        .body(bytes.to_vec());
    if let Some(k) = key {
        req = req.header("Idempotency-Key", k);
    }
    req.send().await.unwrap()
}

/// How many files the object store holds (the default: a directory under the data directory).
fn stored_files(app: &TestApp) -> usize {
    fn count(dir: &std::path::Path) -> usize {
        std::fs::read_dir(dir)
            .map_or(0, |entries| entries.flatten().map(|e| if e.path().is_dir() { count(&e.path()) } else { 1 }).sum())
    }
    count(&app.data_dir.join("documents"))
}

fn hex_sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// A council with a secretary, a member, a member in a restricted seat and an outsider with a
/// login, and a meeting of it: (meeting id, secretary, member, restricted member, outsider).
async fn setting(app: &TestApp) -> (String, String, String, String, String) {
    let coordinator = app.login(COORDINATOR).await;
    let council = ok_json(
        app.post(
            &coordinator,
            "/api/v1/councils",
            &json!({"name": unique("Trygghetsråd"), "kind": "safety_council", "status": "active", "is_public": true}),
        )
        .await,
    )
    .await;
    let council = council["id"].as_str().unwrap().to_owned();
    let (secretary_id, secretary) = person_with_login(app, &coordinator, "Sekreterare").await;
    let (member_id, member) = person_with_login(app, &coordinator, "Ledamot").await;
    let (restricted_id, restricted) = person_with_login(app, &coordinator, "Sekretessledamot").await;
    let (_, outsider) = person_with_login(app, &coordinator, "Utomstående").await;
    take_seat(app, &coordinator, &council, &secretary_id, "secretary", false).await;
    take_seat(app, &coordinator, &council, &member_id, "member", false).await;
    take_seat(app, &coordinator, &council, &restricted_id, "member", true).await;
    let meeting = ok_json(
        app.post(
            &secretary,
            "/api/v1/meetings",
            &json!({"council_id": council, "title": "Rådsmöte",
                    "starts_at": "2027-05-11T16:00:00Z", "ends_at": "2027-05-11T17:30:00Z"}),
        )
        .await,
    )
    .await;
    (meeting["id"].as_str().unwrap().to_owned(), secretary, member, restricted, outsider)
}

db_test!(a_secretary_attaches_files_and_only_those_who_may_read_them_get_them, |app| {
    let (meeting, secretary, member, restricted, outsider) = setting(&app).await;
    let base = format!("/api/v1/meetings/{meeting}/documents");

    // A PDF, its kind read from the bytes, its checksum kept.
    let res =
        upload(&app, &secretary, &meeting, "file_name=Kallelse%20maj.pdf&classification=internal", PDF, None).await;
    assert_eq!(res.status(), 201);
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    let doc = ok_json(res).await;
    assert_eq!(location, format!("{base}/{}", doc["id"].as_str().unwrap()));
    assert_eq!(doc["media_type"], "application/pdf");
    assert_eq!(doc["title"], "Kallelse maj");
    assert_eq!(doc["size_bytes"], PDF.len());
    assert_eq!(doc["sha256"], hex_sha256(PDF));
    assert_eq!(doc["uploaded_by_name"], "Sekreterare");
    assert_eq!(doc["allowed_actions"], json!(["update", "delete"]));
    assert_eq!(stored_files(&app), 1);

    // A member downloads it as an attachment under its name, with its checksum as ETag.
    let res = app.get(&member, doc["content_url"].as_str().unwrap()).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    assert_eq!(res.headers()["etag"].to_str().unwrap(), format!("\"{}\"", hex_sha256(PDF)));
    let disposition = res.headers()["content-disposition"].to_str().unwrap().to_owned();
    assert!(disposition.starts_with("attachment; filename=\"Kallelse maj.pdf\""), "{disposition}");
    assert_eq!(res.bytes().await.unwrap().as_ref(), PDF);
    // Someone who does not sit on the council does not see an internal document at all.
    problem(app.get(&outsider, &location).await, 404, "not_found").await;
    problem(app.get(&outsider, doc["content_url"].as_str().unwrap()).await, 404, "not_found").await;
    assert!(app.all_items(&outsider, &base).await.is_empty());
    // Nor may a member upload, nor a viewer.
    problem(upload(&app, &member, &meeting, "file_name=a.pdf", PDF, None).await, 403, "forbidden").await;
    let viewer = app.login(VIEWER).await;
    problem(upload(&app, &viewer, &meeting, "file_name=a.pdf", PDF, None).await, 403, "forbidden").await;

    // A restricted agenda item's annex is restricted too, and cannot be made less.
    let item = ok_json(
        app.post(
            &secretary,
            &format!("/api/v1/meetings/{meeting}/agenda-items"),
            &json!({"title": "Sekretessärende", "classification": "restricted"}),
        )
        .await,
    )
    .await;
    let item_id = item["id"].as_str().unwrap();
    let body = problem(
        upload(
            &app,
            &secretary,
            &meeting,
            &format!("file_name=a.png&agenda_item_id={item_id}&classification=internal"),
            PNG,
            None,
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(body["errors"][0]["field"], "classification");
    assert_eq!(body["errors"][0]["code"], "below_agenda_item");
    let annex = ok_json(
        upload(&app, &secretary, &meeting, &format!("file_name=Karta.png&agenda_item_id={item_id}"), PNG, None).await,
    )
    .await;
    assert_eq!(annex["classification"], "restricted");
    assert_eq!(annex["media_type"], "image/png");
    let annex_path = format!("{base}/{}", annex["id"].as_str().unwrap());
    // The member without restricted access: not listed, 404 by id; with it: read, and logged.
    let listed: Vec<Value> = app.all_items(&member, &base).await;
    assert_eq!(listed.len(), 1, "{listed:?}");
    problem(app.get(&member, &annex_path).await, 404, "not_found").await;
    assert_eq!(app.all_items(&restricted, &base).await.len(), 2);
    let res = app.get(&restricted, annex["content_url"].as_str().unwrap()).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.bytes().await.unwrap().as_ref(), PNG);
    let admin = app.login(ADMIN).await;
    let log =
        ok_json(app.get(&admin, &format!("/api/v1/access-log?entity_id={}", annex["id"].as_str().unwrap())).await)
            .await;
    let entries = log["items"].as_array().unwrap();
    assert!(!entries.is_empty() && entries.iter().all(|e| e["entity_type"] == "document"), "{entries:?}");

    // Deleting the agenda item keeps its document on the meeting.
    let item_etag = etag_of(&app, &admin, &format!("/api/v1/meetings/{meeting}/agenda-items/{item_id}")).await;
    let res = app.delete(&admin, &format!("/api/v1/meetings/{meeting}/agenda-items/{item_id}"), &item_etag).await;
    assert_eq!(res.status(), 204);
    let kept = ok_json(app.get(&admin, &annex_path).await).await;
    assert_eq!(kept["agenda_item_id"], Value::Null);
    assert_eq!(kept["classification"], "restricted");

    // Removed: 410 from then on, its bytes gone, its row in the audit log.
    assert_eq!(stored_files(&app), 2);
    let etag = etag_of(&app, &secretary, &location).await;
    assert_eq!(app.delete(&secretary, &location, &etag).await.status(), 204);
    problem(app.get(&member, &location).await, 410, "document_removed").await;
    problem(app.get(&member, doc["content_url"].as_str().unwrap()).await, 410, "document_removed").await;
    // A write after the removal is 410 whatever version the writer last saw.
    problem(app.delete(&secretary, &location, &etag).await, 410, "document_removed").await;
    problem(app.patch(&secretary, &location, &etag, &json!({"title": "Nytt"})).await, 410, "document_removed").await;
    assert_eq!(stored_files(&app), 1);
    assert_eq!(app.all_items(&restricted, &base).await.len(), 1);
    let audit = ok_json(
        app.get(
            &admin,
            &format!("/api/v1/audit-events?entity_type=document&entity_id={}", doc["id"].as_str().unwrap()),
        )
        .await,
    )
    .await;
    let actions: Vec<&str> = audit["items"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert!(actions.contains(&"create") && actions.contains(&"delete"), "{actions:?}");
});

db_test!(a_file_is_judged_by_its_bytes_and_a_refused_one_leaves_nothing, |app| {
    let (meeting, secretary, ..) = setting(&app).await;
    let base = format!("/api/v1/meetings/{meeting}/documents");
    // An executable claiming to be a PDF, by its Content-Type and its name.
    let body = problem(
        upload(&app, &secretary, &meeting, "file_name=protokoll.pdf", ELF, None).await,
        415,
        "file_type_not_allowed",
    )
    .await;
    assert!(body["detail"].as_str().unwrap().contains("PDF"), "{body}");
    // A PNG named as a PDF.
    let body = problem(
        upload(&app, &secretary, &meeting, "file_name=protokoll.pdf", PNG, None).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(body["errors"][0]["field"], "file_name");
    // A name with a folder in it, an empty body, an unknown parameter.
    problem(
        upload(&app, &secretary, &meeting, "file_name=..%2F..%2Fetc%2Fpasswd.pdf", PDF, None).await,
        422,
        "validation_failed",
    )
    .await;
    problem(upload(&app, &secretary, &meeting, "file_name=tom.pdf", b"", None).await, 400, "empty_file").await;
    problem(
        upload(&app, &secretary, &meeting, "file_name=a.pdf&path=x", PDF, None).await,
        400,
        "unknown_query_parameter",
    )
    .await;
    problem(upload(&app, &secretary, &meeting, "", PDF, None).await, 400, "invalid_query_parameter").await;
    assert!(app.all_items(&secretary, &base).await.is_empty());
    assert_eq!(stored_files(&app), 0, "no refused file is kept");

    // A retry with the same Idempotency-Key finds the first document and keeps one file.
    let first = ok_json(
        upload(&app, &secretary, &meeting, "file_name=Bilaga.txt", "Bilaga 1\nLägesbild".as_bytes(), Some("bilaga-1"))
            .await,
    )
    .await;
    let res =
        upload(&app, &secretary, &meeting, "file_name=Bilaga.txt", "Bilaga 1\nLägesbild".as_bytes(), Some("bilaga-1"))
            .await;
    assert_eq!(res.status(), 201);
    assert_eq!(res.headers()["idempotent-replayed"], "true");
    assert_eq!(ok_json(res).await["id"], first["id"]);
    assert_eq!(first["media_type"], "text/plain; charset=utf-8");
    assert_eq!(stored_files(&app), 1);
    // The same key with another file is refused, and leaves no file behind.
    problem(
        upload(&app, &secretary, &meeting, "file_name=Annan.txt", b"annan", Some("bilaga-1")).await,
        409,
        "idempotency_key_reused",
    )
    .await;
    assert_eq!(stored_files(&app), 1);

    // A cancelled meeting takes no more documents.
    let etag = etag_of(&app, &secretary, &format!("/api/v1/meetings/{meeting}")).await;
    let res = app
        .client
        .post(app.url(&format!("/api/v1/meetings/{meeting}:cancel")))
        .bearer_auth(&secretary)
        .header("If-Match", etag)
        .json(&json!({"reason": "Inställt"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    problem(upload(&app, &secretary, &meeting, "file_name=sent.pdf", PDF, None).await, 409, "meeting_cancelled").await;
    assert_eq!(stored_files(&app), 1);
});

db_test!(an_adjusted_meeting_s_documents_are_part_of_its_record, |app| {
    let coordinator = app.login(COORDINATOR).await;
    // A demo meeting whose minutes are adjusted.
    let held = the_one(&app, &coordinator, "/api/v1/meetings?status=minutes_adjusted&limit=1").await;
    let res = upload(&app, &coordinator, &held, "file_name=Sen%20bilaga.pdf", PDF, None).await;
    problem(res, 409, "meeting_locked").await;
    let page = ok_json(app.get(&coordinator, &format!("/api/v1/meetings/{held}/documents")).await).await;
    assert_eq!(page["allowed_actions"], json!([]));
    assert_eq!(stored_files(&app), 0);
});

/// The size limit, on both databases: one byte over is 413 and stores nothing.
#[actix_web::test]
async fn a_file_over_the_limit_is_413() {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let Some(app) = TestApp::spawn_with(backend, |c| c.max_upload_bytes = 1024 * 1024).await else { continue };
        let (meeting, secretary, ..) = setting(&app).await;
        let mut big = PDF.to_vec();
        big.resize(1024 * 1024 + 1, b' ');
        problem(upload(&app, &secretary, &meeting, "file_name=stor.pdf", &big, None).await, 413, "file_too_large")
            .await;
        big.truncate(1024 * 1024);
        assert_eq!(upload(&app, &secretary, &meeting, "file_name=lagom.pdf", &big, None).await.status(), 201);
        assert_eq!(stored_files(&app), 1);
    }
}

/// The keys the S3 bucket holds under `prefix` (ListObjectsV2; the test server takes unsigned
/// requests).
async fn s3_keys(app: &TestApp, endpoint: &str, bucket: &str, prefix: &str) -> Vec<String> {
    let url = format!("{endpoint}/{bucket}?list-type=2&prefix={prefix}/");
    let xml = app.client.get(url).send().await.unwrap().error_for_status().unwrap().text().await.unwrap();
    xml.split("<Key>").skip(1).filter_map(|k| k.split_once("</Key>")).map(|(k, _)| k.to_owned()).collect()
}

/// The documents' bytes in S3-compatible storage (`SAMVERKAN_OBJECT_STORE_URL=s3://bucket/prefix`,
/// the endpoint and keys from `AWS_*`), the way a production server keeps them: stored under the
/// prefix, read back byte for byte, gone when the document is removed.
#[actix_web::test]
async fn documents_are_kept_in_s3_compatible_storage_under_the_configured_prefix() {
    let Some((endpoint, bucket)) = s3_under_test() else { return };
    let prefix = format!("t-{}", uuid::Uuid::new_v4().simple());
    let url = format!("s3://{bucket}/{prefix}");
    let app = TestApp::spawn_with(Backend::Sqlite, |c| c.object_store_url = Some(url)).await.unwrap();
    let (meeting, secretary, member, _, _) = setting(&app).await;
    let doc =
        ok_json(upload(&app, &secretary, &meeting, "file_name=Kallelse.pdf&classification=internal", PDF, None).await)
            .await;
    assert_eq!(doc["sha256"], hex_sha256(PDF));
    let keys = s3_keys(&app, &endpoint, &bucket, &prefix).await;
    assert_eq!(keys.len(), 1, "one object under the prefix: {keys:?}");
    assert!(keys[0].starts_with(&format!("{prefix}/documents/")) && !keys[0].contains("Kallelse"), "{keys:?}");
    assert_eq!(stored_files(&app), 0, "nothing in the local directory");
    let res = app.get(&member, doc["content_url"].as_str().unwrap()).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.bytes().await.unwrap().as_ref(), PDF);
    let path = format!("/api/v1/meetings/{meeting}/documents/{}", doc["id"].as_str().unwrap());
    assert_eq!(app.delete(&secretary, &path, &format!("\"{}\"", doc["version"])).await.status(), 204);
    assert!(s3_keys(&app, &endpoint, &bucket, &prefix).await.is_empty(), "the object is removed with the document");
    problem(app.get(&member, doc["content_url"].as_str().unwrap()).await, 410, "document_removed").await;
}
