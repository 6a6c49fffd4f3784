//! Slowing down repeated failed logins, per account and per client address. Counters live in
//! the database so that every API node sees the same ones.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::db::now;
use crate::entities::login_throttle::{self, Entity as Throttle};
use crate::error::ApiError;

/// How many failures a key may have before each further one blocks it for a while.
pub struct Policy {
    pub free_failures: i32,
    /// Failures older than this are forgotten.
    pub window: Duration,
    pub max_block: Duration,
}

pub const ACCOUNT: Policy =
    Policy { free_failures: 5, window: Duration::minutes(15), max_block: Duration::minutes(15) };
pub const ADDRESS: Policy =
    Policy { free_failures: 30, window: Duration::minutes(15), max_block: Duration::minutes(15) };

/// The block after `failures` failures: none up to the free ones, then 5, 10, 20 … seconds.
pub fn block_for(policy: &Policy, failures: i32) -> Option<Duration> {
    let over = failures - policy.free_failures;
    if over <= 0 {
        return None;
    }
    let secs = 5i64 << (over - 1).min(20);
    Some(Duration::seconds(secs).min(policy.max_block))
}

/// Refuse with 429 while any of `keys` is blocked.
pub async fn check(db: &impl ConnectionTrait, keys: &[String]) -> Result<(), ApiError> {
    let t = now();
    let rows = Throttle::find().filter(login_throttle::Column::Key.is_in(keys.iter().cloned())).all(db).await?;
    let until: Option<DateTime<Utc>> = rows.iter().filter_map(|r| r.blocked_until).filter(|u| *u > t).max();
    match until {
        Some(u) => Err(ApiError::TooManyRequests { retry_after_secs: (u - t).num_seconds().max(1) as u64 }),
        None => Ok(()),
    }
}

pub async fn record_failure(db: &impl ConnectionTrait, key: &str, policy: &Policy) -> Result<(), ApiError> {
    let t = now();
    let existing = Throttle::find().filter(login_throttle::Column::Key.eq(key)).one(db).await?;
    match existing {
        Some(row) => {
            let failures = if t - row.last_failure_at > policy.window { 1 } else { row.failures + 1 };
            let mut m: login_throttle::ActiveModel = row.clone().into();
            m.failures = Set(failures);
            m.last_failure_at = Set(t);
            m.blocked_until = Set(block_for(policy, failures).map(|d| t + d));
            m.updated_at = Set(t);
            m.version = Set(row.version + 1);
            m.update(db).await?;
        }
        None => {
            login_throttle::ActiveModel {
                id: Set(Uuid::now_v7()),
                version: Set(1),
                created_at: Set(t),
                updated_at: Set(t),
                key: Set(key.to_owned()),
                failures: Set(1),
                last_failure_at: Set(t),
                blocked_until: Set(block_for(policy, 1).map(|d| t + d)),
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

pub async fn clear(db: &impl ConnectionTrait, key: &str) -> Result<(), ApiError> {
    Throttle::delete_many().filter(login_throttle::Column::Key.eq(key)).exec(db).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_grow_after_the_free_failures_and_are_capped() {
        assert_eq!(block_for(&ACCOUNT, 5), None);
        assert_eq!(block_for(&ACCOUNT, 6), Some(Duration::seconds(5)));
        assert_eq!(block_for(&ACCOUNT, 8), Some(Duration::seconds(20)));
        assert_eq!(block_for(&ACCOUNT, 100), Some(Duration::minutes(15)));
    }
}
