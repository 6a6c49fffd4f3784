//! Situation pictures (lägesbilder): for an area and period, the three parts the law names, the
//! problems found with their priorities and the initiatives that address them, and at adoption a
//! snapshot of the area's indicator values. Adopted is locked; a revision is a new version.

mod model;
mod types;

use actix_web::{HttpResponse, delete, get, patch, post, web};
use chrono::NaiveDate;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryTrait};
use uuid::Uuid;

pub use model::{SituationPictures, adoption};
pub use types::{NewSituationPicture, SituationPicture, SituationPictureFilters, SituationPicturePatch, SnapshotValue};

use super::docs::{Conflict, Forbidden, IdempotencyKey, IfMatch};
use crate::audit::AuditAction;
use crate::domain::role::Action;
use crate::entities::situation_picture::{Column, Entity};
use crate::error::ApiResult;
use crate::kit::{Call, Json, Keyset, ListQuery, Page, PageParams, Resource};
use crate::store::{access_log, find};

const BY_PERIOD: Keyset<Column> = Keyset::by(Column::PeriodStart, Column::Id);

/// List situation pictures
///
/// By the start of their period. Anyone logged in; each part's text only for those whose
/// clearance in the council reads its classification (`withheld` says a text is there).
#[utoipa::path(
    operation_id = "listSituationPictures",
    tag = "follow-up",
    params(SituationPictureFilters, PageParams),
    responses((status = 200, description = "A page of situation pictures", body = Page<SituationPicture>)),
    security(("bearer" = []))
)]
#[get("/situation-pictures")]
pub async fn list(call: Call, q: ListQuery<SituationPictureFilters>) -> ApiResult<HttpResponse> {
    let f = q.filters;
    let first = f.year.and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1));
    let last = f.year.and_then(|y| NaiveDate::from_ymd_opt(y, 12, 31));
    let select = Entity::find()
        .apply_if(f.area_id, |s, v| s.filter(Column::AreaId.eq(v)))
        .apply_if(f.council_id, |s, v| s.filter(Column::CouncilId.eq(v)))
        .apply_if(f.status, |s, v| s.filter(Column::Status.eq(v)))
        .apply_if(last, |s, d| s.filter(Column::PeriodStart.lte(d)))
        .apply_if(first, |s, d| s.filter(Column::PeriodEnd.gte(d)));
    let (rows, next_cursor) = crate::kit::page::rows(call.read(), select, &BY_PERIOD, &q.page).await?;
    let reads = model::restricted_reads(call.read(), &call.caller, &rows).await?;
    access_log::record(&call.db().write, call.caller.actor(), reads).await?;
    let items = SituationPictures::present(call.read(), &call.caller, rows).await?;
    let actions = if call.caller.is_editor() || !call.caller.seats(call.read()).await?.managed().is_empty() {
        vec![Action::Create]
    } else {
        vec![]
    };
    Ok(HttpResponse::Ok().json(Page { items, next_cursor, allowed_actions: actions }))
}

/// Get a situation picture
#[utoipa::path(
    operation_id = "getSituationPicture",
    tag = "follow-up",
    params(("id" = Uuid, Path, description = "Situation picture id")),
    responses((status = 200, description = "The situation picture", body = SituationPicture)),
    security(("bearer" = []))
)]
#[get("/situation-pictures/{id:[^/:]+}")]
pub async fn get_one(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    let row = find::<Entity>(call.read(), id.into_inner()).await?;
    let reads = model::restricted_reads(call.read(), &call.caller, std::slice::from_ref(&row)).await?;
    access_log::record(&call.db().write, call.caller.actor(), reads).await?;
    let version = row.version;
    let out = crate::kit::write::present_one::<SituationPictures>(call.read(), &call.caller, row).await?;
    Ok(crate::kit::concurrency::ok_with_etag(version, &out))
}

/// Create a situation picture
///
/// Those who run the council. A draft; with `replaces_id`, a new version of an adopted one.
#[utoipa::path(
    operation_id = "createSituationPicture",
    tag = "follow-up",
    request_body = NewSituationPicture,
    params(IdempotencyKey),
    responses((status = 201, description = "Created", body = SituationPicture), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/situation-pictures")]
pub async fn create(call: Call, body: Json<NewSituationPicture>) -> ApiResult<HttpResponse> {
    call.require_manager(body.0.council_id).await?;
    call.create::<SituationPictures>((), body.0).await
}

/// Update a draft situation picture
///
/// Those who run the council; an adopted one is locked (409 `situation_adopted`). Requires `If-Match`.
#[utoipa::path(
    operation_id = "updateSituationPicture",
    tag = "follow-up",
    request_body = SituationPicturePatch,
    params(("id" = Uuid, Path, description = "Situation picture id"), IfMatch),
    responses((status = 200, description = "Updated", body = SituationPicture), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[patch("/situation-pictures/{id:[^/:]+}")]
pub async fn update(call: Call, id: web::Path<Uuid>, body: Json<SituationPicturePatch>) -> ApiResult<HttpResponse> {
    let current = find::<Entity>(call.read(), id.into_inner()).await?;
    call.require_manager(current.council_id).await?;
    call.update::<SituationPictures>((), current.id, body.0).await
}

/// Delete a draft situation picture
///
/// Those who run the council; an adopted one is the record (409 `situation_adopted`).
#[utoipa::path(
    operation_id = "deleteSituationPicture",
    tag = "follow-up",
    params(("id" = Uuid, Path, description = "Situation picture id"), IfMatch),
    responses((status = 204, description = "Deleted"), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[delete("/situation-pictures/{id:[^/:]+}")]
pub async fn remove(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    let current = find::<Entity>(call.read(), id.into_inner()).await?;
    call.require_manager(current.council_id).await?;
    call.delete::<SituationPictures>((), current.id).await
}

/// Adopt a situation picture
///
/// Those who run the council. Locks it and copies the area's indicator values of its period
/// into `indicator_snapshot`. 409 `situation_adopted` when it is adopted already. Requires `If-Match`.
#[utoipa::path(
    operation_id = "adoptSituationPicture",
    tag = "follow-up",
    params(("id" = Uuid, Path, description = "Situation picture id"), IfMatch),
    responses((status = 200, description = "Adopted", body = SituationPicture), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/situation-pictures/{id}:adopt")]
pub async fn adopt(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    let current = find::<Entity>(call.read(), id.into_inner()).await?;
    call.require_manager(current.council_id).await?;
    let by = call.caller.display_name(call.read()).await?;
    call.act::<SituationPictures>((), current.id, AuditAction::Adopt, async |txn, row| {
        model::adoption(txn, row, by).await
    })
    .await
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(create).service(adopt).service(get_one).service(update).service(remove);
}
