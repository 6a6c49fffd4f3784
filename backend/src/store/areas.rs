//! Queries of areas: validity, the geometry left out of lists, succession and overlap links.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, ExprTrait, Query, SelectStatement};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, Iterable, QueryFilter, QuerySelect, Select};
use uuid::Uuid;

use super::links;
use crate::entities::area::{self, Entity as Area};
use crate::entities::area_overlap::{self, Entity as Overlap};
use crate::entities::area_succession::{self, Entity as Succession};
use crate::error::ApiResult;

/// Areas, with the (large) geometry left out unless asked for.
pub fn select(include_geometry: bool) -> Select<Area> {
    let s = Area::find();
    if include_geometry {
        return s;
    }
    s.select_only()
        .columns(area::Column::iter().filter(|c| !matches!(c, area::Column::Geometry)))
        .column_as(Expr::cust("NULL"), "geometry")
}

/// Areas valid on `d` (open ends count as valid).
pub fn valid_on(d: NaiveDate) -> Condition {
    Condition::all()
        .add(Condition::any().add(area::Column::ValidFrom.is_null()).add(area::Column::ValidFrom.lte(d)))
        .add(Condition::any().add(area::Column::ValidTo.is_null()).add(area::Column::ValidTo.gte(d)))
}

/// The ids of the areas that overlap `area` (a subquery).
pub fn overlapping(area: Uuid) -> SelectStatement {
    Query::select()
        .column(area_overlap::Column::OtherAreaId)
        .from(Overlap)
        .and_where(Expr::col(area_overlap::Column::AreaId).eq(area))
        .to_owned()
}

/// Predecessors and successors of each of `ids` (one query).
pub async fn successions(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> ApiResult<(HashMap<Uuid, Vec<Uuid>>, HashMap<Uuid, Vec<Uuid>>)> {
    let (mut preds, mut succs): (HashMap<Uuid, Vec<Uuid>>, HashMap<Uuid, Vec<Uuid>>) = Default::default();
    if ids.is_empty() {
        return Ok((preds, succs));
    }
    let links = Succession::find()
        .filter(
            Condition::any()
                .add(area_succession::Column::PredecessorId.is_in(ids.iter().copied()))
                .add(area_succession::Column::SuccessorId.is_in(ids.iter().copied())),
        )
        .all(db)
        .await?;
    for l in links {
        preds.entry(l.successor_id).or_default().push(l.predecessor_id);
        succs.entry(l.predecessor_id).or_default().push(l.successor_id);
    }
    Ok((preds, succs))
}

/// The overlaps of each of `ids` (one query).
pub async fn overlaps_of(db: &impl ConnectionTrait, ids: &[Uuid]) -> ApiResult<HashMap<Uuid, Vec<Uuid>>> {
    links::linked::<Overlap, _>(db, area_overlap::Column::AreaId, ids, |o: &area_overlap::Model| {
        (o.area_id, o.other_area_id)
    })
    .await
}

pub async fn set_predecessors(db: &impl ConnectionTrait, id: Uuid, preds: &[Uuid]) -> ApiResult<()> {
    links::replace::<Succession>(
        db,
        area_succession::Column::SuccessorId,
        area_succession::Column::PredecessorId,
        id,
        preds,
    )
    .await
}

/// Make `id` overlap exactly `others`, stored in both directions.
pub async fn set_overlaps(db: &impl ConnectionTrait, id: Uuid, others: &[Uuid]) -> ApiResult<()> {
    Overlap::delete_many()
        .filter(Condition::any().add(area_overlap::Column::AreaId.eq(id)).add(area_overlap::Column::OtherAreaId.eq(id)))
        .exec(db)
        .await?;
    let unique: BTreeSet<Uuid> = others.iter().copied().collect();
    let (a, b) = (area_overlap::Column::AreaId, area_overlap::Column::OtherAreaId);
    let rows = unique
        .into_iter()
        .flat_map(|o| [(id, o), (o, id)])
        .map(|(x, y)| links::row::<Overlap>(&[(a, x.into()), (b, y.into())]))
        .collect::<ApiResult<_>>()?;
    links::insert_all::<Overlap>(db, rows).await
}

/// Remove every succession and overlap link of `id`.
pub async fn unlink(db: &impl ConnectionTrait, id: Uuid) -> ApiResult<()> {
    Succession::delete_many()
        .filter(
            Condition::any()
                .add(area_succession::Column::PredecessorId.eq(id))
                .add(area_succession::Column::SuccessorId.eq(id)),
        )
        .exec(db)
        .await?;
    set_overlaps(db, id, &[]).await
}
