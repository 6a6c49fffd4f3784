//! Query strings: the parameters an operation documents, and nothing else. An unknown parameter
//! is a 400 naming it; a value outside what the OpenAPI document states (a length, a range) is
//! a 400 naming the parameter and the limit; a value of the wrong form is a 400 naming the
//! parameter. The limits are read from the same `IntoParams` types the document is built from,
//! so the two cannot drift apart.

use std::any::TypeId;
use std::collections::HashMap;
use std::future::{Ready, ready};
use std::sync::{Arc, LazyLock, RwLock};

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use utoipa::IntoParams;
use utoipa::openapi::path::ParameterIn;

use super::page::{Cursor, DEFAULT_LIMIT, MAX_LIMIT};
use crate::error::{ApiError, ProblemCode};

/// What the document says one query parameter may be.
#[derive(Debug, Default)]
struct Spec {
    name: String,
    integer: bool,
    min_length: Option<u64>,
    max_length: Option<u64>,
    minimum: Option<f64>,
    maximum: Option<f64>,
}

fn specs_of<T: IntoParams + 'static>() -> Arc<Vec<Spec>> {
    static CACHE: LazyLock<RwLock<HashMap<TypeId, Arc<Vec<Spec>>>>> = LazyLock::new(Default::default);
    if let Some(s) = CACHE.read().expect("query specs").get(&TypeId::of::<T>()) {
        return s.clone();
    }
    let specs: Vec<Spec> = T::into_params(|| Some(ParameterIn::Query))
        .into_iter()
        .map(|p| {
            let schema = serde_json::to_value(&p.schema).unwrap_or_default();
            let types = match &schema["type"] {
                serde_json::Value::String(t) => vec![t.clone()],
                serde_json::Value::Array(ts) => ts.iter().filter_map(|t| t.as_str().map(str::to_owned)).collect(),
                _ => vec![],
            };
            Spec {
                name: p.name,
                integer: types.iter().any(|t| t == "integer"),
                min_length: schema["minLength"].as_u64(),
                max_length: schema["maxLength"].as_u64(),
                minimum: schema["minimum"].as_f64(),
                maximum: schema["maximum"].as_f64(),
            }
        })
        .collect();
    let specs = Arc::new(specs);
    CACHE.write().expect("query specs").insert(TypeId::of::<T>(), specs.clone());
    specs
}

fn invalid(name: &str, what: impl std::fmt::Display) -> ApiError {
    ApiError::bad_request(ProblemCode::InvalidQueryParameter, format!("{name}: {what}"))
}

/// A number outside its range; `limit` has its own code, as it always had.
fn out_of_range(name: &str, what: impl std::fmt::Display) -> ApiError {
    let code = if name == "limit" { ProblemCode::InvalidLimit } else { ProblemCode::InvalidQueryParameter };
    ApiError::bad_request(code, format!("{name}: {what}"))
}

/// Check the pairs of a query string against the specs of every parameter the operation takes.
fn check(pairs: &[(String, String)], specs: &[&Spec]) -> Result<(), ApiError> {
    for (name, value) in pairs {
        let Some(spec) = specs.iter().find(|s| s.name == *name) else {
            let known: Vec<&str> = specs.iter().map(|s| s.name.as_str()).collect();
            let takes = if known.is_empty() { "no query parameters".to_string() } else { known.join(", ") };
            return Err(ApiError::bad_request(
                ProblemCode::UnknownQueryParameter,
                format!("{name}: not a parameter of this operation (it takes {takes})."),
            ));
        };
        // No parameter takes control characters (the document states it on every free string).
        if value.chars().any(char::is_control) {
            return Err(invalid(name, "control characters are not allowed."));
        }
        let chars = value.chars().count() as u64;
        if spec.max_length.is_some_and(|m| chars > m) {
            return Err(invalid(name, format_args!("at most {} characters.", spec.max_length.unwrap_or_default())));
        }
        if spec.min_length.is_some_and(|m| chars < m) {
            return Err(invalid(name, format_args!("at least {} characters.", spec.min_length.unwrap_or_default())));
        }
        if spec.integer {
            let n: f64 = value.trim().parse::<i64>().map_err(|_| invalid(name, "must be a whole number."))? as f64;
            let (lo, hi) = (spec.minimum, spec.maximum);
            if lo.is_some_and(|lo| n < lo) || hi.is_some_and(|hi| n > hi) {
                return Err(match (lo, hi) {
                    (Some(lo), Some(hi)) => out_of_range(name, format_args!("must be between {lo} and {hi}.")),
                    (Some(lo), None) => out_of_range(name, format_args!("must be at least {lo}.")),
                    (_, hi) => out_of_range(name, format_args!("must be at most {}.", hi.unwrap_or_default())),
                });
            }
        }
    }
    Ok(())
}

fn pairs(req: &HttpRequest) -> Vec<(String, String)> {
    form_urlencoded::parse(req.query_string().as_bytes()).into_owned().collect()
}

