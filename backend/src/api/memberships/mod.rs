//! Memberships: a person in a seat of a council, for a term. Terms are history: they are ended,
//! never deleted, and a seat never has more holders at once than its maximum.

mod model;
mod types;

use actix_web::{HttpResponse, get, patch, post, web};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryTrait};
use uuid::Uuid;

pub use model::Memberships;
pub use types::{Membership, MembershipFilters, MembershipPatch, NewMembership};

use super::docs::{Conflict, Forbidden, IdempotencyKey, IfMatch};
use crate::domain::role::Action;
use crate::domain::time::Naive;
use crate::domain::time::today;
use crate::entities::membership::{Column, Entity};
use crate::entities::{council, person};
use crate::error::ApiResult;
use crate::kit::{Call, Json, Keyset, ListQuery, NoParams, Page, PageParams};
use crate::store::{self, access::current_on};

const OLDEST_FIRST: Keyset<Column> = Keyset::by(Column::StartDate, Column::Id);

/// List a council's memberships
///
/// All terms, past, present and future, oldest first; filter with `current` or `at`.
#[utoipa::path(
    operation_id = "listCouncilMemberships",
    tag = "councils",
    params(("id" = Uuid, Path, description = "Council id"), MembershipFilters, PageParams),
    responses((status = 200, description = "A page of the council's terms", body = Page<Membership>)),
    security(("bearer" = []))
)]
#[get("/councils/{id}/memberships")]
pub async fn list(call: Call, id: web::Path<Uuid>, q: ListQuery<MembershipFilters>) -> ApiResult<HttpResponse> {
    let db = call.read();
    let council = store::find::<council::Entity>(db, id.into_inner()).await?;
    let f = q.filters;
    let select = Entity::find()
        .filter(Column::CouncilId.eq(council.id))
        .apply_if(f.at.naive(), |s, at| s.filter(current_on(at)))
        .apply_if(f.current, |s, cur| {
            s.filter(if cur { current_on(today()) } else { Condition::not(current_on(today())) })
        });
    let actions = if call.manages(council.id).await? { vec![Action::Create] } else { vec![] };
    call.list::<Memberships>(select, &OLDEST_FIRST, &q.page, actions).await
}

/// List a person's memberships
///
/// Their terms on every council, oldest first.
#[utoipa::path(
    operation_id = "listPersonMemberships",
    tag = "people",
    params(("id" = Uuid, Path, description = "Person id"), PageParams),
    responses((status = 200, description = "A page of the person's terms", body = Page<Membership>)),
    security(("bearer" = []))
)]
#[get("/people/{id}/memberships")]
pub async fn of_person(call: Call, id: web::Path<Uuid>, q: ListQuery<NoParams>) -> ApiResult<HttpResponse> {
    let db = call.read();
    let person = store::find::<person::Entity>(db, id.into_inner()).await?;
    let select = Entity::find().filter(Column::PersonId.eq(person.id));
    call.list::<Memberships>(select, &OLDEST_FIRST, &q.page, vec![]).await
}

/// Get a membership
#[utoipa::path(
    operation_id = "getCouncilMembership",
    tag = "councils",
    params(("id" = Uuid, Path, description = "Council id"), ("membership_id" = Uuid, Path, description = "Membership id")),
    responses((status = 200, description = "The term", body = Membership)),
    security(("bearer" = []))
)]
#[get("/councils/{id}/memberships/{membership_id}")]
pub async fn get_one(call: Call, path: web::Path<(Uuid, Uuid)>) -> ApiResult<HttpResponse> {
    let (council, id) = path.into_inner();
    call.get::<Memberships>(council, id).await
}

/// Add a member to a council
///
/// Coordinators and admins, and the council's own chair or secretary. A seat never has more
/// holders at once than its `max_holders` (409 `seat_full`).
#[utoipa::path(
    operation_id = "createCouncilMembership",
    tag = "councils",
    request_body = NewMembership,
    params(("id" = Uuid, Path, description = "Council id"), IdempotencyKey),
    responses((status = 201, description = "Created", body = Membership), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/councils/{id}/memberships")]
pub async fn create(call: Call, id: web::Path<Uuid>, body: Json<NewMembership>) -> ApiResult<HttpResponse> {
    let council = store::find::<council::Entity>(call.read(), id.into_inner()).await?;
    call.require_manager(council.id).await?;
    call.create::<Memberships>(council.id, body.0).await
}

/// Change or end a term
///
/// Set `end_date` to end it. Terms are never deleted. Requires `If-Match`.
#[utoipa::path(
    operation_id = "updateCouncilMembership",
    tag = "councils",
    request_body = MembershipPatch,
    params(("id" = Uuid, Path, description = "Council id"), ("membership_id" = Uuid, Path, description = "Membership id"), IfMatch),
    responses((status = 200, description = "Updated", body = Membership), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[patch("/councils/{id}/memberships/{membership_id}")]
pub async fn update(call: Call, path: web::Path<(Uuid, Uuid)>, body: Json<MembershipPatch>) -> ApiResult<HttpResponse> {
    let (council, id) = path.into_inner();
    call.require_manager(council).await?;
    call.update::<Memberships>(council, id, body.0).await
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(create).service(get_one).service(update).service(of_person);
}
