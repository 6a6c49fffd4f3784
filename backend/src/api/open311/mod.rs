//! Open311 GeoReport v2 (JSON) at `/open311/v2/`, for civic apps such as FixMyStreet: the
//! public topics as services, service requests as inquiries (posted with an API key an admin
//! issued), and their status mapped onto `open` / `closed`. No GET shows personal data. Errors
//! follow the specification: a list of `{code, description}`.

mod types;

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError, get, post, web};
use chrono::{Duration, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait};
use serde::de::DeserializeOwned;

pub use types::{
    JurisdictionParams, Open311Attribute, Open311Created, Open311Error, Open311NewRequest, Open311Request,
    Open311Service, Open311ServiceDefinition, Open311Token, RequestsParams,
};

use crate::domain::contact_route::FromAudience;
use crate::domain::inquiry::{InquirySource, InquiryStatus, MessageKind, normal_reference, token_hash};
use crate::entities::{api_key, inquiry, inquiry_message, topic};
use crate::error::ApiError;
use crate::kit::{Named, Refs, names};
use crate::state::AppState;
use crate::store::inquiries::{Filing, audit_filed, file, placed, route_for};

/// An Open311 error response.
#[derive(Debug)]
pub struct Failure(StatusCode, String);

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.0, self.1)
    }
}

impl ResponseError for Failure {
    fn status_code(&self) -> StatusCode {
        self.0
    }
    fn error_response(&self) -> HttpResponse {
        HttpResponse::build(self.0).json(vec![Open311Error { code: self.0.as_u16(), description: self.1.clone() }])
    }
}

impl From<ApiError> for Failure {
    fn from(e: ApiError) -> Self {
        let status = e.status_code();
        let text = match &e {
            ApiError::Validation(errors) => {
                errors.iter().map(|f| format!("{}: {}", f.field, f.message)).collect::<Vec<_>>().join(" ")
            }
            ApiError::BadRequest { detail, .. } | ApiError::Conflict { detail, .. } => detail.clone(),
            ApiError::Internal(_) => "Internal error.".into(),
            other => other.to_string(),
        };
        // The specification's list has 400, 403, 404 and 500; a validation error is a 400.
        let status = if status == StatusCode::UNPROCESSABLE_ENTITY { StatusCode::BAD_REQUEST } else { status };
        Failure(status, text)
    }
}

impl From<sea_orm::DbErr> for Failure {
    fn from(e: sea_orm::DbErr) -> Self {
        ApiError::from(e).into()
    }
}

type Answer = Result<HttpResponse, Failure>;

fn bad(text: impl Into<String>) -> Failure {
    Failure(StatusCode::BAD_REQUEST, text.into())
}

/// The query string read as `T`, held to the limits its documentation states (as every query of
/// the API is), with Open311's error shape.
fn query<T: DeserializeOwned + utoipa::IntoParams + 'static>(req: &HttpRequest) -> Result<T, Failure> {
    use actix_web::FromRequest;
    let q = crate::kit::Query::<T>::from_request(req, &mut actix_web::dev::Payload::None).into_inner()?;
    Ok(q.0)
}

fn service(t: topic::Model) -> Open311Service {
    Open311Service {
        service_code: t.code,
        description: t.name_en.clone(),
        service_name: t.name_sv,
        metadata: false,
        type_: "realtime",
        keywords: t.name_en,
        group: "Trygghet".into(),
    }
}

/// List services
///
/// The public topics.
#[utoipa::path(
    operation_id = "open311ListServices",
    tag = "open311",
    params(JurisdictionParams),
    responses(
        (status = 200, description = "The services", body = Vec<Open311Service>),
        (status = 400, description = "Bad request", body = Vec<Open311Error>),
    ),
    security(())
)]
#[get("/services.json")]
pub async fn services(state: web::Data<AppState>, req: HttpRequest) -> Answer {
    let _: JurisdictionParams = query(&req)?;
    let topics = topic::Entity::find()
        .filter(topic::Column::IsPublic.eq(true))
        .order_by_asc(topic::Column::Code)
        .all(&state.db.read)
        .await?;
    Ok(HttpResponse::Ok().json(topics.into_iter().map(service).collect::<Vec<_>>()))
}

async fn public_topic(state: &AppState, code: &str) -> Result<topic::Model, Failure> {
    match crate::store::contact_routes::topic_by_code(&state.db.read, code).await? {
        Some(t) if t.is_public => Ok(t),
        _ => Err(Failure(StatusCode::NOT_FOUND, format!("No service has the code `{code}`."))),
    }
}

