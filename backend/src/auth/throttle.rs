//! Slowing down repeated failed logins, per account and per client address. Counters live in
//! the database so that every API node sees the same ones.

use chrono::Duration;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect, Set,
    TransactionTrait,
};
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

/// A key and the policy it is counted under.
pub type Counted<'a> = (&'a str, &'a Policy);

/// Count a login attempt against every key *before* the password is checked, in one
/// transaction that holds the keys' rows (locked on PostgreSQL; SQLite writes one transaction at
/// a time): refused with 429 while any key is blocked; otherwise each key's count goes up and,
/// past its free attempts, the key is blocked from now on, as if the attempt had failed. A
/// successful login then takes its attempt back ([`succeeded`]). So concurrent guesses are
/// counted one after the other and no more of them reach the password check than sequential
/// ones would.
pub async fn attempt(db: &DatabaseConnection, keys: &[Counted<'_>]) -> Result<(), ApiError> {
    let txn = db.begin().await?;
    let t = now();
    // Make sure every key has a row to lock (a concurrent insert of the same key does nothing).
    let fresh = keys.iter().map(|(key, _)| login_throttle::ActiveModel {
        id: Set(Uuid::now_v7()),
        version: Set(1),
        created_at: Set(t),
        updated_at: Set(t),
        key: Set((*key).to_owned()),
        failures: Set(0),
        last_failure_at: Set(t),
        blocked_until: Set(None),
    });
    Throttle::insert_many(fresh)
        .on_conflict(OnConflict::column(login_throttle::Column::Key).do_nothing().to_owned())
        .try_insert()
        .exec(&txn)
        .await?;
    let rows = Throttle::find()
        .filter(login_throttle::Column::Key.is_in(keys.iter().map(|(k, _)| (*k).to_owned())))
        .lock_exclusive()
        .all(&txn)
        .await?;
    if let Some(until) = rows.iter().filter_map(|r| r.blocked_until).filter(|u| *u > t).max() {
        txn.rollback().await?;
        return Err(ApiError::TooManyRequests { retry_after_secs: (until - t).num_seconds().max(1) as u64 });
    }
    for row in rows {
        let Some((_, policy)) = keys.iter().find(|(k, _)| *k == row.key) else { continue };
        let failures = if t - row.last_failure_at > policy.window { 1 } else { row.failures + 1 };
        let mut m: login_throttle::ActiveModel = row.clone().into();
        m.failures = Set(failures);
        m.last_failure_at = Set(t);
        m.blocked_until = Set(block_for(policy, failures).map(|d| t + d));
        m.updated_at = Set(t);
        m.version = Set(row.version + 1);
        m.update(&txn).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// The attempt succeeded: the account's count starts over, and the address's takes back the
/// one this attempt added (with any block it caused).
pub async fn succeeded(db: &impl ConnectionTrait, account: Counted<'_>, address: Counted<'_>) -> Result<(), ApiError> {
    Throttle::delete_many().filter(login_throttle::Column::Key.eq(account.0)).exec(db).await?;
    if let Some(row) = Throttle::find().filter(login_throttle::Column::Key.eq(address.0)).one(db).await? {
        let failures = (row.failures - 1).max(0);
        let mut m: login_throttle::ActiveModel = row.clone().into();
        m.failures = Set(failures);
        m.blocked_until = Set(block_for(address.1, failures).map(|d| row.last_failure_at + d));
        m.version = Set(row.version + 1);
        m.update(db).await?;
    }
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
