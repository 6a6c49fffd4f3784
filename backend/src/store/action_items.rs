//! Queries of action items: the overdue ones not yet told of.

use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, LockBehavior, LockType};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::outbox::{self, Event};
use crate::domain::action_item::ActionStatus;
use crate::domain::audit::EntityType;
use crate::domain::event::EventType;
use crate::entities::action_item::{Column, Entity};
use crate::error::ApiResult;

/// The most overdue tasks one run tells of (the next run takes the rest).
const BATCH: u64 = 500;

/// Tell of every open task past its due date on `today` that was not told of yet: an
/// `action_item_overdue` event each, once. How many.
pub async fn notify_overdue(db: &impl ConnectionTrait, today: NaiveDate) -> ApiResult<usize> {
    let late = Entity::find()
        .filter(Column::Status.eq(ActionStatus::Open))
        .filter(Column::DueOn.lt(today))
        .filter(Column::OverdueNotifiedAt.is_null())
        .order_by_asc(Column::Id)
        .limit(BATCH)
        // Another node running the job at the same moment takes other rows (PostgreSQL; SQLite
        // writes one transaction at a time).
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
        .all(db)
        .await?;
    if late.is_empty() {
        return Ok(0);
    }
    outbox::emit(
        db,
        late.iter()
            .map(|a| Event {
                event: EventType::ActionItemOverdue,
                entity_type: EntityType::ActionItem,
                entity_id: a.id,
                payload: serde_json::json!({
                    "action_item_id": a.id, "council_id": a.council_id, "description": a.description,
                    "due_on": a.due_on, "owner_person_id": a.owner_person_id,
                    "owner_organization_id": a.owner_organization_id,
                }),
            })
            .collect(),
    )
    .await?;
    Entity::update_many()
        .col_expr(Column::OverdueNotifiedAt, Expr::value(crate::db::now()))
        .filter(Column::Id.is_in(late.iter().map(|a| a.id)))
        .exec(db)
        .await?;
    Ok(late.len())
}
