//! Memberships as a resource: terms are history — ended, never deleted — and a seat never has
//! more holders at once than its maximum.

use chrono::NaiveDate;
use sea_orm::{ConnectionTrait, EntityTrait, QuerySelect, Set};
use uuid::Uuid;

use super::types::{Membership, MembershipPatch, NewMembership};
use crate::db::now;
use crate::domain::audit::EntityType;
use crate::domain::council::CouncilRole;
use crate::domain::role::Action;
use crate::domain::terms;
use crate::domain::time::Naive;
use crate::domain::time::today;
use crate::entities::membership::{self, ActiveModel, Entity};
use crate::entities::{organization, person, seat};
use crate::error::{ApiError, ApiResult, FieldCode, ProblemCode};
use crate::kit::{ActiveOf, Caller, Create, Named, Refs, Resource, Update, names, write};
use crate::store::{check_exists, memberships};

pub struct Memberships;

/// The rules a term must keep; `existing` is the term being changed, if any.
struct Term {
    council_id: Uuid,
    person_id: Uuid,
    seat_id: Option<Uuid>,
    on_behalf_of_id: Option<Uuid>,
    start: NaiveDate,
    end: Option<NaiveDate>,
    deputy_for_id: Option<Uuid>,
    existing: Option<Uuid>,
}

impl Term {
    async fn check(&self, db: &impl ConnectionTrait) -> ApiResult<()> {
        if self.end.is_some_and(|e| e < self.start) {
            return Err(ApiError::field(
                "end_date",
                FieldCode::BeforeStartDate,
                "The term cannot end before it starts.",
            ));
        }
        check_exists::<person::Entity>(db, "person_id", Some(self.person_id), "person").await?;
        check_exists::<organization::Entity>(db, "on_behalf_of_id", self.on_behalf_of_id, "organization").await?;
        if let Some(d) = self.deputy_for_id {
            if self.existing == Some(d) {
                return Err(ApiError::field(
                    "deputy_for_id",
                    FieldCode::SelfReference,
                    "A membership cannot be its own deputy.",
                ));
            }
            if Entity::find_by_id(d).one(db).await?.is_none_or(|m| m.council_id != self.council_id) {
                return Err(ApiError::field(
                    "deputy_for_id",
                    FieldCode::NotFound,
                    "No membership of this council has this id.",
                ));
            }
        }
        let Some(seat_id) = self.seat_id else { return Ok(()) };
        // Lock the seat (PostgreSQL; SQLite writes one at a time anyway) so that two terms cannot
        // both take its last place.
        let seat = seat::Entity::find_by_id(seat_id)
            .lock_exclusive()
            .one(db)
            .await?
            .filter(|s| s.council_id == self.council_id)
            .ok_or_else(|| ApiError::field("seat_id", FieldCode::NotFound, "This council has no seat with this id."))?;
        let others = memberships::of_seat(db, seat_id, self.existing).await?;
        let term = (self.start, self.end);
        if others.iter().any(|m| m.person_id == self.person_id && terms::overlap((m.start_date, m.end_date), term)) {
            return Err(ApiError::conflict(
                ProblemCode::AlreadyHoldsSeat,
                "This person already holds this seat during this period.",
            ));
        }
        let periods: Vec<_> = others.iter().map(|m| (m.start_date, m.end_date)).collect();
        if terms::peak_with(term, &periods) > seat.max_holders as usize {
            return Err(ApiError::conflict(
                ProblemCode::SeatFull,
                format!("The seat has room for {} at a time, and this term would exceed it.", seat.max_holders),
            ));
        }
        Ok(())
    }
}

impl Resource for Memberships {
    type Entity = Entity;
    type Out = Membership;
    /// The council.
    type Scope = Uuid;
    const ENTITY: EntityType = EntityType::Membership;
    const NOT_AUDITED: &'static [&'static str] = &["current"];

    fn location(council: Uuid, id: Uuid) -> String {
        format!("/api/v1/councils/{council}/memberships/{id}")
    }

    fn in_scope(row: &membership::Model, council: Uuid) -> bool {
        row.council_id == council
    }

    async fn present(
        db: &impl ConnectionTrait,
        caller: &Caller,
        rows: Vec<membership::Model>,
    ) -> ApiResult<Vec<Membership>> {
        let refs: Vec<Refs> = rows
            .iter()
            .map(|m| {
                Refs::new()
                    .one(Named::Person, Some(m.person_id))
                    .one(Named::Council, Some(m.council_id))
                    .one(Named::Seat, m.seat_id)
                    .one(Named::Organization, m.on_behalf_of_id)
                    .one(Named::Membership, m.deputy_for_id)
            })
            .collect();
        let day = today();
        let mut out = Vec::with_capacity(rows.len());
        for (m, names) in rows.into_iter().zip(names::resolve(db, &refs).await?) {
            let manages = caller.manages(db, m.council_id).await?;
            out.push(Membership {
                current: terms::covers(m.start_date, m.end_date, day),
                id: m.id,
                council_id: m.council_id,
                person_id: m.person_id,
                seat_id: m.seat_id,
                role: m.role,
                on_behalf_of_id: m.on_behalf_of_id,
                start_date: m.start_date,
                end_date: m.end_date,
                deputy_for_id: m.deputy_for_id,
                version: m.version,
                created_at: m.created_at,
                updated_at: m.updated_at,
                names,
                confirmed: m.confirmed_at.is_some(),
                confirmed_at: m.confirmed_at,
                allowed_actions: actions(caller, manages, m.confirmed_at.is_some()),
            });
        }
        Ok(out)
    }
}

