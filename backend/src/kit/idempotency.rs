//! `Idempotency-Key` on POST: a retried request with the same key gets what the first created,
//! as it is now; the same key with a different body is refused. The key is stored in the same
//! transaction as the write it guards, with the id of what that write created and a hash of the
//! request — never the response, so erasing a person leaves no copy of them here (erasure
//! also forgets the hash: [`forget_requests_for`]). Keys expire after
//! `SAMVERKAN_IDEMPOTENCY_TTL_HOURS` (24 by default) and a job removes them ([`purge_expired`]).

use actix_web::HttpRequest;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use serde::Serialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::entities::idempotency_key::{self, Entity as IdempotencyKey};
use crate::error::{ApiError, ProblemCode};

pub const HEADER: &str = "idempotency-key";
/// What an erased request's hash becomes: the key still answers with what it created.
const FORGOTTEN: &str = "forgotten";

/// The idempotency key of a request, if any, and what identifies the request it came with.
pub struct Idempotency {
    key: Option<String>,
    method: String,
    path: String,
    request_hash: String,
    ttl: Duration,
}

/// What an earlier request with the same key created.
pub struct Earlier {
    pub resource_id: Uuid,
}

impl Idempotency {
    pub fn from_request(req: &HttpRequest, body: &impl Serialize, ttl: Duration) -> Result<Self, ApiError> {
        let key = match req.headers().get(HEADER) {
            None => None,
            Some(v) => {
                // The schema's pattern: 1 to 255 visible ASCII characters, `^[!-~]{1,255}$`.
                let bytes = v.as_bytes();
                if bytes.is_empty() || bytes.len() > 255 || !bytes.iter().all(|b| (b'!'..=b'~').contains(b)) {
                    return Err(ApiError::bad_request(
                        ProblemCode::InvalidIdempotencyKey,
                        "Idempotency-Key must be 1 to 255 visible ASCII characters (no spaces).",
                    ));
                }
                Some(String::from_utf8_lossy(bytes).into_owned())
            }
        };
        let bytes = serde_json::to_vec(body).map_err(ApiError::internal)?;
        Ok(Idempotency {
            key,
            method: req.method().to_string(),
            path: req.path().to_owned(),
            request_hash: crate::auth::keys::hex(&Sha256::digest(&bytes)),
            ttl,
        })
    }

    /// What an earlier request with this key (not yet expired) created, if there was one. The
    /// same key with another request is refused (409).
    pub async fn earlier(&self, db: &impl ConnectionTrait, user_id: Uuid) -> Result<Option<Earlier>, ApiError> {
        let Some(key) = &self.key else { return Ok(None) };
        let Some(found) = IdempotencyKey::find()
            .filter(idempotency_key::Column::UserId.eq(user_id))
            .filter(idempotency_key::Column::Key.eq(key.as_str()))
            .filter(idempotency_key::Column::CreatedAt.gt(crate::db::now() - self.ttl))
            .one(db)
            .await?
        else {
            return Ok(None);
        };
        let same_request = found.request_hash == self.request_hash || found.request_hash == FORGOTTEN;
        if !same_request || found.method != self.method || found.path != self.path {
            return Err(ApiError::conflict(
                ProblemCode::IdempotencyKeyReused,
                "This Idempotency-Key was used with a different request.",
            ));
        }
        Ok(found.resource_id.map(|resource_id| Earlier { resource_id }))
    }

    /// Remember that this key created `resource_id` (a no-op without a key). An expired entry
    /// for the same key gives way.
    pub async fn remember(&self, db: &impl ConnectionTrait, user_id: Uuid, resource_id: Uuid) -> Result<(), ApiError> {
        let Some(key) = &self.key else { return Ok(()) };
        let t = crate::db::now();
        IdempotencyKey::delete_many()
            .filter(idempotency_key::Column::UserId.eq(user_id))
            .filter(idempotency_key::Column::Key.eq(key.as_str()))
            .filter(idempotency_key::Column::CreatedAt.lte(t - self.ttl))
            .exec(db)
            .await?;
        idempotency_key::ActiveModel {
            id: Set(Uuid::now_v7()),
            version: Set(1),
            created_at: Set(t),
            updated_at: Set(t),
            user_id: Set(user_id),
            key: Set(key.clone()),
            method: Set(self.method.clone()),
            path: Set(self.path.clone()),
            request_hash: Set(self.request_hash.clone()),
            resource_id: Set(Some(resource_id)),
        }
        .insert(db)
        .await
        .map_err(|e| match ApiError::from(e) {
            ApiError::Conflict { .. } => ApiError::conflict(
                ProblemCode::IdempotencyKeyInUse,
                "A request with this Idempotency-Key is being processed; retry it shortly.",
            ),
            other => other,
        })?;
        Ok(())
    }
}

/// Forget the requests that created `resource_id` (its personal data was erased): the keys
/// still answer with the (erased) resource, but no hash of the data is kept.
pub async fn forget_requests_for(db: &impl ConnectionTrait, resource_id: Uuid) -> Result<(), ApiError> {
    IdempotencyKey::update_many()
        .col_expr(idempotency_key::Column::RequestHash, Expr::value(FORGOTTEN))
        .filter(idempotency_key::Column::ResourceId.eq(resource_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Remove the keys created before `before`; how many went.
pub async fn purge_expired(db: &impl ConnectionTrait, before: DateTime<Utc>) -> Result<u64, ApiError> {
    let res = IdempotencyKey::delete_many().filter(idempotency_key::Column::CreatedAt.lt(before)).exec(db).await?;
    Ok(res.rows_affected)
}
