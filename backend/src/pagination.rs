//! Keyset pagination over `(name, id)` with an opaque cursor.

use base64::Engine;
use sea_orm::sea_query::ExprTrait;
use sea_orm::{ColumnTrait, Condition};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::error::ApiError;

pub const DEFAULT_LIMIT: u64 = 50;
pub const MAX_LIMIT: u64 = 200;

/// A page of results: `{ "items": [...], "next_cursor": string | null }`.
#[derive(Serialize, ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Pass as `cursor` to get the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// Where the previous page ended.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Cursor {
    #[serde(rename = "k")]
    pub key: String,
    #[serde(rename = "i")]
    pub id: Uuid,
}

impl Cursor {
    pub fn encode(&self) -> String {
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(self).expect("cursor serializes"))
    }

    pub fn decode(s: &str) -> Result<Cursor, ApiError> {
        URL_SAFE_NO_PAD
            .decode(s)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .ok_or_else(|| ApiError::bad_request("invalid_cursor", "The cursor is not one this API issued."))
    }
}

/// The rows after `cursor` in `(key, id)` order.
pub fn after<C: ColumnTrait>(cursor: &str, key: C, id: C) -> Result<Condition, ApiError> {
    let c = Cursor::decode(cursor)?;
    Ok(Condition::any().add(key.gt(c.key.clone())).add(key.eq(c.key).and(id.gt(c.id))))
}

/// The page size to use: `limit` when given (1 to 200), else 50.
pub fn checked_limit(requested: Option<u64>) -> Result<u64, ApiError> {
    match requested {
        None => Ok(DEFAULT_LIMIT),
        Some(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
        Some(_) => Err(ApiError::bad_request("invalid_limit", format!("limit must be between 1 and {MAX_LIMIT}."))),
    }
}

/// Cut a result fetched with `limit + 1` rows down to `limit` and compute the next cursor.
pub fn finish<M, T>(
    mut rows: Vec<M>,
    limit: u64,
    key: impl Fn(&M) -> Cursor,
    map: impl Fn(M) -> T,
) -> Page<T> {
    let more = rows.len() as u64 > limit;
    rows.truncate(limit as usize);
    let next_cursor = if more { rows.last().map(|m| key(m).encode()) } else { None };
    Page { items: rows.into_iter().map(map).collect(), next_cursor }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_round_trips_and_rejects_garbage() {
        let c = Cursor { key: "östermalm".into(), id: Uuid::now_v7() };
        assert_eq!(Cursor::decode(&c.encode()).unwrap(), c);
        assert!(Cursor::decode("not-a-cursor").is_err());
        assert!(Cursor::decode("").is_err());
    }

    #[test]
    fn finish_reports_a_next_cursor_only_when_more_rows_exist() {
        let ids: Vec<Uuid> = (0..3).map(|_| Uuid::now_v7()).collect();
        let key = |id: &Uuid| Cursor { key: String::new(), id: *id };
        let page = finish(ids.clone(), 2, key, |id| id.to_string());
        assert_eq!(page.items.len(), 2);
        assert_eq!(Cursor::decode(page.next_cursor.as_ref().unwrap()).unwrap().id, ids[1]);
        let last = finish(ids[..2].to_vec(), 2, key, |id| id.to_string());
        assert!(last.next_cursor.is_none());
    }
}
