//! Situation pictures as a resource: drafts change, adopted ones are locked; a revision is a
//! new draft that names the version it replaces. Each part is shown to those whose clearance in
//! the council reads its classification; reads of restricted parts are in the access log.

use std::collections::{HashMap, HashSet};

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use uuid::Uuid;

use super::types::{NewSituationPicture, SituationPicture, SituationPicturePatch, SnapshotValue};
use crate::domain::audit::EntityType;
use crate::domain::classification::Classification;
use crate::domain::indicator::Period;
use crate::domain::role::Action;
use crate::domain::situation::{SituationProblem, SituationStatus, initiatives_named, priority_ok, section};
use crate::domain::text::Blank;
use crate::domain::time::Naive;
use crate::domain::validation::{FieldCode, FieldError};
use crate::entities::situation_picture::{ActiveModel, Column, Entity, Model};
use crate::entities::{area, council, indicator, indicator_value, initiative};
use crate::error::{ApiError, ApiResult, ProblemCode};
use crate::kit::{ActiveOf, Caller, Create, Delete, Named, Refs, Resource, Update, names, write};
use crate::store::access_log::Read;
use crate::store::{check_all_exist, check_exists};

pub struct SituationPictures;

fn problems_of(m: &Model) -> ApiResult<Vec<SituationProblem>> {
    serde_json::from_value(m.problems.clone()).map_err(ApiError::internal)
}

fn json<T: serde::Serialize>(v: &T) -> ApiResult<serde_json::Value> {
    serde_json::to_value(v).map_err(ApiError::internal)
}

/// The three parts' classifications.
fn classifications(m: &Model) -> [Classification; 3] {
    [m.crime_mapping_classification, m.other_information_classification, m.analysis_classification]
}

/// The reads of restricted parts among `rows` that `caller` makes (those their clearance reads).
pub async fn restricted_reads(db: &impl ConnectionTrait, caller: &Caller, rows: &[Model]) -> ApiResult<Vec<Read>> {
    let mut reads = vec![];
    for m in rows {
        let restricted = [
            (&m.crime_mapping, m.crime_mapping_classification),
            (&m.other_information, m.other_information_classification),
            (&m.analysis, m.analysis_classification),
        ]
        .iter()
        .any(|(text, c)| text.is_some() && *c == Classification::Restricted);
        if restricted && caller.clearance(db, m.council_id).await?.may_read(Classification::Restricted) {
            reads.push(Read { entity_type: EntityType::SituationPicture, entity_id: m.id, council_id: m.council_id });
        }
    }
    Ok(reads)
}

/// Problems have a priority of 1 to 5 and name initiatives that exist.
async fn check_problems(db: &impl ConnectionTrait, problems: &[SituationProblem]) -> ApiResult<()> {
    for (i, p) in problems.iter().enumerate() {
        if !priority_ok(p.priority) {
            return Err(FieldError::new(
                format!("problems[{i}].priority"),
                FieldCode::OutOfRange,
                "A priority from 1 to 5.",
            )
            .into());
        }
    }
    let ids = initiatives_named(problems);
    check_all_exist::<initiative::Entity, _>(db, "problems", initiative::Column::Id, &ids, "initiatives").await
}

fn check_period(start: chrono::NaiveDate, end: chrono::NaiveDate) -> ApiResult<()> {
    if end < start {
        return Err(FieldError::new(
            "period_end",
            FieldCode::BeforeStartDate,
            "The period cannot end before it starts.",
        )
        .into());
    }
    Ok(())
}

/// Only a draft changes.
pub fn check_draft(m: &Model) -> ApiResult<()> {
    if m.status == SituationStatus::Adopted {
        return Err(ApiError::conflict(
            ProblemCode::SituationAdopted,
            "The situation picture is adopted and locked; make a new version (POST with replaces_id).",
        ));
    }
    Ok(())
}

/// The area's indicator values of the picture's period, as they are now (two queries).
pub async fn snapshot(db: &impl ConnectionTrait, m: &Model) -> ApiResult<Vec<SnapshotValue>> {
    let values = indicator_value::Entity::find()
        .filter(indicator_value::Column::AreaId.eq(m.area_id))
        .filter(indicator_value::Column::PeriodStart.gte(m.period_start))
        .filter(indicator_value::Column::PeriodEnd.lte(m.period_end))
        .order_by_asc(indicator_value::Column::IndicatorId)
        .order_by_asc(indicator_value::Column::PeriodStart)
        .order_by_asc(indicator_value::Column::Grp)
        .all(db)
        .await?;
    let ids: HashSet<Uuid> = values.iter().map(|v| v.indicator_id).collect();
    let indicators: HashMap<Uuid, indicator::Model> = indicator::Entity::find()
        .filter(indicator::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|i| (i.id, i))
        .collect();
    Ok(values
        .into_iter()
        .filter_map(|v| {
            let i = indicators.get(&v.indicator_id)?;
            Some(SnapshotValue {
                indicator_id: v.indicator_id,
                indicator_code: i.code.clone(),
                indicator_name: i.name.clone(),
                unit: i.unit.clone(),
                period: Period::stored(&v.period),
                group: Some(v.grp).filter(|g| !g.is_empty()),
                value: v.value,
                n: v.n,
            })
        })
        .collect())
}

