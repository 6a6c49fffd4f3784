//! Initiatives: joint actions, citizen promises (medborgarlöften) and preventive measures of a
//! council, with their areas, partners, targets and progress; and their progress reports.

mod model;
mod public;
mod types;

use actix_web::{HttpResponse, delete, get, patch, post, web};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QuerySelect, QueryTrait};
use uuid::Uuid;

pub use model::{InitiativeUpdates, Initiatives};
pub use public::{CitizenPromiseFilters, PublicCitizenPromise};
pub use types::{
    Initiative, InitiativeFilters, InitiativePatch, InitiativeUpdate, NewInitiative, NewInitiativeUpdate, Partner,
};

use super::docs::{Conflict, Forbidden, IdempotencyKey, IfMatch};
use crate::db::name_contains;
use crate::domain::role::Action;
use crate::entities::initiative::{Column, Entity};
use crate::entities::{initiative_area, initiative_update};
use crate::error::{ApiError, ApiResult};
use crate::kit::{Call, Json, Keyset, ListQuery, NoParams, Page, PageParams};
use crate::store::{find, initiatives};

const BY_TITLE: Keyset<Column> = Keyset::by(Column::SearchTitle, Column::Id);
const IN_ORDER_MADE: Keyset<initiative_update::Column> = Keyset::by_id(initiative_update::Column::Id);

/// List initiatives
///
/// Sorted by title. Filter by council, area, priority area, status, kind, organization (lead or
/// partner) or parent. Each comes with its progress: per cent done (rolled up from its children
/// by weight when it has any), whether its target is met and why, and whether a final report is
/// missing.
#[utoipa::path(
    operation_id = "listInitiatives",
    tag = "follow-up",
    params(InitiativeFilters, PageParams),
    responses((status = 200, description = "A page of initiatives", body = Page<Initiative>)),
    security(("bearer" = []))
)]
#[get("/initiatives")]
pub async fn list(call: Call, q: ListQuery<InitiativeFilters>) -> ApiResult<HttpResponse> {
    let f = q.filters;
    let by_org = match f.organization_id {
        Some(o) => Some((o, initiatives::with_organization(call.read(), o).await?)),
        None => None,
    };
    let select = Entity::find()
        .apply_if(f.council_id, |s, v| s.filter(Column::CouncilId.eq(v)))
        .apply_if(f.status, |s, v| s.filter(Column::Status.eq(v)))
        .apply_if(f.kind, |s, v| s.filter(Column::Kind.eq(v)))
        .apply_if(f.parent_id, |s, v| s.filter(Column::ParentId.eq(v)))
        .apply_if(f.priority_area.filter(|p| !p.trim().is_empty()), |s, p| {
            s.filter(name_contains(Column::PriorityArea, &p.trim().to_lowercase()))
        })
        .apply_if(f.area_id, |s, a| {
            s.filter(
                Column::Id.in_subquery(
                    initiative_area::Entity::find()
                        .select_only()
                        .column(initiative_area::Column::InitiativeId)
                        .filter(initiative_area::Column::AreaId.eq(a))
                        .into_query(),
                ),
            )
        })
        .apply_if(by_org, |s, (o, ids)| {
            s.filter(Condition::any().add(Column::LeadOrganizationId.eq(o)).add(Column::Id.is_in(ids)))
        });
    let actions = if call.caller.is_editor() || !call.caller.seats(call.read()).await?.managed().is_empty() {
        vec![Action::Create]
    } else {
        vec![]
    };
    call.list::<Initiatives>(select, &BY_TITLE, &q.page, actions).await
}

/// Get an initiative
#[utoipa::path(
    operation_id = "getInitiative",
    tag = "follow-up",
    params(("id" = Uuid, Path, description = "Initiative id")),
    responses((status = 200, description = "The initiative", body = Initiative)),
    security(("bearer" = []))
)]
#[get("/initiatives/{id}")]
pub async fn get_one(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.get::<Initiatives>((), id.into_inner()).await
}

