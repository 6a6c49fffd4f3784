//! Seats: the functions a council wants at its table (Popolo's Post), e.g.
//! "Lokalpolisområdeschef" held by the police, or "Trygghetssamordnare" held by the district.

use actix_web::{HttpRequest, HttpResponse, delete, get, patch, post, web};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::access::{current_on, require_council_manager, today};
use crate::auth::Auth;
use crate::concurrency::{check_if_match, ok_with_etag};
use crate::db::now;
use crate::entities::membership::{self, Entity as MembershipEntity};
use crate::entities::organization::Entity as Org;
use crate::entities::seat::{self, Entity as SeatEntity};
use crate::error::{ApiError, ApiResult, FieldError};
use crate::extract::{Json, double_option, non_null};
use crate::idempotency::{Created, Idempotency};
use crate::pagination::Page;
use crate::rules::text;
use crate::state::AppState;
use crate::{audit, string_enum};

string_enum!(
    /// A role at a council's table.
    CouncilRole {
        Chair => "chair",
        ViceChair => "vice_chair",
        Secretary => "secretary",
        Member => "member",
        Adjunct => "adjunct",
        Observer => "observer",
    }
);

pub const MAX_HOLDERS_LIMIT: i32 = 50;

#[derive(Debug, Serialize, ToSchema)]
pub struct Seat {
    pub id: Uuid,
    pub council_id: Uuid,
    #[schema(example = "Lokalpolisområdeschef")]
    pub label: String,
    pub role: CouncilRole,
    /// The organization that should hold the seat.
    pub organization_id: Option<Uuid>,
    /// The council wants this seat filled.
    pub required: bool,
    /// How many people may hold it at once.
    pub max_holders: i32,
    /// Its holders may read restricted content.
    pub restricted_access: bool,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewSeat {
    #[schema(min_length = 1, max_length = 200, pattern = r"^[^\x00-\x1F\x7F-\x9F]*[^\s\x00-\x1F\x7F-\x9F][^\x00-\x1F\x7F-\x9F]*$")]
    pub label: String,
    pub role: CouncilRole,
    #[serde(default)]
    pub organization_id: Option<Uuid>,
    #[serde(default)]
    pub required: bool,
    /// Default 1.
    #[serde(default)]
    #[schema(minimum = 1, maximum = 50)]
    pub max_holders: Option<i32>,
    #[serde(default)]
    pub restricted_access: bool,
}

#[derive(Debug, Serialize, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct SeatPatch {
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false, min_length = 1, max_length = 200, pattern = r"^[^\x00-\x1F\x7F-\x9F]*[^\s\x00-\x1F\x7F-\x9F][^\x00-\x1F\x7F-\x9F]*$")]
    pub label: Option<String>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false)]
    pub role: Option<CouncilRole>,
    #[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Uuid>)]
    pub organization_id: Option<Option<Uuid>>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false)]
    pub required: Option<bool>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false, minimum = 1, maximum = 50)]
    pub max_holders: Option<i32>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false)]
    pub restricted_access: Option<bool>,
}

pub fn to_api(m: seat::Model) -> ApiResult<Seat> {
    Ok(Seat {
        id: m.id,
        council_id: m.council_id,
        label: m.label,
        role: CouncilRole::parse(&m.role)?,
        organization_id: m.organization_id,
        required: m.required,
        max_holders: m.max_holders,
        restricted_access: m.restricted_access,
        version: m.version,
        created_at: m.created_at,
        updated_at: m.updated_at,
    })
}

fn check_max(max: i32, errors: &mut Vec<FieldError>) {
    if !(1..=MAX_HOLDERS_LIMIT).contains(&max) {
        errors.push(FieldError::new("max_holders", "out_of_range", format!("Between 1 and {MAX_HOLDERS_LIMIT}.")));
    }
}

async fn check_organization(db: &impl ConnectionTrait, id: Option<Uuid>) -> ApiResult<()> {
    if let Some(id) = id
        && Org::find_by_id(id).one(db).await?.is_none()
    {
        return Err(ApiError::field("organization_id", "not_found", "No organization has this id."));
    }
    Ok(())
}

/// A seat of `council_id`, or 404 — also when it belongs to another council.
pub async fn find(db: &impl ConnectionTrait, council_id: Uuid, seat_id: Uuid) -> ApiResult<seat::Model> {
    SeatEntity::find_by_id(seat_id).one(db).await?.filter(|s| s.council_id == council_id).ok_or(ApiError::NotFound)
}

