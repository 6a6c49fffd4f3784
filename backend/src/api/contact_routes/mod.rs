//! Contact routes: who to contact for what (the consultation's "designated contact route"
//! between city and police, and routes for housing companies, schools, businesses and
//! residents). Anyone logged in reads them and looks them up; coordinators and admins keep and
//! verify them; the public ones are in the public directory.

mod lookup;
mod model;
mod public;
mod types;

use actix_web::{HttpResponse, delete, get, patch, post, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect, QueryTrait, Set};
use uuid::Uuid;

pub use model::{ContactRoutes, areas_of, channels_of, hours_of, present_routes};
pub use types::{
    ContactLookup, ContactRoute, ContactRouteFilters, ContactRoutePatch, LookupParams, NewContactRoute, PhoneOnly,
    PublicContactRoute, PublicContactRouteFilters, RouteMatch,
};

use super::docs::{Conflict, Forbidden, IdempotencyKey, IfMatch};
use crate::audit::AuditAction;
use crate::domain::contact_route::stale_period;
use crate::domain::role::{Action, EDITORS};
use crate::entities::contact_route::{ActiveModel, Column, Entity};
use crate::entities::contact_route_area;
use crate::error::ApiResult;
use crate::kit::{Call, Json, Keyset, ListQuery, Page, PageParams};

pub(crate) const BY_FUNCTION: Keyset<Column> = Keyset::by(Column::Function, Column::Id);

/// Routes linked to `area` (a subquery).
pub(crate) fn serving(area: Uuid) -> sea_orm::sea_query::SelectStatement {
    contact_route_area::Entity::find()
        .select_only()
        .column(contact_route_area::Column::RouteId)
        .filter(contact_route_area::Column::AreaId.eq(area))
        .into_query()
}

/// List contact routes
///
/// Sorted by function. Anyone logged in. `stale=true` is the stale-route report: routes not
/// verified within the period.
#[utoipa::path(
    operation_id = "listContactRoutes",
    tag = "contact",
    params(ContactRouteFilters, PageParams),
    responses((status = 200, description = "A page of contact routes", body = Page<ContactRoute>)),
    security(("bearer" = []))
)]
#[get("/contact-routes")]
pub async fn list(call: Call, q: ListQuery<ContactRouteFilters>) -> ApiResult<HttpResponse> {
    let f = q.filters;
    let cutoff = crate::db::now() - stale_period();
    let select = Entity::find()
        .apply_if(crate::kit::query::search_term(f.q), |s, t| {
            s.filter(crate::db::name_contains(Column::SearchFunction, &t))
        })
        .apply_if(f.topic_id, |s, v| s.filter(Column::TopicId.eq(v)))
        .apply_if(f.organization_id, |s, v| s.filter(Column::OrganizationId.eq(v)))
        .apply_if(f.from_audience, |s, v| s.filter(Column::FromAudience.eq(v)))
        .apply_if(f.audience, |s, v| s.filter(Column::Audience.eq(v)))
        .apply_if(f.area_id, |s, a| s.filter(Column::Id.in_subquery(serving(a))))
        .apply_if(f.stale, |s, stale| {
            s.filter(if stale { Column::LastVerifiedAt.lt(cutoff) } else { Column::LastVerifiedAt.gte(cutoff) })
        });
    let actions = call.caller.may(EDITORS, &[Action::Create]);
    call.list::<ContactRoutes>(select, &BY_FUNCTION, &q.page, actions).await
}

/// Get a contact route
#[utoipa::path(
    operation_id = "getContactRoute",
    tag = "contact",
    params(("id" = Uuid, Path, description = "Contact route id")),
    responses((status = 200, description = "The contact route", body = ContactRoute)),
    security(("bearer" = []))
)]
#[get("/contact-routes/{id:[0-9a-fA-F-]+}")]
pub async fn get_one(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.get::<ContactRoutes>((), id.into_inner()).await
}

/// Create a contact route
///
/// Admins and coordinators. Verified by its author as it is made.
#[utoipa::path(
    operation_id = "createContactRoute",
    tag = "contact",
    request_body = NewContactRoute,
    params(IdempotencyKey),
    responses((status = 201, description = "Created", body = ContactRoute), (status = 403, response = Forbidden)),
    security(("bearer" = []))
)]
#[post("/contact-routes")]
pub async fn create(call: Call, body: Json<NewContactRoute>) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    call.create::<ContactRoutes>((), body.0).await
}

/// Update a contact route
///
/// Admins and coordinators. Requires `If-Match`. Backup and escalation routes may not lead back
/// to the route (422 `cycle`).
#[utoipa::path(
    operation_id = "updateContactRoute",
    tag = "contact",
    request_body = ContactRoutePatch,
    params(("id" = Uuid, Path, description = "Contact route id"), IfMatch),
    responses((status = 200, description = "Updated", body = ContactRoute), (status = 403, response = Forbidden)),
    security(("bearer" = []))
)]
#[patch("/contact-routes/{id:[0-9a-fA-F-]+}")]
pub async fn update(call: Call, id: web::Path<Uuid>, body: Json<ContactRoutePatch>) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    call.update::<ContactRoutes>((), id.into_inner(), body.0).await
}

/// Delete a contact route
///
/// Admins and coordinators; refused (409 `referenced`) while inquiries were routed to it or
/// other routes name it as their backup or escalation — end it with `valid_to` instead.
#[utoipa::path(
    operation_id = "deleteContactRoute",
    tag = "contact",
    params(("id" = Uuid, Path, description = "Contact route id"), IfMatch),
    responses((status = 204, description = "Deleted"), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[delete("/contact-routes/{id:[0-9a-fA-F-]+}")]
pub async fn remove(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    call.delete::<ContactRoutes>((), id.into_inner()).await
}

/// Verify a contact route
///
/// Admins and coordinators: the route is right as it stands. Records when and by whom; a stale
/// route is fresh again (and is told of again when it next goes stale). Requires `If-Match`.
#[utoipa::path(
    operation_id = "verifyContactRoute",
    tag = "contact",
    params(("id" = Uuid, Path, description = "Contact route id"), IfMatch),
    responses((status = 200, description = "Verified", body = ContactRoute), (status = 403, response = Forbidden)),
    security(("bearer" = []))
)]
#[post("/contact-routes/{id}:verify")]
pub async fn verify(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    let by = call.caller.display_name(call.read()).await?;
    call.act::<ContactRoutes>((), id.into_inner(), AuditAction::Verify, async |_, _| {
        Ok(ActiveModel {
            last_verified_at: Set(crate::db::now()),
            last_verified_by: Set(by),
            stale_notified_at: Set(None),
            ..Default::default()
        })
    })
    .await
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(lookup::lookup)
        .service(public::list)
        .service(list)
        .service(create)
        .service(verify)
        .service(get_one)
        .service(update)
        .service(remove);
}
