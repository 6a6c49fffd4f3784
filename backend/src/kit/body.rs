//! Request bodies and paths: malformed JSON is a 400, JSON of the wrong shape a 422 naming the
//! field, a wrong content type a 415, a body over 1 MiB a 413, and a bad path parameter a 400 —
//! all as problem details.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::error::{JsonPayloadError, PathError};
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, web};
use serde::de::DeserializeOwned;

use crate::domain::validation::decode;
use crate::error::{ApiError, FieldCode, FieldError, ProblemCode};

pub const MAX_BODY_BYTES: usize = 1 << 20;

/// A JSON request body, deserialized with the path of any field that does not fit.
pub struct Json<T>(pub T);

fn is_json(req: &HttpRequest) -> bool {
    req.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|m| {
            let m = m.trim().to_ascii_lowercase();
            m == "application/json" || (m.starts_with("application/") && m.ends_with("+json"))
        })
        .unwrap_or(false)
}

/// At most this many field errors in one response (and as many readings of the body).
const MAX_FIELD_ERRORS: usize = 20;

/// Parse a body, which must be a JSON object (or `null` where `T` is an `Option`). Every field
/// that breaks a rule of its type is named, with its code, in one 422.
pub fn parse<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    let mut value: serde_json::Value = serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_request(ProblemCode::MalformedJson, format!("The body is not valid JSON: {e}.")))?;
    if !(value.is_object() || value.is_null()) {
        return Err(ApiError::field("body", FieldCode::Invalid, "The body must be a JSON object."));
    }
    let mut errors: Vec<FieldError> = vec![];
    loop {
        let e = match serde_path_to_error::deserialize::<_, T>(value.clone()) {
            Ok(v) if errors.is_empty() => return Ok(v),
            Ok(_) => return Err(ApiError::Validation(errors)),
            Err(e) => e,
        };
        let path = e.path().to_string();
        let message = e.inner().to_string();
        let message = message.split(" at line ").next().unwrap_or(&message).to_string();
        if let Some(rest) = message.strip_prefix("missing field `") {
            let name = rest.split('`').next().unwrap_or_default();
            let field = if path == "." { name.to_string() } else { format!("{path}.{name}") };
            errors.push(FieldError::new(field, FieldCode::Required, "This field is required."));
            return Err(ApiError::Validation(errors));
        }
        let field = if path == "." { "body".to_string() } else { path };
        // The text types and bounded lists say which rule a value broke, and what would pass in
        // its place: put that there and read on, to find the next field that is wrong.
        if let Some(c) = decode(&message) {
            errors.push(FieldError::new(field, c.code, c.message));
            match slot(&mut value, e.path()) {
                Some(slot) if errors.len() < MAX_FIELD_ERRORS && *slot != c.stand_in => *slot = c.stand_in,
                _ => return Err(ApiError::Validation(errors)),
            }
            continue;
        }
        // For unknown fields the path already ends with the field's name.
        let code = if message.starts_with("unknown field") { FieldCode::UnknownField } else { FieldCode::Invalid };
        errors.push(FieldError::new(field, code, message));
        return Err(ApiError::Validation(errors));
    }
}

/// The place in `value` that `path` names.
fn slot<'a>(value: &'a mut serde_json::Value, path: &serde_path_to_error::Path) -> Option<&'a mut serde_json::Value> {
    use serde_path_to_error::Segment;
    let mut here = value;
    for segment in path.iter() {
        here = match segment {
            Segment::Seq { index } => here.get_mut(*index)?,
            Segment::Map { key } => here.get_mut(key.as_str())?,
            Segment::Enum { .. } | Segment::Unknown => return None,
        };
    }
    Some(here)
}

impl<T: DeserializeOwned + 'static> FromRequest for Json<T> {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let json = is_json(req);
        let body = web::Bytes::from_request(req, payload);
        Box::pin(async move {
            if !json {
                return Err(ApiError::UnsupportedMediaType);
            }
            let bytes = body.await.map_err(|_| ApiError::PayloadTooLarge)?;
            if bytes.len() > MAX_BODY_BYTES {
                return Err(ApiError::PayloadTooLarge);
            }
            parse(&bytes).map(Json)
        })
    }
}

