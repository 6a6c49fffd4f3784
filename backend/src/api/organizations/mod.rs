//! Organizations: the parties to councils and agreements (the city, its administrations and
//! companies, the police and its units, property owners, schools, civil society …).

mod model;
mod types;

use actix_web::{HttpResponse, delete, get, patch, post, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryTrait};
use uuid::Uuid;

pub use model::Organizations;
pub use types::{NewOrganization, Organization, OrganizationFilters, OrganizationPatch};

use super::docs::{Conflict, Forbidden, IdempotencyKey, IfMatch};
use crate::db::name_contains;
use crate::domain::role::{Action, EDITORS};
use crate::entities::organization::{Column, Entity};
use crate::error::ApiResult;
use crate::kit::query::search_term;
use crate::kit::{Call, Json, Keyset, ListQuery, Page, PageParams};

const BY_NAME: Keyset<Column> = Keyset::by(Column::SearchName, Column::Id);

/// List organizations
///
/// Sorted by name; filter by kind, parent or a search term.
#[utoipa::path(
    operation_id = "listOrganizations",
    tag = "organizations",
    params(OrganizationFilters, PageParams),
    responses((status = 200, description = "A page of organizations", body = Page<Organization>)),
    security(("bearer" = []))
)]
#[get("/organizations")]
pub async fn list(call: Call, q: ListQuery<OrganizationFilters>) -> ApiResult<HttpResponse> {
    let f = q.filters;
    let select = Entity::find()
        .apply_if(f.kind, |s, k| s.filter(Column::Kind.eq(k)))
        .apply_if(f.parent_id, |s, p| s.filter(Column::ParentId.eq(p)))
        .apply_if(search_term(f.q), |s, t| s.filter(name_contains(Column::SearchName, &t)));
    let actions = call.caller.may(EDITORS, &[Action::Create]);
    call.list::<Organizations>(select, &BY_NAME, &q.page, actions).await
}

/// Get an organization
#[utoipa::path(
    operation_id = "getOrganization",
    tag = "organizations",
    params(("id" = Uuid, Path, description = "Organization id")),
    responses((status = 200, description = "The organization", body = Organization)),
    security(("bearer" = []))
)]
#[get("/organizations/{id}")]
pub async fn get_one(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.get::<Organizations>((), id.into_inner()).await
}

/// Create an organization
///
/// Admins and coordinators. Send an `Idempotency-Key` to make retries safe.
#[utoipa::path(
    operation_id = "createOrganization",
    tag = "organizations",
    request_body = NewOrganization,
    params(IdempotencyKey),
    responses((status = 201, description = "Created", body = Organization), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/organizations")]
pub async fn create(call: Call, body: Json<NewOrganization>) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    call.create::<Organizations>((), body.0).await
}

/// Update an organization
///
/// Admins and coordinators. Requires `If-Match` with the current ETag.
#[utoipa::path(
    operation_id = "updateOrganization",
    tag = "organizations",
    request_body = OrganizationPatch,
    params(("id" = Uuid, Path, description = "Organization id"), IfMatch),
    responses((status = 200, description = "Updated", body = Organization), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[patch("/organizations/{id}")]
pub async fn update(call: Call, id: web::Path<Uuid>, body: Json<OrganizationPatch>) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    call.update::<Organizations>((), id.into_inner(), body.0).await
}

/// Delete an organization
///
/// Admins and coordinators. Refused (409) while other organizations sit under it.
#[utoipa::path(
    operation_id = "deleteOrganization",
    tag = "organizations",
    params(("id" = Uuid, Path, description = "Organization id"), IfMatch),
    responses((status = 204, description = "Deleted"), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[delete("/organizations/{id}")]
pub async fn remove(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    call.delete::<Organizations>((), id.into_inner()).await
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(create).service(get_one).service(update).service(remove);
}
