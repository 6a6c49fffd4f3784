//! Initiatives as a resource: their links and rules, and their progress when read; and their
//! append-only progress reports.

use std::collections::HashSet;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

use super::types::{Initiative, InitiativePatch, InitiativeUpdate, NewInitiative, NewInitiativeUpdate, Partner};
use crate::db::search_key;
use crate::domain::audit::EntityType;
use crate::domain::initiative::{InitiativeStatus, Target};
use crate::domain::role::Action;
use crate::domain::text::{Blank, Line};
use crate::domain::time::{Naive, today};
use crate::domain::validation::{FieldCode, FieldError};
use crate::entities::initiative::{ActiveModel, Column, Entity, Model};
use crate::entities::{agenda_item, area, council, indicator, initiative_update, meeting, organization, person};
use crate::error::{ApiError, ApiResult, ProblemCode};
use crate::kit::{ActiveOf, Caller, Create, Delete, Named, Refs, Resource, Update, names, write};
use crate::store::hierarchy::check_parent;
use crate::store::initiatives::{self as store, Facts};
use crate::store::{check_all_exist, check_exists};

pub struct Initiatives;

const MAX_NUMBER: f64 = 1e12;

/// What the caller may do with an initiative: everything when they run its council; report
/// progress when it is theirs.
fn actions(manages: bool, mine: bool) -> Vec<Action> {
    if manages {
        vec![Action::Update, Action::Delete, Action::Report]
    } else if mine {
        vec![Action::Report]
    } else {
        vec![]
    }
}

fn json(target: &Option<Target>) -> ApiResult<Option<serde_json::Value>> {
    target.as_ref().map(|t| serde_json::to_value(t).map_err(ApiError::internal)).transpose()
}

fn in_range(field: &str, v: f64) -> ApiResult<()> {
    if v.is_finite() && v.abs() <= MAX_NUMBER {
        Ok(())
    } else {
        Err(FieldError::new(field, FieldCode::OutOfRange, "A number between −10¹² and 10¹².").into())
    }
}

/// A target's numbers are in range ("at least 40 of 52": 1 ≤ 40 ≤ 52), and an indicator target
/// names an indicator.
async fn check_target(db: &impl ConnectionTrait, target: &Option<Target>) -> ApiResult<()> {
    const MAX_COUNT: i32 = 1_000_000;
    match target {
        Some(Target::Indicator { indicator_id, baseline_value, target_value, .. }) => {
            in_range("target.baseline_value", *baseline_value)?;
            in_range("target.target_value", *target_value)?;
            check_exists::<indicator::Entity>(db, "target.indicator_id", Some(*indicator_id), "indicator").await?;
        }
        Some(Target::Count { target, per, .. }) => {
            if !(1..=MAX_COUNT).contains(target) {
                return Err(
                    FieldError::new("target.target", FieldCode::OutOfRange, "A count from 1 to 1,000,000.").into()
                );
            }
            if let Some(per) = per
                && !(*target..=MAX_COUNT).contains(per)
            {
                return Err(FieldError::new(
                    "target.per",
                    FieldCode::OutOfRange,
                    "Out of how many: at least the target, at most 1,000,000.",
                )
                .into());
            }
        }
        None => {}
    }
    Ok(())
}

fn check_weight(w: i32) -> ApiResult<()> {
    if (1..=100).contains(&w) {
        Ok(())
    } else {
        Err(FieldError::new("weight", FieldCode::OutOfRange, "A weight from 1 to 100.").into())
    }
}

fn check_period(starts: Option<chrono::NaiveDate>, ends: Option<chrono::NaiveDate>) -> ApiResult<()> {
    match (starts, ends) {
        (Some(s), Some(e)) if e < s => {
            Err(FieldError::new("ends_on", FieldCode::BeforeStartDate, "The period cannot end before it starts.")
                .into())
        }
        _ => Ok(()),
    }
}

/// Partners named once each, organizations that exist.
async fn check_partners(db: &impl ConnectionTrait, partners: Vec<Partner>) -> ApiResult<Vec<(Uuid, Option<String>)>> {
    let mut seen = HashSet::new();
    for (i, p) in partners.iter().enumerate() {
        if !seen.insert(p.organization_id) {
            return Err(ApiError::field(
                format!("partners[{i}].organization_id"),
                FieldCode::Duplicate,
                "The organization is a partner already.",
            ));
        }
    }
    let orgs: Vec<Uuid> = partners.iter().map(|p| p.organization_id).collect();
    check_all_exist::<organization::Entity, _>(db, "partners", organization::Column::Id, &orgs, "organizations")
        .await?;
    Ok(partners.into_iter().map(|p| (p.organization_id, p.commitment.or_none())).collect())
}