/// The change that adopts draft `row`: locked, with the snapshot of its area's values, by `by`.
pub async fn adoption(db: &impl ConnectionTrait, row: &Model, by: String) -> ApiResult<ActiveModel> {
    check_draft(row)?;
    Ok(ActiveModel {
        status: Set(SituationStatus::Adopted),
        adopted_at: Set(Some(crate::db::now())),
        adopted_by_name: Set(Some(by)),
        indicator_snapshot: Set(Some(json(&snapshot(db, row).await?)?)),
        ..Default::default()
    })
}

impl Resource for SituationPictures {
    type Entity = Entity;
    type Out = SituationPicture;
    type Scope = ();
    const ENTITY: EntityType = EntityType::SituationPicture;
    const NOT_AUDITED: &'static [&'static str] = &["replaced_by_id", "indicator_snapshot"];

    fn location(_: (), id: Uuid) -> String {
        format!("/api/v1/situation-pictures/{id}")
    }

    async fn present(db: &impl ConnectionTrait, caller: &Caller, rows: Vec<Model>) -> ApiResult<Vec<SituationPicture>> {
        let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
        let replaced_by: HashMap<Uuid, Uuid> = if ids.is_empty() {
            HashMap::new()
        } else {
            Entity::find()
                .filter(Column::ReplacesId.is_in(ids))
                .all(db)
                .await?
                .into_iter()
                .filter_map(|r| r.replaces_id.map(|old| (old, r.id)))
                .collect()
        };
        let mut out = Vec::with_capacity(rows.len());
        let mut refs = Vec::with_capacity(rows.len());
        for m in rows {
            let clearance = caller.clearance(db, m.council_id).await?;
            let manages = caller.manages(db, m.council_id).await?;
            let problems = problems_of(&m)?;
            refs.push(
                Refs::new()
                    .one(Named::Area, Some(m.area_id))
                    .one(Named::Council, Some(m.council_id))
                    .all(Named::Initiative, initiatives_named(&problems)),
            );
            let replaced_by_id = replaced_by.get(&m.id).copied();
            let allowed_actions = match (manages, m.status) {
                (false, _) => vec![],
                (true, SituationStatus::Draft) => vec![Action::Update, Action::Delete, Action::Adopt],
                (true, SituationStatus::Adopted) if replaced_by_id.is_none() => vec![Action::Revise],
                (true, SituationStatus::Adopted) => vec![],
            };
            let [cm, oi, an] = classifications(&m);
            out.push(SituationPicture {
                id: m.id,
                area_id: m.area_id,
                council_id: m.council_id,
                period_start: m.period_start,
                period_end: m.period_end,
                title: m.title,
                crime_mapping: section(m.crime_mapping, cm, clearance),
                other_information: section(m.other_information, oi, clearance),
                analysis: section(m.analysis, an, clearance),
                problems,
                indicator_snapshot: m
                    .indicator_snapshot
                    .map(serde_json::from_value)
                    .transpose()
                    .map_err(ApiError::internal)?,
                status: m.status,
                adopted_at: m.adopted_at,
                adopted_by_name: m.adopted_by_name,
                replaces_id: m.replaces_id,
                replaced_by_id,
                version: m.version,
                created_at: m.created_at,
                updated_at: m.updated_at,
                names: Default::default(),
                allowed_actions,
            });
        }
        for (p, names) in out.iter_mut().zip(names::resolve(db, &refs).await?) {
            p.names = names;
        }
        Ok(out)
    }
}

impl Create for SituationPictures {
    type New = NewSituationPicture;

    fn validate(input: &NewSituationPicture) -> ApiResult<()> {
        check_period(input.period_start.naive(), input.period_end.naive())
    }

