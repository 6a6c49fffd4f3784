//! The audit log: every write records who did what to which entity, with the changed fields and
//! the request id, in the same transaction as the write.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set};
use serde::Serialize;
use serde_json::{Map, Value, json};
use utoipa::ToSchema;
use uuid::Uuid;

pub use crate::domain::audit::{AuditAction, EntityType};
use crate::entities::audit_event;
use crate::error::ApiError;

/// One recorded write.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditEventOut {
    pub id: Uuid,
    /// The user who did it; `null` for the system (migrations, seeding).
    pub actor_id: Option<Uuid>,
    pub action: AuditAction,
    pub entity_type: EntityType,
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

pub async fn record(
    db: &impl ConnectionTrait,
    actor_id: Option<Uuid>,
    action: AuditAction,
    entity_type: EntityType,
    entity_id: Option<Uuid>,
    changes: Value,
) -> Result<(), ApiError> {
    let t = crate::db::now();
    audit_event::ActiveModel {
        id: Set(Uuid::now_v7()),
        version: Set(1),
        created_at: Set(t),
        updated_at: Set(t),
        actor_id: Set(actor_id),
        action: Set(action),
        entity_type: Set(entity_type),
        entity_id: Set(entity_id),
        changes: Set(changes),
        request_id: Set(crate::request_id::current()),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Record one event per `(entity_id, changes)` of the same kind, in one statement.
pub async fn record_many(
    db: &impl ConnectionTrait,
    actor_id: Option<Uuid>,
    action: AuditAction,
    entity_type: EntityType,
    events: Vec<(Uuid, Value)>,
) -> Result<(), ApiError> {
    if events.is_empty() {
        return Ok(());
    }
    let t = crate::db::now();
    let request_id = crate::request_id::current();
    audit_event::Entity::insert_many(events.into_iter().map(|(id, changes)| audit_event::ActiveModel {
        id: Set(Uuid::now_v7()),
        version: Set(1),
        created_at: Set(t),
        updated_at: Set(t),
        actor_id: Set(actor_id),
        action: Set(action),
        entity_type: Set(entity_type),
        entity_id: Set(Some(id)),
        changes: Set(changes),
        request_id: Set(request_id.clone()),
    }))
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Whether a diff records no change at all.
pub fn is_unchanged(changes: &Value) -> bool {
    changes["after"].as_object().is_some_and(|o| o.is_empty())
}

const BOOKKEEPING: &[&str] = &["version", "created_at", "updated_at"];

/// `{ "before": {...}, "after": {...} }` with only the fields that differ (bookkeeping left out).
pub fn diff(before: &Value, after: &Value) -> Value {
    let (mut b, mut a) = (Map::new(), Map::new());
    if let (Some(bo), Some(ao)) = (before.as_object(), after.as_object()) {
        for (k, av) in ao {
            if BOOKKEEPING.contains(&k.as_str()) {
                continue;
            }
            let bv = bo.get(k).unwrap_or(&Value::Null);
            if bv != av {
                b.insert(k.clone(), bv.clone());
                a.insert(k.clone(), av.clone());
            }
        }
    }
    json!({ "before": b, "after": a })
}

pub fn created(after: &Value) -> Value {
    json!({ "after": strip(after) })
}

pub fn deleted(before: &Value) -> Value {
    json!({ "before": strip(before) })
}

fn strip(v: &Value) -> Value {
    match v.as_object() {
        Some(o) => Value::Object(
            o.iter().filter(|(k, _)| !BOOKKEEPING.contains(&k.as_str())).map(|(k, v)| (k.clone(), v.clone())).collect(),
        ),
        None => v.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_keeps_only_changed_fields() {
        let before = json!({"name": "A", "kind": "school", "version": 1});
        let after = json!({"name": "B", "kind": "school", "version": 2});
        assert_eq!(diff(&before, &after), json!({"before": {"name": "A"}, "after": {"name": "B"}}));
    }
}