/// A parent of the same council, and not the initiative itself or one below it.
async fn check_parent_of(db: &impl ConnectionTrait, id: Option<Uuid>, council: Uuid, parent: Uuid) -> ApiResult<()> {
    check_parent::<Entity>(db, Column::ParentId, id, parent).await?;
    let p = Entity::find_by_id(parent).one(db).await?;
    if p.is_some_and(|p| p.council_id != council) {
        return Err(ApiError::field("parent_id", FieldCode::Invalid, "The parent is another council's initiative."));
    }
    Ok(())
}

/// The decision that approved it is a point of one of the council's meetings.
async fn check_decision(db: &impl ConnectionTrait, council: Uuid, item: Uuid) -> ApiResult<()> {
    let point = agenda_item::Entity::find_by_id(item).one(db).await?;
    let of_council = match point {
        Some(p) => meeting::Entity::find_by_id(p.meeting_id).one(db).await?.is_some_and(|m| m.council_id == council),
        None => false,
    };
    if of_council {
        Ok(())
    } else {
        Err(ApiError::field("agenda_item_id", FieldCode::NotFound, "No point of the council's meetings has this id."))
    }
}

impl Resource for Initiatives {
    type Entity = Entity;
    type Out = Initiative;
    type Scope = ();
    const ENTITY: EntityType = EntityType::Initiative;
    const NOT_AUDITED: &'static [&'static str] = &["progress"];

    fn location(_: (), id: Uuid) -> String {
        format!("/api/v1/initiatives/{id}")
    }

    async fn present(db: &impl ConnectionTrait, caller: &Caller, rows: Vec<Model>) -> ApiResult<Vec<Initiative>> {
        let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
        let mut facts = Facts::read(db, &rows).await?;
        let mut partners = store::partners_of(db, &ids).await?;
        let me = caller.seats(db).await?.person_id;
        let day = today();
        let mut out = Vec::with_capacity(rows.len());
        let mut refs = Vec::with_capacity(rows.len());
        for m in rows {
            let area_ids = facts.areas.remove(&m.id).unwrap_or_default();
            let partners: Vec<Partner> = partners
                .remove(&m.id)
                .unwrap_or_default()
                .into_iter()
                .map(|(organization_id, c)| Partner { organization_id, commitment: c.and_then(|c| Line::new(c).ok()) })
                .collect();
            facts.areas.insert(m.id, area_ids.clone());
            let progress = facts.progress(&m, day);
            let target = store::target_of(&m)?;
            refs.push(
                Refs::new()
                    .one(Named::Council, Some(m.council_id))
                    .all(Named::Area, area_ids.iter().copied())
                    .one(Named::Organization, m.lead_organization_id)
                    .all(Named::Organization, partners.iter().map(|p| p.organization_id))
                    .one(Named::Person, m.owner_person_id)
                    .one(Named::Initiative, m.parent_id)
                    .one(
                        Named::Indicator,
                        match &target {
                            Some(Target::Indicator { indicator_id, .. }) => Some(*indicator_id),
                            _ => None,
                        },
                    ),
            );
            let manages = caller.manages(db, m.council_id).await?;
            let mine = me.is_some() && m.owner_person_id == me;
            out.push(Initiative {
                id: m.id,
                title: m.title,
                kind: m.kind,
                council_id: m.council_id,
                area_ids,
                priority_area: m.priority_area,
                lead_organization_id: m.lead_organization_id,
                partners,
                owner_person_id: m.owner_person_id,
                status: m.status,
                starts_on: m.starts_on,
                ends_on: m.ends_on,
                is_public: m.is_public,
                parent_id: m.parent_id,
                weight: m.weight,
                agenda_item_id: m.agenda_item_id,
                target,
                description: m.description,
                progress,
                version: m.version,
                created_at: m.created_at,
                updated_at: m.updated_at,
                names: Default::default(),
                allowed_actions: actions(manages, mine),
            });
        }
        for (i, names) in out.iter_mut().zip(names::resolve(db, &refs).await?) {
            i.names = names;
        }
        Ok(out)
    }
}

impl Create for Initiatives {
    type New = NewInitiative;

    fn validate(input: &NewInitiative) -> ApiResult<()> {
        check_period(input.starts_on.naive(), input.ends_on.naive())?;
        if let Some(w) = input.weight {
            check_weight(w)?;
        }
        Ok(())
    }