    async fn insert(db: &impl ConnectionTrait, _: &Caller, _: (), input: NewSituationPicture) -> ApiResult<Model> {
        check_exists::<area::Entity>(db, "area_id", Some(input.area_id), "area").await?;
        check_exists::<council::Entity>(db, "council_id", Some(input.council_id), "council").await?;
        let problems = input.problems.into_vec();
        check_problems(db, &problems).await?;
        let mut replaced: Option<Model> = None;
        if let Some(old) = input.replaces_id {
            let old = Entity::find_by_id(old).one(db).await?.ok_or_else(|| {
                ApiError::field("replaces_id", FieldCode::NotFound, "No situation picture has this id.")
            })?;
            if old.status != SituationStatus::Adopted {
                return Err(ApiError::conflict(
                    ProblemCode::SituationNotAdopted,
                    "Only an adopted situation picture is revised; change the draft itself.",
                ));
            }
            if old.area_id != input.area_id || old.council_id != input.council_id {
                return Err(ApiError::field(
                    "replaces_id",
                    FieldCode::Invalid,
                    "A revision is of the same area and council.",
                ));
            }
            if Entity::find().filter(Column::ReplacesId.eq(old.id)).one(db).await?.is_some() {
                return Err(ApiError::conflict(
                    ProblemCode::AlreadyRevised,
                    "This version has been revised already; revise the newest.",
                ));
            }
            replaced = Some(old);
        }
        // A new version takes each part it leaves out from the version it replaces (text and
        // classification), so a part its author may not read is carried over, not lost.
        let part = |given: Option<String>,
                    class: Option<Classification>,
                    old: Option<(Option<String>, Classification)>| {
            match (given, old) {
                (None, Some((text, c))) => (text, class.unwrap_or(c)),
                (given, _) => (given, class.unwrap_or(Classification::Internal)),
            }
        };
        let old = replaced.as_ref();
        let (crime_mapping, cm) = part(
            input.crime_mapping.or_none(),
            input.crime_mapping_classification,
            old.map(|m| (m.crime_mapping.clone(), m.crime_mapping_classification)),
        );
        let (other_information, oi) = part(
            input.other_information.or_none(),
            input.other_information_classification,
            old.map(|m| (m.other_information.clone(), m.other_information_classification)),
        );
        let (analysis, an) = part(
            input.analysis.or_none(),
            input.analysis_classification,
            old.map(|m| (m.analysis.clone(), m.analysis_classification)),
        );
        write::insert(
            db,
            ActiveModel {
                area_id: Set(input.area_id),
                council_id: Set(input.council_id),
                period_start: Set(input.period_start.date()),
                period_end: Set(input.period_end.date()),
                title: Set(input.title.into_string()),
                crime_mapping: Set(crime_mapping),
                crime_mapping_classification: Set(cm),
                other_information: Set(other_information),
                other_information_classification: Set(oi),
                analysis: Set(analysis),
                analysis_classification: Set(an),
                problems: Set(json(&problems)?),
                indicator_snapshot: Set(None),
                status: Set(SituationStatus::Draft),
                replaces_id: Set(input.replaces_id),
                ..Default::default()
            },
        )
        .await
    }
}

impl Update for SituationPictures {
    type Patch = SituationPicturePatch;

    async fn apply(
        db: &impl ConnectionTrait,
        _: &Caller,
        current: &Model,
        p: SituationPicturePatch,
    ) -> ApiResult<ActiveOf<Self>> {
        check_draft(current)?;
        let start = p.period_start.map(|d| d.date()).unwrap_or(current.period_start);
        let end = p.period_end.map(|d| d.date()).unwrap_or(current.period_end);
        check_period(start, end)?;
        let mut m = ActiveModel::default();
        if p.period_start.is_some() {
            m.period_start = Set(start);
        }
        if p.period_end.is_some() {
            m.period_end = Set(end);
        }
        if let Some(t) = p.title {
            m.title = Set(t.into_string());
        }
        if let Some(t) = p.crime_mapping {
            m.crime_mapping = Set(t.or_none());
        }
        if let Some(c) = p.crime_mapping_classification {
            m.crime_mapping_classification = Set(c);
        }
        if let Some(t) = p.other_information {
            m.other_information = Set(t.or_none());
        }
        if let Some(c) = p.other_information_classification {
            m.other_information_classification = Set(c);
        }
        if let Some(t) = p.analysis {
            m.analysis = Set(t.or_none());
        }
        if let Some(c) = p.analysis_classification {
            m.analysis_classification = Set(c);
        }
        if let Some(ps) = p.problems {
            let problems = ps.into_vec();
            check_problems(db, &problems).await?;
            m.problems = Set(json(&problems)?);
        }
        Ok(m)
    }
}

impl Delete for SituationPictures {
    /// Only a draft: an adopted picture is the record.
    async fn before_delete(_: &impl ConnectionTrait, current: &Model) -> ApiResult<()> {
        check_draft(current)
    }
}
