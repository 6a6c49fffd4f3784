//! The access log, for admins: every read of restricted content (who, what, when).

use actix_web::{HttpResponse, get};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryTrait};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::docs::Forbidden;
use crate::audit::EntityType;
use crate::domain::role::ADMINS;
use crate::entities::access_log_entry::{Column, Entity, Model};
use crate::error::ApiResult;
use crate::kit::{Call, Keyset, ListQuery, Page, PageParams, page};

/// One read of restricted content.
#[derive(Debug, Serialize, ToSchema)]
pub struct AccessLogEntry {
    pub id: Uuid,
    /// When it was read.
    pub created_at: DateTime<Utc>,
    /// Who read it; `null` for the system.
    pub user_id: Option<Uuid>,
    pub entity_type: EntityType,
    pub entity_id: Uuid,
    pub council_id: Uuid,
    /// The request (also in the server's log).
    pub request_id: Option<String>,
}

impl From<Model> for AccessLogEntry {
    fn from(m: Model) -> Self {
        AccessLogEntry {
            id: m.id,
            created_at: m.created_at,
            user_id: m.user_id,
            entity_type: m.entity_type,
            entity_id: m.entity_id,
            council_id: m.council_id,
            request_id: m.request_id,
        }
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AccessLogFilters {
    pub user_id: Option<Uuid>,
    pub entity_id: Option<Uuid>,
}

const NEWEST_FIRST: Keyset<Column> = Keyset::newest_first(Column::Id);

/// List reads of restricted content
///
/// Newest first. Admins only.
#[utoipa::path(
    operation_id = "listAccessLog",
    tag = "audit",
    params(AccessLogFilters, PageParams),
    responses((status = 200, description = "A page of the access log", body = Page<AccessLogEntry>), (status = 403, response = Forbidden)),
    security(("bearer" = []))
)]
#[get("/access-log")]
pub async fn list(call: Call, q: ListQuery<AccessLogFilters>) -> ApiResult<HttpResponse> {
    call.require(ADMINS)?;
    let f = q.filters;
    let select = Entity::find()
        .apply_if(f.user_id, |s, v| s.filter(Column::UserId.eq(v)))
        .apply_if(f.entity_id, |s, v| s.filter(Column::EntityId.eq(v)));
    let (rows, next_cursor) = page::rows(call.read(), select, &NEWEST_FIRST, &q.page).await?;
    let items = rows.into_iter().map(AccessLogEntry::from).collect();
    Ok(HttpResponse::Ok().json(Page { items, next_cursor, allowed_actions: vec![] }))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list);
}
