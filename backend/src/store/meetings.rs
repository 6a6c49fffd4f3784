//! Queries of meetings: a council's meetings in a period, and its next ones.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use crate::domain::meeting::MeetingStatus;
use crate::entities::meeting::{self, Column, Entity};
use crate::error::ApiResult;

/// The meetings of `council` that start before `to` and end after `from` (any status), in time
/// order: what the overlap rule and `generate` compare against.
pub async fn of_council_between(
    db: &impl ConnectionTrait,
    council: Uuid,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> ApiResult<Vec<meeting::Model>> {
    Ok(Entity::find()
        .filter(Column::CouncilId.eq(council))
        .filter(Column::StartsAt.lt(to))
        .filter(Column::EndsAt.gt(from))
        .order_by_asc(Column::StartsAt)
        .all(db)
        .await?)
}

/// The next `n` meetings of `council` that start at or after `now` and are not cancelled.
pub async fn next_of_council(
    db: &impl ConnectionTrait,
    council: Uuid,
    now: DateTime<Utc>,
    n: u64,
) -> ApiResult<Vec<meeting::Model>> {
    Ok(Entity::find()
        .filter(Column::CouncilId.eq(council))
        .filter(Column::StartsAt.gte(now))
        .filter(Column::Status.ne(MeetingStatus::Cancelled))
        .order_by_asc(Column::StartsAt)
        .order_by_asc(Column::Id)
        .limit(n)
        .all(db)
        .await?)
}