/// Get a service's definition
///
/// No service asks extra questions: `attributes` is empty.
#[utoipa::path(
    operation_id = "open311GetService",
    tag = "open311",
    params(("code" = String, Path, description = "The service code"), JurisdictionParams),
    responses(
        (status = 200, description = "The service's attributes", body = Open311ServiceDefinition),
        (status = 400, description = "Bad request", body = Vec<Open311Error>),
        (status = 404, description = "No such service", body = Vec<Open311Error>),
    ),
    security(())
)]
#[get("/services/{code}.json")]
pub async fn service_definition(state: web::Data<AppState>, req: HttpRequest, code: web::Path<String>) -> Answer {
    let _: JurisdictionParams = query(&req)?;
    let t = public_topic(&state, &code).await?;
    Ok(HttpResponse::Ok().json(Open311ServiceDefinition { service_code: t.code, attributes: vec![] }))
}

/// At most this many requests in one answer.
const MAX_REQUESTS: u64 = 1000;

/// `rows` as Open311 requests: names, topics and the latest public reply (three queries).
async fn present(state: &AppState, rows: Vec<inquiry::Model>) -> Result<Vec<Open311Request>, Failure> {
    let db = &state.db.read;
    let ids: Vec<_> = rows.iter().map(|m| m.id).collect();
    let mut notes: HashMap<uuid::Uuid, String> = HashMap::new();
    if !ids.is_empty() {
        for m in inquiry_message::Entity::find()
            .filter(inquiry_message::Column::InquiryId.is_in(ids))
            .filter(inquiry_message::Column::Kind.eq(MessageKind::PublicReply))
            .order_by_asc(inquiry_message::Column::Id)
            .all(db)
            .await?
        {
            notes.insert(m.inquiry_id, m.body);
        }
    }
    let topics: HashMap<_, _> = topic::Entity::find().all(db).await?.into_iter().map(|t| (t.id, t)).collect();
    let refs: Vec<Refs> = rows
        .iter()
        .map(|m| Refs::new().one(Named::Area, m.area_id).one(Named::Organization, m.organization_id))
        .collect();
    let names = names::resolve(db, &refs).await?;
    Ok(rows
        .into_iter()
        .zip(names)
        .map(|(m, names)| {
            let t = topics.get(&m.topic_id);
            Open311Request {
                status_notes: notes.remove(&m.id),
                service_request_id: m.reference,
                status: m.status.open311(),
                service_name: t.map(|t| t.name_sv.clone()).unwrap_or_default(),
                service_code: t.map(|t| t.code.clone()).unwrap_or_default(),
                description: None,
                agency_responsible: m.organization_id.and_then(|o| names.get(&o)).map(str::to_owned),
                service_notice: None,
                requested_datetime: m.received_at,
                updated_datetime: m.updated_at,
                expected_datetime: m.expected_at,
                address: m.area_id.and_then(|a| names.get(&a)).map(str::to_owned),
                address_id: m.area_id.map(|a| a.to_string()),
                zipcode: None,
                lat: None,
                long: None,
                media_url: None,
            }
        })
        .collect())
}

/// Service requests of the public (the form and Open311 clients), never partners' own.
fn published() -> sea_orm::Condition {
    sea_orm::Condition::all().add(inquiry::Column::Source.is_in([InquirySource::Public, InquirySource::Open311]))
}

fn list_of(text: &str) -> Vec<String> {
    text.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).take(200).collect()
}

