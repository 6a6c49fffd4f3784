//! The audit log, for admins.

use actix_web::{HttpResponse, get, web};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::auth::{ADMINS, Auth};
use crate::entities::audit_event::{self, Entity as AuditEvent};
use crate::error::ApiResult;
use crate::extract::check_query_len;
use crate::pagination::{self, Cursor, Page};
use crate::state::AppState;

/// One recorded write.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditEventOut {
    pub id: Uuid,
    /// The user who did it; `null` for the system (migrations, seeding).
    pub actor_id: Option<Uuid>,
    /// `create`, `update`, `delete`, `login` …
    pub action: String,
    /// `organization`, `area`, `user` …
    pub entity_type: String,
    pub entity_id: Option<Uuid>,
    /// `{ "before": {...}, "after": {...} }` with the fields that changed.
    #[schema(value_type = Object)]
    pub changes: serde_json::Value,
    pub request_id: Option<String>,
    pub version: i32,
    /// When it happened.
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<audit_event::Model> for AuditEventOut {
    fn from(m: audit_event::Model) -> Self {
        AuditEventOut {
            id: m.id,
            actor_id: m.actor_id,
            action: m.action,
            entity_type: m.entity_type,
            entity_id: m.entity_id,
            changes: m.changes,
            request_id: m.request_id,
            version: m.version,
            created_at: m.created_at,
            updated_at: m.updated_at,
        }
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    #[param(max_length = 40)]
    pub entity_type: Option<String>,
    pub entity_id: Option<Uuid>,
    pub actor_id: Option<Uuid>,
    #[param(max_length = 40)]
    pub action: Option<String>,
    /// Only events at or after this time.
    pub since: Option<DateTime<Utc>>,
    /// Only events before this time.
    pub until: Option<DateTime<Utc>>,
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    #[param(max_length = 500)]
    pub cursor: Option<String>,
}

/// List audit events
///
/// Newest first. Admins only.
#[utoipa::path(
    operation_id = "listAuditEvents",
    tag = "audit",
    params(AuditQuery),
    responses((status = 200, description = "A page of audit events", body = Page<AuditEventOut>)),
    security(("bearer" = []))
)]
#[get("/audit-events")]
pub async fn list(state: web::Data<AppState>, auth: Auth, query: web::Query<AuditQuery>) -> ApiResult<HttpResponse> {
    auth.require(ADMINS)?;
    let q = query.into_inner();
    let limit = pagination::checked_limit(q.limit)?;
    check_query_len("entity_type", q.entity_type.as_deref(), 40)?;
    check_query_len("action", q.action.as_deref(), 40)?;
    check_query_len("cursor", q.cursor.as_deref(), 500)?;
    let mut s = AuditEvent::find();
    if let Some(v) = q.entity_type {
        s = s.filter(audit_event::Column::EntityType.eq(v));
    }
    if let Some(v) = q.entity_id {
        s = s.filter(audit_event::Column::EntityId.eq(v));
    }
    if let Some(v) = q.actor_id {
        s = s.filter(audit_event::Column::ActorId.eq(v));
    }
    if let Some(v) = q.action {
        s = s.filter(audit_event::Column::Action.eq(v));
    }
    if let Some(v) = q.since {
        s = s.filter(audit_event::Column::CreatedAt.gte(v));
    }
    if let Some(v) = q.until {
        s = s.filter(audit_event::Column::CreatedAt.lt(v));
    }
    if let Some(c) = q.cursor.as_deref() {
        s = s.filter(audit_event::Column::Id.lt(Cursor::decode(c)?.id));
    }
    let rows = s.order_by_desc(audit_event::Column::Id).limit(limit + 1).all(&state.db).await?;
    let page = pagination::finish(
        rows,
        limit,
        |m| Cursor { key: String::new(), id: m.id },
        AuditEventOut::from,
    );
    Ok(HttpResponse::Ok().json(page))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list);
}
