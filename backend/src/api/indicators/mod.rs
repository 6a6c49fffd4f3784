//! Indicators: the measures situation pictures and the yearly follow-up read (the city's safety
//! survey, the police survey, NTU, reported crime, observations). Reference data: anyone logged
//! in reads them; coordinators and admins keep them.

mod model;
mod types;

use actix_web::{HttpResponse, delete, get, patch, post, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryTrait};
use uuid::Uuid;

pub use model::Indicators;
pub use types::{Indicator, IndicatorFilters, IndicatorPatch, NewIndicator};

use super::docs::{Conflict, Forbidden, IdempotencyKey, IfMatch};
use crate::domain::role::{Action, EDITORS};
use crate::entities::indicator::{Column, Entity};
use crate::error::ApiResult;
use crate::kit::{Call, Json, Keyset, ListQuery, Page, PageParams};

const BY_CODE: Keyset<Column> = Keyset::by(Column::Code, Column::Id);

/// List indicators
///
/// Sorted by code.
#[utoipa::path(
    operation_id = "listIndicators",
    tag = "follow-up",
    params(IndicatorFilters, PageParams),
    responses((status = 200, description = "A page of indicators", body = Page<Indicator>)),
    security(("bearer" = []))
)]
#[get("/indicators")]
pub async fn list(call: Call, q: ListQuery<IndicatorFilters>) -> ApiResult<HttpResponse> {
    let select = Entity::find().apply_if(q.filters.source, |s, v| s.filter(Column::Source.eq(v)));
    let actions = call.caller.may(EDITORS, &[Action::Create]);
    call.list::<Indicators>(select, &BY_CODE, &q.page, actions).await
}

/// Get an indicator
#[utoipa::path(
    operation_id = "getIndicator",
    tag = "follow-up",
    params(("id" = Uuid, Path, description = "Indicator id")),
    responses((status = 200, description = "The indicator", body = Indicator)),
    security(("bearer" = []))
)]
#[get("/indicators/{id}")]
pub async fn get_one(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.get::<Indicators>((), id.into_inner()).await
}

/// Create an indicator
///
/// Admins and coordinators. A code names one indicator (409 `duplicate`).
#[utoipa::path(
    operation_id = "createIndicator",
    tag = "follow-up",
    request_body = NewIndicator,
    params(IdempotencyKey),
    responses((status = 201, description = "Created", body = Indicator), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/indicators")]
pub async fn create(call: Call, body: Json<NewIndicator>) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    call.create::<Indicators>((), body.0).await
}

/// Update an indicator
///
/// Admins and coordinators. Requires `If-Match`.
#[utoipa::path(
    operation_id = "updateIndicator",
    tag = "follow-up",
    request_body = IndicatorPatch,
    params(("id" = Uuid, Path, description = "Indicator id"), IfMatch),
    responses((status = 200, description = "Updated", body = Indicator), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[patch("/indicators/{id}")]
pub async fn update(call: Call, id: web::Path<Uuid>, body: Json<IndicatorPatch>) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    call.update::<Indicators>((), id.into_inner(), body.0).await
}

/// Delete an indicator
///
/// Admins and coordinators; refused (409 `referenced`) while it has values.
#[utoipa::path(
    operation_id = "deleteIndicator",
    tag = "follow-up",
    params(("id" = Uuid, Path, description = "Indicator id"), IfMatch),
    responses((status = 204, description = "Deleted"), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[delete("/indicators/{id}")]
pub async fn remove(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    call.delete::<Indicators>((), id.into_inner()).await
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(create).service(get_one).service(update).service(remove);
}
