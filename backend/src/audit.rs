//! The audit log: every write records who did what to which entity, with the changed fields and
//! the request id, in the same transaction as the write.

use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseTransaction, Set};
use serde_json::{Map, Value, json};
use uuid::Uuid;

use crate::entities::audit_event;
use crate::error::ApiError;

pub async fn record(
    db: &impl ConnectionTrait,
    actor_id: Option<Uuid>,
    action: &str,
    entity_type: &str,
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
        action: Set(action.to_owned()),
        entity_type: Set(entity_type.to_owned()),
        entity_id: Set(entity_id),
        changes: Set(changes),
        request_id: Set(crate::request_id::current()),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Finish an update in `txn`: record `changes` and commit — or, when nothing changed, roll back
/// and return `false`, so that a PATCH that changes nothing keeps the version and leaves no
/// audit event.
pub async fn commit_update(
    txn: DatabaseTransaction,
    actor: Uuid,
    entity_type: &str,
    entity_id: Uuid,
    changes: Value,
) -> Result<bool, ApiError> {
    if changes["after"].as_object().is_some_and(|o| o.is_empty()) {
        txn.rollback().await?;
        return Ok(false);
    }
    record(&txn, Some(actor), "update", entity_type, Some(entity_id), changes).await?;
    txn.commit().await?;
    Ok(true)
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
        Some(o) => Value::Object(o.iter().filter(|(k, _)| !BOOKKEEPING.contains(&k.as_str())).map(|(k, v)| (k.clone(), v.clone())).collect()),
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
