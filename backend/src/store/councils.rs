//! Queries of councils: their areas, which councils cover an area, and which work on a day.

use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, ExprTrait, Query, SelectStatement};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait};
use uuid::Uuid;

use super::{areas, links};
use crate::domain::cadence::Cadence;
use crate::domain::council::{CouncilStatus, Mandate};
use crate::entities::council;
use crate::entities::council_area::{self, Entity as CouncilArea};
use crate::error::ApiResult;

/// The mandate a council row holds.
pub fn mandate_of(m: &council::Model) -> Option<Mandate> {
    m.mandate.clone().and_then(|v| serde_json::from_value(v).ok())
}

/// The cadence a council row holds.
pub fn cadence_of(m: &council::Model) -> Option<Cadence> {
    m.cadence.clone().and_then(|v| serde_json::from_value(v).ok())
}

/// The area ids of each council (one query).
pub async fn area_ids_of(db: &impl ConnectionTrait, ids: &[Uuid]) -> ApiResult<HashMap<Uuid, Vec<Uuid>>> {
    links::linked::<CouncilArea, _>(db, council_area::Column::CouncilId, ids, |l: &council_area::Model| {
        (l.council_id, l.area_id)
    })
    .await
}

pub async fn set_areas(db: &impl ConnectionTrait, council: Uuid, area_ids: &[Uuid]) -> ApiResult<()> {
    links::replace::<CouncilArea>(db, council_area::Column::CouncilId, council_area::Column::AreaId, council, area_ids)
        .await
}

/// The ids of the councils whose areas are `area` or overlap it (a subquery).
pub fn covering(area: Uuid) -> SelectStatement {
    Query::select()
        .column(council_area::Column::CouncilId)
        .from(CouncilArea)
        .cond_where(
            Condition::any()
                .add(Expr::col(council_area::Column::AreaId).eq(area))
                .add(Expr::col(council_area::Column::AreaId).in_subquery(areas::overlapping(area))),
        )
        .to_owned()
}

/// Councils working on `day`: active ones, and dissolved ones before their dissolution
/// (proposed ones never are).
pub fn working_on(day: NaiveDate) -> Condition {
    Condition::all()
        .add(council::Column::Status.is_in([CouncilStatus::Active, CouncilStatus::Dissolved]))
        .add(Condition::any().add(council::Column::FoundedOn.is_null()).add(council::Column::FoundedOn.lte(day)))
        .add(Condition::any().add(council::Column::DissolvedOn.is_null()).add(council::Column::DissolvedOn.gt(day)))
}
