//! The outbox: events written in the same transaction as the change they tell of.

use sea_orm::{ConnectionTrait, EntityTrait, Set};
use serde_json::Value;
use uuid::Uuid;

use crate::domain::audit::EntityType;
use crate::domain::event::EventType;
use crate::entities::outbox_event::{ActiveModel, Entity};
use crate::error::ApiResult;

/// One event to write.
pub struct Event {
    pub event: EventType,
    pub entity_type: EntityType,
    pub entity_id: Uuid,
    pub payload: Value,
}

/// Write `events` to the outbox, in one statement.
pub async fn emit(db: &impl ConnectionTrait, events: Vec<Event>) -> ApiResult<()> {
    if events.is_empty() {
        return Ok(());
    }
    let t = crate::db::now();
    Entity::insert_many(events.into_iter().map(|e| ActiveModel {
        id: Set(Uuid::now_v7()),
        created_at: Set(t),
        event: Set(e.event),
        entity_type: Set(e.entity_type),
        entity_id: Set(e.entity_id),
        payload: Set(e.payload),
        delivered_at: Set(None),
        attempts: Set(0),
    }))
    .exec_without_returning(db)
    .await?;
    Ok(())
}
