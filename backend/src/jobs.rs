//! Background jobs: housekeeping every API node runs on a timer (expired idempotency keys,
//! overdue action items and stale contact routes told of once, inquiries' personal data purged
//! after closing). Each job is a plain function
//! over the database (tests drive it directly) and safe to run on several nodes at once.

use std::time::Duration;

use sea_orm::TransactionTrait;

use crate::domain::time::today;
use crate::error::ApiResult;
use crate::kit::idempotency;
use crate::state::AppState;

/// How often the jobs run.
const EVERY: Duration = Duration::from_secs(15 * 60);

/// What one round of the jobs did.
#[derive(Debug, Default, PartialEq)]
pub struct Round {
    pub idempotency_keys_removed: u64,
    /// Overdue action items told of (once each) in the outbox.
    pub overdue_action_items: usize,
    /// Contact routes gone stale, told of (once per verification) in the outbox.
    pub stale_contact_routes: usize,
    /// Closed inquiries whose personal data was purged.
    pub inquiries_purged: u64,
}

/// Run every job once.
pub async fn run_once(state: &AppState) -> ApiResult<Round> {
    let now = crate::db::now();
    let idempotency_keys_removed =
        idempotency::purge_expired(&state.db.write, now - state.config.idempotency_ttl).await?;
    let txn = state.db.write.begin().await?;
    let overdue_action_items = crate::store::action_items::notify_overdue(&txn, today()).await?;
    let stale_contact_routes = crate::store::contact_routes::notify_stale(&txn, now).await?;
    let retention = chrono::Months::new(state.config.inquiry_retention_months);
    let inquiries_purged =
        crate::store::inquiries::purge(&txn, now.checked_sub_months(retention).unwrap_or(now)).await?;
    txn.commit().await?;
    Ok(Round { idempotency_keys_removed, overdue_action_items, stale_contact_routes, inquiries_purged })
}

/// Run the jobs now and then every [`EVERY`], for as long as the server runs.
pub fn spawn(state: AppState) {
    actix_web::rt::spawn(async move {
        let mut timer = actix_web::rt::time::interval(EVERY);
        loop {
            timer.tick().await;
            match run_once(&state).await {
                Ok(round) => tracing::debug!(?round, "jobs ran"),
                Err(e) => tracing::warn!(error = %e, "a background job failed; it runs again later"),
            }
        }
    });
}
