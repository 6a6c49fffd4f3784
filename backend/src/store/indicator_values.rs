//! Indicator values: the import of a file (all rows or none), and the values the follow-up
//! report reads.

use std::collections::{HashMap, HashSet};

use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::domain::indicator_import::{CellErrors, ImportRow, cell};
use crate::domain::validation::FieldCode;
use crate::entities::indicator_value::{ActiveModel, Column, Entity, Model};
use crate::entities::{area, indicator};
use crate::error::{ApiError, ApiResult};

/// How many ids one `IN (…)` names, and how many rows one insert writes (SQLite takes at most
/// 32,766 parameters per statement).
const CHUNK: usize = 1000;

/// What an import wrote, or (a dry run) would write.
#[derive(Debug, Serialize, ToSchema, PartialEq, Eq)]
pub struct ImportSummary {
    /// `true`: nothing was written; the counts say what would have been.
    pub dry_run: bool,
    /// Rows read from the file.
    pub rows: usize,
    /// New values.
    pub created: usize,
    /// Values that were there with another value, sample size or note.
    pub updated: usize,
    /// Values that were there just so.
    pub unchanged: usize,
}

/// The one value per indicator × area × period × group.
type Key = (Uuid, Uuid, String, String);

/// `codes` → indicator ids, in as few queries as the chunks need.
async fn indicator_ids(db: &impl ConnectionTrait, codes: &HashSet<&str>) -> ApiResult<HashMap<String, Uuid>> {
    let codes: Vec<&str> = codes.iter().copied().collect();
    let mut out = HashMap::new();
    for chunk in codes.chunks(CHUNK) {
        let found: Vec<(Uuid, String)> = indicator::Entity::find()
            .select_only()
            .column(indicator::Column::Id)
            .column(indicator::Column::Code)
            .filter(indicator::Column::Code.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        out.extend(found.into_iter().map(|(id, code)| (code, id)));
    }
    Ok(out)
}

/// Which of `ids` name an area.
async fn existing_areas(db: &impl ConnectionTrait, ids: &HashSet<Uuid>) -> ApiResult<HashSet<Uuid>> {
    let ids: Vec<Uuid> = ids.iter().copied().collect();
    let mut out = HashSet::new();
    for chunk in ids.chunks(CHUNK) {
        let found: Vec<Uuid> = area::Entity::find()
            .select_only()
            .column(area::Column::Id)
            .filter(area::Column::Id.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        out.extend(found);
    }
    Ok(out)
}

/// The values there are now for the indicators, areas and periods of the file.
async fn existing_values(
    db: &impl ConnectionTrait,
    indicators: &HashSet<Uuid>,
    areas: &HashSet<Uuid>,
    periods: &HashSet<String>,
) -> ApiResult<HashMap<Key, Model>> {
    let areas: Vec<Uuid> = areas.iter().copied().collect();
    let mut out = HashMap::new();
    for chunk in areas.chunks(CHUNK) {
        let rows = Entity::find()
            .filter(Column::IndicatorId.is_in(indicators.iter().copied()))
            .filter(Column::AreaId.is_in(chunk.iter().copied()))
            .filter(Column::Period.is_in(periods.iter().cloned()))
            .all(db)
            .await?;
        out.extend(rows.into_iter().map(|m| ((m.indicator_id, m.area_id, m.period.clone(), m.grp.clone()), m)));
    }
    Ok(out)
}

/// Check `rows` against the database and write them (unless `dry_run`): every row or none.
/// Unknown codes and areas and a value given twice are named by row and column (422).
/// `errors` are those already found in the file's cells; they are named with these.
pub async fn import(
    db: &impl ConnectionTrait,
    rows: Vec<ImportRow>,
    mut errors: CellErrors,
    dry_run: bool,
) -> ApiResult<ImportSummary> {
    let codes: HashSet<&str> = rows.iter().map(|r| r.indicator_code.as_str()).collect();
    let indicators = indicator_ids(db, &codes).await?;
    let areas = existing_areas(db, &rows.iter().map(|r| r.area_id).collect()).await?;
    let mut first_row: HashMap<Key, usize> = HashMap::new();
    let mut keyed = Vec::with_capacity(rows.len());
    for r in rows.iter() {
        let indicator = indicators.get(&r.indicator_code);
        if indicator.is_none() {
            errors.add(cell(r.row, "indicator_code"), FieldCode::NotFound, "No indicator has this code.");
        }
        if !areas.contains(&r.area_id) {
            errors.add(cell(r.row, "area_id"), FieldCode::NotFound, "No area has this id.");
        }
        let Some(&indicator) = indicator else { continue };
        let key: Key = (indicator, r.area_id, r.period.to_string(), r.group.clone());
        if let Some(first) = first_row.insert(key.clone(), r.row) {
            errors.add(
                cell(r.row, "period"),
                FieldCode::Duplicate,
                format!("Row {first} gives a value for the same indicator, area, period and group."),
            );
        }
        keyed.push((key, r));
    }
    errors.finish().map_err(ApiError::Validation)?;

    let indicator_set: HashSet<Uuid> = keyed.iter().map(|(k, _)| k.0).collect();
    let periods: HashSet<String> = keyed.iter().map(|(k, _)| k.2.clone()).collect();
    let existing = existing_values(db, &indicator_set, &areas, &periods).await?;
    let mut summary = ImportSummary { dry_run, rows: rows.len(), created: 0, updated: 0, unchanged: 0 };
    let now = crate::db::now();
    let mut writes = Vec::new();
    for (key, r) in keyed {
        match existing.get(&key) {
            Some(m) if m.value == r.value && m.n == r.n && m.note == r.note => summary.unchanged += 1,
            Some(_) => summary.updated += 1,
            None => summary.created += 1,
        }
        if existing.get(&key).is_some_and(|m| m.value == r.value && m.n == r.n && m.note == r.note) {
            continue;
        }
        writes.push(ActiveModel {
            id: Set(Uuid::now_v7()),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
            indicator_id: Set(key.0),
            area_id: Set(key.1),
            period: Set(key.2),
            period_start: Set(r.period.start()),
            period_end: Set(r.period.end()),
            grp: Set(key.3),
            value: Set(r.value),
            n: Set(r.n),
            note: Set(r.note.clone()),
        });
    }
    if dry_run {
        return Ok(summary);
    }
    // New values are inserted; a value that is there takes the file's, one version on.
    let on_conflict = OnConflict::columns([Column::IndicatorId, Column::AreaId, Column::Period, Column::Grp])
        .update_columns([Column::Value, Column::N, Column::Note, Column::UpdatedAt])
        .value(Column::Version, Expr::col((Entity, Column::Version)).add(1))
        .to_owned();
    let mut writes = writes.into_iter().peekable();
    while writes.peek().is_some() {
        let chunk: Vec<ActiveModel> = writes.by_ref().take(CHUNK).collect();
        Entity::insert_many(chunk).on_conflict(on_conflict.clone()).exec_without_returning(db).await?;
    }
    Ok(summary)
}
