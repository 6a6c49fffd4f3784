//! The one list path: a resource's filtered `Select`, ordered by its keyset, one page of it after
//! the cursor, presented in a fixed number of queries. The 10th page costs what the first does:
//! the cursor is a `WHERE (key, id) > (…)` on an index, never an OFFSET.

use actix_web::HttpResponse;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::NaiveDate;
use sea_orm::sea_query::{ColumnType, Value};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, ModelTrait, QueryFilter, QueryOrder, QuerySelect, Select,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::Caller;
use super::query::PageRequest;
use super::resource::Resource;
use crate::domain::role::Action;
use crate::error::{ApiError, ApiResult, ProblemCode};

pub const DEFAULT_LIMIT: u64 = 50;
pub const MAX_LIMIT: u64 = 200;

/// A page of results: `{ "items": [...], "next_cursor": string | null, "allowed_actions": [...] }`.
#[derive(Serialize, ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Pass as `cursor` to get the next page; `null` on the last page.
    pub next_cursor: Option<String>,
    /// What the caller may do with the collection (`create`).
    pub allowed_actions: Vec<Action>,
}

/// Where the previous page ended.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Cursor {
    #[serde(rename = "k")]
    pub key: String,
    #[serde(rename = "i")]
    pub id: Uuid,
}

fn invalid_cursor() -> ApiError {
    ApiError::bad_request(ProblemCode::InvalidCursor, "cursor: not one this list issued.")
}

impl Cursor {
    pub fn encode(&self) -> String {
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(self).expect("cursor serializes"))
    }

    pub fn decode(s: &str) -> Result<Cursor, ApiError> {
        URL_SAFE_NO_PAD.decode(s).ok().and_then(|b| serde_json::from_slice(&b).ok()).ok_or_else(invalid_cursor)
    }
}

/// The order of a list: by `key` (text, whole number, date or time) and then `id`, or by `id` alone.
pub struct Keyset<C> {
    key: Option<C>,
    id: C,
    descending: bool,
}

impl<C: ColumnTrait> Keyset<C> {
    /// Sorted by `key`, then `id`.
    pub const fn by(key: C, id: C) -> Self {
        Keyset { key: Some(key), id, descending: false }
    }

    /// Sorted by `key`, latest first, then `id` (also descending).
    pub const fn by_desc(key: C, id: C) -> Self {
        Keyset { key: Some(key), id, descending: true }
    }

    /// Sorted by `id` (creation order, ids being UUIDv7).
    pub const fn by_id(id: C) -> Self {
        Keyset { key: None, id, descending: false }
    }

    /// Newest first, by `id`.
    pub const fn newest_first(id: C) -> Self {
        Keyset { key: None, id, descending: true }
    }

    pub fn order<E: EntityTrait<Column = C>>(&self, s: Select<E>) -> Select<E> {
        let s = match self.key {
            Some(k) if self.descending => s.order_by_desc(k),
            Some(k) => s.order_by_asc(k),
            None => s,
        };
        if self.descending { s.order_by_desc(self.id) } else { s.order_by_asc(self.id) }
    }

    /// The rows after `cursor` in this order.
    pub fn after(&self, cursor: &Cursor) -> Result<Condition, ApiError> {
        let id_after = if self.descending { self.id.lt(cursor.id) } else { self.id.gt(cursor.id) };
        let Some(key) = self.key else { return Ok(Condition::all().add(id_after)) };
        let value: Value = match key.def().get_column_type() {
            ColumnType::Date => cursor.key.parse::<NaiveDate>().map_err(|_| invalid_cursor())?.into(),
            ColumnType::Integer => cursor.key.parse::<i32>().map_err(|_| invalid_cursor())?.into(),
            ColumnType::TimestampWithTimeZone => chrono::DateTime::parse_from_rfc3339(&cursor.key)
                .map_err(|_| invalid_cursor())?
                .with_timezone(&chrono::Utc)
                .into(),
            _ => cursor.key.clone().into(),
        };
        // `key > v OR (key = v AND id > c)`, written as `key >= v AND (key > v OR id > c)`: the
        // same rows, but the first term bounds an index range scan on (key, id) — PostgreSQL
        // scans the whole table for the first form (query plans in docs/benchmarks.md).
        let (from, beyond) = if self.descending {
            (key.lte(value.clone()), key.lt(value))
        } else {
            (key.gte(value.clone()), key.gt(value))
        };
        Ok(Condition::all().add(from).add(Condition::any().add(beyond).add(id_after)))
    }

    /// The cursor that continues after `row`.
    pub fn cursor_of<M: ModelTrait<Entity = E>, E: EntityTrait<Column = C>>(&self, row: &M) -> Cursor {
        let id = match row.get(self.id) {
            Value::Uuid(Some(u)) => u,
            _ => Uuid::nil(),
        };
        let key = match self.key.map(|k| row.get(k)) {
            Some(Value::String(Some(s))) => s,
            Some(Value::ChronoDate(Some(d))) => d.to_string(),
            Some(Value::Int(Some(n))) => n.to_string(),
            Some(Value::ChronoDateTimeUtc(Some(t))) => t.to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
            _ => String::new(),
        };
        Cursor { key, id }
    }
}

/// The rows of `select` on the page `page` asks for, and the cursor of the next page.
pub async fn rows<E: EntityTrait>(
    db: &impl ConnectionTrait,
    select: Select<E>,
    order: &Keyset<E::Column>,
    page: &PageRequest,
) -> ApiResult<(Vec<E::Model>, Option<String>)> {
    let mut select = select;
    if let Some(after) = &page.after {
        select = select.filter(order.after(after)?);
    }
    let mut rows = order.order(select).limit(page.limit + 1).all(db).await?;
    let more = rows.len() as u64 > page.limit;
    rows.truncate(page.limit as usize);
    let next_cursor = if more { rows.last().map(|r| order.cursor_of(r).encode()) } else { None };
    Ok((rows, next_cursor))
}

/// 200 with the page of `select` that `page` asks for, presented for `caller`.
pub async fn respond<R: Resource>(
    db: &crate::db::Db,
    caller: &Caller,
    select: Select<R::Entity>,
    order: &Keyset<<R::Entity as EntityTrait>::Column>,
    page: &PageRequest,
    allowed_actions: Vec<Action>,
) -> ApiResult<HttpResponse> {
    let (rows, next_cursor) = rows(&db.read, select, order, page).await?;
    crate::store::access_log::record(&db.write, caller.actor(), R::restricted_reads(&rows)).await?;
    let items = R::present(&db.read, caller, rows).await?;
    Ok(HttpResponse::Ok().json(Page { items, next_cursor, allowed_actions }))
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
}
