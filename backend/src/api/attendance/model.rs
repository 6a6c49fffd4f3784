//! Attendance as a resource: invitations (made when a meeting is created and its agenda
//! published), answers, presence, deputies and guests.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use super::types::{Attendance, AttendancePatch, NewAttendance};
use crate::domain::attendance::{Presence, Rsvp};
use crate::domain::audit::EntityType;
use crate::domain::meeting::MeetingStatus;
use crate::domain::role::Action;
use crate::domain::text::Name;
use crate::domain::validation::{FieldCode, FieldError};
use crate::entities::attendance::{ActiveModel, Column, Entity, Model};
use crate::entities::{meeting, membership, person};
use crate::error::{ApiError, ApiResult, ProblemCode};
use crate::kit::{ActiveOf, Caller, Create, Named, Refs, Resource, Update, names, write};
use crate::store::check_exists;

pub struct Attendances;

impl Resource for Attendances {
    type Entity = Entity;
    type Out = Attendance;
    /// The meeting.
    type Scope = Uuid;
    const ENTITY: EntityType = EntityType::Attendance;

    fn location(meeting: Uuid, id: Uuid) -> String {
        format!("/api/v1/meetings/{meeting}/attendance/{id}")
    }

    fn in_scope(row: &Model, meeting: Uuid) -> bool {
        row.meeting_id == meeting
    }

    async fn present(db: &impl ConnectionTrait, caller: &Caller, rows: Vec<Model>) -> ApiResult<Vec<Attendance>> {
        let refs: Vec<Refs> = rows
            .iter()
            .map(|a| {
                Refs::new()
                    .one(Named::Person, a.person_id)
                    .one(Named::Membership, a.substitute_for_membership_id)
                    .one(Named::Meeting, Some(a.meeting_id))
            })
            .collect();
        // A page is one meeting's: one council to ask about.
        let meeting = match rows.first() {
            Some(a) => meeting::Entity::find_by_id(a.meeting_id).one(db).await?,
            None => None,
        };
        let manages = match &meeting {
            Some(m) => caller.manages(db, m.council_id).await?,
            None => false,
        };
        // A cancelled meeting, or one whose minutes are adjusted, is history.
        let open = meeting.as_ref().is_some_and(|m| !is_history(m.status));
        let me = caller.seats(db).await?.person_id;
        Ok(rows
            .into_iter()
            .zip(names::resolve(db, &refs).await?)
            .map(|(a, names)| {
                let own = me.is_some() && a.person_id == me;
                let allowed_actions = match (open, manages, own) {
                    (false, ..) => vec![],
                    (true, true, true) => vec![Action::Update, Action::Rsvp],
                    (true, true, false) => vec![Action::Update],
                    (true, false, true) => vec![Action::Rsvp],
                    (true, false, false) => vec![],
                };
                Attendance {
                    id: a.id,
                    meeting_id: a.meeting_id,
                    person_id: a.person_id,
                    membership_id: a.membership_id,
                    substitute_for_membership_id: a.substitute_for_membership_id,
                    guest_name: a.guest_name,
                    guest_organization: a.guest_organization,
                    rsvp: a.rsvp,
                    presence: a.presence,
                    version: a.version,
                    created_at: a.created_at,
                    updated_at: a.updated_at,
                    names,
                    allowed_actions,
                }
            })
            .collect())
    }
}

/// 422 unless `term` is a term of `council`.
async fn check_term_of(db: &impl ConnectionTrait, council: Uuid, term: Option<Uuid>) -> ApiResult<()> {
    let Some(t) = term else { return Ok(()) };
    match membership::Entity::find_by_id(t).one(db).await? {
        Some(m) if m.council_id == council => Ok(()),
        _ => Err(FieldError::new(
            "substitute_for_membership_id",
            FieldCode::NotFound,
            "No term of this council has this id.",
        )
        .into()),
    }
}

impl Create for Attendances {
    type New = NewAttendance;

    fn validate(input: &NewAttendance) -> ApiResult<()> {
        match (&input.person_id, &input.guest_name) {
            (None, None) => {
                Err(FieldError::new("guest_name", FieldCode::Required, "Give a person or a guest's name.").into())
            }
            (Some(_), Some(_)) => {
                Err(FieldError::new("guest_name", FieldCode::Invalid, "Give a person or a guest's name, not both.")
                    .into())
            }
            _ => Ok(()),
        }
    }

    async fn insert(db: &impl ConnectionTrait, _: &Caller, meeting_id: Uuid, input: NewAttendance) -> ApiResult<Model> {
        let m = meeting::Entity::find_by_id(meeting_id).one(db).await?.ok_or(ApiError::NotFound)?;
        check_exists::<person::Entity>(db, "person_id", input.person_id, "person").await?;
        check_term_of(db, m.council_id, input.substitute_for_membership_id).await?;
        if let Some(p) = input.person_id
            && Entity::find().filter(Column::MeetingId.eq(m.id)).filter(Column::PersonId.eq(p)).one(db).await?.is_some()
        {
            return Err(ApiError::conflict(ProblemCode::Duplicate, "This person is on the meeting's list already."));
        }
        write::insert(
            db,
            ActiveModel {
                meeting_id: Set(m.id),
                person_id: Set(input.person_id),
                membership_id: Set(None),
                substitute_for_membership_id: Set(input.substitute_for_membership_id),
                guest_name: Set(input.guest_name.map(Name::into_string)),
                guest_organization: Set(input.guest_organization.map(Name::into_string)),
                rsvp: Set(Rsvp::Accepted),
                presence: Set(Presence::Unknown),
                ..Default::default()
            },
        )
        .await
    }
}

/// Whether a meeting in `status` is history: cancelled, or its minutes adjusted.
fn is_history(status: MeetingStatus) -> bool {
    matches!(status, MeetingStatus::Cancelled | MeetingStatus::MinutesAdjusted)
}

/// Whether `caller` may make change `p` to `row`: those who run the council anything; an
/// invitee only their own answer.
pub fn check_may_change(manages: bool, me: Option<Uuid>, row: &Model, p: &AttendancePatch) -> ApiResult<()> {
    if manages {
        return Ok(());
    }
    let own = me.is_some() && row.person_id == me;
    let only_rsvp = p.presence.is_none() && p.substitute_for_membership_id.is_none();
    if own && only_rsvp { Ok(()) } else { Err(ApiError::Forbidden) }
}

impl Update for Attendances {
    type Patch = AttendancePatch;

    async fn apply(
        db: &impl ConnectionTrait,
        caller: &Caller,
        current: &Model,
        p: AttendancePatch,
    ) -> ApiResult<ActiveOf<Self>> {
        let m = meeting::Entity::find_by_id(current.meeting_id).one(db).await?.ok_or(ApiError::NotFound)?;
        if is_history(m.status) {
            return Err(ApiError::conflict(
                ProblemCode::MeetingLocked,
                "The meeting was cancelled or its minutes are adjusted: its attendance is history.",
            ));
        }
        let manages = caller.manages(db, m.council_id).await?;
        check_may_change(manages, caller.seats(db).await?.person_id, current, &p)?;
        let mut a = ActiveModel::default();
        if let Some(r) = p.rsvp {
            a.rsvp = Set(r);
        }
        if let Some(pr) = p.presence {
            a.presence = Set(pr);
        }
        if let Some(s) = p.substitute_for_membership_id {
            check_term_of(db, m.council_id, s).await?;
            a.substitute_for_membership_id = Set(s);
        }
        Ok(a)
    }
}
