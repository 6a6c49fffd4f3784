//! Action items: tasks decided at meetings, with an owner (a person or an organization) and a
//! due date. Open ones come back under follow-up when the council's next agenda is drafted; an
//! overdue one is told of once (the `action_item_overdue` event).

mod model;
mod types;

use actix_web::{HttpResponse, get, patch, post, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryTrait};
use uuid::Uuid;

pub use model::ActionItems;
pub use types::{ActionItem, ActionItemFilters, ActionItemPatch, NewActionItem, Owner};

use super::docs::{Conflict, Forbidden, IdempotencyKey, IfMatch};
use crate::domain::action_item::ActionStatus;
use crate::domain::role::Action;
use crate::domain::time::today;
use crate::entities::action_item::{Column, Entity};
use crate::error::ApiResult;
use crate::kit::{Call, Json, Keyset, ListQuery, Page, PageParams};
use crate::store::find;

/// In the order they were made (a due date may be left out, so it cannot be a keyset key).
const IN_ORDER_MADE: Keyset<Column> = Keyset::by_id(Column::Id);

/// List action items
///
/// In the order they were made. `owner=me` gives the caller's own tasks; `overdue=true` the open ones past
/// their due date (in Stockholm).
#[utoipa::path(
    operation_id = "listActionItems",
    tag = "meetings",
    params(ActionItemFilters, PageParams),
    responses((status = 200, description = "A page of action items", body = Page<ActionItem>)),
    security(("bearer" = []))
)]
#[get("/action-items")]
pub async fn list(call: Call, q: ListQuery<ActionItemFilters>) -> ApiResult<HttpResponse> {
    let f = q.filters;
    let me = match f.owner {
        // Someone who is no person owns no tasks: a filter that matches nothing.
        Some(Owner::Me) => Some(call.caller.seats(call.read()).await?.person_id.unwrap_or_else(Uuid::nil)),
        None => None,
    };
    let day = today();
    let select = Entity::find()
        .apply_if(f.council_id, |s, c| s.filter(Column::CouncilId.eq(c)))
        .apply_if(f.meeting_id, |s, m| s.filter(Column::MeetingId.eq(m)))
        .apply_if(f.status, |s, v| s.filter(Column::Status.eq(v)))
        .apply_if(me, |s, p| s.filter(Column::OwnerPersonId.eq(p)))
        .apply_if(f.overdue, |s, o| {
            let late = sea_orm::Condition::all().add(Column::Status.eq(ActionStatus::Open)).add(Column::DueOn.lt(day));
            s.filter(if o { late } else { late.not() })
        });
    let actions = if call.caller.is_editor() || !call.caller.seats(call.read()).await?.managed().is_empty() {
        vec![Action::Create]
    } else {
        vec![]
    };
    call.list::<ActionItems>(select, &IN_ORDER_MADE, &q.page, actions).await
}

/// Get an action item
#[utoipa::path(
    operation_id = "getActionItem",
    tag = "meetings",
    params(("id" = Uuid, Path, description = "Action item id")),
    responses((status = 200, description = "The action item", body = ActionItem)),
    security(("bearer" = []))
)]
#[get("/action-items/{id}")]
pub async fn get_one(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.get::<ActionItems>((), id.into_inner()).await
}

/// Create an action item
///
/// Coordinators and admins, and the council's chair or secretary. The council is the meeting's
/// when a meeting is given.
#[utoipa::path(
    operation_id = "createActionItem",
    tag = "meetings",
    request_body = NewActionItem,
    params(IdempotencyKey),
    responses((status = 201, description = "Created", body = ActionItem), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/action-items")]
pub async fn create(call: Call, body: Json<NewActionItem>) -> ApiResult<HttpResponse> {
    let council = model::council_of(call.read(), &body.0).await?;
    call.require_manager(council).await?;
    call.create::<ActionItems>((), body.0).await
}

/// Update an action item
///
/// Those who run the council change anything; the owner (a person) may change `status` only,
/// to `done` or back to `open`.
/// Requires `If-Match`.
#[utoipa::path(
    operation_id = "updateActionItem",
    tag = "meetings",
    request_body = ActionItemPatch,
    params(("id" = Uuid, Path, description = "Action item id"), IfMatch),
    responses((status = 200, description = "Updated", body = ActionItem), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[patch("/action-items/{id}")]
pub async fn update(call: Call, id: web::Path<Uuid>, body: Json<ActionItemPatch>) -> ApiResult<HttpResponse> {
    let item = find::<Entity>(call.read(), id.into_inner()).await?;
    call.update::<ActionItems>((), item.id, body.0).await
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(create).service(get_one).service(update);
}
