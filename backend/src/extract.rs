//! Request extractors and extractor configuration that answer bad input with problem details:
//! malformed JSON is a 400, JSON of the wrong shape a 422 naming the field, a wrong content type
//! a 415, and bad path or query parameters a 400.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::error::{JsonPayloadError, PathError, QueryPayloadError};
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, web};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

use crate::error::{ApiError, FieldError};

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

/// Parse a body, which must be a JSON object (or `null` where `T` is an `Option`); errors say
/// which field is wrong.
pub fn parse<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    let value: serde_json::Value = serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_request("malformed_json", format!("The body is not valid JSON: {e}.")))?;
    if !(value.is_object() || value.is_null()) {
        return Err(ApiError::field("body", "invalid", "The body must be a JSON object."));
    }
    let result: Result<T, _> = serde_path_to_error::deserialize(value);
    let value = result.map_err(|e| {
        let inner = e.inner();
        let path = e.path().to_string();
        let message = inner.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message).to_string();
        if let Some(rest) = message.strip_prefix("missing field `") {
            let name = rest.split('`').next().unwrap_or_default();
            let field = if path == "." { name.to_string() } else { format!("{path}.{name}") };
            return ApiError::Validation(vec![FieldError::new(field, "required", "This field is required.")]);
        }
        // For unknown fields the path already ends with the field's name.
        let code = if message.starts_with("unknown field") { "unknown_field" } else { "invalid" };
        let field = if path == "." { "body".to_string() } else { path };
        ApiError::Validation(vec![FieldError::new(field, code, message)])
    })?;
    Ok(value)
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
            if bytes.iter().all(u8::is_ascii_whitespace) {
                return Ok(OptionalJson(None));
            }
            if !json {
                return Err(ApiError::UnsupportedMediaType);
            }
            parse::<Option<T>>(&bytes).map(OptionalJson)
        })
    }
}

/// Refuse a query parameter longer than the schema allows.
pub fn check_query_len(name: &str, value: Option<&str>, max: usize) -> Result<(), ApiError> {
    match value {
        Some(v) if v.chars().count() > max => Err(ApiError::bad_request(
            "invalid_query_parameter",
            format!("The query parameter `{name}` is longer than {max} characters."),
        )),
        _ => Ok(()),
    }
}

pub fn path_config() -> web::PathConfig {
    web::PathConfig::default().error_handler(|_: PathError, _| {
        ApiError::bad_request("invalid_path_parameter", "An id in the path is not a valid UUID.").into()
    })
}

pub fn query_config() -> web::QueryConfig {
    web::QueryConfig::default().error_handler(|err: QueryPayloadError, _| {
        let msg = match &err {
            QueryPayloadError::Deserialize(e) => e.to_string(),
            other => other.to_string(),
        };
        ApiError::bad_request("invalid_query_parameter", format!("A query parameter is invalid: {msg}.")).into()
    })
}

pub fn json_config() -> web::JsonConfig {
    web::JsonConfig::default().limit(MAX_BODY_BYTES).error_handler(|err: JsonPayloadError, _| {
        match err {
            JsonPayloadError::ContentType => ApiError::UnsupportedMediaType,
            JsonPayloadError::Overflow { .. } | JsonPayloadError::OverflowKnownLength { .. } => {
                ApiError::PayloadTooLarge
            }
            other => ApiError::bad_request("malformed_json", format!("The body is not valid JSON: {other}.")),
        }
        .into()
    })
}

/// For PATCH bodies: a field that may be left out but not cleared; `null` is refused.
pub fn non_null<'de, T, D>(de: D) -> Result<Option<T>, D::Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    match Option::<T>::deserialize(de)? {
        Some(v) => Ok(Some(v)),
        None => Err(serde::de::Error::custom("this field cannot be null; leave it out to keep its value")),
    }
}

/// For PATCH bodies: tells "absent" (`None`) from "null" (`Some(None)`).
pub fn double_option<'de, T, D>(de: D) -> Result<Option<Option<T>>, D::Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    Option::<T>::deserialize(de).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

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
            Err(ApiError::Validation(e)) => (e[0].field.clone(), e[0].code.clone()),
            other => panic!("expected a validation error, got {:?}", other.err()),
        }
    }

    #[test]
    fn errors_name_the_field() {
        assert_eq!(field_of(r#"{"tags": []}"#), ("name".into(), "required".into()));
        assert_eq!(field_of(r#"{"name": 1, "tags": []}"#), ("name".into(), "invalid".into()));
        assert_eq!(field_of(r#"{"name": "x", "tags": [{"value": 300}]}"#), ("tags[0].value".into(), "invalid".into()));
        assert_eq!(field_of(r#"{"name": "x", "tags": [], "extra": 1}"#), ("extra".into(), "unknown_field".into()));
        assert!(matches!(parse::<Item>(b"{not json"), Err(ApiError::BadRequest { code: "malformed_json", .. })));
        // serde would read a struct from an array; the API takes objects only.
        assert_eq!(field_of(r#"["x", []]"#), ("body".into(), "invalid".into()));
    }
}