pub async fn insert(db: &impl ConnectionTrait, council_id: Uuid, input: &NewSeat) -> ApiResult<seat::Model> {
    let mut errors = vec![];
    let label = text::name("label", &input.label, 200, &mut errors);
    let max = input.max_holders.unwrap_or(1);
    check_max(max, &mut errors);
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    check_organization(db, input.organization_id).await?;
    let t = now();
    Ok(seat::ActiveModel {
        id: Set(Uuid::now_v7()),
        version: Set(1),
        created_at: Set(t),
        updated_at: Set(t),
        council_id: Set(council_id),
        label: Set(label),
        role: Set(input.role.as_str().into()),
        organization_id: Set(input.organization_id),
        required: Set(input.required),
        max_holders: Set(max),
        restricted_access: Set(input.restricted_access),
    }
    .insert(db)
    .await?)
}

async fn current_holders(db: &impl ConnectionTrait, seat_id: Uuid) -> ApiResult<u64> {
    Ok(MembershipEntity::find()
        .filter(membership::Column::SeatId.eq(seat_id))
        .filter(current_on(today()))
        .count(db)
        .await?)
}

async fn apply_patch(db: &impl ConnectionTrait, current: seat::Model, p: &SeatPatch) -> ApiResult<seat::Model> {
    let mut errors = vec![];
    let mut m: seat::ActiveModel = current.clone().into();
    if let Some(label) = &p.label {
        m.label = Set(text::name("label", label, 200, &mut errors));
    }
    if let Some(max) = p.max_holders {
        check_max(max, &mut errors);
        m.max_holders = Set(max);
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    if let Some(max) = p.max_holders
        && current_holders(db, current.id).await? > max as u64
    {
        return Err(ApiError::conflict("over_capacity", "More people hold this seat now than the new maximum; end a term first."));
    }
    if let Some(role) = p.role {
        m.role = Set(role.as_str().into());
    }
    if let Some(org) = p.organization_id {
        check_organization(db, org).await?;
        m.organization_id = Set(org);
    }
    if let Some(v) = p.required {
        m.required = Set(v);
    }
    if let Some(v) = p.restricted_access {
        m.restricted_access = Set(v);
    }
    m.version = Set(current.version + 1);
    m.updated_at = Set(now());
    crate::db::update_versioned(db, m, current.id, current.version).await?;
    find(db, current.council_id, current.id).await
}

fn json(s: &Seat) -> serde_json::Value {
    serde_json::to_value(s).unwrap_or_default()
}

/// List a council's seats
#[utoipa::path(
    operation_id = "listSeats",
    tag = "councils",
    params(("id" = Uuid, Path, description = "Council id")),
    responses((status = 200, description = "The council's seats (one page)", body = Page<Seat>)),
    security(("bearer" = []))
)]
#[get("/councils/{id}/seats")]
pub async fn list(state: web::Data<AppState>, _auth: Auth, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    let council = crate::api::councils::find(&state.db, id.into_inner()).await?;
    let rows = SeatEntity::find()
        .filter(seat::Column::CouncilId.eq(council.id))
        .order_by_asc(seat::Column::Id)
        .all(&state.db)
        .await?;
    let items = rows.into_iter().map(to_api).collect::<ApiResult<Vec<_>>>()?;
    Ok(HttpResponse::Ok().json(Page { items, next_cursor: None }))
}

/// Get a seat
#[utoipa::path(
    operation_id = "getSeat",
    tag = "councils",
    params(("id" = Uuid, Path, description = "Council id"), ("seat_id" = Uuid, Path, description = "Seat id")),
    responses((status = 200, description = "The seat", body = Seat, headers(("ETag" = String, description = "The current version")))),
    security(("bearer" = []))
)]
#[get("/councils/{id}/seats/{seat_id}")]
pub async fn get_one(state: web::Data<AppState>, _auth: Auth, path: web::Path<(Uuid, Uuid)>) -> ApiResult<HttpResponse> {
    let (council_id, seat_id) = path.into_inner();
    let s = to_api(find(&state.db, council_id, seat_id).await?)?;
    Ok(ok_with_etag(s.version, &s))
}