/// List service requests
///
/// By references (`service_request_id`), or by service, time (default: the last 90 days) and
/// status; newest first, at most 1000. No personal data: no name, contact, message text or
/// exact point.
#[utoipa::path(
    operation_id = "open311ListRequests",
    tag = "open311",
    params(RequestsParams),
    responses(
        (status = 200, description = "The requests", body = Vec<Open311Request>),
        (status = 400, description = "Bad request", body = Vec<Open311Error>),
    ),
    security(())
)]
#[get("/requests.json")]
pub async fn requests(state: web::Data<AppState>, req: HttpRequest) -> Answer {
    let p: RequestsParams = query(&req)?;
    let db = &state.db.read;
    let mut select = inquiry::Entity::find().filter(published());
    if let Some(ids) = p.service_request_id.as_deref() {
        select = select.filter(inquiry::Column::Reference.is_in(list_of(ids).iter().map(|r| normal_reference(r))));
    } else {
        let end = p.end_date.unwrap_or_else(Utc::now);
        let start = p.start_date.unwrap_or(end - Duration::days(90));
        if end < start {
            return Err(bad("end_date is before start_date."));
        }
        select = select.filter(inquiry::Column::ReceivedAt.gte(start)).filter(inquiry::Column::ReceivedAt.lt(end));
        if let Some(codes) = p.service_code.as_deref() {
            let ids: Vec<uuid::Uuid> = topic::Entity::find()
                .filter(topic::Column::Code.is_in(list_of(codes)))
                .select_only()
                .column(topic::Column::Id)
                .into_tuple()
                .all(db)
                .await?;
            select = select.filter(inquiry::Column::TopicId.is_in(ids));
        }
        if let Some(status) = p.status.as_deref() {
            let wanted: Vec<&str> = status.split(',').collect();
            if wanted.len() > 2 || wanted.iter().any(|s| *s != "open" && *s != "closed") {
                return Err(bad("status: `open`, `closed`, or `open,closed`."));
            }
            let statuses: Vec<InquiryStatus> =
                InquiryStatus::ALL.iter().copied().filter(|s| wanted.iter().any(|w| *w == s.open311())).collect();
            select = select.filter(inquiry::Column::Status.is_in(statuses));
        }
    }
    let rows = select.order_by_desc(inquiry::Column::Id).limit(MAX_REQUESTS).all(db).await?;
    Ok(HttpResponse::Ok().json(present(&state, rows).await?))
}

/// Get a service request
#[utoipa::path(
    operation_id = "open311GetRequest",
    tag = "open311",
    params(("id" = String, Path, description = "The service request id (an inquiry's reference)"), JurisdictionParams),
    responses(
        (status = 200, description = "The request, in a list of one", body = Vec<Open311Request>),
        (status = 400, description = "Bad request", body = Vec<Open311Error>),
        (status = 404, description = "No such request", body = Vec<Open311Error>),
    ),
    security(())
)]
#[get("/requests/{id}.json")]
pub async fn request(state: web::Data<AppState>, req: HttpRequest, id: web::Path<String>) -> Answer {
    let _: JurisdictionParams = query(&req)?;
    let row = inquiry::Entity::find()
        .filter(published())
        .filter(inquiry::Column::Reference.eq(normal_reference(&id)))
        .one(&state.db.read)
        .await?
        .ok_or_else(|| Failure(StatusCode::NOT_FOUND, "No such service request.".into()))?;
    Ok(HttpResponse::Ok().json(present(&state, vec![row]).await?))
}

/// Get the request a token became
#[utoipa::path(
    operation_id = "open311GetToken",
    tag = "open311",
    params(("token" = String, Path, description = "The token a POST gave"), JurisdictionParams),
    responses(
        (status = 200, description = "The request id, in a list of one", body = Vec<Open311Token>),
        (status = 400, description = "Bad request", body = Vec<Open311Error>),
        (status = 404, description = "No such token", body = Vec<Open311Error>),
    ),
    security(())
)]
#[get("/tokens/{token}.json")]
pub async fn token(state: web::Data<AppState>, req: HttpRequest, token: web::Path<String>) -> Answer {
    let _: JurisdictionParams = query(&req)?;
    let not_found = || Failure(StatusCode::NOT_FOUND, "No such token.".into());
    let id = uuid::Uuid::parse_str(token.trim()).map_err(|_| not_found())?;
    let row = inquiry::Entity::find_by_id(id)
        .filter(inquiry::Column::Source.eq(InquirySource::Open311))
        .one(&state.db.read)
        .await?
        .ok_or_else(not_found)?;
    Ok(HttpResponse::Ok().json(vec![Open311Token { service_request_id: row.reference, token: row.id.to_string() }]))
}

/// The largest form accepted.
const MAX_FORM_BYTES: usize = 64 * 1024;

/// A form field as the schema states it: at most `max` characters, no control characters (but
/// line breaks and tabs in `description`); blank is none.
fn optional(v: Option<String>, max: usize, field: &str) -> Result<Option<String>, Failure> {
    let multiline = field == "description";
    let refused = |c: char| c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t'));
    if let Some(s) = &v
        && (s.chars().count() > max || s.chars().any(refused))
    {
        return Err(bad(format!("{field}: at most {max} characters, no control characters.")));
    }
    Ok(v.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()))
}

