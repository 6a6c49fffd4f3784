//! Agreements as a resource: parties, period, priority areas, phase, the councils that run it
//! and who signed for whom.

use std::collections::HashSet;

use chrono::NaiveDate;

use crate::domain::time::Day;
use crate::domain::time::Naive;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set};
use uuid::Uuid;

use super::types::{Agreement, AgreementPatch, NewAgreement, Signatory};
use crate::db::search_key;
use crate::domain::agreement::AgreementPhase;
use crate::domain::audit::EntityType;
use crate::domain::role::{Action, EDITORS};
use crate::domain::text::Blank;
use crate::entities::agreement::{self, ActiveModel, Column, Entity};
use crate::entities::{council, organization, person};
use crate::error::{ApiError, ApiResult, FieldCode};
use crate::kit::{ActiveOf, Caller, Create, Named, Refs, Resource, Update, names, write};
use crate::store::{agreements, check_all_exist, hierarchy::check_parent};

pub struct Agreements;

/// An agreement's links as they are to be stored, checked against each other and the registers.
struct Links {
    party_ids: Vec<Uuid>,
    council_ids: Vec<Uuid>,
    signatories: Vec<Signatory>,
}

fn dedup(ids: &[Uuid]) -> Vec<Uuid> {
    let mut seen = HashSet::new();
    ids.iter().copied().filter(|i| seen.insert(*i)).collect()
}

async fn check(
    db: &impl ConnectionTrait,
    id: Option<Uuid>,
    parent_id: Option<Uuid>,
    period: (Option<NaiveDate>, Option<NaiveDate>),
    links: Links,
) -> ApiResult<Links> {
    if let (Some(f), Some(t)) = period
        && t < f
    {
        return Err(ApiError::field("valid_to", FieldCode::BeforeValidFrom, "The period cannot end before it starts."));
    }
    if let Some(p) = parent_id {
        check_parent::<Entity>(db, Column::ParentId, id, p).await?;
    }
    let links = Links { party_ids: dedup(&links.party_ids), council_ids: dedup(&links.council_ids), ..links };
    let orgs: Vec<Uuid> =
        links.party_ids.iter().chain(links.signatories.iter().map(|s| &s.organization_id)).copied().collect();
    check_all_exist::<organization::Entity, _>(db, "party_ids", organization::Column::Id, &orgs, "organizations")
        .await?;
    check_all_exist::<council::Entity, _>(db, "council_ids", council::Column::Id, &links.council_ids, "councils")
        .await?;
    let people: HashSet<Uuid> = person::Entity::find()
        .filter(person::Column::Id.is_in(links.signatories.iter().map(|s| s.person_id)))
        .select_only()
        .column(person::Column::Id)
        .into_tuple::<Uuid>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    for (i, s) in links.signatories.iter().enumerate() {
        if !people.contains(&s.person_id) {
            return Err(ApiError::field(
                format!("signatories[{i}].person_id"),
                FieldCode::NotFound,
                "No person has this id.",
            ));
        }
        if !links.party_ids.contains(&s.organization_id) {
            return Err(ApiError::field(
                format!("signatories[{i}].organization_id"),
                FieldCode::NotAParty,
                "A signatory signs for one of the agreement's parties.",
            ));
        }
    }
    Ok(links)
}

async fn save_links(db: &impl ConnectionTrait, id: Uuid, links: &Links) -> ApiResult<()> {
    agreements::set_parties(db, id, &links.party_ids).await?;
    agreements::set_councils(db, id, &links.council_ids).await?;
    let rows: Vec<_> =
        links.signatories.iter().map(|s| (s.person_id, s.organization_id, s.signed_on.map(Day::date))).collect();
    agreements::set_signatories(db, id, &rows).await
}

fn json(areas: Vec<String>) -> ApiResult<serde_json::Value> {
    serde_json::to_value(areas).map_err(ApiError::internal)
}

impl Resource for Agreements {
    type Entity = Entity;
    type Out = Agreement;
    type Scope = ();
    const ENTITY: EntityType = EntityType::Agreement;

    fn location(_: (), id: Uuid) -> String {
        format!("/api/v1/agreements/{id}")
    }

