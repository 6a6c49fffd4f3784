//! The committed `openapi.yaml` is the document the code generates (`make openapi` rewrites it).

#[test]
fn the_committed_openapi_yaml_is_current() {
    let generated = samverkan::api::openapi().to_yaml().expect("the document serializes");
    let committed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi.yaml"))
        .expect("openapi.yaml at the repository root");
    assert!(
        generated == committed,
        "openapi.yaml differs from what the code generates: run `make openapi` and commit it"
    );
}

/// Whether each handler documents the errors it gives is checked against the running server
/// (tests/api/documented.rs); here, the parts of the document nothing else checks.
#[test]
fn every_operation_has_a_summary_an_id_a_success_and_security() {
    let doc = serde_json::to_value(samverkan::api::openapi()).unwrap();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let name = format!("{method} {path}");
            assert!(op["summary"].as_str().is_some_and(|s| !s.is_empty()), "{name}: summary");
            assert!(op["operationId"].is_string(), "{name}: operationId");
            assert!(op["security"].is_array(), "{name}: security requirements");
            let responses = op["responses"].as_object().unwrap();
            assert!(responses.keys().any(|k| k.starts_with('2')), "{name}: documents its success");
            assert!(
                responses.values().all(|r| r["description"].is_string() || r["$ref"].is_string()),
                "{name}: descriptions"
            );
        }
    }
}