/// What `caller` may do with a term: change it when they run its council; confirm it when they
/// are a coordinator or admin and it is not confirmed yet.
fn actions(caller: &Caller, manages: bool, confirmed: bool) -> Vec<Action> {
    let mut actions = if manages { vec![Action::Update] } else { vec![] };
    if caller.is_editor() && !confirmed {
        actions.push(Action::Confirm);
    }
    actions
}

/// A term a coordinator or admin writes is confirmed by them.
fn confirmed_by(caller: &Caller) -> (Option<chrono::DateTime<chrono::Utc>>, Option<Uuid>) {
    if caller.is_editor() { (Some(now()), caller.actor()) } else { (None, None) }
}

impl Create for Memberships {
    type New = NewMembership;

    async fn insert(
        db: &impl ConnectionTrait,
        caller: &Caller,
        council: Uuid,
        input: NewMembership,
    ) -> ApiResult<membership::Model> {
        let (confirmed_at, confirmed_by) = confirmed_by(caller);
        let seat_role = match input.seat_id {
            Some(s) => seat::Entity::find_by_id(s).one(db).await?.map(|s| s.role),
            None => None,
        };
        Term {
            council_id: council,
            person_id: input.person_id,
            seat_id: input.seat_id,
            on_behalf_of_id: input.on_behalf_of_id,
            start: input.start_date.naive(),
            end: input.end_date.naive(),
            deputy_for_id: input.deputy_for_id,
            existing: None,
        }
        .check(db)
        .await?;
        write::insert(
            db,
            ActiveModel {
                council_id: Set(council),
                person_id: Set(input.person_id),
                seat_id: Set(input.seat_id),
                role: Set(input.role.or(seat_role).unwrap_or(CouncilRole::Member)),
                on_behalf_of_id: Set(input.on_behalf_of_id),
                start_date: Set(input.start_date.naive()),
                end_date: Set(input.end_date.naive()),
                deputy_for_id: Set(input.deputy_for_id),
                confirmed_at: Set(confirmed_at),
                confirmed_by: Set(confirmed_by),
                ..Default::default()
            },
        )
        .await
    }
}

impl Update for Memberships {
    type Patch = MembershipPatch;

    async fn apply(
        db: &impl ConnectionTrait,
        caller: &Caller,
        current: &membership::Model,
        p: MembershipPatch,
    ) -> ApiResult<ActiveOf<Self>> {
        let t = Term {
            council_id: current.council_id,
            person_id: current.person_id,
            seat_id: current.seat_id,
            on_behalf_of_id: p.on_behalf_of_id.unwrap_or(current.on_behalf_of_id),
            start: p.start_date.naive().unwrap_or(current.start_date),
            end: p.end_date.naive().unwrap_or(current.end_date),
            deputy_for_id: p.deputy_for_id.unwrap_or(current.deputy_for_id),
            existing: Some(current.id),
        };
        t.check(db).await?;
        let role = p.role.unwrap_or(current.role);
        let confirmation = match p.confirmed {
            // Only editors get here with `confirmed` (the kit refuses it from anyone else).
            Some(true) => confirmed_by(caller),
            Some(false) => (None, None),
            None if caller.is_editor() => (current.confirmed_at, current.confirmed_by),
            None => {
                let same_otherwise = role == current.role
                    && t.on_behalf_of_id == current.on_behalf_of_id
                    && t.deputy_for_id == current.deputy_for_id;
                if terms::stays_confirmed((current.start_date, current.end_date), (t.start, t.end), same_otherwise) {
                    (current.confirmed_at, current.confirmed_by)
                } else {
                    (None, None)
                }
            }
        };
        Ok(ActiveModel {
            role: Set(role),
            start_date: Set(t.start),
            end_date: Set(t.end),
            on_behalf_of_id: Set(t.on_behalf_of_id),
            deputy_for_id: Set(t.deputy_for_id),
            confirmed_at: Set(confirmation.0),
            confirmed_by: Set(confirmation.1),
            ..Default::default()
        })
    }
}