/// Create an initiative
///
/// Coordinators and admins, and the council's chair or secretary.
#[utoipa::path(
    operation_id = "createInitiative",
    tag = "follow-up",
    request_body = NewInitiative,
    params(IdempotencyKey),
    responses((status = 201, description = "Created", body = Initiative), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/initiatives")]
pub async fn create(call: Call, body: Json<NewInitiative>) -> ApiResult<HttpResponse> {
    call.require_manager(body.0.council_id).await?;
    call.create::<Initiatives>((), body.0).await
}

/// Update an initiative
///
/// Those who run its council. Requires `If-Match`.
#[utoipa::path(
    operation_id = "updateInitiative",
    tag = "follow-up",
    request_body = InitiativePatch,
    params(("id" = Uuid, Path, description = "Initiative id"), IfMatch),
    responses((status = 200, description = "Updated", body = Initiative), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[patch("/initiatives/{id}")]
pub async fn update(call: Call, id: web::Path<Uuid>, body: Json<InitiativePatch>) -> ApiResult<HttpResponse> {
    let current = find::<Entity>(call.read(), id.into_inner()).await?;
    call.require_manager(current.council_id).await?;
    call.update::<Initiatives>((), current.id, body.0).await
}

/// Delete an initiative
///
/// Those who run its council; only one nothing was reported on and nothing sits under (409
/// `has_history` / `has_children`: cancel it instead).
#[utoipa::path(
    operation_id = "deleteInitiative",
    tag = "follow-up",
    params(("id" = Uuid, Path, description = "Initiative id"), IfMatch),
    responses((status = 204, description = "Deleted"), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[delete("/initiatives/{id}")]
pub async fn remove(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    let current = find::<Entity>(call.read(), id.into_inner()).await?;
    call.require_manager(current.council_id).await?;
    call.delete::<Initiatives>((), current.id).await
}

/// List an initiative's progress reports
///
/// In the order they were made.
#[utoipa::path(
    operation_id = "listInitiativeUpdates",
    tag = "follow-up",
    params(("id" = Uuid, Path, description = "Initiative id"), PageParams),
    responses((status = 200, description = "A page of reports", body = Page<InitiativeUpdate>)),
    security(("bearer" = []))
)]
#[get("/initiatives/{id}/updates")]
pub async fn list_updates(call: Call, id: web::Path<Uuid>, q: ListQuery<NoParams>) -> ApiResult<HttpResponse> {
    let current = find::<Entity>(call.read(), id.into_inner()).await?;
    let select = initiative_update::Entity::find().filter(initiative_update::Column::InitiativeId.eq(current.id));
    let actions = if may_report(&call, &current).await? { vec![Action::Create] } else { vec![] };
    call.list::<InitiativeUpdates>(select, &IN_ORDER_MADE, &q.page, actions).await
}

/// Get a progress report
#[utoipa::path(
    operation_id = "getInitiativeUpdate",
    tag = "follow-up",
    params(("id" = Uuid, Path, description = "Initiative id"), ("update_id" = Uuid, Path, description = "Report id")),
    responses((status = 200, description = "The report", body = InitiativeUpdate)),
    security(("bearer" = []))
)]
#[get("/initiatives/{id}/updates/{update_id}")]
pub async fn get_update(call: Call, path: web::Path<(Uuid, Uuid)>) -> ApiResult<HttpResponse> {
    let (id, report_id) = path.into_inner();
    call.get::<InitiativeUpdates>(id, report_id).await
}

/// Whether the caller may report on `initiative`: those who run its council, and its owner.
async fn may_report(call: &Call, initiative: &crate::entities::initiative::Model) -> ApiResult<bool> {
    let me = call.caller.seats(call.read()).await?.person_id;
    Ok(call.manages(initiative.council_id).await? || (me.is_some() && initiative.owner_person_id == me))
}

/// Report progress
///
/// Those who run its council, and its owner. Append-only: a report is never changed or removed.
/// The initiative takes the report's status.
#[utoipa::path(
    operation_id = "createInitiativeUpdate",
    tag = "follow-up",
    request_body = NewInitiativeUpdate,
    params(("id" = Uuid, Path, description = "Initiative id"), IdempotencyKey),
    responses((status = 201, description = "Reported", body = InitiativeUpdate), (status = 403, response = Forbidden)),
    security(("bearer" = []))
)]
#[post("/initiatives/{id}/updates")]
pub async fn report(call: Call, id: web::Path<Uuid>, body: Json<NewInitiativeUpdate>) -> ApiResult<HttpResponse> {
    let current = find::<Entity>(call.read(), id.into_inner()).await?;
    if !may_report(&call, &current).await? {
        return Err(ApiError::Forbidden);
    }
    let reporter = call.caller.display_name(call.read()).await?;
    call.create::<InitiativeUpdates>(current.id, (body.0, reporter)).await
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list)
        .service(public::list)
        .service(create)
        .service(get_one)
        .service(update)
        .service(remove)
        .service(list_updates)
        .service(report)
        .service(get_update);
}
