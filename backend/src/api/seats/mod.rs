//! Seats: the functions a council wants at its table (Popolo's Post), e.g.
//! "Lokalpolisområdeschef" held by the police, or "Trygghetssamordnare" held by the district.

mod model;
mod types;

use actix_web::{HttpResponse, delete, get, patch, post, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

pub use model::{MAX_HOLDERS_LIMIT, Seats};
pub use types::{NewSeat, Seat, SeatPatch};

use super::docs::{Conflict, Forbidden, IdempotencyKey, IfMatch};
use crate::domain::role::Action;
use crate::entities::council;
use crate::entities::seat::{Column, Entity};
use crate::error::ApiResult;
use crate::kit::{Call, Json, Keyset, ListQuery, NoParams, Page, PageParams};
use crate::store;

const IN_ORDER_MADE: Keyset<Column> = Keyset::by_id(Column::Id);

/// List a council's seats
///
/// In the order they were added.
#[utoipa::path(
    operation_id = "listSeats",
    tag = "councils",
    params(("id" = Uuid, Path, description = "Council id"), PageParams),
    responses((status = 200, description = "A page of the council's seats", body = Page<Seat>)),
    security(("bearer" = []))
)]
#[get("/councils/{id}/seats")]
pub async fn list(call: Call, id: web::Path<Uuid>, q: ListQuery<NoParams>) -> ApiResult<HttpResponse> {
    let db = call.read();
    let council = store::find::<council::Entity>(db, id.into_inner()).await?;
    let actions = if call.manages(council.id).await? { vec![Action::Create] } else { vec![] };
    let select = Entity::find().filter(Column::CouncilId.eq(council.id));
    call.list::<Seats>(select, &IN_ORDER_MADE, &q.page, actions).await
}

/// Get a seat
#[utoipa::path(
    operation_id = "getSeat",
    tag = "councils",
    params(("id" = Uuid, Path, description = "Council id"), ("seat_id" = Uuid, Path, description = "Seat id")),
    responses((status = 200, description = "The seat", body = Seat)),
    security(("bearer" = []))
)]
#[get("/councils/{id}/seats/{seat_id}")]
pub async fn get_one(call: Call, path: web::Path<(Uuid, Uuid)>) -> ApiResult<HttpResponse> {
    let (council, seat) = path.into_inner();
    call.get::<Seats>(council, seat).await
}

/// Add a seat to a council
///
/// Coordinators and admins, and the council's own chair or secretary; only coordinators and
/// admins give a seat `restricted_access`.
#[utoipa::path(
    operation_id = "createSeat",
    tag = "councils",
    request_body = NewSeat,
    params(("id" = Uuid, Path, description = "Council id"), IdempotencyKey),
    responses((status = 201, description = "Created", body = Seat), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/councils/{id}/seats")]
pub async fn create(call: Call, id: web::Path<Uuid>, body: Json<NewSeat>) -> ApiResult<HttpResponse> {
    let council = store::find::<council::Entity>(call.read(), id.into_inner()).await?;
    call.require_manager(council.id).await?;
    call.create::<Seats>(council.id, body.0).await
}

/// Update a seat
///
/// Coordinators and admins, and the council's own chair or secretary; only coordinators and
/// admins change `restricted_access`. Lowering `max_holders` below the number of current
/// holders is refused (409).
#[utoipa::path(
    operation_id = "updateSeat",
    tag = "councils",
    request_body = SeatPatch,
    params(("id" = Uuid, Path, description = "Council id"), ("seat_id" = Uuid, Path, description = "Seat id"), IfMatch),
    responses((status = 200, description = "Updated", body = Seat), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[patch("/councils/{id}/seats/{seat_id}")]
pub async fn update(call: Call, path: web::Path<(Uuid, Uuid)>, body: Json<SeatPatch>) -> ApiResult<HttpResponse> {
    let (council, seat) = path.into_inner();
    call.require_manager(council).await?;
    call.update::<Seats>(council, seat, body.0).await
}

/// Remove a seat
///
/// Only a seat nobody ever held: terms are history (409 otherwise; mark it not required instead).
#[utoipa::path(
    operation_id = "deleteSeat",
    tag = "councils",
    params(("id" = Uuid, Path, description = "Council id"), ("seat_id" = Uuid, Path, description = "Seat id"), IfMatch),
    responses((status = 204, description = "Removed"), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[delete("/councils/{id}/seats/{seat_id}")]
pub async fn remove(call: Call, path: web::Path<(Uuid, Uuid)>) -> ApiResult<HttpResponse> {
    let (council, seat) = path.into_inner();
    call.require_manager(council).await?;
    call.delete::<Seats>(council, seat).await
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(create).service(get_one).service(update).service(remove);
}
