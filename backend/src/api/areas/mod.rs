//! Areas: the city and its districts and neighbourhoods, and the police region, districts and
//! local police areas, with validity dates, predecessor links and overlaps.

mod model;
pub mod public;
mod types;

use actix_web::{HttpResponse, delete, get, patch, post, web};
use sea_orm::{ColumnTrait, QueryFilter, QueryTrait};
use uuid::Uuid;

pub use model::Areas;
pub use types::{Area, AreaFilters, AreaGetQuery, AreaPatch, NewArea, OverlapFilters};

use super::docs::{Conflict, Forbidden, IdempotencyKey, IfMatch};
use crate::db::name_contains;
use crate::domain::role::{ADMINS, Action};
use crate::domain::time::Naive;
use crate::entities::area::Column;
use crate::error::ApiResult;
use crate::kit::concurrency::ok_with_etag;
use crate::kit::query::search_term;
use crate::kit::write::present_one;
use crate::kit::{Call, Json, Keyset, ListQuery, Page, PageParams, Query, write};
use crate::store::areas::{overlapping, select, valid_on};

pub(crate) const BY_NAME: Keyset<Column> = Keyset::by(Column::SearchName, Column::Id);

/// List areas
///
/// Sorted by name. Filter by kind, parent, validity date or a search term.
#[utoipa::path(
    operation_id = "listAreas",
    tag = "areas",
    params(AreaFilters, PageParams),
    responses((status = 200, description = "A page of areas", body = Page<Area>)),
    security(("bearer" = []))
)]
#[get("/areas")]
pub async fn list(call: Call, q: ListQuery<AreaFilters>) -> ApiResult<HttpResponse> {
    let f = q.filters;
    let s = select(f.include_geometry.unwrap_or(false))
        .apply_if(f.kind, |s, k| s.filter(Column::Kind.eq(k)))
        .apply_if(f.parent_id, |s, p| s.filter(Column::ParentId.eq(p)))
        .apply_if(f.valid_at.naive(), |s, d| s.filter(valid_on(d)))
        .apply_if(search_term(f.q), |s, t| s.filter(name_contains(Column::SearchName, &t)));
    call.list::<Areas>(s, &BY_NAME, &q.page, call.caller.may(ADMINS, &[Action::Create])).await
}

/// Get an area
#[utoipa::path(
    operation_id = "getArea",
    tag = "areas",
    params(("id" = Uuid, Path, description = "Area id"), AreaGetQuery),
    responses((status = 200, description = "The area", body = Area)),
    security(("bearer" = []))
)]
#[get("/areas/{id}")]
pub async fn get_one(call: Call, id: web::Path<Uuid>, q: Query<AreaGetQuery>) -> ApiResult<HttpResponse> {
    let db = call.read();
    let row = select(q.0.include_geometry.unwrap_or(false)).filter(Column::Id.eq(id.into_inner())).one(db).await?;
    let area = present_one::<Areas>(db, &call.caller, row.ok_or(crate::error::ApiError::NotFound)?).await?;
    Ok(ok_with_etag(area.version, &area))
}

/// List the areas an area overlaps
///
/// Areas of other hierarchies that share ground with this one: the local police areas a
/// district lies in, the districts a local police area covers, and so on. Sorted by name.
#[utoipa::path(
    operation_id = "listAreaOverlaps",
    tag = "areas",
    params(("id" = Uuid, Path, description = "Area id"), OverlapFilters, PageParams),
    responses((status = 200, description = "The overlapping areas", body = Page<Area>)),
    security(("bearer" = []))
)]
#[get("/areas/{id}/overlaps")]
pub async fn overlaps(call: Call, id: web::Path<Uuid>, q: ListQuery<OverlapFilters>) -> ApiResult<HttpResponse> {
    let area = write::find::<Areas>(call.read(), (), id.into_inner()).await?;
    let f = q.filters;
    let s = select(false)
        .filter(Column::Id.in_subquery(overlapping(area.id)))
        .apply_if(f.kind, |s, k| s.filter(Column::Kind.eq(k)))
        .apply_if(f.valid_at.naive(), |s, d| s.filter(valid_on(d)));
    call.list::<Areas>(s, &BY_NAME, &q.page, vec![]).await
}

/// Create an area
///
/// Admins only: areas are reference data.
#[utoipa::path(
    operation_id = "createArea",
    tag = "areas",
    request_body = NewArea,
    params(IdempotencyKey),
    responses((status = 201, description = "Created", body = Area), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/areas")]
pub async fn create(call: Call, body: Json<NewArea>) -> ApiResult<HttpResponse> {
    call.require(ADMINS)?;
    call.create::<Areas>((), body.0).await
}

/// Update an area
///
/// Admins only. Requires `If-Match` with the current ETag.
#[utoipa::path(
    operation_id = "updateArea",
    tag = "areas",
    request_body = AreaPatch,
    params(("id" = Uuid, Path, description = "Area id"), IfMatch),
    responses((status = 200, description = "Updated", body = Area), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[patch("/areas/{id}")]
pub async fn update(call: Call, id: web::Path<Uuid>, body: Json<AreaPatch>) -> ApiResult<HttpResponse> {
    call.require(ADMINS)?;
    call.update::<Areas>((), id.into_inner(), body.0).await
}

/// Delete an area
///
/// Admins only. Refused (409) while other areas sit under it; its succession and overlap
/// links go with it.
#[utoipa::path(
    operation_id = "deleteArea",
    tag = "areas",
    params(("id" = Uuid, Path, description = "Area id"), IfMatch),
    responses((status = 204, description = "Deleted"), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[delete("/areas/{id}")]
pub async fn remove(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.require(ADMINS)?;
    call.delete::<Areas>((), id.into_inner()).await
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(public::list)
        .service(list)
        .service(create)
        .service(get_one)
        .service(overlaps)
        .service(update)
        .service(remove);
}
