//! Councils as a resource: their areas, mandate, status and cadence, and who runs them.

use chrono::Utc;
use sea_orm::{ConnectionTrait, Set};
use serde::Serialize;
use uuid::Uuid;

use super::types::{Council, CouncilPatch, NewCouncil};
use crate::db::search_key;
use crate::domain::audit::EntityType;
use crate::domain::cadence::{self, Cadence};
use crate::domain::council::{CouncilKind, CouncilStatus, Mandate, check_life, parent_kind_allowed};
use crate::domain::meeting::with_cadence_beyond;
use crate::domain::role::council_actions;
use crate::domain::text::Blank;
use crate::domain::time::Naive;
use crate::entities::council::{ActiveModel, Column, Entity};
use crate::entities::{area, council, organization};
use crate::error::{ApiError, ApiResult, FieldCode};
use crate::kit::{ActiveOf, Caller, Create, Named, Refs, Resource, Update, names, write};
use crate::store::councils::{self, cadence_of, mandate_of};
use crate::store::meetings;
use crate::store::{check_all_exist, check_exists, hierarchy::check_parent};

pub struct Councils;

fn json<T: Serialize>(v: &Option<T>) -> ApiResult<Option<serde_json::Value>> {
    v.as_ref().map(|v| serde_json::to_value(v).map_err(ApiError::internal)).transpose()
}

/// A council as it will be written: checked on its own, then against the other resources.
struct Checked {
    id: Option<Uuid>,
    kind: CouncilKind,
    status: CouncilStatus,
    parent_id: Option<Uuid>,
    area_ids: Vec<Uuid>,
    founded_on: Option<chrono::NaiveDate>,
    dissolved_on: Option<chrono::NaiveDate>,
    cadence: Option<Cadence>,
    mandate: Option<Mandate>,
}

impl Checked {
    async fn check(self, db: &impl ConnectionTrait) -> ApiResult<Self> {
        let mut errors = vec![];
        check_life(self.status, self.founded_on, self.dissolved_on, &mut errors);
        if !errors.is_empty() {
            return Err(errors.into());
        }
        let parent_kind = match self.parent_id {
            Some(p) => {
                check_parent::<Entity>(db, Column::ParentId, self.id, p).await?;
                Some(write::find::<Councils>(db, (), p).await?.kind)
            }
            None => None,
        };
        parent_kind_allowed(self.kind, parent_kind)?;
        check_all_exist::<area::Entity, _>(db, "area_ids", area::Column::Id, &self.area_ids, "areas").await?;
        if let Some(m) = &self.mandate {
            if m.decided_by_council_id.is_some() && m.decided_by_council_id == self.id {
                return Err(ApiError::field(
                    "mandate.decided_by_council_id",
                    FieldCode::NotFound,
                    "No other council has this id.",
                ));
            }
            check_exists::<Entity>(db, "mandate.decided_by_council_id", m.decided_by_council_id, "council").await?;
            check_exists::<organization::Entity>(
                db,
                "mandate.decided_by_organization_id",
                m.decided_by_organization_id,
                "organization",
            )
            .await?;
        }
        Ok(self)
    }
}

impl Resource for Councils {
    type Entity = Entity;
    type Out = Council;
    type Scope = ();
    const ENTITY: EntityType = EntityType::Council;
    const NOT_AUDITED: &'static [&'static str] = &["next_meetings"];

    fn location(_: (), id: Uuid) -> String {
        format!("/api/v1/councils/{id}")
    }

    async fn present(db: &impl ConnectionTrait, caller: &Caller, rows: Vec<council::Model>) -> ApiResult<Vec<Council>> {
        let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
        let mut areas = councils::area_ids_of(db, &ids).await?;
        let mut out = Vec::with_capacity(rows.len());
        let mut refs = Vec::with_capacity(rows.len());
        for m in rows {
            let area_ids = areas.remove(&m.id).unwrap_or_default();
            let mandate = mandate_of(&m);
            refs.push(
                Refs::new()
                    .one(Named::Council, m.parent_id)
                    .all(Named::Area, area_ids.iter().copied())
                    .one(Named::Council, mandate.as_ref().and_then(|m| m.decided_by_council_id))
                    .one(Named::Organization, mandate.as_ref().and_then(|m| m.decided_by_organization_id)),
            );
            let allowed_actions = council_actions(caller.role, caller.manages(db, m.id).await?);
            out.push(Council {
                id: m.id,
                area_ids,
                kind: m.kind,
                status: m.status,
                cadence: cadence_of(&m),
                mandate,
                name: m.name,
                parent_id: m.parent_id,
                founded_on: m.founded_on,
                dissolved_on: m.dissolved_on,
                next_meetings: None,
                description: m.description,
                is_public: m.is_public,
                version: m.version,
                created_at: m.created_at,
                updated_at: m.updated_at,
                names: Default::default(),
                allowed_actions,
            });
        }
        for (c, names) in out.iter_mut().zip(names::resolve(db, &refs).await?) {
            c.names = names;
        }
        Ok(out)
    }

    /// The next five meetings of a council that meets: its own meetings (not cancelled), then
    /// its cadence's dates beyond the last of them.
    async fn detail(db: &impl ConnectionTrait, mut c: Council) -> ApiResult<Council> {
        let now = Utc::now();
        let meets = c.status.meets();
        let own = if meets { meetings::next_of_council(db, c.id, now, 5).await? } else { vec![] };
        let starts_on = c.founded_on.unwrap_or_else(|| c.created_at.date_naive());
        let tz: chrono_tz::Tz =
            c.cadence.as_ref().and_then(|k| k.time_zone.parse().ok()).unwrap_or(chrono_tz::Europe::Stockholm);
        let from_cadence = |after: chrono::DateTime<Utc>, n: usize| match (&c.cadence, meets) {
            (Some(k), true) => {
                cadence::occurrences(k, starts_on, after, after + chrono::Duration::days(cadence::HORIZON_DAYS), n)
            }
            _ => vec![],
        };
        let dates = with_cadence_beyond(own.into_iter().map(|m| m.starts_at).collect(), from_cadence, now, 5);
        c.next_meetings = Some(dates.into_iter().map(|d| d.with_timezone(&tz).fixed_offset()).collect());
        Ok(c)
    }
}

