//! Cooperation agreements (samverkansöverenskommelser): the city-wide one holds local ones;
//! each has parties, a period, priority areas, a phase, the councils that run it and its
//! signatories.

mod model;
mod types;

use actix_web::{HttpResponse, get, patch, post, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryTrait};
use uuid::Uuid;

pub use model::Agreements;
pub use types::{Agreement, AgreementFilters, AgreementPatch, NewAgreement, Signatory};

use super::docs::{Conflict, Forbidden, IdempotencyKey, IfMatch};
use crate::db::name_contains;
use crate::domain::role::{Action, EDITORS};
use crate::entities::agreement::{Column, Entity};
use crate::error::ApiResult;
use crate::kit::query::search_term;
use crate::kit::{Call, Json, Keyset, ListQuery, Page, PageParams};
use crate::store::agreements::{run_by, with_party};

const BY_NAME: Keyset<Column> = Keyset::by(Column::SearchName, Column::Id);

/// List agreements
///
/// Sorted by name.
#[utoipa::path(
    operation_id = "listAgreements",
    tag = "agreements",
    params(AgreementFilters, PageParams),
    responses((status = 200, description = "A page of agreements", body = Page<Agreement>)),
    security(("bearer" = []))
)]
#[get("/agreements")]
pub async fn list(call: Call, q: ListQuery<AgreementFilters>) -> ApiResult<HttpResponse> {
    let f = q.filters;
    let select = Entity::find()
        .apply_if(f.phase, |s, v| s.filter(Column::Phase.eq(v)))
        .apply_if(f.parent_id, |s, p| s.filter(Column::ParentId.eq(p)))
        .apply_if(f.council_id, |s, c| s.filter(Column::Id.in_subquery(run_by(c))))
        .apply_if(f.party_id, |s, o| s.filter(Column::Id.in_subquery(with_party(o))))
        .apply_if(search_term(f.q), |s, t| s.filter(name_contains(Column::SearchName, &t)));
    let actions = call.caller.may(EDITORS, &[Action::Create]);
    call.list::<Agreements>(select, &BY_NAME, &q.page, actions).await
}

/// Get an agreement
#[utoipa::path(
    operation_id = "getAgreement",
    tag = "agreements",
    params(("id" = Uuid, Path, description = "Agreement id")),
    responses((status = 200, description = "The agreement", body = Agreement)),
    security(("bearer" = []))
)]
#[get("/agreements/{id}")]
pub async fn get_one(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.get::<Agreements>((), id.into_inner()).await
}

/// Create an agreement
///
/// Admins and coordinators. Signatories sign for one of the parties.
#[utoipa::path(
    operation_id = "createAgreement",
    tag = "agreements",
    request_body = NewAgreement,
    params(IdempotencyKey),
    responses((status = 201, description = "Created", body = Agreement), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/agreements")]
pub async fn create(call: Call, body: Json<NewAgreement>) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    call.create::<Agreements>((), body.0).await
}

/// Update an agreement
///
/// Admins and coordinators. Requires `If-Match`. Lists given replace the old ones.
#[utoipa::path(
    operation_id = "updateAgreement",
    tag = "agreements",
    request_body = AgreementPatch,
    params(("id" = Uuid, Path, description = "Agreement id"), IfMatch),
    responses((status = 200, description = "Updated", body = Agreement), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[patch("/agreements/{id}")]
pub async fn update(call: Call, id: web::Path<Uuid>, body: Json<AgreementPatch>) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    call.update::<Agreements>((), id.into_inner(), body.0).await
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(create).service(get_one).service(update);
}
