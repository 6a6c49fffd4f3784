//! Minutes rows: one per meeting, a draft from the start.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, EntityTrait, Set};
use uuid::Uuid;

use crate::domain::minutes::{MinutesStatus, default_adjust_by};
use crate::domain::time::date_in_stockholm;
use crate::entities::minutes::{ActiveModel, Entity as Minutes};
use crate::error::ApiResult;

/// A draft for each `(meeting, starts_at)` of `council`, to be adjusted within 14 days (one insert).
pub async fn create_drafts(
    db: &impl ConnectionTrait,
    council: Uuid,
    meetings: &[(Uuid, DateTime<Utc>)],
) -> ApiResult<()> {
    if meetings.is_empty() {
        return Ok(());
    }
    let t = crate::db::now();
    let rows: Vec<ActiveModel> = meetings
        .iter()
        .map(|(m, starts)| ActiveModel {
            id: Set(Uuid::now_v7()),
            version: Set(1),
            created_at: Set(t),
            updated_at: Set(t),
            meeting_id: Set(*m),
            council_id: Set(council),
            status: Set(MinutesStatus::Draft),
            revision: Set(0),
            adjust_by: Set(Some(default_adjust_by(date_in_stockholm(*starts)))),
            other_business: Set(None),
            submitted_at: Set(None),
            adjusted_at: Set(None),
        })
        .collect();
    for chunk in rows.chunks(500) {
        Minutes::insert_many(chunk.to_vec()).exec_without_returning(db).await?;
    }
    Ok(())
}
