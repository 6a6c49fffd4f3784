//! Every limit the OpenAPI document states is enforced by the server: this walks the document
//! and, for every operation, sends one value one past each `maxLength` and `maxItems` of its
//! request body (at any depth) and of its query parameters, and expects the refusal to name
//! that field or parameter. A limit the document states and the server does not hold fails here.

use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::*;

const METHODS: [&str; 3] = ["post", "patch", "get"];
const SOME_ID: &str = "0190a1b2-0000-7000-8000-000000000000";

/// The schema `s` with `$ref`s (and a nullable `oneOf` around one) resolved.
fn resolve<'a>(doc: &'a Value, s: &'a Value) -> &'a Value {
    if let Some(r) = s["$ref"].as_str() {
        let name = r.rsplit('/').next().unwrap();
        return resolve(doc, &doc["components"]["schemas"][name]);
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        if let Some(alts) = s[key].as_array()
            && let Some(real) = alts.iter().find(|a| a["type"] != "null")
        {
            return resolve(doc, real);
        }
    }
    s
}

/// A value one past the limit `s` states, if it states one.
fn over_the_limit(doc: &Value, s: &Value) -> Option<(Value, &'static str)> {
    let s = resolve(doc, s);
    if let Some(max) = s["maxLength"].as_u64() {
        return Some((Value::String("x".repeat(max as usize + 1)), "too_long"));
    }
    if let Some(max) = s["maxItems"].as_u64() {
        let item = sample(doc, &s["items"]);
        return Some((Value::Array(vec![item; max as usize + 1]), "too_many"));
    }
    None
}

/// Some value of the schema's type (the server may refuse it for other reasons).
fn sample(doc: &Value, s: &Value) -> Value {
    let s = resolve(doc, s);
    // A value the schema gives as an example is one it takes (a time of day, a code).
    if let Some(example) = s["examples"].as_array().and_then(|e| e.first()) {
        return example.clone();
    }
    if let Some(e) = s["enum"].as_array().and_then(|e| e.first()) {
        return e.clone();
    }
    let ty = match &s["type"] {
        Value::Array(ts) => ts.iter().find(|t| *t != "null").cloned().unwrap_or_default(),
        t => t.clone(),
    };
    match (ty.as_str(), s["format"].as_str()) {
        (Some("string"), Some("uuid")) => json!(SOME_ID),
        (Some("string"), Some("date")) => json!("2025-01-01"),
        (Some("string"), _) => json!("x"),
        (Some("integer" | "number"), _) => json!(1),
        (Some("boolean"), _) => json!(true),
        (Some("array"), _) => json!([]),
        _ => {
            let required = s["required"].as_array().cloned().unwrap_or_default();
            let props = &s["properties"];
            Value::Object(
                required.iter().filter_map(|r| r.as_str()).map(|r| (r.to_owned(), sample(doc, &props[r]))).collect(),
            )
        }
    }
}

/// One limit: the field it is on (`contact_details[0].value`), the body that breaks it, and the
/// code the refusal should give.
struct Case {
    field: String,
    body: Value,
    code: &'static str,
}

/// A valid-looking `base` (its required fields sampled) with `value` put at `field` inside the
/// objects and one-item lists that lead to it.
fn with_value(doc: &Value, schema: &Value, mut base: Value, steps: &[&str], value: Value) -> Value {
    let schema = resolve(doc, schema);
    let Some((step, rest)) = steps.split_first() else { return value };
    let prop = &schema["properties"][*step];
    let p = resolve(doc, prop);
    let next = if rest.first() == Some(&"[0]") {
        let item = match base[*step].as_array_mut().and_then(|a| a.first_mut()) {
            Some(first) => first.take(),
            None => sample(doc, &p["items"]),
        };
        json!([with_value(doc, &p["items"], item, &rest[1..], value)])
    } else {
        let inner = base[*step].take();
        let inner = if inner.is_null() { sample(doc, p) } else { inner };
        with_value(doc, p, inner, rest, value)
    };
    base[*step] = next;
    base
}