/// Create a service request
///
/// Form-encoded, with an `api_key` an admin issued (403 without a valid one). `service_code`,
/// `description`, and a place: `lat` and `long` (placed in their neighbourhood) or `address_id`
/// (an area's id). The name (`first_name`, `last_name`) and a way to answer (`email` or `phone`)
/// are kept as personal data, never shown in a GET and purged after closing.
#[utoipa::path(
    operation_id = "open311CreateRequest",
    tag = "open311",
    request_body(content = Open311NewRequest, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 201, description = "Created, in a list of one", body = Vec<Open311Created>),
        (status = 400, description = "Bad request", body = Vec<Open311Error>),
        (status = 403, description = "No valid API key", body = Vec<Open311Error>),
        (status = 404, description = "No public service has this code", body = Vec<Open311Error>),
    ),
    security(())
)]
#[post("/requests.json")]
pub async fn create_request(state: web::Data<AppState>, body: web::Bytes) -> Answer {
    if body.len() > MAX_FORM_BYTES {
        return Err(Failure(StatusCode::PAYLOAD_TOO_LARGE, "The request is too large.".into()));
    }
    let f: Open311NewRequest = serde_urlencoded::from_bytes(&body).map_err(|e| bad(format!("Invalid form: {e}.")))?;
    // Every field is held to what the schema states, the ones this server does not use too.
    for (value, max, field) in [(&f.api_key, 200, "api_key"), (&f.service_code, 50, "service_code")] {
        optional(Some(value.clone()), max, field)?;
    }
    for (value, max, field) in [
        (&f.address_string, 500, "address_string"),
        (&f.device_id, 100, "device_id"),
        (&f.account_id, 100, "account_id"),
        (&f.media_url, 500, "media_url"),
        (&f.jurisdiction_id, 100, "jurisdiction_id"),
    ] {
        optional(value.clone(), max, field)?;
    }
    for (value, limit, field) in [(f.lat, 90.0, "lat"), (f.long, 180.0, "long")] {
        if value.is_some_and(|v| !(-limit..=limit).contains(&v)) {
            return Err(bad(format!("{field}: from -{limit} to {limit}.")));
        }
    }
    let key = api_key::Entity::find()
        .filter(api_key::Column::KeyHash.eq(token_hash(f.api_key.trim())))
        .filter(api_key::Column::RevokedAt.is_null())
        .one(&state.db.read)
        .await?
        .ok_or_else(|| Failure(StatusCode::FORBIDDEN, "api_key: not a valid key.".into()))?;
    let t = public_topic(&state, f.service_code.trim()).await?;
    let description =
        optional(Some(f.description), 5000, "description")?.ok_or_else(|| bad("description: required."))?;
    let name = [optional(f.first_name, 100, "first_name")?, optional(f.last_name, 100, "last_name")?]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let contact = optional(f.email, 254, "email")?.or(optional(f.phone, 50, "phone")?);
    let area_id = match optional(f.address_id, 100, "address_id")? {
        Some(a) => Some(uuid::Uuid::parse_str(&a).map_err(|_| bad("address_id: not an area's id."))?),
        None => None,
    };
    let (lat, lon) = match (area_id, f.lat, f.long) {
        (Some(_), _, _) => (None, None),
        (None, Some(lat), Some(lon)) if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) => {
            (Some(lat), Some(lon))
        }
        _ => return Err(bad("Give lat and long (WGS 84), or address_id.")),
    };
    let places = state.places.get(&state.db.read).await?;
    let at = placed(&places, area_id, lat, lon)?;
    let filing = Filing {
        source: InquirySource::Open311,
        from_audience: FromAudience::Resident,
        topic_id: t.id,
        area_id,
        lat,
        lon,
        message: description,
        name: Some(name).filter(|n| !n.is_empty()),
        contact,
        consent: true,
        filed_by_user_id: None,
        address_hash: None,
    };
    let route = route_for(&state.db.read, &at, &filing, true).await?;
    let txn = state.db.write.begin().await.map_err(ApiError::from)?;
    let (row, _) = file(&txn, &at, filing, route).await?;
    api_key::Entity::update(api_key::ActiveModel {
        id: Set(key.id),
        last_used_at: Set(Some(crate::db::now())),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    audit_filed(&txn, &row, serde_json::json!({"api_key_id": key.id})).await?;
    txn.commit().await.map_err(ApiError::from)?;
    Ok(HttpResponse::Created().json(vec![Open311Created {
        service_request_id: row.reference,
        token: row.id.to_string(),
        service_notice: row.expected_at.map(|t| format!("Svar utlovat senast {}.", t.format("%Y-%m-%d %H:%M UTC"))),
        account_id: None,
    }]))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(services)
        .service(service_definition)
        .service(requests)
        .service(create_request)
        .service(request)
        .service(token);
}
