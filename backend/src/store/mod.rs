//! Queries: plain functions over a connection (or a transaction), shared by the API, the
//! reports, the access checks and the seed. Each file holds the queries of one table group.

pub mod access;
pub mod access_log;
pub mod action_items;
pub mod agenda;
pub mod agreements;
pub mod areas;
pub mod attendance;
pub mod calendars;
pub mod contact_routes;
pub mod councils;
pub mod documents;
pub mod files;
pub mod hierarchy;
pub mod indicator_values;
pub mod initiatives;
pub mod inquiries;
pub mod inquiry_batches;
pub mod links;
pub mod meetings;
pub mod memberships;
pub mod minutes;
pub mod names;
pub mod outbox;
pub mod people;
pub mod places;

use sea_orm::{ConnectionTrait, EntityTrait, PrimaryKeyTrait};
use uuid::Uuid;

use crate::error::{ApiError, ApiResult, FieldCode};

/// The row with this id, or 404.
pub async fn find<E>(db: &impl ConnectionTrait, id: Uuid) -> ApiResult<E::Model>
where
    E: EntityTrait,
    <E::PrimaryKey as PrimaryKeyTrait>::ValueType: From<Uuid>,
{
    E::find_by_id(id).one(db).await?.ok_or(ApiError::NotFound)
}

/// `Ok` when `id` (if given) names a row of `E`; else a 422 at `field`.
pub async fn check_exists<E>(db: &impl ConnectionTrait, field: &str, id: Option<Uuid>, what: &str) -> ApiResult<()>
where
    E: EntityTrait,
    <E::PrimaryKey as PrimaryKeyTrait>::ValueType: From<Uuid>,
{
    match id {
        Some(id) if E::find_by_id(id).one(db).await?.is_none() => {
            Err(ApiError::field(field, FieldCode::NotFound, format!("No {what} has this id.")))
        }
        _ => Ok(()),
    }
}

/// `Ok` when every id names a row of `E` (one query); else a 422 at `field`.
pub async fn check_all_exist<E, C>(
    db: &impl ConnectionTrait,
    field: &str,
    id_column: C,
    ids: &[Uuid],
    what: &str,
) -> ApiResult<()>
where
    E: EntityTrait<Column = C, Model: Sync>,
    C: sea_orm::ColumnTrait,
{
    use sea_orm::{PaginatorTrait, QueryFilter};
    let distinct: std::collections::BTreeSet<_> = ids.iter().copied().collect();
    if distinct.is_empty() {
        return Ok(());
    }
    let found = E::find().filter(id_column.is_in(distinct.iter().copied())).count(db).await?;
    if found as usize != distinct.len() {
        return Err(ApiError::field(field, FieldCode::NotFound, format!("One or more of these {what} do not exist.")));
    }
    Ok(())
}
