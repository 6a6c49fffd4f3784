//! Memberships: a person in a seat of a council, for a term. Terms are history: they are ended,
//! never deleted, and a seat never has more holders at once than its maximum.

use actix_web::{HttpRequest, HttpResponse, get, patch, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
    TransactionTrait,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::access::{current_on, require_council_manager, today};
use crate::api::seats::CouncilRole;
use crate::auth::Auth;
use crate::concurrency::{check_if_match, ok_with_etag};
use crate::db::now;
use crate::entities::membership::{self, Entity as MembershipEntity};
use crate::entities::organization::Entity as Org;
use crate::entities::person::Entity as PersonEntity;
use crate::entities::seat::Entity as SeatEntity;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, double_option, non_null};
use crate::idempotency::{Created, Idempotency};
use crate::pagination::Page;
use crate::rules::terms;
use crate::state::AppState;
use crate::audit;

#[derive(Debug, Serialize, ToSchema)]
pub struct Membership {
    pub id: Uuid,
    pub council_id: Uuid,
    pub person_id: Uuid,
    pub seat_id: Option<Uuid>,
    pub role: CouncilRole,
    /// The organization the person sits for.
    pub on_behalf_of_id: Option<Uuid>,
    pub start_date: NaiveDate,
    /// Last day of the term (inclusive); `null` while it runs.
    pub end_date: Option<NaiveDate>,
    /// The membership this one is the deputy (ersättare) for.
    pub deputy_for_id: Option<Uuid>,
    /// The term runs today.
    pub current: bool,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMembership {
    pub person_id: Uuid,
    #[serde(default)]
    pub seat_id: Option<Uuid>,
    /// Default: the seat's role, or `member`.
    #[serde(default)]
    pub role: Option<CouncilRole>,
    #[serde(default)]
    pub on_behalf_of_id: Option<Uuid>,
    pub start_date: NaiveDate,
    #[serde(default)]
    pub end_date: Option<NaiveDate>,
    #[serde(default)]
    pub deputy_for_id: Option<Uuid>,
}

/// Change a term: end it, or correct it. Person, seat and council stay.
#[derive(Debug, Serialize, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct MembershipPatch {
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false)]
    pub role: Option<CouncilRole>,
    #[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Uuid>)]
    pub on_behalf_of_id: Option<Option<Uuid>>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false)]
    pub start_date: Option<NaiveDate>,
    #[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<NaiveDate>)]
    pub end_date: Option<Option<NaiveDate>>,
    #[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Uuid>)]
    pub deputy_for_id: Option<Option<Uuid>>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MembershipQuery {
    /// Only terms running on this date.
    pub at: Option<NaiveDate>,
    /// Only terms running today (`true`) or ended or not yet begun (`false`).
    pub current: Option<bool>,
}

pub fn to_api(m: membership::Model) -> ApiResult<Membership> {
    Ok(Membership {
        current: terms::covers(m.start_date, m.end_date, today()),
        id: m.id,
        council_id: m.council_id,
        person_id: m.person_id,
        seat_id: m.seat_id,
        role: CouncilRole::parse(&m.role)?,
        on_behalf_of_id: m.on_behalf_of_id,
        start_date: m.start_date,
        end_date: m.end_date,
        deputy_for_id: m.deputy_for_id,
        version: m.version,
        created_at: m.created_at,
        updated_at: m.updated_at,
    })
}

pub async fn find(db: &impl ConnectionTrait, council_id: Uuid, id: Uuid) -> ApiResult<membership::Model> {
    MembershipEntity::find_by_id(id).one(db).await?.filter(|m| m.council_id == council_id).ok_or(ApiError::NotFound)
}

