//! `Idempotency-Key` on POST: a retried request with the same key gets the first response;
//! the same key with a different body is refused. The key is stored in the same transaction as
//! the write it guards.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PrimaryKeyTrait, QueryFilter, Set};
use serde::Serialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::entities::idempotency_key::{self, Entity as IdempotencyKey};
use crate::error::{ApiError, ProblemCode};

pub const HEADER: &str = "idempotency-key";

/// The idempotency key of a request, if any, and what identifies the request it came with.
pub struct Idempotency {
    key: Option<String>,
    method: String,
    path: String,
    request_hash: String,
}

/// A response as it is sent and stored.
pub struct StoredResponse {
    pub status: StatusCode,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl StoredResponse {
    pub fn json(status: StatusCode, headers: Vec<(String, String)>, body: &impl Serialize) -> Result<Self, ApiError> {
        Ok(StoredResponse { status, headers, body: serde_json::to_string(body).map_err(ApiError::internal)? })
    }

    pub fn to_response(&self) -> HttpResponse {
        let mut res = HttpResponse::build(self.status);
        res.content_type("application/json");
        for (k, v) in &self.headers {
            res.insert_header((k.as_str(), v.as_str()));
        }
        res.body(self.body.clone())
    }
}

impl Idempotency {
    pub fn from_request(req: &HttpRequest, body: &impl Serialize) -> Result<Self, ApiError> {
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
                let k = String::from_utf8_lossy(bytes).into_owned();
                Some(k)
            }
        };
        let bytes = serde_json::to_vec(body).map_err(ApiError::internal)?;
        Ok(Idempotency {
            key,
            method: req.method().to_string(),
            path: req.path().to_owned(),
            request_hash: crate::auth::keys::hex(&Sha256::digest(&bytes)),
        })
    }

    /// The stored response of an earlier request with this key, if there was one. `E` is the
    /// entity the request creates: when the resource that response names has since been deleted,
    /// the replay is refused (409) rather than pointing at something that is gone.
    pub async fn replay<E>(&self, db: &impl ConnectionTrait, user_id: Uuid) -> Result<Option<HttpResponse>, ApiError>
    where
        E: EntityTrait,
        <E::PrimaryKey as PrimaryKeyTrait>::ValueType: From<Uuid>,
    {
        let Some(key) = &self.key else { return Ok(None) };
        let Some(found) = IdempotencyKey::find()
            .filter(idempotency_key::Column::UserId.eq(user_id))
            .filter(idempotency_key::Column::Key.eq(key.as_str()))
            .one(db)
            .await?
        else {
            return Ok(None);
        };
        if found.request_hash != self.request_hash || found.method != self.method || found.path != self.path {
            return Err(ApiError::conflict(
                ProblemCode::IdempotencyKeyReused,
                "This Idempotency-Key was used with a different request.",
            ));
        }
        let headers: Vec<(String, String)> = serde_json::from_value(found.response_headers).unwrap_or_default();
        let created_id = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("location"))
            .and_then(|(_, v)| v.rsplit('/').next())
            .and_then(|id| Uuid::parse_str(id).ok());
        if let Some(id) = created_id
            && E::find_by_id(id).one(db).await?.is_none()
        {
            return Err(ApiError::conflict(
                ProblemCode::IdempotencyKeyResourceGone,
                "The resource first created with this Idempotency-Key has since been deleted; use a new key to create another.",
            ));
        }
        let status = StatusCode::from_u16(found.response_status as u16).unwrap_or(StatusCode::OK);
        let mut res = StoredResponse { status, headers, body: found.response_body }.to_response();
        res.headers_mut().insert(
            actix_web::http::header::HeaderName::from_static("idempotent-replayed"),
            actix_web::http::header::HeaderValue::from_static("true"),
        );
        Ok(Some(res))
    }

    /// Remember `response` under this key (a no-op without a key).
    pub async fn remember(
        &self,
        db: &impl ConnectionTrait,
        user_id: Uuid,
        response: &StoredResponse,
    ) -> Result<(), ApiError> {
        let Some(key) = &self.key else { return Ok(()) };
        let t = crate::db::now();
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
            response_status: Set(response.status.as_u16() as i32),
            response_headers: Set(serde_json::to_value(&response.headers).map_err(ApiError::internal)?),
            response_body: Set(response.body.clone()),
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
