//! The HTTP API: one module per resource, the OpenAPI document, and the fallback that answers
//! unknown paths (404) and unsupported methods (405 with `Allow`) with problem details.

pub mod access_log;
pub mod accountability;
pub mod action_items;
pub mod agenda_items;
pub mod agreements;
pub mod api_keys;
pub mod areas;
pub mod attendance;
pub mod audit_events;
pub mod auth;
pub mod calendars;
pub mod contact_routes;
pub mod councils;
mod docs;
pub mod documents;
pub mod follow_up;
pub mod indicator_values;
pub mod indicators;
pub mod initiatives;
pub mod inquiries;
pub mod meetings;
pub mod memberships;
pub mod minutes;
pub mod open311;
pub mod organizations;
pub mod people;
pub mod reports;
pub mod seats;
pub mod situation_pictures;
pub mod system;
pub mod topics;

use std::sync::LazyLock;

use actix_web::{App, HttpRequest, HttpResponse};
use utoipa::openapi::path::Operation;
use utoipa::openapi::schema::Schema;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::{AppExt, scope};

use crate::error::{ApiError, FieldError, Problem};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Samverkan API",
        version = "1.0.0",
        description = "The API of Samverkan, where a Swedish city, its police and their partners run safety councils (trygghetsråd) and their cooperation agreement.\n\nConventions: JSON with snake_case fields; timestamps RFC 3339 UTC; ids UUIDv7. Lists take `limit` (1–200, default 50) and an opaque `cursor`, and return `{ items, next_cursor }`. Errors are RFC 9457 problem details with a stable `code` (and `errors` per field on 422). Every resource has a `version`, sent as `ETag`; PATCH and DELETE require `If-Match` (428 when missing, 412 when stale). POST takes an `Idempotency-Key`. Every response carries `X-Request-Id`.",
        license(name = "EUPL-1.2", identifier = "EUPL-1.2")
    ),
    tags(
        (name = "auth", description = "Logging in and tokens"),
        (name = "areas", description = "Municipality, districts, neighbourhoods and police areas"),
        (name = "organizations", description = "The parties: city, police, companies, schools, civil society …"),
        (name = "people", description = "People who sit on councils; GDPR export and erasure"),
        (name = "councils", description = "Steering groups, safety councils and working groups, with their seats and members"),
        (name = "agreements", description = "Cooperation agreements between the city, the police and partners"),
        (name = "meetings", description = "Meetings of councils: scheduling, cadence, cancelling, agenda, attendance and documents"),
        (name = "minutes", description = "Minutes (protokoll) and their adjusting (justering); corrections"),
        (name = "calendars", description = "Calendar feeds (RFC 5545) of councils' meetings: per council, public, and personal"),
        (name = "follow-up", description = "Indicators and their values, situation pictures, initiatives and the yearly follow-up"),
        (name = "contact", description = "Contact routes (who to contact for what), topics, inquiries and their handling, API keys"),
        (name = "reports", description = "Coverage of areas by councils, staffing of seats, and response times"),
        (name = "open311", description = "Open311 GeoReport v2 (JSON) at /open311/v2: services, service requests and tokens"),
        (name = "audit", description = "The audit log and the access log"),
        (name = "public", description = "What anyone may read without logging in"),
        (name = "system", description = "Health, metrics and keys"),
    ),
    components(schemas(Problem, FieldError), responses(docs::Forbidden, docs::Conflict, docs::Gone, docs::FileTooLarge, docs::FileTypeNotAllowed)),
    modifiers(&BearerAuth)
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).bearer_format("JWT").build()),
        );
    }
}

/// Register every documented handler.
pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.configure(system::routes)
        .service(
            scope::scope("/api/v1")
                .configure(auth::routes)
                .configure(areas::routes)
                .configure(organizations::routes)
                .configure(people::routes)
                .configure(councils::routes)
                .configure(seats::routes)
                .configure(memberships::routes)
                .configure(agreements::routes)
                .configure(meetings::routes)
                .configure(agenda_items::routes)
                .configure(attendance::routes)
                .configure(documents::routes)
                .configure(minutes::routes)
                .configure(action_items::routes)
                .configure(calendars::routes)
                .configure(indicators::routes)
                .configure(indicator_values::routes)
                .configure(initiatives::routes)
                .configure(situation_pictures::routes)
                .configure(follow_up::routes)
                .configure(reports::routes)
                .configure(topics::routes)
                .configure(contact_routes::routes)
                .configure(inquiries::routes)
                .configure(accountability::routes)
                .configure(api_keys::routes)
                .configure(audit_events::routes)
                .configure(access_log::routes),
        )
        .service(scope::scope("/open311/v2").configure(open311::routes));
}

/// The OpenAPI document, built from the same route registration the server uses.
pub fn openapi() -> utoipa::openapi::OpenApi {
    let (_, mut doc) = App::new().into_utoipa_app().openapi(ApiDoc::openapi()).configure(routes).split_for_parts();
    add_standard_errors(&mut doc);
    add_resource_headers(&mut doc);
    add_query_patterns(&mut doc);
    add_links(&mut doc);
    doc
}