    async fn insert(db: &impl ConnectionTrait, _: &Caller, _: (), input: NewInitiative) -> ApiResult<Model> {
        check_exists::<council::Entity>(db, "council_id", Some(input.council_id), "council").await?;
        let areas = input.area_ids.into_vec();
        check_all_exist::<area::Entity, _>(db, "area_ids", area::Column::Id, &areas, "areas").await?;
        check_exists::<organization::Entity>(db, "lead_organization_id", input.lead_organization_id, "organization")
            .await?;
        check_exists::<person::Entity>(db, "owner_person_id", input.owner_person_id, "person").await?;
        let partners = check_partners(db, input.partners.into_vec()).await?;
        if let Some(p) = input.parent_id {
            check_parent_of(db, None, input.council_id, p).await?;
        }
        if let Some(i) = input.agenda_item_id {
            check_decision(db, input.council_id, i).await?;
        }
        check_target(db, &input.target).await?;
        let row = write::insert(
            db,
            ActiveModel {
                search_title: Set(search_key(&input.title)),
                title: Set(input.title.into_string()),
                kind: Set(input.kind),
                council_id: Set(input.council_id),
                priority_area: Set(input.priority_area.or_none()),
                lead_organization_id: Set(input.lead_organization_id),
                owner_person_id: Set(input.owner_person_id),
                status: Set(input.status.unwrap_or(InitiativeStatus::Proposed)),
                starts_on: Set(input.starts_on.naive()),
                ends_on: Set(input.ends_on.naive()),
                is_public: Set(input.is_public),
                parent_id: Set(input.parent_id),
                weight: Set(input.weight.unwrap_or(1)),
                agenda_item_id: Set(input.agenda_item_id),
                target: Set(json(&input.target)?),
                description: Set(input.description.or_none()),
                ..Default::default()
            },
        )
        .await?;
        store::set_areas(db, row.id, &areas).await?;
        store::set_partners(db, row.id, &partners).await?;
        Ok(row)
    }
}

impl Update for Initiatives {
    type Patch = InitiativePatch;

    async fn apply(
        db: &impl ConnectionTrait,
        _: &Caller,
        current: &Model,
        p: InitiativePatch,
    ) -> ApiResult<ActiveOf<Self>> {
        let starts = p.starts_on.map(|d| d.naive()).unwrap_or(current.starts_on);
        let ends = p.ends_on.map(|d| d.naive()).unwrap_or(current.ends_on);
        check_period(starts, ends)?;
        let mut m = ActiveModel::default();
        if let Some(t) = p.title {
            m.search_title = Set(search_key(&t));
            m.title = Set(t.into_string());
        }
        if let Some(k) = p.kind {
            m.kind = Set(k);
        }
        if let Some(a) = p.area_ids {
            let areas = a.into_vec();
            check_all_exist::<area::Entity, _>(db, "area_ids", area::Column::Id, &areas, "areas").await?;
            store::set_areas(db, current.id, &areas).await?;
        }
        if let Some(v) = p.priority_area {
            m.priority_area = Set(v.or_none());
        }
        if let Some(o) = p.lead_organization_id {
            check_exists::<organization::Entity>(db, "lead_organization_id", o, "organization").await?;
            m.lead_organization_id = Set(o);
        }
        if let Some(ps) = p.partners {
            let partners = check_partners(db, ps.into_vec()).await?;
            store::set_partners(db, current.id, &partners).await?;
        }
        if let Some(o) = p.owner_person_id {
            check_exists::<person::Entity>(db, "owner_person_id", o, "person").await?;
            m.owner_person_id = Set(o);
        }
        if let Some(s) = p.status {
            m.status = Set(s);
        }
        if p.starts_on.is_some() {
            m.starts_on = Set(starts);
        }
        if p.ends_on.is_some() {
            m.ends_on = Set(ends);
        }
        if let Some(v) = p.is_public {
            m.is_public = Set(v);
        }
        if let Some(parent) = p.parent_id {
            if let Some(parent) = parent {
                check_parent_of(db, Some(current.id), current.council_id, parent).await?;
            }
            m.parent_id = Set(parent);
        }
        if let Some(w) = p.weight {
            check_weight(w.0)?;
            m.weight = Set(w.0);
        }
        if let Some(i) = p.agenda_item_id {
            if let Some(i) = i {
                check_decision(db, current.council_id, i).await?;
            }
            m.agenda_item_id = Set(i);
        }
        if let Some(t) = p.target {
            check_target(db, &t).await?;
            m.target = Set(json(&t)?);
        }
        if let Some(d) = p.description {
            m.description = Set(d.or_none());
        }
        Ok(m)
    }
}

