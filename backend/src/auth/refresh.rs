//! Rotating refresh tokens, stored as SHA-256 hashes. A token is used once: refreshing revokes
//! it and issues its successor in the same family; presenting a revoked token again revokes the
//! whole family (the token was stolen or replayed).

use base64::Engine;
use chrono::Duration;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::db::now;
use crate::entities::refresh_token::{self, Entity as RefreshToken};
use crate::error::ApiError;

pub const TTL_DAYS: i64 = 30;
pub const COOKIE: &str = "samverkan_refresh";

fn hash(token: &str) -> String {
    super::keys::hex(&Sha256::digest(token.as_bytes()))
}

/// Issue a new token in `family` (a new family when `None`) and return the token itself.
pub async fn issue(db: &impl ConnectionTrait, user_id: Uuid, family: Option<Uuid>) -> Result<String, ApiError> {
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(rand::random::<[u8; 32]>());
    let t = now();
    refresh_token::ActiveModel {
        id: Set(Uuid::now_v7()),
        version: Set(1),
        created_at: Set(t),
        updated_at: Set(t),
        user_id: Set(user_id),
        token_hash: Set(hash(&token)),
        family_id: Set(family.unwrap_or_else(Uuid::now_v7)),
        expires_at: Set(t + Duration::days(TTL_DAYS)),
        revoked_at: Set(None),
    }
    .insert(db)
    .await?;
    Ok(token)
}

fn invalid() -> ApiError {
    ApiError::Unauthorized("The refresh token is invalid, expired or already used.".into())
}

async fn revoke_family(db: &impl ConnectionTrait, family: Uuid) -> Result<(), ApiError> {
    RefreshToken::update_many()
        .col_expr(refresh_token::Column::RevokedAt, Expr::value(now()))
        .col_expr(refresh_token::Column::UpdatedAt, Expr::value(now()))
        .filter(refresh_token::Column::FamilyId.eq(family))
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Use `token` once: revoke it and return (user id, its successor).
pub async fn rotate(db: &impl ConnectionTrait, token: &str) -> Result<(Uuid, String), ApiError> {
    let found = RefreshToken::find()
        .filter(refresh_token::Column::TokenHash.eq(hash(token)))
        .one(db)
        .await?
        .ok_or_else(invalid)?;
    if found.revoked_at.is_some() {
        revoke_family(db, found.family_id).await?;
        return Err(invalid());
    }
    if found.expires_at <= now() {
        return Err(invalid());
    }
    // Revoke only if still unrevoked: of two concurrent refreshes with one token, one wins.
    let res = RefreshToken::update_many()
        .col_expr(refresh_token::Column::RevokedAt, Expr::value(now()))
        .col_expr(refresh_token::Column::UpdatedAt, Expr::value(now()))
        .col_expr(refresh_token::Column::Version, Expr::col(refresh_token::Column::Version).add(1))
        .filter(refresh_token::Column::Id.eq(found.id))
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    if res.rows_affected != 1 {
        return Err(invalid());
    }
    let next = issue(db, found.user_id, Some(found.family_id)).await?;
    Ok((found.user_id, next))
}

/// Revoke `token`'s family (logout). Unknown tokens are ignored: logout always succeeds.
pub async fn revoke(db: &impl ConnectionTrait, token: &str) -> Result<(), ApiError> {
    if let Some(found) = RefreshToken::find().filter(refresh_token::Column::TokenHash.eq(hash(token))).one(db).await? {
        revoke_family(db, found.family_id).await?;
    }
    Ok(())
}
