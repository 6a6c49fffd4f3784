//! The audit log, for admins.

use actix_web::{HttpResponse, get};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryTrait};
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use super::docs::Forbidden;
use crate::audit::{AuditAction, AuditEventOut, EntityType};
use crate::domain::role::ADMINS;
use crate::domain::time::{Moment, Naive};
use crate::entities::audit_event::{Column, Entity};
use crate::error::ApiResult;
use crate::kit::{Call, Keyset, ListQuery, Page, PageParams, page};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditFilters {
    pub entity_type: Option<EntityType>,
    pub entity_id: Option<Uuid>,
    pub actor_id: Option<Uuid>,
    pub action: Option<AuditAction>,
    /// Only events at or after this time.
    pub since: Option<Moment>,
    /// Only events before this time.
    pub until: Option<Moment>,
}

const NEWEST_FIRST: Keyset<Column> = Keyset::newest_first(Column::Id);

/// List audit events
///
/// Newest first. Admins only.
#[utoipa::path(
    operation_id = "listAuditEvents",
    tag = "audit",
    params(AuditFilters, PageParams),
    responses((status = 200, description = "A page of audit events", body = Page<AuditEventOut>), (status = 403, response = Forbidden)),
    security(("bearer" = []))
)]
#[get("/audit-events")]
pub async fn list(call: Call, q: ListQuery<AuditFilters>) -> ApiResult<HttpResponse> {
    call.require(ADMINS)?;
    let f = q.filters;
    let select = Entity::find()
        .apply_if(f.entity_type, |s, v| s.filter(Column::EntityType.eq(v)))
        .apply_if(f.entity_id, |s, v| s.filter(Column::EntityId.eq(v)))
        .apply_if(f.actor_id, |s, v| s.filter(Column::ActorId.eq(v)))
        .apply_if(f.action, |s, v| s.filter(Column::Action.eq(v)))
        .apply_if(f.since.naive(), |s, v| s.filter(Column::CreatedAt.gte(v)))
        .apply_if(f.until.naive(), |s, v| s.filter(Column::CreatedAt.lt(v)));
    let (rows, next_cursor) = page::rows(call.read(), select, &NEWEST_FIRST, &q.page).await?;
    let items = rows.into_iter().map(AuditEventOut::from).collect();
    Ok(HttpResponse::Ok().json(Page { items, next_cursor, allowed_actions: vec![] }))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list);
}