impl Delete for Initiatives {
    /// Only one that nothing was reported on and nothing sits under: its history is the
    /// follow-up's record.
    async fn before_delete(db: &impl ConnectionTrait, current: &Model) -> ApiResult<()> {
        let children = Entity::find().filter(Column::ParentId.eq(current.id)).count(db).await?;
        if children > 0 {
            return Err(ApiError::conflict(ProblemCode::HasChildren, "Other initiatives sit under this one."));
        }
        let reports = initiative_update::Entity::find()
            .filter(initiative_update::Column::InitiativeId.eq(current.id))
            .count(db)
            .await?;
        if reports > 0 {
            return Err(ApiError::conflict(
                ProblemCode::HasHistory,
                "Progress has been reported on this initiative: it is part of the follow-up; cancel it instead.",
            ));
        }
        store::set_areas(db, current.id, &[]).await?;
        store::set_partners(db, current.id, &[]).await
    }
}

/// Progress reports, append-only: a report is never changed or removed.
pub struct InitiativeUpdates;

impl Resource for InitiativeUpdates {
    type Entity = initiative_update::Entity;
    type Out = InitiativeUpdate;
    /// The initiative.
    type Scope = Uuid;
    const ENTITY: EntityType = EntityType::InitiativeUpdate;

    fn location(initiative: Uuid, id: Uuid) -> String {
        format!("/api/v1/initiatives/{initiative}/updates/{id}")
    }

    fn in_scope(row: &initiative_update::Model, initiative: Uuid) -> bool {
        row.initiative_id == initiative
    }

    async fn present(
        _: &impl ConnectionTrait,
        _: &Caller,
        rows: Vec<initiative_update::Model>,
    ) -> ApiResult<Vec<InitiativeUpdate>> {
        Ok(rows
            .into_iter()
            .map(|u| InitiativeUpdate {
                id: u.id,
                initiative_id: u.initiative_id,
                reported_on: u.reported_on,
                status: u.status,
                percent: u.percent,
                narrative: u.narrative,
                achieved_count: u.achieved_count,
                measured_value: u.measured_value,
                is_public: u.is_public,
                reported_by_name: u.reported_by_name,
                version: u.version,
                created_at: u.created_at,
                updated_at: u.updated_at,
                allowed_actions: vec![],
            })
            .collect())
    }
}

impl Create for InitiativeUpdates {
    type New = (NewInitiativeUpdate, String);

    fn validate((input, _): &(NewInitiativeUpdate, String)) -> ApiResult<()> {
        if let Some(p) = input.percent
            && !(0..=100).contains(&p)
        {
            return Err(FieldError::new("percent", FieldCode::OutOfRange, "A percentage from 0 to 100.").into());
        }
        if let Some(c) = input.achieved_count
            && !(0..=1_000_000).contains(&c)
        {
            return Err(FieldError::new("achieved_count", FieldCode::OutOfRange, "A count from 0 to 1,000,000.").into());
        }
        if let Some(v) = input.measured_value {
            in_range("measured_value", v)?;
        }
        if input.reported_on.is_some_and(|d| d.date() > today()) {
            return Err(
                FieldError::new("reported_on", FieldCode::OutOfRange, "A report is dated today or earlier.").into()
            );
        }
        Ok(())
    }

    /// The report is written and the initiative takes its status (one version on).
    async fn insert(
        db: &impl ConnectionTrait,
        caller: &Caller,
        initiative: Uuid,
        (input, reporter): (NewInitiativeUpdate, String),
    ) -> ApiResult<initiative_update::Model> {
        let current = Entity::find_by_id(initiative).one(db).await?.ok_or(ApiError::NotFound)?;
        if current.status != input.status {
            let m = ActiveModel { status: Set(input.status), ..Default::default() };
            write::save(db, &current, m).await?;
            crate::audit::record(
                db,
                caller.actor(),
                crate::audit::AuditAction::Update,
                EntityType::Initiative,
                Some(initiative),
                serde_json::json!({"before": {"status": current.status}, "after": {"status": input.status}}),
            )
            .await?;
        }
        write::insert(
            db,
            initiative_update::ActiveModel {
                initiative_id: Set(initiative),
                reported_on: Set(input.reported_on.naive().unwrap_or_else(today)),
                status: Set(input.status),
                percent: Set(input.percent),
                narrative: Set(input.narrative.or_none()),
                achieved_count: Set(input.achieved_count),
                measured_value: Set(input.measured_value),
                is_public: Set(input.is_public),
                reported_by_name: Set(reporter),
                ..Default::default()
            },
        )
        .await
    }
}
