//! People who sit on councils. Personal data: exportable and erasable (GDPR); contact details
//! of people outside the caller's own councils are shown only to coordinators and admins.

mod model;
mod types;

use actix_web::{HttpResponse, get, patch, post, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryTrait, TransactionTrait};
use uuid::Uuid;

pub use model::{ERASED_NAME, People};
pub use types::{NewPerson, Person, PersonExport, PersonFilters, PersonPatch};

use super::docs::{Conflict, Forbidden, IdempotencyKey, IfMatch};
use crate::db::name_contains;
use crate::domain::role::{Action, EDITORS};
use crate::domain::time::today;
use crate::entities::person::{Column, Entity};
use crate::error::ApiResult;
use crate::kit::concurrency::ok_with_etag;
use crate::kit::query::search_term;
use crate::kit::write::{find, present_row};
use crate::kit::{Call, Json, Keyset, ListQuery, Page, PageParams};
use crate::store::memberships::people_on;

const BY_NAME: Keyset<Column> = Keyset::by(Column::SearchName, Column::Id);

/// List people
///
/// Sorted by name. Contact details of people outside the caller's councils are left out for
/// members and viewers.
#[utoipa::path(
    operation_id = "listPeople",
    tag = "people",
    params(PersonFilters, PageParams),
    responses((status = 200, description = "A page of people", body = Page<Person>)),
    security(("bearer" = []))
)]
#[get("/people")]
pub async fn list(call: Call, q: ListQuery<PersonFilters>) -> ApiResult<HttpResponse> {
    let f = q.filters;
    let select = Entity::find()
        .apply_if(f.organization_id, |s, o| s.filter(Column::OrganizationId.eq(o)))
        .apply_if(f.council_id, |s, c| s.filter(Column::Id.in_subquery(people_on(c, today()))))
        .apply_if(search_term(f.q), |s, t| s.filter(name_contains(Column::SearchName, &t)));
    call.list::<People>(select, &BY_NAME, &q.page, call.caller.may(EDITORS, &[Action::Create])).await
}

/// Get a person
#[utoipa::path(
    operation_id = "getPerson",
    tag = "people",
    params(("id" = Uuid, Path, description = "Person id")),
    responses((status = 200, description = "The person", body = Person)),
    security(("bearer" = []))
)]
#[get("/people/{id}")]
pub async fn get_one(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.get::<People>((), id.into_inner()).await
}

/// Create a person
///
/// Admins and coordinators.
#[utoipa::path(
    operation_id = "createPerson",
    tag = "people",
    request_body = NewPerson,
    params(IdempotencyKey),
    responses((status = 201, description = "Created", body = Person), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/people")]
pub async fn create(call: Call, body: Json<NewPerson>) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    call.create::<People>((), body.0).await
}

/// Update a person
///
/// Admins and coordinators. Requires `If-Match`.
#[utoipa::path(
    operation_id = "updatePerson",
    tag = "people",
    request_body = PersonPatch,
    params(("id" = Uuid, Path, description = "Person id"), IfMatch),
    responses((status = 200, description = "Updated", body = Person), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[patch("/people/{id}")]
pub async fn update(call: Call, id: web::Path<Uuid>, body: Json<PersonPatch>) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    call.update::<People>((), id.into_inner(), body.0).await
}

/// Export everything held about a person (GDPR art. 15)
///
/// Admins and coordinators. The export is itself recorded in the audit log.
#[utoipa::path(
    operation_id = "exportPerson",
    tag = "people",
    params(("id" = Uuid, Path, description = "Person id")),
    responses((status = 200, description = "Everything held about the person", body = PersonExport), (status = 403, response = Forbidden)),
    security(("bearer" = []))
)]
#[get("/people/{id}/export")]
pub async fn export(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    let txn = call.db().write.begin().await?;
    let person = find::<People>(&txn, (), id.into_inner()).await?;
    let export = model::export(&txn, &call.caller, person).await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(export))
}

/// Erase a person's personal data (GDPR art. 17)
///
/// Admins and coordinators. Name, title, e-mail and phone are replaced by a placeholder and the
/// audit log's copies of them are removed; memberships, signatures and minutes keep their
/// history, now pointing at "Raderad person". Requires `If-Match`. Erasing twice changes nothing.
#[utoipa::path(
    operation_id = "erasePerson",
    tag = "people",
    params(("id" = Uuid, Path, description = "Person id"), IfMatch),
    responses((status = 200, description = "Erased", body = Person), (status = 403, response = Forbidden)),
    security(("bearer" = []))
)]
#[post("/people/{id}/erase")]
pub async fn erase(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    let txn = call.db().write.begin().await?;
    let current = find::<People>(&txn, (), id.into_inner()).await?;
    call.check_if_match(current.version)?;
    model::erase(&txn, &call.caller, &current).await?;
    let person = present_row::<People>(&txn, &call.caller, find::<People>(&txn, (), current.id).await?).await?;
    txn.commit().await?;
    Ok(ok_with_etag(person.version, &person))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(create).service(get_one).service(update).service(export).service(erase);
}