/// The path parameters of a path template, in order: `/councils/{id}/seats/{seat_id}` → id, seat_id.
fn path_params(path: &str) -> Vec<&str> {
    path.split('/').filter_map(|s| s.strip_prefix('{')?.strip_suffix('}')).collect()
}

/// OpenAPI links from every create to the operations that use the id it returns: from
/// `POST /councils` to `GET /councils/{id}`, `POST /councils/{id}/seats` …, and from `POST
/// /councils/{id}/seats` to `PATCH /councils/{id}/seats/{seat_id}` (the council id taken from the
/// create's own path). Clients and the contract fuzzer follow them.
fn add_links(doc: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::link::LinkBuilder;
    let ops: Vec<(String, &str, String)> = doc
        .paths
        .paths
        .iter()
        .flat_map(|(path, item)| {
            [("get", &item.get), ("post", &item.post), ("patch", &item.patch), ("delete", &item.delete)]
                .into_iter()
                .filter_map(|(m, op)| Some((path.clone(), m, op.as_ref()?.operation_id.clone()?)))
        })
        .collect();
    for (path, item) in doc.paths.paths.iter_mut() {
        let Some(create) = item.post.as_mut() else { continue };
        let Some(utoipa::openapi::RefOr::T(created)) = create.responses.responses.get_mut("201") else { continue };
        let own = path_params(path);
        for (target, _, operation_id) in &ops {
            // The targets live under the new resource: `{path}/{new}` and below it.
            let Some(rest) = target.strip_prefix(&format!("{path}/{{")) else { continue };
            let Some((new, _)) = rest.split_once('}') else { continue };
            // Only targets whose every id is the new one or one the create itself was given.
            let params = path_params(target);
            if !params.iter().all(|p| *p == new || own.contains(p)) {
                continue;
            }
            let mut link = LinkBuilder::new().operation_id(operation_id);
            for p in params {
                let value = if p == new { "$response.body#/id".to_string() } else { format!("$request.path.{p}") };
                link = link.parameter(p, value);
            }
            created.links.insert(operation_id.clone(), link.build().into());
        }
    }
}

/// The headers the write path sends with every single resource (see `kit::write`): `ETag` with
/// its version on each 200 and 201 whose body is a versioned resource, and `Location` on 201.
fn add_resource_headers(doc: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::RefOr;
    use utoipa::openapi::header::HeaderBuilder;
    use utoipa::openapi::schema::{ObjectBuilder, Type};
    let versioned: Vec<String> = doc
        .components
        .as_ref()
        .map(|c| {
            c.schemas
                .iter()
                .filter(|(_, s)| matches!(s, RefOr::T(Schema::Object(o)) if o.properties.contains_key("version")))
                .map(|(name, _)| format!("#/components/schemas/{name}"))
                .collect()
        })
        .unwrap_or_default();
    let header = |description: &str| {
        HeaderBuilder::new()
            .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
            .description(Some(description))
            .build()
    };
    for item in doc.paths.paths.values_mut() {
        for op in [&mut item.get, &mut item.post, &mut item.patch].into_iter().flatten() {
            for (status, response) in op.responses.responses.iter_mut() {
                let RefOr::T(response) = response else { continue };
                let is_resource = response.content.get("application/json").is_some_and(|c| {
                    matches!(c, RefOr::T(c) if matches!(&c.schema, Some(RefOr::Ref(r)) if versioned.contains(&r.ref_location)))
                });
                match status.as_str() {
                    "200" | "201" if is_resource => {
                        response.headers.insert("ETag".into(), header("The resource's version, for If-Match").into());
                    }
                    _ => continue,
                }
                if status == "201" {
                    response.headers.insert("Location".into(), header("The new resource's URL").into());
                }
            }
        }
    }
}

/// Every free-text query parameter (a string without a format or a list of values, like `q`
/// and `cursor`) states the rule `kit::query` holds every parameter to: no control characters.
fn add_query_patterns(doc: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::RefOr;
    use utoipa::openapi::path::ParameterIn;
    use utoipa::openapi::schema::{SchemaType, Type};
    for item in doc.paths.paths.values_mut() {
        for op in [&mut item.get, &mut item.post, &mut item.patch, &mut item.delete].into_iter().flatten() {
            for p in op.parameters.iter_mut().flatten() {
                let RefOr::T(p) = p else { continue };
                if p.parameter_in != ParameterIn::Query {
                    continue;
                }
                let Some(RefOr::T(Schema::Object(o))) = p.schema.as_mut() else { continue };
                let is_string = match &o.schema_type {
                    SchemaType::Type(t) => *t == Type::String,
                    SchemaType::Array(ts) => ts.contains(&Type::String),
                    SchemaType::AnyValue => false,
                };
                if is_string && o.format.is_none() && o.enum_values.is_none() && o.pattern.is_none() {
                    o.pattern = Some(crate::domain::text::LINE_PATTERN.to_string());
                }
            }
        }
    }
}

