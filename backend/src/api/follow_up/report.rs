//! Building the follow-up report: a fixed number of queries for an area and a year.

use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait};
use uuid::Uuid;

use super::types::{
    FollowUpReport, IndicatorSeries, IndicatorTarget, ReportInitiative, ReportSituationPicture, ReportValue,
};
use crate::domain::indicator::{Period, change};
use crate::domain::initiative::{InitiativeKind, Target};
use crate::domain::situation::SituationStatus;
use crate::domain::time::today;
use crate::entities::{area, indicator, indicator_value, initiative, initiative_area, organization, situation_picture};
use crate::error::{ApiError, ApiResult};
use crate::store::initiatives::{Facts, target_of};

fn value(v: &indicator_value::Model) -> ReportValue {
    ReportValue {
        period: Period::stored(&v.period),
        group: Some(v.grp.clone()).filter(|g| !g.is_empty()),
        value: v.value,
        n: v.n,
    }
}

/// The report for `area` and `year`; 404 when the area does not exist.
pub async fn build(db: &impl ConnectionTrait, area_id: Uuid, year: i32) -> ApiResult<FollowUpReport> {
    let area = area::Entity::find_by_id(area_id).one(db).await?.ok_or(ApiError::NotFound)?;
    let (first, last) = match (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year, 12, 31)) {
        (Some(f), Some(l)) => (f, l),
        _ => return Err(ApiError::NotFound),
    };
    // The initiatives active in the area in the year.
    let in_area = initiative_area::Entity::find()
        .select_only()
        .column(initiative_area::Column::InitiativeId)
        .filter(initiative_area::Column::AreaId.eq(area_id))
        .into_query();
    let initiatives = initiative::Entity::find()
        .filter(initiative::Column::Id.in_subquery(in_area))
        .filter(
            Condition::any().add(initiative::Column::StartsOn.is_null()).add(initiative::Column::StartsOn.lte(last)),
        )
        .filter(Condition::any().add(initiative::Column::EndsOn.is_null()).add(initiative::Column::EndsOn.gte(first)))
        .order_by_asc(initiative::Column::SearchTitle)
        .order_by_asc(initiative::Column::Id)
        .all(db)
        .await?;
    let facts = Facts::read(db, &initiatives).await?;
    let leads: HashMap<Uuid, String> = organization::Entity::find()
        .filter(organization::Column::Id.is_in(initiatives.iter().filter_map(|i| i.lead_organization_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    // The area's values up to the year's end.
    let values = indicator_value::Entity::find()
        .filter(indicator_value::Column::AreaId.eq(area_id))
        .filter(indicator_value::Column::PeriodStart.lte(last))
        .order_by_asc(indicator_value::Column::IndicatorId)
        .order_by_asc(indicator_value::Column::PeriodStart)
        .order_by_asc(indicator_value::Column::Id)
        .all(db)
        .await?;
    let mut by_indicator: HashMap<Uuid, Vec<indicator_value::Model>> = HashMap::new();
    for v in values {
        by_indicator.entry(v.indicator_id).or_default().push(v);
    }
    // Indicators with values, and those the initiatives aim at.
    let mut targets: HashMap<Uuid, Vec<IndicatorTarget>> = HashMap::new();
    let day = today();
    for i in &initiatives {
        if let Some(Target::Indicator { indicator_id, baseline_value, baseline_period, target_value, target_period }) =
            target_of(i)?
        {
            targets.entry(indicator_id).or_default().push(IndicatorTarget {
                initiative_id: i.id,
                initiative_title: i.title.clone(),
                baseline_value,
                baseline_period,
                target_value,
                target_period,
                met: facts.progress(i, day).met,
            });
        }
    }
    let wanted: Vec<Uuid> = by_indicator.keys().chain(targets.keys()).copied().collect();
    let indicators = indicator::Entity::find()
        .filter(indicator::Column::Id.is_in(wanted))
        .order_by_asc(indicator::Column::Code)
        .all(db)
        .await?;
    let series = indicators
        .into_iter()
        .map(|ind| {
            let values = by_indicator.remove(&ind.id).unwrap_or_default();
            let everyone = |v: &&indicator_value::Model| v.grp.is_empty();
            let latest = values.iter().filter(everyone).rfind(|v| v.period_start >= first);
            let previous = values.iter().filter(everyone).rfind(|v| v.period_end < first);
            IndicatorSeries {
                change: match (previous, latest) {
                    (Some(p), Some(l)) => Some(change(ind.better_direction, p.value, l.value)),
                    _ => None,
                },
                latest: latest.map(value),
                previous: previous.map(value),
                values: values.iter().map(value).collect(),
                targets: targets.remove(&ind.id).unwrap_or_default(),
                indicator_id: ind.id,
                code: ind.code,
                name: ind.name,
                unit: ind.unit,
                better_direction: ind.better_direction,
                source: ind.source,
            }
        })
        .collect();
    let (mut promises, mut others) = (vec![], vec![]);
    for i in &initiatives {
        let out = ReportInitiative {
            id: i.id,
            title: i.title.clone(),
            kind: i.kind,
            status: i.status,
            priority_area: i.priority_area.clone(),
            lead_organization: i.lead_organization_id.and_then(|o| leads.get(&o).cloned()),
            starts_on: i.starts_on,
            ends_on: i.ends_on,
            is_public: i.is_public,
            progress: facts.progress(i, day),
        };
        if i.kind == InitiativeKind::CitizenPromise { promises.push(out) } else { others.push(out) }
    }
    // The pictures whose period touches the year, and the latest adopted one before it (what
    // the year's work builds on).
    let touching = situation_picture::Entity::find()
        .filter(situation_picture::Column::AreaId.eq(area_id))
        .filter(situation_picture::Column::PeriodStart.lte(last))
        .filter(situation_picture::Column::PeriodEnd.gte(first))
        .order_by_asc(situation_picture::Column::PeriodStart)
        .order_by_asc(situation_picture::Column::Id)
        .all(db)
        .await?;
    let before = situation_picture::Entity::find()
        .filter(situation_picture::Column::AreaId.eq(area_id))
        .filter(situation_picture::Column::Status.eq(SituationStatus::Adopted))
        .filter(situation_picture::Column::PeriodEnd.lt(first))
        .order_by_desc(situation_picture::Column::PeriodEnd)
        .order_by_desc(situation_picture::Column::Id)
        .one(db)
        .await?;
    let pictures = before
        .into_iter()
        .chain(touching)
        .map(|p| ReportSituationPicture {
            id: p.id,
            title: p.title,
            period_start: p.period_start,
            period_end: p.period_end,
            status: p.status,
            replaces_id: p.replaces_id,
        })
        .collect();
    Ok(FollowUpReport {
        area_id,
        area_name: area.name,
        year,
        indicators: series,
        initiatives: others,
        citizen_promises: promises,
        situation_pictures: pictures,
    })
}

/// The report as CSV (UTF-8 with a BOM, `;`-separated, decimal commas — as Swedish spreadsheets
/// open it): one row per indicator value, then one per initiative.
pub fn csv(report: &FollowUpReport) -> ApiResult<Vec<u8>> {
    let mut w = csv::WriterBuilder::new().delimiter(b';').from_writer(b"\xEF\xBB\xBF".to_vec());
    let decimal = |v: f64| v.to_string().replace('.', ",");
    let write = |w: &mut csv::Writer<Vec<u8>>, row: [String; 9]| w.write_record(row).map_err(ApiError::internal);
    write(
        &mut w,
        ["del", "namn", "period", "grupp", "värde", "förändring", "bättre", "status", "uppfyllt"].map(String::from),
    )?;
    for s in &report.indicators {
        for v in &s.values {
            let is_latest = s.latest.as_ref().is_some_and(|l| l.period == v.period) && v.group.is_none();
            let change = s.change.filter(|_| is_latest);
            write(
                &mut w,
                [
                    "indikator".into(),
                    format!("{} ({})", s.name, s.unit),
                    v.period.to_string(),
                    v.group.clone().unwrap_or_default(),
                    decimal(v.value),
                    change.map(|c| decimal(c.delta)).unwrap_or_default(),
                    change.map(|c| if c.improved { "ja" } else { "nej" }.to_owned()).unwrap_or_default(),
                    String::new(),
                    String::new(),
                ],
            )?;
        }
    }
    for (part, list) in [("insats", &report.initiatives), ("medborgarlöfte", &report.citizen_promises)] {
        for i in list {
            write(
                &mut w,
                [
                    part.into(),
                    i.title.clone(),
                    format!(
                        "{}–{}",
                        i.starts_on.map(|d| d.to_string()).unwrap_or_default(),
                        i.ends_on.map(|d| d.to_string()).unwrap_or_default()
                    ),
                    String::new(),
                    i.progress.percent.map(decimal).unwrap_or_default(),
                    String::new(),
                    String::new(),
                    i.status.to_string(),
                    match i.progress.met.met {
                        Some(true) => "ja".into(),
                        Some(false) => "nej".into(),
                        None => String::new(),
                    },
                ],
            )?;
        }
    }
    w.into_inner().map_err(ApiError::internal)
}