/// Add a seat to a council
///
/// Coordinators and admins, and the council's own chair or secretary.
#[utoipa::path(
    operation_id = "createSeat",
    tag = "councils",
    request_body = NewSeat,
    params(("id" = Uuid, Path, description = "Council id"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes a retried request return the first response", pattern = "^[!-~]{1,255}$")),
    responses((status = 201, description = "Created", body = Seat,
        headers(("Location" = String, description = "The seat's URL"), ("ETag" = String, description = "Its version")))),
    security(("bearer" = []))
)]
#[post("/councils/{id}/seats")]
pub async fn create(
    state: web::Data<AppState>,
    auth: Auth,
    req: HttpRequest,
    id: web::Path<Uuid>,
    body: Json<NewSeat>,
) -> ApiResult<HttpResponse> {
    let council = crate::api::councils::find(&state.db, id.into_inner()).await?;
    require_council_manager(&state.db, &auth, council.id).await?;
    let input = body.0;
    let idem = Idempotency::from_request(&req, &input)?;
    let txn = state.db.begin().await?;
    if let Some(replayed) = idem.replay::<SeatEntity>(&txn, auth.user_id).await? {
        return Ok(replayed);
    }
    let s = to_api(insert(&txn, council.id, &input).await?)?;
    idem.commit_created(
        txn,
        auth.user_id,
        Created { entity_type: "seat", id: s.id, version: s.version, location: format!("/api/v1/councils/{}/seats/{}", council.id, s.id), body: &s, audit: json(&s) },
    )
    .await
}

/// Update a seat
///
/// Lowering `max_holders` below the number of current holders is refused (409).
#[utoipa::path(
    operation_id = "updateSeat",
    tag = "councils",
    request_body = SeatPatch,
    params(("id" = Uuid, Path, description = "Council id"), ("seat_id" = Uuid, Path, description = "Seat id"),
        ("If-Match" = String, Header, description = "The ETag from the last read")),
    responses((status = 200, description = "Updated", body = Seat, headers(("ETag" = String, description = "The new version")))),
    security(("bearer" = []))
)]
#[patch("/councils/{id}/seats/{seat_id}")]
pub async fn update(
    state: web::Data<AppState>,
    auth: Auth,
    req: HttpRequest,
    path: web::Path<(Uuid, Uuid)>,
    body: Json<SeatPatch>,
) -> ApiResult<HttpResponse> {
    let (council_id, seat_id) = path.into_inner();
    require_council_manager(&state.db, &auth, council_id).await?;
    let txn = state.db.begin().await?;
    let current = find(&txn, council_id, seat_id).await?;
    check_if_match(&req, current.version)?;
    let unchanged = to_api(current.clone())?;
    let before = json(&unchanged);
    let s = to_api(apply_patch(&txn, current, &body.0).await?)?;
    if !audit::commit_update(txn, auth.user_id, "seat", s.id, audit::diff(&before, &json(&s))).await? {
        return Ok(ok_with_etag(unchanged.version, &unchanged));
    }
    Ok(ok_with_etag(s.version, &s))
}

/// Remove a seat
///
/// Only a seat nobody ever held: terms are history (409 otherwise; mark it not required instead).
#[utoipa::path(
    operation_id = "deleteSeat",
    tag = "councils",
    params(("id" = Uuid, Path, description = "Council id"), ("seat_id" = Uuid, Path, description = "Seat id"),
        ("If-Match" = String, Header, description = "The ETag from the last read")),
    responses((status = 204, description = "Removed")),
    security(("bearer" = []))
)]
#[delete("/councils/{id}/seats/{seat_id}")]
pub async fn remove(state: web::Data<AppState>, auth: Auth, req: HttpRequest, path: web::Path<(Uuid, Uuid)>) -> ApiResult<HttpResponse> {
    let (council_id, seat_id) = path.into_inner();
    require_council_manager(&state.db, &auth, council_id).await?;
    let txn = state.db.begin().await?;
    let current = find(&txn, council_id, seat_id).await?;
    check_if_match(&req, current.version)?;
    if MembershipEntity::find().filter(membership::Column::SeatId.eq(current.id)).count(&txn).await? > 0 {
        return Err(ApiError::conflict("has_history", "People have held this seat; its terms are history and stay."));
    }
    let before = json(&to_api(current.clone())?);
    SeatEntity::delete_by_id(current.id).exec(&txn).await?;
    audit::record(&txn, Some(auth.user_id), "delete", "seat", Some(current.id), audit::deleted(&before)).await?;
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(create).service(get_one).service(update).service(remove);
}
