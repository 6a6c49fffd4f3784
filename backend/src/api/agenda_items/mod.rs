//! Agenda items: the numbered points (§ 1, § 2 …) of a meeting, reorderable until the agenda is
//! published, each with a classification that decides who reads it.

mod model;
mod types;

use actix_web::http::header;
use actix_web::{HttpResponse, delete, get, patch, post, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, TransactionTrait};
use uuid::Uuid;

pub use model::AgendaItems;
pub use types::{AgendaItem, AgendaItemPatch, NewAgendaItem, Reorder};

use super::docs::{Conflict, Forbidden, IdempotencyKey, IfMatch};
use crate::audit::{self, AuditAction, EntityType};
use crate::domain::agenda::{agenda_tag, is_permutation, merge_order};
use crate::domain::role::Action;
use crate::entities::agenda_item::{Column, Entity};
use crate::entities::meeting;
use crate::error::{ApiError, ApiResult, FieldCode};
use crate::kit::{Call, Json, Keyset, ListQuery, NoParams, Page, PageParams, Resource};
use crate::store::find;

const IN_ORDER: Keyset<Column> = Keyset::by(Column::Number, Column::Id);

/// List a meeting's agenda
///
/// The points in order, as far as the caller may read them: public ones for everyone, internal
/// ones for the council's members, coordinators and admins, restricted ones for members whose
/// seat has restricted access and admins (each read of a restricted point is recorded). The
/// `ETag` is the whole agenda's as the caller sees it: a reorder sends it in `If-Match`.
#[utoipa::path(
    operation_id = "listAgendaItems",
    tag = "meetings",
    params(("id" = Uuid, Path, description = "Meeting id"), PageParams),
    responses((status = 200, description = "A page of the agenda", body = Page<AgendaItem>)),
    security(("bearer" = []))
)]
#[get("/meetings/{id}/agenda-items")]
pub async fn list(call: Call, id: web::Path<Uuid>, q: ListQuery<NoParams>) -> ApiResult<HttpResponse> {
    let meeting = find::<meeting::Entity>(call.read(), id.into_inner()).await?;
    let readable = call.caller.clearance(call.read(), meeting.council_id).await?.readable();
    let select =
        Entity::find().filter(Column::MeetingId.eq(meeting.id)).filter(Column::Classification.is_in(readable.clone()));
    let actions = if call.manages(meeting.council_id).await? { vec![Action::Create] } else { vec![] };
    let tag = model::tag_of_agenda(call.read(), meeting.id, readable).await?;
    let mut res = call.list::<AgendaItems>(select, &IN_ORDER, &q.page, actions).await?;
    res.headers_mut().insert(header::ETAG, header::HeaderValue::from_str(&tag).map_err(ApiError::internal)?);
    Ok(res)
}

/// Get an agenda item
///
/// 404 when the caller may not read it.
#[utoipa::path(
    operation_id = "getAgendaItem",
    tag = "meetings",
    params(("id" = Uuid, Path, description = "Meeting id"), ("item_id" = Uuid, Path, description = "Agenda item id")),
    responses((status = 200, description = "The agenda item", body = AgendaItem)),
    security(("bearer" = []))
)]
#[get("/meetings/{id}/agenda-items/{item_id}")]
pub async fn get_one(call: Call, path: web::Path<(Uuid, Uuid)>) -> ApiResult<HttpResponse> {
    let (meeting, item) = path.into_inner();
    call.get::<AgendaItems>(meeting, item).await
}