/// A cadence is checked on its own, before the transaction (it is expanded to see that it meets).
fn validate_cadence(c: Option<&Cadence>) -> ApiResult<()> {
    let mut errors = vec![];
    if let Some(c) = c {
        cadence::validate(c, &mut errors);
    }
    if errors.is_empty() { Ok(()) } else { Err(errors.into()) }
}

impl Create for Councils {
    type New = NewCouncil;

    fn validate(input: &NewCouncil) -> ApiResult<()> {
        validate_cadence(input.cadence.as_ref())
    }

    async fn insert(db: &impl ConnectionTrait, _: &Caller, _: (), input: NewCouncil) -> ApiResult<council::Model> {
        let c = Checked {
            id: None,
            kind: input.kind,
            status: input.status.unwrap_or(CouncilStatus::Proposed),
            parent_id: input.parent_id,
            area_ids: input.area_ids.into_vec(),
            founded_on: input.founded_on.naive(),
            dissolved_on: input.dissolved_on.naive(),
            cadence: input.cadence,
            mandate: input.mandate.map(Mandate::tidy),
        }
        .check(db)
        .await?;
        let row = write::insert(
            db,
            ActiveModel {
                search_name: Set(search_key(&input.name)),
                name: Set(input.name.into_string()),
                kind: Set(c.kind),
                parent_id: Set(c.parent_id),
                status: Set(c.status),
                founded_on: Set(c.founded_on),
                dissolved_on: Set(c.dissolved_on),
                cadence: Set(json(&c.cadence)?),
                mandate: Set(json(&c.mandate)?),
                description: Set(input.description.or_none()),
                is_public: Set(input.is_public),
                ..Default::default()
            },
        )
        .await?;
        councils::set_areas(db, row.id, &c.area_ids).await?;
        Ok(row)
    }
}

impl Update for Councils {
    type Patch = CouncilPatch;

    fn validate(p: &CouncilPatch) -> ApiResult<()> {
        validate_cadence(p.cadence.as_ref().and_then(Option::as_ref))
    }

    async fn apply(
        db: &impl ConnectionTrait,
        _: &Caller,
        current: &council::Model,
        p: CouncilPatch,
    ) -> ApiResult<ActiveOf<Self>> {
        let area_ids = p.area_ids.map(|a| a.into_vec());
        let current_areas = match &area_ids {
            Some(a) => a.clone(),
            None => councils::area_ids_of(db, &[current.id]).await?.remove(&current.id).unwrap_or_default(),
        };
        let c = Checked {
            id: Some(current.id),
            kind: p.kind.unwrap_or(current.kind),
            status: p.status.unwrap_or(current.status),
            parent_id: p.parent_id.unwrap_or(current.parent_id),
            area_ids: current_areas,
            founded_on: p.founded_on.naive().unwrap_or(current.founded_on),
            dissolved_on: p.dissolved_on.naive().unwrap_or(current.dissolved_on),
            cadence: p.cadence.unwrap_or_else(|| cadence_of(current)),
            mandate: p.mandate.unwrap_or_else(|| mandate_of(current)).map(Mandate::tidy),
        }
        .check(db)
        .await?;
        if area_ids.is_some() {
            councils::set_areas(db, current.id, &c.area_ids).await?;
        }
        let mut m = ActiveModel {
            kind: Set(c.kind),
            parent_id: Set(c.parent_id),
            status: Set(c.status),
            founded_on: Set(c.founded_on),
            dissolved_on: Set(c.dissolved_on),
            cadence: Set(json(&c.cadence)?),
            mandate: Set(json(&c.mandate)?),
            ..Default::default()
        };
        if let Some(name) = p.name {
            m.search_name = Set(search_key(&name));
            m.name = Set(name.into_string());
        }
        if let Some(d) = p.description {
            m.description = Set(d.or_none());
        }
        if let Some(v) = p.is_public {
            m.is_public = Set(v);
        }
        Ok(m)
    }
}
