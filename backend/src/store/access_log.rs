//! The access log: who read which restricted thing, when.

use sea_orm::{ConnectionTrait, EntityTrait, Set};
use uuid::Uuid;

use crate::domain::audit::EntityType;
use crate::domain::classification::Classification;
use crate::entities::access_log_entry::{ActiveModel, Entity};
use crate::error::ApiResult;

/// A read of restricted content: what, and in which council.
pub struct Read {
    pub entity_type: EntityType,
    pub entity_id: Uuid,
    pub council_id: Uuid,
}

/// The reads among `rows` (id, council, classification) that the access log keeps: those of
/// restricted content.
pub fn restricted_reads(
    entity_type: EntityType,
    rows: impl IntoIterator<Item = (Uuid, Uuid, Classification)>,
) -> Vec<Read> {
    rows.into_iter()
        .filter(|(_, _, c)| *c == Classification::Restricted)
        .map(|(entity_id, council_id, _)| Read { entity_type, entity_id, council_id })
        .collect()
}

/// Record that `user` read `reads` (one insert; nothing when there are none).
pub async fn record(db: &impl ConnectionTrait, user: Option<Uuid>, reads: Vec<Read>) -> ApiResult<()> {
    if reads.is_empty() {
        return Ok(());
    }
    let t = crate::db::now();
    let request_id = crate::request_id::current();
    Entity::insert_many(reads.into_iter().map(|r| ActiveModel {
        id: Set(Uuid::now_v7()),
        created_at: Set(t),
        user_id: Set(user),
        entity_type: Set(r.entity_type),
        entity_id: Set(r.entity_id),
        council_id: Set(r.council_id),
        request_id: Set(request_id.clone()),
    }))
    .exec_without_returning(db)
    .await?;
    Ok(())
}