/// Add a point to the agenda
///
/// Coordinators and admins, and the council's chair or secretary. Appended as the last point
/// (after a published agenda's last too, as an extra point).
#[utoipa::path(
    operation_id = "createAgendaItem",
    tag = "meetings",
    request_body = NewAgendaItem,
    params(("id" = Uuid, Path, description = "Meeting id"), IdempotencyKey),
    responses((status = 201, description = "Created", body = AgendaItem), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/meetings/{id}/agenda-items")]
pub async fn create(call: Call, id: web::Path<Uuid>, body: Json<NewAgendaItem>) -> ApiResult<HttpResponse> {
    let meeting = find::<meeting::Entity>(call.read(), id.into_inner()).await?;
    call.require_manager(meeting.council_id).await?;
    call.create::<AgendaItems>(meeting.id, body.0).await
}

/// Update an agenda item
///
/// Coordinators and admins, and the council's chair or secretary. Requires `If-Match`.
#[utoipa::path(
    operation_id = "updateAgendaItem",
    tag = "meetings",
    request_body = AgendaItemPatch,
    params(("id" = Uuid, Path, description = "Meeting id"), ("item_id" = Uuid, Path, description = "Agenda item id"), IfMatch),
    responses((status = 200, description = "Updated", body = AgendaItem), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[patch("/meetings/{id}/agenda-items/{item_id}")]
pub async fn update(call: Call, path: web::Path<(Uuid, Uuid)>, body: Json<AgendaItemPatch>) -> ApiResult<HttpResponse> {
    let (meeting, item) = path.into_inner();
    let meeting = find::<meeting::Entity>(call.read(), meeting).await?;
    call.require_manager(meeting.council_id).await?;
    call.update::<AgendaItems>(meeting.id, item, body.0).await
}

/// Remove a point from the agenda
///
/// Coordinators and admins, and the council's chair or secretary; only before the agenda is
/// published (409 `agenda_published`). The points after it move up. Requires `If-Match`.
#[utoipa::path(
    operation_id = "deleteAgendaItem",
    tag = "meetings",
    params(("id" = Uuid, Path, description = "Meeting id"), ("item_id" = Uuid, Path, description = "Agenda item id"), IfMatch),
    responses((status = 204, description = "Removed"), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[delete("/meetings/{id}/agenda-items/{item_id}")]
pub async fn remove(call: Call, path: web::Path<(Uuid, Uuid)>) -> ApiResult<HttpResponse> {
    let (meeting, item) = path.into_inner();
    let meeting = find::<meeting::Entity>(call.read(), meeting).await?;
    call.require_manager(meeting.council_id).await?;
    call.delete::<AgendaItems>(meeting.id, item).await
}

/// The agenda of `meeting` as the caller reads it, in order (at most 100 points).
async fn agenda(call: &Call, meeting: &meeting::Model) -> ApiResult<Vec<AgendaItem>> {
    let readable = call.caller.clearance(call.read(), meeting.council_id).await?.readable();
    let rows = Entity::find()
        .filter(Column::MeetingId.eq(meeting.id))
        .filter(Column::Classification.is_in(readable))
        .all(call.read())
        .await?;
    let mut rows = rows;
    rows.sort_by_key(|r| (r.number, r.id));
    AgendaItems::present(call.read(), &call.caller, rows).await
}

/// 200 with the whole agenda of `meeting` as the caller reads it, and its `ETag`.
async fn whole_agenda(call: &Call, meeting: &meeting::Model) -> ApiResult<HttpResponse> {
    let items = agenda(call, meeting).await?;
    let tag = agenda_tag(items.iter().map(|i| (i.id, i.version)));
    Ok(HttpResponse::Ok().insert_header((header::ETAG, tag)).json(Page {
        items,
        next_cursor: None,
        allowed_actions: vec![Action::Create],
    }))
}

/// Reorder the agenda
///
/// Coordinators and admins, and the council's chair or secretary; only before the agenda is
/// published (409 `agenda_published`). `item_ids` names every point of the meeting once, or every
/// point the caller sees once (the points they do not see, restricted ones, keep their places),
/// in the new order; they are numbered § 1, § 2 … in it. Requires `If-Match` with the agenda's
/// `ETag` (from its list or the last reorder): someone else's change in between is a 412, not
/// lost. Answers the agenda, with its new `ETag`.
#[utoipa::path(
    operation_id = "reorderAgenda",
    tag = "meetings",
    request_body = Reorder,
    params(("id" = Uuid, Path, description = "Meeting id"), IfMatch),
    responses((status = 200, description = "The agenda in its new order", body = Page<AgendaItem>), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/meetings/{id}/agenda:reorder")]
pub async fn reorder(call: Call, id: web::Path<Uuid>, body: Json<Reorder>) -> ApiResult<HttpResponse> {
    let meeting = find::<meeting::Entity>(call.read(), id.into_inner()).await?;
    call.require_manager(meeting.council_id).await?;
    let order = body.0.item_ids.into_vec();
    let txn = call.db().write.begin().await?;
    let m = crate::store::agenda::meeting_for_writing(&txn, meeting.id).await?;
    model::check_unpublished(&m)?;
    let readable = call.caller.clearance(&txn, m.council_id).await?.readable();
    call.check_if_match_tag(&model::tag_of_agenda(&txn, m.id, readable.clone()).await?)?;
    let before = model::ids_in_order(&txn, m.id, None).await?;
    let seen = model::ids_in_order(&txn, m.id, Some(readable)).await?;
    // Every point once, or every point the caller sees once (the others keep their places).
    let after = if is_permutation(&order, &before) {
        order
    } else if is_permutation(&order, &seen) {
        merge_order(&before, &order)
    } else {
        return Err(ApiError::field("item_ids", FieldCode::Invalid, "Name every point of this agenda you see, once."));
    };
    model::renumber(&txn, m.id, &after).await?;
    let changes = serde_json::json!({"before": {"item_ids": before}, "after": {"item_ids": after}});
    audit::record(&txn, call.caller.actor(), AuditAction::Reorder, EntityType::Meeting, Some(m.id), changes).await?;
    txn.commit().await?;
    whole_agenda(&call, &m).await
}

/// Draft the agenda from the previous meeting
///
/// Coordinators and admins, and the council's chair or secretary; only before the agenda is
/// published. Adds the standing points of the council's last meeting before this one, and a
/// follow-up point listing every open action item of the council. Answers the whole agenda.
#[utoipa::path(
    operation_id = "draftAgendaFromPrevious",
    tag = "meetings",
    params(("id" = Uuid, Path, description = "Meeting id")),
    responses((status = 200, description = "The agenda with the drafted points", body = Page<AgendaItem>), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/meetings/{id}/agenda:from-previous")]
pub async fn from_previous(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    let meeting = find::<meeting::Entity>(call.read(), id.into_inner()).await?;
    call.require_manager(meeting.council_id).await?;
    let txn = call.db().write.begin().await?;
    model::draft_from_previous(&txn, &call.caller, meeting.id).await?;
    txn.commit().await?;
    whole_agenda(&call, &meeting).await
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(reorder)
        .service(from_previous)
        .service(list)
        .service(create)
        .service(get_one)
        .service(update)
        .service(remove);
}