pub async fn of_person(db: &impl ConnectionTrait, person_id: Uuid) -> ApiResult<Vec<Membership>> {
    MembershipEntity::find()
        .filter(membership::Column::PersonId.eq(person_id))
        .order_by_asc(membership::Column::StartDate)
        .order_by_asc(membership::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(to_api)
        .collect()
}

/// The rules a term must keep; `existing` is the membership being changed, if any.
struct Term<'a> {
    council_id: Uuid,
    person_id: Uuid,
    seat_id: Option<Uuid>,
    on_behalf_of_id: Option<Uuid>,
    start: NaiveDate,
    end: Option<NaiveDate>,
    deputy_for_id: Option<Uuid>,
    existing: Option<&'a membership::Model>,
}

async fn check_term(db: &impl ConnectionTrait, t: &Term<'_>) -> ApiResult<()> {
    if t.end.is_some_and(|e| e < t.start) {
        return Err(ApiError::field("end_date", "before_start_date", "The term cannot end before it starts."));
    }
    if PersonEntity::find_by_id(t.person_id).one(db).await?.is_none() {
        return Err(ApiError::field("person_id", "not_found", "No person has this id."));
    }
    if let Some(org) = t.on_behalf_of_id
        && Org::find_by_id(org).one(db).await?.is_none()
    {
        return Err(ApiError::field("on_behalf_of_id", "not_found", "No organization has this id."));
    }
    if let Some(d) = t.deputy_for_id {
        if t.existing.is_some_and(|e| e.id == d) {
            return Err(ApiError::field("deputy_for_id", "self_reference", "A membership cannot be its own deputy."));
        }
        let target = MembershipEntity::find_by_id(d).one(db).await?;
        if target.is_none_or(|m| m.council_id != t.council_id) {
            return Err(ApiError::field("deputy_for_id", "not_found", "No membership of this council has this id."));
        }
    }
    let Some(seat_id) = t.seat_id else { return Ok(()) };
    // Lock the seat (PostgreSQL; SQLite writes one at a time anyway) so that two terms cannot
    // both take its last place.
    let seat = SeatEntity::find_by_id(seat_id)
        .lock_exclusive()
        .one(db)
        .await?
        .filter(|s| s.council_id == t.council_id)
        .ok_or_else(|| ApiError::field("seat_id", "not_found", "This council has no seat with this id."))?;
    let others: Vec<membership::Model> = MembershipEntity::find()
        .filter(membership::Column::SeatId.eq(seat_id))
        .all(db)
        .await?
        .into_iter()
        .filter(|m| t.existing.is_none_or(|e| e.id != m.id))
        .collect();
    if others.iter().any(|m| m.person_id == t.person_id && terms::overlap((m.start_date, m.end_date), (t.start, t.end))) {
        return Err(ApiError::conflict("already_holds_seat", "This person already holds this seat during this period."));
    }
    let periods: Vec<_> = others.iter().map(|m| (m.start_date, m.end_date)).collect();
    if terms::peak_with((t.start, t.end), &periods) > seat.max_holders as usize {
        return Err(ApiError::conflict(
            "seat_full",
            format!("The seat has room for {} at a time, and this term would exceed it.", seat.max_holders),
        ));
    }
    Ok(())
}

pub async fn insert(db: &impl ConnectionTrait, council_id: Uuid, input: &NewMembership) -> ApiResult<membership::Model> {
    let seat_role = match input.seat_id {
        Some(s) => SeatEntity::find_by_id(s).one(db).await?.map(|s| s.role),
        None => None,
    };
    let role = match (input.role, seat_role) {
        (Some(r), _) => r.as_str().to_owned(),
        (None, Some(r)) => r,
        (None, None) => CouncilRole::Member.as_str().to_owned(),
    };
    check_term(
        db,
        &Term {
            council_id,
            person_id: input.person_id,
            seat_id: input.seat_id,
            on_behalf_of_id: input.on_behalf_of_id,
            start: input.start_date,
            end: input.end_date,
            deputy_for_id: input.deputy_for_id,
            existing: None,
        },
    )
    .await?;
    let t = now();
    Ok(membership::ActiveModel {
        id: Set(Uuid::now_v7()),
        version: Set(1),
        created_at: Set(t),
        updated_at: Set(t),
        council_id: Set(council_id),
        person_id: Set(input.person_id),
        seat_id: Set(input.seat_id),
        role: Set(role),
        on_behalf_of_id: Set(input.on_behalf_of_id),
        start_date: Set(input.start_date),
        end_date: Set(input.end_date),
        deputy_for_id: Set(input.deputy_for_id),
    }
    .insert(db)
    .await?)
}