/// Every limit in `schema`, down to `depth` levels of nested objects and lists of objects.
fn limits(
    doc: &Value,
    schema: &Value,
    path: &[String],
    depth: usize,
    out: &mut Vec<(Vec<String>, Value, &'static str)>,
) {
    let schema = resolve(doc, schema);
    let Some(props) = schema["properties"].as_object() else { return };
    for (name, prop) in props {
        let mut here = path.to_vec();
        here.push(name.clone());
        if let Some((v, code)) = over_the_limit(doc, prop) {
            out.push((here.clone(), v, code));
        }
        if depth == 0 {
            continue;
        }
        let p = resolve(doc, prop);
        if p["properties"].is_object() {
            limits(doc, p, &here, depth - 1, out);
        } else if p["items"].is_object() && resolve(doc, &p["items"])["properties"].is_object() {
            let mut item = here.clone();
            item.push("[0]".into());
            limits(doc, &p["items"], &item, depth - 1, out);
        }
    }
}

fn cases(doc: &Value, schema: &Value) -> Vec<Case> {
    let mut found = vec![];
    limits(doc, schema, &[], 3, &mut found);
    found
        .into_iter()
        .map(|(steps, value, code)| {
            let steps: Vec<&str> = steps.iter().map(String::as_str).collect();
            let field = steps.iter().fold(String::new(), |f, s| match (f.is_empty(), s.starts_with('[')) {
                (true, _) | (false, true) => f + s,
                (false, false) => f + "." + s,
            });
            Case { field, body: with_value(doc, schema, sample(doc, schema), &steps, value), code }
        })
        .collect()
}

/// The id of the first item of the list at `path`.
async fn first(app: &TestApp, token: &str, path: &str) -> String {
    ok_json(app.get(token, &format!("{path}?limit=1")).await).await["items"][0]["id"].as_str().unwrap().to_owned()
}

/// `path` with real ids for its `{…}` (so that a change reaches the rules that need the row):
/// the first of each list, and `meeting` for a meeting (one with an agenda).
async fn real_url(app: &TestApp, token: &str, path: &str, meeting: &str) -> String {
    let mut url = String::new();
    let mut collection = String::new();
    for seg in path.split('/').skip(1) {
        if seg.starts_with('{') {
            // A paragraph of the minutes is a point of the agenda.
            let list = format!("{url}/{collection}").replace("/minutes/paragraphs", "/agenda-items");
            let id = if collection == "meetings" { meeting.to_owned() } else { first(app, token, &list).await };
            url = format!("{url}/{collection}/{id}");
            collection.clear();
        } else {
            if !collection.is_empty() {
                url = format!("{url}/{collection}");
            }
            collection = seg.to_owned();
        }
    }
    if collection.is_empty() { url } else { format!("{url}/{collection}") }
}

db_test!(every_stated_limit_is_enforced_by_the_server, |app| {
    let token = app.login(ADMIN).await;
    let doc = serde_json::to_value(samverkan::api::openapi()).unwrap();
    // A meeting with an agenda point, a task and a document, for the operations under /meetings/{id}.
    let today = chrono::Utc::now().date_naive();
    let upcoming = format!("/api/v1/meetings?limit=1&status=planned&from={today}");
    let meeting = ok_json(app.get(&token, &upcoming).await).await["items"][0]["id"].as_str().unwrap().to_owned();
    ok_json(app.post(&token, &format!("/api/v1/meetings/{meeting}/agenda-items"), &json!({"title": "Punkt"})).await)
        .await;
    ok_json(app.post(&token, "/api/v1/action-items", &json!({"meeting_id": meeting, "description": "Uppgift"})).await)
        .await;
    let res = app
        .client
        .post(app.url(&format!("/api/v1/meetings/{meeting}/documents?file_name=Bilaga.txt")))
        .bearer_auth(&token)
        .body("Bilaga")
        .send()
        .await
        .unwrap();
    ok_json(res).await;
    let mut checked = 0;
    let template = regex::Regex::new(r"\{[^}]+\}").unwrap();
    for (path, item) in doc["paths"].as_object().unwrap() {
        let url = template.replace_all(path, SOME_ID).into_owned();
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let name = op["operationId"].as_str().unwrap();
            if let Some(schema) = op["requestBody"]["content"]["application/json"].get("schema") {
                for Case { field, body, code } in cases(&doc, schema) {
                    let req = match method {
                        "post" => app.client.post(app.url(&url)),
                        _ => {
                            let real = real_url(&app, &token, path, &meeting).await;
                            let current = app.get(&token, &real).await;
                            let etag = current.headers()["etag"].to_str().unwrap().to_owned();
                            app.client.patch(app.url(&real)).header("If-Match", etag)
                        }
                    };
                    let res = req.bearer_auth(&token).json(&body).send().await.unwrap();
                    let status = res.status().as_u16();
                    let answer: Value = res.json().await.unwrap_or_default();
                    // The refusal names the field with the limit's code, or refuses the value
                    // it sits in as a whole (a geometry is checked as one).
                    let named = answer["errors"].as_array().is_some_and(|es| {
                        es.iter().any(|e| {
                            let at = e["field"].as_str().unwrap_or_default();
                            (at == field && e["code"] == code)
                                || (field.starts_with(at)
                                    && matches!(field.as_bytes().get(at.len()), Some(b'.' | b'[')))
                        })
                    });
                    assert!(status == 422 && named, "{name}: {field} over its limit answered {status}: {answer}");
                    checked += 1;
                }
            }
            for p in op["parameters"].as_array().into_iter().flatten().filter(|p| p["in"] == "query") {
                let Some((Value::String(v), _)) = over_the_limit(&doc, &p["schema"]) else { continue };
                let pname = p["name"].as_str().unwrap();
                let at = app.url(&format!("{url}?{pname}={v}"));
                let req = match method {
                    "post" => app.client.post(at),
                    _ => app.client.get(at),
                };
                let res = req.bearer_auth(&token).send().await.unwrap();
                let detail = if path.starts_with("/open311/") {
                    // Open311 answers in its specification's shape: [{code, description}].
                    assert_eq!(res.status().as_u16(), 400, "{name}: {pname} over its limit");
                    let answer: Value = res.json().await.unwrap();
                    answer[0]["description"].as_str().unwrap_or_default().to_owned()
                } else {
                    problem(res, 400, "invalid_query_parameter").await["detail"].as_str().unwrap().to_owned()
                };
                assert!(detail.starts_with(&format!("{pname}: ")), "{name}: {pname} over its limit: {detail}");
                checked += 1;
            }
        }
    }
    eprintln!("{checked} limits checked");
    assert!(checked > 50, "only {checked} limits checked");
});