    async fn present(
        db: &impl ConnectionTrait,
        caller: &Caller,
        rows: Vec<agreement::Model>,
    ) -> ApiResult<Vec<Agreement>> {
        let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
        let mut parties = agreements::parties_of(db, &ids).await?;
        let mut councils = agreements::councils_of(db, &ids).await?;
        let mut signed = agreements::signatories_of(db, &ids).await?;
        let actions = caller.may(EDITORS, &[Action::Update]);
        let mut out = Vec::with_capacity(rows.len());
        let mut refs = Vec::with_capacity(rows.len());
        for m in rows {
            let party_ids = parties.remove(&m.id).unwrap_or_default();
            let council_ids = councils.remove(&m.id).unwrap_or_default();
            let signatories: Vec<Signatory> = signed
                .remove(&m.id)
                .unwrap_or_default()
                .into_iter()
                .map(|s| Signatory {
                    person_id: s.person_id,
                    organization_id: s.organization_id,
                    signed_on: s.signed_on.map(Day::stored),
                })
                .collect();
            refs.push(
                Refs::new()
                    .one(Named::Agreement, m.parent_id)
                    .all(Named::Organization, party_ids.iter().copied())
                    .all(Named::Council, council_ids.iter().copied())
                    .all(Named::Person, signatories.iter().map(|s| s.person_id)),
            );
            out.push(Agreement {
                priority_areas: serde_json::from_value(m.priority_areas).map_err(ApiError::internal)?,
                party_ids,
                council_ids,
                signatories,
                id: m.id,
                name: m.name,
                phase: m.phase,
                parent_id: m.parent_id,
                valid_from: m.valid_from,
                valid_to: m.valid_to,
                description: m.description,
                version: m.version,
                created_at: m.created_at,
                updated_at: m.updated_at,
                names: Default::default(),
                allowed_actions: actions.clone(),
            });
        }
        for (a, names) in out.iter_mut().zip(names::resolve(db, &refs).await?) {
            a.names = names;
        }
        Ok(out)
    }
}

impl Create for Agreements {
    type New = NewAgreement;

    async fn insert(db: &impl ConnectionTrait, _: &Caller, _: (), input: NewAgreement) -> ApiResult<agreement::Model> {
        let links = Links {
            party_ids: input.party_ids.into_vec(),
            council_ids: input.council_ids.into_vec(),
            signatories: input.signatories.into_vec(),
        };
        let links = check(db, None, input.parent_id, (input.valid_from.naive(), input.valid_to.naive()), links).await?;
        let row = write::insert(
            db,
            ActiveModel {
                search_name: Set(search_key(&input.name)),
                name: Set(input.name.into_string()),
                phase: Set(input.phase.unwrap_or(AgreementPhase::Initiate)),
                parent_id: Set(input.parent_id),
                valid_from: Set(input.valid_from.naive()),
                valid_to: Set(input.valid_to.naive()),
                priority_areas: Set(json(
                    input.priority_areas.into_vec().into_iter().map(|n| n.into_string()).collect(),
                )?),
                description: Set(input.description.or_none()),
                ..Default::default()
            },
        )
        .await?;
        save_links(db, row.id, &links).await?;
        Ok(row)
    }
}

impl Update for Agreements {
    type Patch = AgreementPatch;

    /// Lists given replace the old ones.
    async fn apply(
        db: &impl ConnectionTrait,
        _: &Caller,
        current: &agreement::Model,
        p: AgreementPatch,
    ) -> ApiResult<ActiveOf<Self>> {
        let now = Agreements::present(db, &Caller::system(), vec![current.clone()]).await?.remove(0);
        let links = Links {
            party_ids: p.party_ids.map_or(now.party_ids, |v| v.into_vec()),
            council_ids: p.council_ids.map_or(now.council_ids, |v| v.into_vec()),
            signatories: p.signatories.map_or(now.signatories, |v| v.into_vec()),
        };
        let parent_id = p.parent_id.unwrap_or(current.parent_id);
        let period =
            (p.valid_from.naive().unwrap_or(current.valid_from), p.valid_to.naive().unwrap_or(current.valid_to));
        let links = check(db, Some(current.id), parent_id, period, links).await?;
        save_links(db, current.id, &links).await?;
        let mut m = ActiveModel {
            parent_id: Set(parent_id),
            valid_from: Set(period.0),
            valid_to: Set(period.1),
            ..Default::default()
        };
        if let Some(name) = p.name {
            m.search_name = Set(search_key(&name));
            m.name = Set(name.into_string());
        }
        if let Some(phase) = p.phase {
            m.phase = Set(phase);
        }
        if let Some(areas) = p.priority_areas {
            m.priority_areas = Set(json(areas.into_vec().into_iter().map(|n| n.into_string()).collect())?);
        }
        if let Some(d) = p.description {
            m.description = Set(d.or_none());
        }
        Ok(m)
    }
}
