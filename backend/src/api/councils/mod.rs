//! Councils: the central and local steering groups, safety councils, working groups and
//! operative groups — with their areas, mandate, status and meeting cadence.

mod model;
pub mod public;
mod types;

use actix_web::{HttpResponse, get, patch, post, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryTrait};
use uuid::Uuid;

pub use model::Councils;
pub use types::{Council, CouncilFilters, CouncilPatch, NewCouncil};

use super::docs::{Conflict, Forbidden, IdempotencyKey, IfMatch};
use crate::db::name_contains;
use crate::domain::role::{Action, EDITORS};
use crate::entities::council::{Column, Entity};
use crate::error::ApiResult;
use crate::kit::query::search_term;
use crate::kit::{Call, Json, Keyset, ListQuery, Page, PageParams};
use crate::store::councils::covering;

pub(crate) const BY_NAME: Keyset<Column> = Keyset::by(Column::SearchName, Column::Id);

/// List councils
///
/// Sorted by name. `area_id` finds the councils whose areas are that area or overlap it.
#[utoipa::path(
    operation_id = "listCouncils",
    tag = "councils",
    params(CouncilFilters, PageParams),
    responses((status = 200, description = "A page of councils", body = Page<Council>)),
    security(("bearer" = []))
)]
#[get("/councils")]
pub async fn list(call: Call, q: ListQuery<CouncilFilters>) -> ApiResult<HttpResponse> {
    let f = q.filters;
    let select = Entity::find()
        .apply_if(f.kind, |s, k| s.filter(Column::Kind.eq(k)))
        .apply_if(f.status, |s, v| s.filter(Column::Status.eq(v)))
        .apply_if(f.parent_id, |s, p| s.filter(Column::ParentId.eq(p)))
        .apply_if(f.area_id, |s, a| s.filter(Column::Id.in_subquery(covering(a))))
        .apply_if(search_term(f.q), |s, t| s.filter(name_contains(Column::SearchName, &t)));
    let actions = call.caller.may(EDITORS, &[Action::Create]);
    call.list::<Councils>(select, &BY_NAME, &q.page, actions).await
}

/// Get a council
///
/// With its next five meetings from the cadence.
#[utoipa::path(
    operation_id = "getCouncil",
    tag = "councils",
    params(("id" = Uuid, Path, description = "Council id")),
    responses((status = 200, description = "The council", body = Council)),
    security(("bearer" = []))
)]
#[get("/councils/{id}")]
pub async fn get_one(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.get::<Councils>((), id.into_inner()).await
}

/// Create a council
///
/// Admins and coordinators.
#[utoipa::path(
    operation_id = "createCouncil",
    tag = "councils",
    request_body = NewCouncil,
    params(IdempotencyKey),
    responses((status = 201, description = "Created", body = Council), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/councils")]
pub async fn create(call: Call, body: Json<NewCouncil>) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    call.create::<Councils>((), body.0).await
}

/// Update a council
///
/// Admins and coordinators; a council's chair or secretary may change its name, description
/// and cadence (any other field from them is 403, naming the fields). Requires `If-Match`.
/// Councils are dissolved (status `dissolved` with `dissolved_on`), never deleted.
#[utoipa::path(
    operation_id = "updateCouncil",
    tag = "councils",
    request_body = CouncilPatch,
    params(("id" = Uuid, Path, description = "Council id"), IfMatch),
    responses((status = 200, description = "Updated", body = Council), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[patch("/councils/{id}")]
pub async fn update(call: Call, id: web::Path<Uuid>, body: Json<CouncilPatch>) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    call.require_manager(id).await?;
    call.update::<Councils>((), id, body.0).await
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(public::list).service(list).service(create).service(get_one).service(update);
}