async fn apply_patch(db: &impl ConnectionTrait, current: membership::Model, p: &MembershipPatch) -> ApiResult<membership::Model> {
    let start = p.start_date.unwrap_or(current.start_date);
    let end = p.end_date.unwrap_or(current.end_date);
    let on_behalf_of_id = p.on_behalf_of_id.unwrap_or(current.on_behalf_of_id);
    let deputy_for_id = p.deputy_for_id.unwrap_or(current.deputy_for_id);
    check_term(
        db,
        &Term {
            council_id: current.council_id,
            person_id: current.person_id,
            seat_id: current.seat_id,
            on_behalf_of_id,
            start,
            end,
            deputy_for_id,
            existing: Some(&current),
        },
    )
    .await?;
    let mut m: membership::ActiveModel = current.clone().into();
    if let Some(role) = p.role {
        m.role = Set(role.as_str().into());
    }
    m.start_date = Set(start);
    m.end_date = Set(end);
    m.on_behalf_of_id = Set(on_behalf_of_id);
    m.deputy_for_id = Set(deputy_for_id);
    m.version = Set(current.version + 1);
    m.updated_at = Set(now());
    crate::db::update_versioned(db, m, current.id, current.version).await?;
    find(db, current.council_id, current.id).await
}

fn json(m: &Membership) -> serde_json::Value {
    let mut v = serde_json::to_value(m).unwrap_or_default();
    if let Some(o) = v.as_object_mut() {
        o.remove("current");
    }
    v
}

/// List a council's memberships
///
/// All terms, past and present, oldest first; filter with `current` or `at`.
#[utoipa::path(
    operation_id = "listCouncilMemberships",
    tag = "councils",
    params(("id" = Uuid, Path, description = "Council id"), MembershipQuery),
    responses((status = 200, description = "The council's terms (one page)", body = Page<Membership>)),
    security(("bearer" = []))
)]
#[get("/councils/{id}/memberships")]
pub async fn list(
    state: web::Data<AppState>,
    _auth: Auth,
    id: web::Path<Uuid>,
    query: web::Query<MembershipQuery>,
) -> ApiResult<HttpResponse> {
    let council = crate::api::councils::find(&state.db, id.into_inner()).await?;
    let mut s = MembershipEntity::find().filter(membership::Column::CouncilId.eq(council.id));
    if let Some(at) = query.at {
        s = s.filter(current_on(at));
    }
    let rows = s.order_by_asc(membership::Column::StartDate).order_by_asc(membership::Column::Id).all(&state.db).await?;
    let mut items = rows.into_iter().map(to_api).collect::<ApiResult<Vec<_>>>()?;
    if let Some(cur) = query.current {
        items.retain(|m| m.current == cur);
    }
    Ok(HttpResponse::Ok().json(Page { items, next_cursor: None }))
}

/// List a person's memberships
#[utoipa::path(
    operation_id = "listPersonMemberships",
    tag = "people",
    params(("id" = Uuid, Path, description = "Person id")),
    responses((status = 200, description = "The person's terms on all councils (one page)", body = Page<Membership>)),
    security(("bearer" = []))
)]
#[get("/people/{id}/memberships")]
pub async fn of_person_handler(state: web::Data<AppState>, _auth: Auth, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    let person = crate::api::people::find(&state.db, id.into_inner()).await?;
    Ok(HttpResponse::Ok().json(Page { items: of_person(&state.db, person.id).await?, next_cursor: None }))
}

