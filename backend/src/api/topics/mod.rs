//! Topics: what contact routes and inquiries are about (a managed list, Swedish and English).
//! Anyone logged in reads them; coordinators and admins keep them; residents see the public ones.

mod model;
mod types;

use actix_web::{HttpResponse, get, patch, post, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryTrait};
use uuid::Uuid;

pub use model::Topics;
pub use types::{NewTopic, PublicTopic, Topic, TopicFilters, TopicPatch};

use super::docs::{Conflict, Forbidden, IdempotencyKey, IfMatch};
use crate::domain::role::{Action, EDITORS};
use crate::entities::topic::{Column, Entity};
use crate::error::ApiResult;
use crate::kit::{Call, Json, Keyset, ListQuery, Page, PageParams};
use crate::state::AppState;

const BY_CODE: Keyset<Column> = Keyset::by(Column::Code, Column::Id);

/// List topics
///
/// Sorted by code.
#[utoipa::path(
    operation_id = "listTopics",
    tag = "contact",
    params(TopicFilters, PageParams),
    responses((status = 200, description = "A page of topics", body = Page<Topic>)),
    security(("bearer" = []))
)]
#[get("/topics")]
pub async fn list(call: Call, q: ListQuery<TopicFilters>) -> ApiResult<HttpResponse> {
    let select = Entity::find().apply_if(q.filters.is_public, |s, v| s.filter(Column::IsPublic.eq(v)));
    let actions = call.caller.may(EDITORS, &[Action::Create]);
    call.list::<Topics>(select, &BY_CODE, &q.page, actions).await
}

/// Get a topic
#[utoipa::path(
    operation_id = "getTopic",
    tag = "contact",
    params(("id" = Uuid, Path, description = "Topic id")),
    responses((status = 200, description = "The topic", body = Topic)),
    security(("bearer" = []))
)]
#[get("/topics/{id}")]
pub async fn get_one(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.get::<Topics>((), id.into_inner()).await
}

/// Create a topic
///
/// Admins and coordinators. A code names one topic (409 `duplicate`).
#[utoipa::path(
    operation_id = "createTopic",
    tag = "contact",
    request_body = NewTopic,
    params(IdempotencyKey),
    responses((status = 201, description = "Created", body = Topic), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/topics")]
pub async fn create(call: Call, body: Json<NewTopic>) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    call.create::<Topics>((), body.0).await
}

/// Update a topic
///
/// Admins and coordinators. Requires `If-Match`.
#[utoipa::path(
    operation_id = "updateTopic",
    tag = "contact",
    request_body = TopicPatch,
    params(("id" = Uuid, Path, description = "Topic id"), IfMatch),
    responses((status = 200, description = "Updated", body = Topic), (status = 403, response = Forbidden)),
    security(("bearer" = []))
)]
#[patch("/topics/{id}")]
pub async fn update(call: Call, id: web::Path<Uuid>, body: Json<TopicPatch>) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    call.update::<Topics>((), id.into_inner(), body.0).await
}

/// List public topics (public)
///
/// No login. The topics residents may raise a concern about, sorted by code.
#[utoipa::path(
    operation_id = "listPublicTopics",
    tag = "public",
    params(PageParams),
    responses((status = 200, description = "A page of topics", body = Page<PublicTopic>)),
    security(())
)]
#[get("/public/topics")]
pub async fn list_public(state: web::Data<AppState>, q: ListQuery<crate::kit::NoParams>) -> ApiResult<HttpResponse> {
    let select = Entity::find().filter(Column::IsPublic.eq(true));
    let (rows, next_cursor) = crate::kit::page::rows(&state.db.read, select, &BY_CODE, &q.page).await?;
    let items = rows
        .into_iter()
        .map(|m| PublicTopic { id: m.id, code: m.code, name_sv: m.name_sv, name_en: m.name_en })
        .collect();
    Ok(HttpResponse::Ok().json(Page { items, next_cursor, allowed_actions: vec![] }))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(list_public).service(create).service(get_one).service(update);
}
