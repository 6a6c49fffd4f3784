//! Link tables (`council_areas`, `agreement_parties` …): a row per pair, rewritten as a whole
//! in two statements — one delete, one multi-row insert — however many links there are.

use std::collections::{BTreeSet, HashMap};
use std::str::FromStr;

use sea_orm::sea_query::Value;
use sea_orm::{ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::db::now;
use crate::error::{ApiError, ApiResult};

fn column<E: EntityTrait>(name: &str) -> ApiResult<E::Column>
where
    E::Column: FromStr,
{
    E::Column::from_str(name).map_err(|_| ApiError::internal(format!("no column {name}")))
}

/// A new link row: id, version and timestamps set, and `values` in their columns.
pub fn row<E>(values: &[(E::Column, Value)]) -> ApiResult<E::ActiveModel>
where
    E: EntityTrait,
    E::Column: FromStr,
{
    let mut am = <E::ActiveModel as ActiveModelTrait>::default();
    let t = now();
    am.set(column::<E>("id")?, Value::Uuid(Some(Uuid::now_v7())));
    am.set(column::<E>("version")?, Value::Int(Some(1)));
    am.set(column::<E>("created_at")?, t.into());
    am.set(column::<E>("updated_at")?, t.into());
    for (c, v) in values {
        am.set(*c, v.clone());
    }
    Ok(am)
}

/// Insert `rows` with one statement (none for no rows).
pub async fn insert_all<E: EntityTrait>(db: &impl ConnectionTrait, rows: Vec<E::ActiveModel>) -> ApiResult<()> {
    if !rows.is_empty() {
        E::insert_many(rows).exec_without_returning(db).await?;
    }
    Ok(())
}

/// Make `owner`'s links in `E` exactly `others` (duplicates dropped): one delete, one insert.
pub async fn replace<E>(
    db: &impl ConnectionTrait,
    owner_col: E::Column,
    other_col: E::Column,
    owner: Uuid,
    others: &[Uuid],
) -> ApiResult<()>
where
    E: EntityTrait,
    E::Column: FromStr,
{
    E::delete_many().filter(owner_col.eq(owner)).exec(db).await?;
    let unique: BTreeSet<Uuid> = others.iter().copied().collect();
    let rows = unique
        .into_iter()
        .map(|o| row::<E>(&[(owner_col, owner.into()), (other_col, o.into())]))
        .collect::<ApiResult<_>>()?;
    insert_all::<E>(db, rows).await
}

/// The `other` ids linked to each of `owners`, in the order the links were made (one query).
pub async fn linked<E, M>(
    db: &impl ConnectionTrait,
    owner_col: E::Column,
    owners: &[Uuid],
    pair: impl Fn(&M) -> (Uuid, Uuid),
) -> ApiResult<HashMap<Uuid, Vec<Uuid>>>
where
    E: EntityTrait<Model = M>,
    E::Column: FromStr,
{
    let mut map: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    if owners.is_empty() {
        return Ok(map);
    }
    let rows = E::find()
        .filter(Condition::all().add(owner_col.is_in(owners.iter().copied())))
        .order_by_asc(column::<E>("id")?)
        .all(db)
        .await?;
    for r in &rows {
        let (owner, other) = pair(r);
        map.entry(owner).or_default().push(other);
    }
    Ok(map)
}
