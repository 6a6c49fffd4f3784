//! Initiatives' links (areas, partners), their reports, and their progress as the API, the
//! public pages and the follow-up report read it — a fixed number of queries for any number of
//! initiatives.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use crate::domain::indicator::{BetterDirection, Period};
use crate::domain::initiative::{
    Progress, Target, count_met, indicator_met, judged, missing_final_report, no_target, rolled_up,
};
use crate::entities::{indicator, indicator_value, initiative, initiative_area, initiative_partner, initiative_update};
use crate::error::{ApiError, ApiResult};
use crate::store::links;

/// The areas of each initiative.
pub async fn areas_of(db: &impl ConnectionTrait, ids: &[Uuid]) -> ApiResult<HashMap<Uuid, Vec<Uuid>>> {
    links::linked::<initiative_area::Entity, _>(db, initiative_area::Column::InitiativeId, ids, |r| {
        (r.initiative_id, r.area_id)
    })
    .await
}

pub async fn set_areas(db: &impl ConnectionTrait, id: Uuid, areas: &[Uuid]) -> ApiResult<()> {
    links::replace::<initiative_area::Entity>(
        db,
        initiative_area::Column::InitiativeId,
        initiative_area::Column::AreaId,
        id,
        areas,
    )
    .await
}

/// The partners of each initiative, in the order given: (organization, commitment).
pub async fn partners_of(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> ApiResult<HashMap<Uuid, Vec<(Uuid, Option<String>)>>> {
    let mut out: HashMap<Uuid, Vec<(Uuid, Option<String>)>> = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    let rows = initiative_partner::Entity::find()
        .filter(initiative_partner::Column::InitiativeId.is_in(ids.iter().copied()))
        .order_by_asc(initiative_partner::Column::Id)
        .all(db)
        .await?;
    for r in rows {
        out.entry(r.initiative_id).or_default().push((r.organization_id, r.commitment));
    }
    Ok(out)
}

pub async fn set_partners(db: &impl ConnectionTrait, id: Uuid, partners: &[(Uuid, Option<String>)]) -> ApiResult<()> {
    initiative_partner::Entity::delete_many().filter(initiative_partner::Column::InitiativeId.eq(id)).exec(db).await?;
    let rows = partners
        .iter()
        .map(|(org, commitment)| {
            links::row::<initiative_partner::Entity>(&[
                (initiative_partner::Column::InitiativeId, id.into()),
                (initiative_partner::Column::OrganizationId, (*org).into()),
                (initiative_partner::Column::Commitment, commitment.clone().into()),
            ])
        })
        .collect::<ApiResult<Vec<_>>>()?;
    links::insert_all::<initiative_partner::Entity>(db, rows).await
}

/// The ids of initiatives led by `organization` or with it as a partner (a subquery's worth).
pub async fn with_organization(db: &impl ConnectionTrait, organization: Uuid) -> ApiResult<Vec<Uuid>> {
    Ok(initiative_partner::Entity::find()
        .select_only()
        .column(initiative_partner::Column::InitiativeId)
        .filter(initiative_partner::Column::OrganizationId.eq(organization))
        .into_tuple()
        .all(db)
        .await?)
}

/// The target stored with an initiative.
pub fn target_of(m: &initiative::Model) -> ApiResult<Option<Target>> {
    m.target.clone().map(serde_json::from_value).transpose().map_err(ApiError::internal)
}

/// Every initiative's reports, oldest first.
async fn reports_of(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> ApiResult<HashMap<Uuid, Vec<initiative_update::Model>>> {
    let mut out: HashMap<Uuid, Vec<initiative_update::Model>> = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    let rows = initiative_update::Entity::find()
        .filter(initiative_update::Column::InitiativeId.is_in(ids.iter().copied()))
        .order_by_asc(initiative_update::Column::ReportedOn)
        .order_by_asc(initiative_update::Column::Id)
        .all(db)
        .await?;
    for r in rows {
        out.entry(r.initiative_id).or_default().push(r);
    }
    Ok(out)
}

/// What the progress of a page of initiatives is computed from, read in five queries.
pub struct Facts {
    reports: HashMap<Uuid, Vec<initiative_update::Model>>,
    children: HashMap<Uuid, Vec<(Uuid, i32)>>,
    directions: HashMap<Uuid, BetterDirection>,
    measured: HashMap<(Uuid, Uuid, String), f64>,
    pub areas: HashMap<Uuid, Vec<Uuid>>,
}

impl Facts {
    pub async fn read(db: &impl ConnectionTrait, rows: &[initiative::Model]) -> ApiResult<Facts> {
        let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
        let kids: Vec<(Uuid, Uuid, i32)> = if ids.is_empty() {
            vec![]
        } else {
            initiative::Entity::find()
                .select_only()
                .column(initiative::Column::Id)
                .column(initiative::Column::ParentId)
                .column(initiative::Column::Weight)
                .filter(initiative::Column::ParentId.is_in(ids.iter().copied()))
                .into_tuple::<(Uuid, Option<Uuid>, i32)>()
                .all(db)
                .await?
                .into_iter()
                .filter_map(|(id, parent, w)| parent.map(|p| (id, p, w)))
                .collect()
        };
        let mut children: HashMap<Uuid, Vec<(Uuid, i32)>> = HashMap::new();
        for (id, parent, weight) in &kids {
            children.entry(*parent).or_default().push((*id, *weight));
        }
        let mut all: Vec<Uuid> = ids.clone();
        all.extend(kids.iter().map(|k| k.0));
        let reports = reports_of(db, &all).await?;
        let areas = areas_of(db, &ids).await?;
        // Indicator targets: the indicators' directions, and their values for the first area
        // in the target period.
        let targets: Vec<(Uuid, Target)> =
            rows.iter().filter_map(|r| target_of(r).ok().flatten().map(|t| (r.id, t))).collect();
        let indicator_ids: HashSet<Uuid> = targets
            .iter()
            .filter_map(|(_, t)| match t {
                Target::Indicator { indicator_id, .. } => Some(*indicator_id),
                Target::Count { .. } => None,
            })
            .collect();
        let mut directions = HashMap::new();
        let mut measured = HashMap::new();
        if !indicator_ids.is_empty() {
            let found = indicator::Entity::find()
                .filter(indicator::Column::Id.is_in(indicator_ids.iter().copied()))
                .all(db)
                .await?;
            directions.extend(found.into_iter().map(|i| (i.id, i.better_direction)));
            let first_areas: HashSet<Uuid> = areas.values().filter_map(|a| a.first().copied()).collect();
            let values = indicator_value::Entity::find()
                .filter(indicator_value::Column::IndicatorId.is_in(indicator_ids.iter().copied()))
                .filter(indicator_value::Column::AreaId.is_in(first_areas.iter().copied()))
                .filter(indicator_value::Column::Grp.eq(""))
                .all(db)
                .await?;
            measured.extend(values.into_iter().map(|v| ((v.indicator_id, v.area_id, v.period), v.value)));
        }
        Ok(Facts { reports, children, directions, measured, areas })
    }

    /// The latest report of `id`, if any.
    pub fn latest(&self, id: Uuid) -> Option<&initiative_update::Model> {
        self.reports.get(&id).and_then(|r| r.last())
    }

    /// The latest report of `id` that may be shown in public.
    pub fn latest_public(&self, id: Uuid) -> Option<&initiative_update::Model> {
        self.reports.get(&id).and_then(|r| r.iter().rev().find(|u| u.is_public && u.narrative.is_some()))
    }

    /// The latest value `field` of `id`'s reports gave: a report that leaves a number out keeps
    /// the one reported before.
    fn last_known<T>(&self, id: Uuid, field: impl Fn(&initiative_update::Model) -> Option<T>) -> Option<T> {
        self.reports.get(&id).and_then(|r| r.iter().rev().find_map(&field))
    }

    /// How far `m` has come on `today`.
    pub fn progress(&self, m: &initiative::Model, today: NaiveDate) -> Progress {
        let latest = self.latest(m.id);
        let children: Vec<(Option<i32>, i32)> = self
            .children
            .get(&m.id)
            .map(|c| c.iter().map(|(id, w)| (self.last_known(*id, |u| u.percent), *w)).collect())
            .unwrap_or_default();
        let rolled = rolled_up(&children);
        let met = match target_of(m).ok().flatten() {
            None => no_target(),
            Some(Target::Count { target, unit, .. }) => {
                count_met(self.last_known(m.id, |u| u.achieved_count), target, unit.as_str())
            }
            Some(Target::Indicator { indicator_id, baseline_value, target_value, target_period, .. }) => {
                let direction = self.directions.get(&indicator_id).copied().unwrap_or(BetterDirection::Lower);
                let first_area = self.areas.get(&m.id).and_then(|a| a.first().copied());
                // The indicator's value for the target period once there is one; until then the
                // latest measured value a report gave.
                let current = first_area
                    .and_then(|a| self.measured.get(&(indicator_id, a, target_period.to_string())).copied())
                    .or_else(|| self.last_known(m.id, |u| u.measured_value));
                indicator_met(direction, baseline_value, current, target_value)
            }
        };
        let has_final = self.reports.get(&m.id).is_some_and(|r| r.iter().any(|u| u.status.is_final()));
        let period_over = m.ends_on.is_some_and(|e| e < today) || m.status.is_final();
        let met = judged(met, period_over);
        Progress {
            percent: rolled.or_else(|| self.last_known(m.id, |u| u.percent).map(f64::from)),
            rolled_up: rolled.is_some(),
            met,
            missing_final_report: missing_final_report(m.ends_on, today, has_final),
            last_reported_on: latest.map(|u| u.reported_on),
        }
    }
}

/// Unused periods stay out of the stored target's period (kept for symmetry with the import).
pub fn period_text(p: &Period) -> String {
    p.to_string()
}