/// An optional JSON body: absent, empty or `null` is `None`.
pub struct OptionalJson<T>(pub Option<T>);

impl<T: DeserializeOwned + 'static> FromRequest for OptionalJson<T> {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let json = is_json(req);
        let body = web::Bytes::from_request(req, payload);
        Box::pin(async move {
            let bytes = body.await.map_err(|_| ApiError::PayloadTooLarge)?;
            // JSON's own whitespace only (RFC 8259): a form feed is not "no body".
            if bytes.iter().all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) {
                return Ok(OptionalJson(None));
            }
            if !json {
                return Err(ApiError::UnsupportedMediaType);
            }
            parse::<Option<T>>(&bytes).map(OptionalJson)
        })
    }
}

pub fn path_config() -> web::PathConfig {
    web::PathConfig::default().error_handler(|_: PathError, _| {
        ApiError::bad_request(ProblemCode::InvalidPathParameter, "An id in the path is not a valid UUID.").into()
    })
}

pub fn json_config() -> web::JsonConfig {
    web::JsonConfig::default().limit(MAX_BODY_BYTES).error_handler(|err: JsonPayloadError, _| {
        match err {
            JsonPayloadError::ContentType => ApiError::UnsupportedMediaType,
            JsonPayloadError::Overflow { .. } | JsonPayloadError::OverflowKnownLength { .. } => {
                ApiError::PayloadTooLarge
            }
            other => ApiError::bad_request(ProblemCode::MalformedJson, format!("The body is not valid JSON: {other}.")),
        }
        .into()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        name: String,
        tags: Vec<Tag>,
    }
    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct Tag {
        value: u8,
    }

    fn field_of(body: &str) -> (String, String) {
        match parse::<Item>(body.as_bytes()) {
            Err(ApiError::Validation(e)) => (e[0].field.clone(), e[0].code.as_str().to_owned()),
            other => panic!("expected a validation error, got {:?}", other.err()),
        }
    }

    #[test]
    fn errors_name_the_field() {
        assert_eq!(field_of(r#"{"tags": []}"#), ("name".into(), "required".into()));
        assert_eq!(field_of(r#"{"name": 1, "tags": []}"#), ("name".into(), "invalid".into()));
        assert_eq!(field_of(r#"{"name": "x", "tags": [{"value": 300}]}"#), ("tags[0].value".into(), "invalid".into()));
        assert_eq!(field_of(r#"{"name": "x", "tags": [], "extra": 1}"#), ("extra".into(), "unknown_field".into()));
        assert!(matches!(
            parse::<Item>(b"{not json"),
            Err(ApiError::BadRequest { code: ProblemCode::MalformedJson, .. })
        ));
        // serde would read a struct from an array; the API takes objects only.
        assert_eq!(field_of(r#"["x", []]"#), ("body".into(), "invalid".into()));
    }

    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct Texts {
        name: crate::domain::text::Name<5>,
        #[serde(default)]
        lines: Vec<crate::domain::text::Line<3>>,
        note: Option<crate::domain::text::Text<4>>,
    }

    #[test]
    fn every_field_that_breaks_its_rule_is_named_at_once() {
        let errors = match parse::<Texts>(br#"{"name": " ", "lines": ["ok", "toolong"], "note": "a\u0000"}"#) {
            Err(ApiError::Validation(e)) => e,
            other => panic!("expected validation errors, got {:?}", other.err()),
        };
        let found: Vec<(&str, &str)> = errors.iter().map(|e| (e.field.as_str(), e.code.as_str())).collect();
        // In the order the body's fields are read (alphabetical).
        assert_eq!(found, [("lines[1]", "too_long"), ("name", "required"), ("note", "invalid")]);
    }
}
