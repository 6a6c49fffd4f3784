//! Queries of calendar feeds: the meetings a feed shows, and the personal feed tokens (stored
//! as SHA-256 hashes; the token itself is shown once, when it is made).

use std::collections::HashMap;

use base64::Engine;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::entities::calendar_token::{self, Entity as CalendarToken};
use crate::entities::{council, meeting};
use crate::error::ApiResult;

/// The meetings of `councils` that start in `[from, to)`, in time order, each with its council's
/// name (two queries).
pub async fn meetings_of(
    db: &impl ConnectionTrait,
    councils: &[Uuid],
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> ApiResult<Vec<(meeting::Model, String)>> {
    if councils.is_empty() {
        return Ok(vec![]);
    }
    let names: HashMap<Uuid, String> = council::Entity::find()
        .filter(council::Column::Id.is_in(councils.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    let meetings = meeting::Entity::find()
        .filter(meeting::Column::CouncilId.is_in(councils.iter().copied()))
        .filter(meeting::Column::StartsAt.gte(from))
        .filter(meeting::Column::StartsAt.lt(to))
        .order_by_asc(meeting::Column::StartsAt)
        .order_by_asc(meeting::Column::Id)
        .all(db)
        .await?;
    Ok(meetings
        .into_iter()
        .map(|m| {
            let name = names.get(&m.council_id).cloned().unwrap_or_default();
            (m, name)
        })
        .collect())
}

/// The SHA-256 of a token, hex: what is stored and looked up.
fn hash(token: &str) -> String {
    format!("{:x}", Sha256::digest(token.as_bytes()))
}

/// Whether `token` has the form of one [`issue`] makes (43 base64url characters): anything else
/// names no feed, and is not looked up.
pub fn well_formed(token: &str) -> bool {
    token.len() == 43 && token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A new token for `user`, replacing their previous one (which stops working at once): the
/// token itself (32 random bytes, base64url), the new row's id and the replaced row's id.
pub async fn issue(db: &impl ConnectionTrait, user: Uuid) -> ApiResult<(String, Uuid, Option<Uuid>)> {
    let before = CalendarToken::find().filter(calendar_token::Column::UserId.eq(user)).one(db).await?.map(|t| t.id);
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(rand::random::<[u8; 32]>());
    let (id, t) = (Uuid::now_v7(), crate::db::now());
    let row = calendar_token::ActiveModel {
        id: Set(id),
        version: Set(1),
        created_at: Set(t),
        updated_at: Set(t),
        user_id: Set(user),
        token_hash: Set(hash(&token)),
    };
    // One statement, so two requests at once leave one token, never two and never an error.
    CalendarToken::insert(row)
        .on_conflict(
            OnConflict::column(calendar_token::Column::UserId)
                .update_columns([
                    calendar_token::Column::Id,
                    calendar_token::Column::Version,
                    calendar_token::Column::CreatedAt,
                    calendar_token::Column::UpdatedAt,
                    calendar_token::Column::TokenHash,
                ])
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok((token, id, before))
}

/// Revoke `user`'s token: the id of the row removed, if they had one.
pub async fn revoke(db: &impl ConnectionTrait, user: Uuid) -> ApiResult<Option<Uuid>> {
    let Some(found) = CalendarToken::find().filter(calendar_token::Column::UserId.eq(user)).one(db).await? else {
        return Ok(None);
    };
    CalendarToken::delete_by_id(found.id).exec(db).await?;
    Ok(Some(found.id))
}

/// The login whose live token `token` is.
pub async fn user_of(db: &impl ConnectionTrait, token: &str) -> ApiResult<Option<Uuid>> {
    if !well_formed(token) {
        return Ok(None);
    }
    Ok(CalendarToken::find()
        .filter(calendar_token::Column::TokenHash.eq(hash(token)))
        .one(db)
        .await?
        .map(|t| t.user_id))
}

/// When `user`'s current feed token was made, if they have one.
pub async fn issued_at(db: &impl ConnectionTrait, user: Uuid) -> ApiResult<Option<DateTime<Utc>>> {
    Ok(CalendarToken::find().filter(calendar_token::Column::UserId.eq(user)).one(db).await?.map(|t| t.created_at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_looked_up_by_their_sha256_only_when_they_have_the_form_of_one() {
        assert_eq!(hash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode([7u8; 32]);
        assert!(well_formed(&token));
        assert!(!well_formed(&token[1..]));
        assert!(!well_formed(&format!("{}.", &token[1..])));
        assert!(!well_formed(""));
    }
}