static DOC: LazyLock<utoipa::openapi::OpenApi> = LazyLock::new(openapi);

pub fn openapi_cached() -> utoipa::openapi::OpenApi {
    DOC.clone()
}

/// Document the problem responses every operation can give, so none is left out by accident.
fn add_standard_errors(doc: &mut utoipa::openapi::OpenApi) {
    let problem = |description: &str| {
        ResponseBuilder::new()
            .description(description)
            .content(
                "application/problem+json",
                ContentBuilder::new().schema(Some(Ref::from_schema_name("Problem"))).build(),
            )
            .build()
    };
    for (path, item) in doc.paths.paths.iter_mut() {
        let ops: [&mut Option<Operation>; 5] =
            [&mut item.get, &mut item.post, &mut item.put, &mut item.patch, &mut item.delete];
        for op in ops {
            let Some(op) = op.as_mut() else { continue };
            let secured = op.security.as_ref().is_some_and(|reqs| {
                !reqs.is_empty() && serde_json::to_value(reqs).is_ok_and(|v| v != serde_json::json!([{}]))
            });
            let has_body = op.request_body.is_some();
            let has_if_match = op
                .parameters
                .as_ref()
                .is_some_and(|ps| ps.iter().any(|p| matches!(p, utoipa::openapi::RefOr::T(p) if p.name == "If-Match")));
            let mut add = |code: &str, description: &str| {
                op.responses.responses.entry(code.to_string()).or_insert_with(|| problem(description).into());
            };
            add("400", "Bad request: a malformed body or an invalid path or query parameter");
            if secured {
                add("401", "Missing, invalid or expired access token");
            }
            if path.contains('{') {
                add("404", "No such resource");
            }
            if has_body {
                add("413", "The body is too large");
                add("415", "The body is not JSON");
                add("422", "Validation failed; `errors` names each invalid field");
            }
            let has_idempotency_key = op.parameters.as_ref().is_some_and(|ps| {
                ps.iter().any(|p| matches!(p, utoipa::openapi::RefOr::T(p) if p.name == "Idempotency-Key"))
            });
            if has_idempotency_key {
                add("409", "An Idempotency-Key reused with another request, or still in use");
            }
            if has_if_match {
                add("412", "The If-Match version is not the current one");
                add("428", "If-Match is required");
            }
        }
    }
}

/// The methods each documented path template allows, for 405 answers.
static ROUTES: LazyLock<Vec<(Vec<String>, Vec<&'static str>)>> = LazyLock::new(|| {
    DOC.paths
        .paths
        .iter()
        .map(|(path, item)| {
            let segments = path.trim_matches('/').split('/').map(str::to_owned).collect();
            let mut methods = vec![];
            if item.get.is_some() {
                methods.extend(["GET", "HEAD"]);
            }
            for (op, name) in
                [(&item.post, "POST"), (&item.put, "PUT"), (&item.patch, "PATCH"), (&item.delete, "DELETE")]
            {
                if op.is_some() {
                    methods.push(name);
                }
            }
            (segments, methods)
        })
        .collect()
});

/// The methods a request path supports, if it names a documented path.
pub fn allowed_methods(path: &str) -> Option<Vec<&'static str>> {
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    ROUTES.iter().find_map(|(segments, methods)| {
        let same = segments.len() == parts.len() && segments.iter().zip(&parts).all(|(s, p)| segment_matches(s, p));
        same.then(|| methods.clone())
    })
}

/// Whether a path segment fits a template segment: a literal is itself; `{id}` is any value
/// without a colon; `{id}:cancel` is a value and then `:cancel`.
fn segment_matches(template: &str, part: &str) -> bool {
    match template.strip_prefix('{').and_then(|t| t.split_once('}')) {
        Some((_, "")) => !part.is_empty() && !part.contains(':'),
        Some((_, suffix)) => part.strip_suffix(suffix).is_some_and(|value| !value.is_empty() && !value.contains(':')),
        None => template == part,
    }
}

/// Unknown API paths get 404 and known paths with another method 405, as problem details.
pub fn api_fallback(req: &HttpRequest) -> HttpResponse {
    use actix_web::ResponseError;
    match allowed_methods(req.path()) {
        Some(allow) if !allow.contains(&req.method().as_str()) => {
            ApiError::MethodNotAllowed { allow: allow.iter().map(|m| m.to_string()).collect() }.error_response()
        }
        _ => ApiError::NotFound.error_response(),
    }
}

pub fn is_api_path(path: &str) -> bool {
    path == "/api"
        || path.starts_with("/api/")
        || path.starts_with("/.well-known/")
        || path.starts_with("/open311/")
        || ["/healthz", "/readyz", "/metrics"].contains(&path)
}