/// Get a membership
#[utoipa::path(
    operation_id = "getCouncilMembership",
    tag = "councils",
    params(("id" = Uuid, Path, description = "Council id"), ("membership_id" = Uuid, Path, description = "Membership id")),
    responses((status = 200, description = "The term", body = Membership, headers(("ETag" = String, description = "The current version")))),
    security(("bearer" = []))
)]
#[get("/councils/{id}/memberships/{membership_id}")]
pub async fn get_one(state: web::Data<AppState>, _auth: Auth, path: web::Path<(Uuid, Uuid)>) -> ApiResult<HttpResponse> {
    let (council_id, id) = path.into_inner();
    let m = to_api(find(&state.db, council_id, id).await?)?;
    Ok(ok_with_etag(m.version, &m))
}

/// Add a member to a council
///
/// Coordinators and admins, and the council's own chair or secretary. A seat never has more
/// holders at once than its `max_holders` (409 `seat_full`).
#[utoipa::path(
    operation_id = "createCouncilMembership",
    tag = "councils",
    request_body = NewMembership,
    params(("id" = Uuid, Path, description = "Council id"),
        ("Idempotency-Key" = Option<String>, Header, description = "Makes a retried request return the first response", pattern = "^[!-~]{1,255}$")),
    responses((status = 201, description = "Created", body = Membership,
        headers(("Location" = String, description = "The term's URL"), ("ETag" = String, description = "Its version")))),
    security(("bearer" = []))
)]
#[post("/councils/{id}/memberships")]
pub async fn create(
    state: web::Data<AppState>,
    auth: Auth,
    req: HttpRequest,
    id: web::Path<Uuid>,
    body: Json<NewMembership>,
) -> ApiResult<HttpResponse> {
    let council = crate::api::councils::find(&state.db, id.into_inner()).await?;
    require_council_manager(&state.db, &auth, council.id).await?;
    let input = body.0;
    let idem = Idempotency::from_request(&req, &input)?;
    let txn = state.db.begin().await?;
    if let Some(replayed) = idem.replay::<MembershipEntity>(&txn, auth.user_id).await? {
        return Ok(replayed);
    }
    let m = to_api(insert(&txn, council.id, &input).await?)?;
    idem.commit_created(
        txn,
        auth.user_id,
        Created { entity_type: "membership", id: m.id, version: m.version, location: format!("/api/v1/councils/{}/memberships/{}", council.id, m.id), body: &m, audit: json(&m) },
    )
    .await
}

/// Change or end a term
///
/// Set `end_date` to end it. Terms are never deleted. Requires `If-Match`.
#[utoipa::path(
    operation_id = "updateCouncilMembership",
    tag = "councils",
    request_body = MembershipPatch,
    params(("id" = Uuid, Path, description = "Council id"), ("membership_id" = Uuid, Path, description = "Membership id"),
        ("If-Match" = String, Header, description = "The ETag from the last read")),
    responses((status = 200, description = "Updated", body = Membership, headers(("ETag" = String, description = "The new version")))),
    security(("bearer" = []))
)]
#[patch("/councils/{id}/memberships/{membership_id}")]
pub async fn update(
    state: web::Data<AppState>,
    auth: Auth,
    req: HttpRequest,
    path: web::Path<(Uuid, Uuid)>,
    body: Json<MembershipPatch>,
) -> ApiResult<HttpResponse> {
    let (council_id, id) = path.into_inner();
    require_council_manager(&state.db, &auth, council_id).await?;
    let txn = state.db.begin().await?;
    let current = find(&txn, council_id, id).await?;
    check_if_match(&req, current.version)?;
    let unchanged = to_api(current.clone())?;
    let before = json(&unchanged);
    let m = to_api(apply_patch(&txn, current, &body.0).await?)?;
    if !audit::commit_update(txn, auth.user_id, "membership", m.id, audit::diff(&before, &json(&m))).await? {
        return Ok(ok_with_etag(unchanged.version, &unchanged));
    }
    Ok(ok_with_etag(m.version, &m))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(create).service(get_one).service(update);
}

