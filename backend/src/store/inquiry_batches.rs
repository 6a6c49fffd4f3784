//! The public form's inquiries, written in batches: one task takes the filings waiting and writes
//! them in one transaction — each one's rate-limit count, the inquiry and its audit event, as
//! one at a time would — so a burst of residents costs one commit, not one each. A filing whose
//! address is over its limit gets its 429 and writes nothing; should the database refuse one,
//! the batch is rolled back and each filing written again on its own, so no filing fails for
//! another's sake and none is half-written.

use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, TransactionTrait};
use tokio::sync::{mpsc, oneshot};

use super::inquiries::{Filing, Placed, audit_filed, check_rate, file};
use crate::entities::contact_route;
use crate::entities::inquiry::Model;
use crate::error::{ApiError, ApiResult};

/// At most this many filings go in one transaction.
const BATCH: usize = 64;

/// A public filing to write: where it is, what it says, its route (read before), and the
/// address it came from with the limit that address has.
pub struct PublicFiling {
    pub at: Placed,
    pub filing: Filing,
    pub route: Option<contact_route::Model>,
    pub address: String,
    pub limit: u64,
    pub now: DateTime<Utc>,
}

/// The inquiry written and its status token (shown once), or why not.
type Written = ApiResult<(Model, String)>;

struct Job {
    filing: PublicFiling,
    answer: oneshot::Sender<Written>,
}

/// The way to the task that writes public filings.
#[derive(Clone)]
pub struct InquiryBatches(mpsc::Sender<Job>);

impl InquiryBatches {
    /// Start the writing task over `db` (the writer) on the current runtime.
    pub fn start(db: DatabaseConnection) -> InquiryBatches {
        let (tx, rx) = mpsc::channel(BATCH * 16);
        tokio::spawn(write_batches(db, rx));
        InquiryBatches(tx)
    }

    /// Write `filing` with the others waiting; the inquiry and its token, or why not (429 over
    /// the limit).
    pub async fn file(&self, filing: PublicFiling) -> Written {
        let (answer, written) = oneshot::channel();
        self.0.send(Job { filing, answer }).await.map_err(|_| ApiError::Unavailable)?;
        written.await.map_err(|_| ApiError::Unavailable)?
    }
}

async fn write_batches(db: DatabaseConnection, mut rx: mpsc::Receiver<Job>) {
    let mut jobs = Vec::with_capacity(BATCH);
    while rx.recv_many(&mut jobs, BATCH).await > 0 {
        let batch = std::mem::take(&mut jobs);
        match write(&db, batch.iter().map(|j| &j.filing)).await {
            Ok(written) => {
                for (job, w) in batch.into_iter().zip(written) {
                    let _ = job.answer.send(w);
                }
            }
            // One filing the database refused, or the database itself: each on its own.
            Err(_) => {
                for job in batch {
                    let w = match write(&db, std::iter::once(&job.filing)).await {
                        Ok(mut one) => one.pop().unwrap_or(Err(ApiError::Unavailable)),
                        Err(e) => Err(e),
                    };
                    let _ = job.answer.send(w);
                }
            }
        }
    }
}

/// Write `filings` in one transaction: each one's answer, or the error that rolled them all back.
async fn write<'a>(
    db: &DatabaseConnection,
    filings: impl Iterator<Item = &'a PublicFiling>,
) -> ApiResult<Vec<Written>> {
    let txn = db.begin().await?;
    let mut written = vec![];
    for f in filings {
        match check_rate(&txn, &f.address, f.limit, f.now).await {
            Err(e @ ApiError::TooManyRequests { .. }) => written.push(Err(e)),
            Err(e) => return Err(e),
            Ok(()) => {
                let (row, token) = file(&txn, &f.at, f.filing.clone(), f.route.clone()).await?;
                audit_filed(&txn, &row, serde_json::json!({})).await?;
                written.push(Ok((row, token)));
            }
        }
    }
    txn.commit().await?;
    Ok(written)
}