/// Deserialize `T` from the pairs; an error names the parameter.
fn read<T: DeserializeOwned>(pairs: &[(String, String)]) -> Result<T, ApiError> {
    let encoded = form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish();
    let de = serde_urlencoded::Deserializer::new(form_urlencoded::parse(encoded.as_bytes()));
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner().to_string();
        // A value type's own message (a date out of range) without its code and stand-in.
        let inner =
            crate::domain::validation::decode(&inner).map_or(inner, |c| c.message.trim_end_matches('.').to_owned());
        let message = if path == "." { inner } else { format!("{path}: {inner}.") };
        ApiError::bad_request(ProblemCode::InvalidQueryParameter, message)
    })
}

/// The query of an operation, as `T`.
pub struct Query<T>(pub T);

impl<T: DeserializeOwned + IntoParams + 'static> FromRequest for Query<T> {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready((|| {
            let pairs = pairs(req);
            let specs = specs_of::<T>();
            check(&pairs, &specs.iter().collect::<Vec<_>>())?;
            read(&pairs).map(Query)
        })())
    }
}

/// `limit` and `cursor`: which page of a list.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageParams {
    /// How many items to return (default 50).
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    /// The `next_cursor` of the previous page.
    #[param(max_length = 500)]
    pub cursor: Option<String>,
}

/// Where a page starts and how long it is, checked.
#[derive(Debug, Clone)]
pub struct PageRequest {
    pub limit: u64,
    pub after: Option<Cursor>,
}

/// The query of a list operation: its filters `F` and the page.
pub struct ListQuery<F> {
    pub filters: F,
    pub page: PageRequest,
}

impl<F: DeserializeOwned + IntoParams + 'static> FromRequest for ListQuery<F> {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready((|| {
            let pairs = pairs(req);
            let (filters, paging) = (specs_of::<F>(), specs_of::<PageParams>());
            check(&pairs, &filters.iter().chain(paging.iter()).collect::<Vec<_>>())?;
            let (own, theirs): (Vec<_>, Vec<_>) =
                pairs.into_iter().partition(|(k, _)| paging.iter().any(|s| s.name == *k));
            let p: PageParams = read(&own)?;
            let after = p.cursor.as_deref().map(Cursor::decode).transpose()?;
            Ok(ListQuery {
                filters: read(&theirs)?,
                page: PageRequest { limit: p.limit.unwrap_or(DEFAULT_LIMIT).min(MAX_LIMIT), after },
            })
        })())
    }
}

/// A search term worth searching for: trimmed, not blank.
pub fn search_term(q: Option<String>) -> Option<String> {
    q.map(|q| q.trim().to_owned()).filter(|q| !q.is_empty())
}

/// A problem found with a query parameter after it was read (a code that names nothing, an id
/// of no area): the 400 a query gets, naming the parameter, rather than a body's 422.
pub fn query_problem(e: ApiError) -> ApiError {
    match e {
        ApiError::Validation(errors) => ApiError::BadRequest {
            code: crate::error::ProblemCode::InvalidQueryParameter,
            detail: errors.iter().map(|f| format!("{}: {}", f.field, f.message)).collect::<Vec<_>>().join(" "),
        },
        other => other,
    }
}

/// An operation that takes no query parameters (but refuses unknown ones like every other).
#[derive(Debug, Deserialize, IntoParams)]
pub struct NoParams {}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, IntoParams)]
    #[into_params(parameter_in = Query)]
    #[allow(dead_code)]
    struct Filters {
        #[param(max_length = 5)]
        q: Option<String>,
        at: Option<chrono::NaiveDate>,
    }

    fn run(query: &str) -> Result<(), ApiError> {
        let req = actix_web::test::TestRequest::with_uri(&format!("/x?{query}")).to_http_request();
        ListQuery::<Filters>::from_request(&req, &mut Payload::None).into_inner().map(|_| ())
    }

    fn detail(r: Result<(), ApiError>) -> (ProblemCode, String) {
        match r {
            Err(ApiError::BadRequest { code, detail }) => (code, detail),
            other => panic!("expected a 400, got {other:?}"),
        }
    }

    #[test]
    fn errors_name_the_parameter() {
        assert!(run("q=abc&limit=10&at=2025-01-01").is_ok());
        assert_eq!(detail(run("limit=0")), (ProblemCode::InvalidLimit, "limit: must be between 1 and 200.".into()));
        assert_eq!(detail(run("limit=x")).1, "limit: must be a whole number.");
        assert_eq!(detail(run("q=abcdef")).1, "q: at most 5 characters.");
        assert!(detail(run("at=2025-13-01")).1.starts_with("at: "));
        let (code, text) = detail(run("qq=1"));
        assert_eq!(code, ProblemCode::UnknownQueryParameter);
        assert!(text.starts_with("qq: not a parameter of this operation (it takes q, at, limit, cursor)"), "{text}");
        assert_eq!(detail(run("cursor=garbage")).0, ProblemCode::InvalidCursor);
    }
}
