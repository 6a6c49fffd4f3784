//! Meetings as a resource: how they are shown, scheduled, changed, cancelled and generated from
//! a council's cadence.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, EntityTrait, QuerySelect, Set};
use serde_json::json;
use uuid::Uuid;

use super::types::{Meeting, MeetingPatch, NewMeeting};
use crate::domain::audit::EntityType;
use crate::domain::event::EventType;
use crate::domain::meeting::{self, MeetingMode, MeetingStatus};
use crate::domain::role::Action;
use crate::domain::text::Blank;
use crate::domain::time::{Naive, today};
use crate::domain::validation::{FieldCode, FieldError};
use crate::entities::council;
use crate::entities::meeting::{ActiveModel, Entity, Model};
use crate::error::{ApiError, ApiResult, ProblemCode};
use crate::kit::{ActiveOf, Caller, Create, Named, Refs, Resource, Update, names, write};
use crate::store::meetings::of_council_between;
use crate::store::outbox::{self, Event};

pub struct Meetings;

/// What `caller` may do with a meeting of a council they run.
fn actions(m: &Model, manages: bool) -> Vec<Action> {
    if !manages || m.status == MeetingStatus::Cancelled || m.status == MeetingStatus::MinutesAdjusted {
        return vec![];
    }
    let mut actions = vec![Action::Update];
    if m.status.cancellable() {
        actions.push(Action::Cancel);
    }
    if m.agenda_published_at.is_none() {
        actions.push(Action::PublishAgenda);
    }
    actions
}

impl Resource for Meetings {
    type Entity = Entity;
    type Out = Meeting;
    type Scope = ();
    const ENTITY: EntityType = EntityType::Meeting;

    fn location(_: (), id: Uuid) -> String {
        format!("/api/v1/meetings/{id}")
    }

    async fn present(db: &impl ConnectionTrait, caller: &Caller, rows: Vec<Model>) -> ApiResult<Vec<Meeting>> {
        let refs: Vec<Refs> = rows.iter().map(|m| Refs::new().one(Named::Council, Some(m.council_id))).collect();
        let mut out = Vec::with_capacity(rows.len());
        for (m, names) in rows.into_iter().zip(names::resolve(db, &refs).await?) {
            let allowed_actions = actions(&m, caller.manages(db, m.council_id).await?);
            out.push(Meeting {
                id: m.id,
                council_id: m.council_id,
                title: m.title,
                starts_at: m.starts_at,
                ends_at: m.ends_at,
                location: m.location,
                online_url: m.online_url,
                mode: m.mode,
                status: m.status,
                description: m.description,
                cancel_reason: m.cancel_reason,
                cancelled_at: m.cancelled_at,
                agenda_published_at: m.agenda_published_at,
                version: m.version,
                created_at: m.created_at,
                updated_at: m.updated_at,
                names,
                allowed_actions,
            });
        }
        Ok(out)
    }
}

/// The council a meeting belongs to, locked (on PostgreSQL; SQLite writes one transaction at a
/// time) so that two writers cannot both take the same time; 409 when it no longer meets.
pub async fn council_for_writing(db: &impl ConnectionTrait, id: Uuid, field: &str) -> ApiResult<council::Model> {
    let c = council::Entity::find_by_id(id)
        .lock_exclusive()
        .one(db)
        .await?
        .ok_or_else(|| ApiError::field(field, FieldCode::NotFound, "No council has this id."))?;
    if !c.status.meets() {
        return Err(ApiError::conflict(
            ProblemCode::CouncilNotMeeting,
            "The council is dissolved; it holds no meetings.",
        ));
    }
    Ok(c)
}

/// 409 when another meeting of `council` (not cancelled, not `except`) takes part of the time.
async fn check_free(
    db: &impl ConnectionTrait,
    council: Uuid,
    time: (DateTime<Utc>, DateTime<Utc>),
    except: Option<Uuid>,
) -> ApiResult<()> {
    let taken = of_council_between(db, council, time.0, time.1).await?;
    if let Some(other) = taken.iter().find(|m| m.status.occupies_time() && Some(m.id) != except) {
        return Err(ApiError::conflict(
            ProblemCode::MeetingOverlaps,
            format!(
                "The council meets then already: \"{}\", {} to {}.",
                other.title,
                other.starts_at.format("%Y-%m-%d %H:%M UTC"),
                other.ends_at.format("%H:%M UTC")
            ),
        ));
    }
    Ok(())
}

/// The outbox event that tells of a meeting.
pub fn event(kind: EventType, m: &Model) -> Event {
    Event {
        event: kind,
        entity_type: EntityType::Meeting,
        entity_id: m.id,
        payload: json!({
            "meeting_id": m.id, "council_id": m.council_id, "title": m.title,
            "starts_at": m.starts_at, "ends_at": m.ends_at, "status": m.status,
        }),
    }
}

/// The row of a new meeting (not yet written).
pub fn new_row(council: Uuid, title: String, time: (DateTime<Utc>, DateTime<Utc>)) -> ActiveModel {
    ActiveModel {
        council_id: Set(council),
        title: Set(title),
        starts_at: Set(time.0),
        ends_at: Set(time.1),
        mode: Set(MeetingMode::InPerson),
        status: Set(MeetingStatus::Planned),
        ..Default::default()
    }
}

/// What every new meeting of `council` gets: its current members invited, and a draft of its
/// minutes.
async fn prepare(db: &impl ConnectionTrait, council: Uuid, meetings: &[(Uuid, DateTime<Utc>)]) -> ApiResult<()> {
    let ids: Vec<Uuid> = meetings.iter().map(|(id, _)| *id).collect();
    crate::store::attendance::invite_members(db, council, &ids, today()).await?;
    crate::store::minutes::create_drafts(db, council, meetings).await
}

/// Publish `current`'s agenda: its numbers are fixed, the council's current members not yet
/// invited are, and the outbox tells of it. 409 when it is published already.
pub async fn publish_agenda(db: &impl ConnectionTrait, current: &Model) -> ApiResult<ActiveModel> {
    check_open(current)?;
    if current.agenda_published_at.is_some() {
        return Err(ApiError::conflict(ProblemCode::AgendaPublished, "The agenda is published already."));
    }
    crate::store::attendance::invite_members(db, current.council_id, &[current.id], today()).await?;
    let mut after = current.clone();
    after.status = MeetingStatus::AgendaPublished;
    outbox::emit(db, vec![event(EventType::AgendaPublished, &after)]).await?;
    let mut changes = ActiveModel { agenda_published_at: Set(Some(crate::db::now())), ..Default::default() };
    if current.status == MeetingStatus::Planned {
        changes.status = Set(MeetingStatus::AgendaPublished);
    }
    Ok(changes)
}

impl Create for Meetings {
    type New = NewMeeting;

    fn validate(input: &NewMeeting) -> ApiResult<()> {
        meeting::check_times(input.starts_at.naive(), input.ends_at.naive()).map_err(Into::into)
    }

    async fn insert(db: &impl ConnectionTrait, _: &Caller, _: (), input: NewMeeting) -> ApiResult<Model> {
        let council = council_for_writing(db, input.council_id, "council_id").await?;
        let time = (input.starts_at.naive(), input.ends_at.naive());
        check_free(db, council.id, time, None).await?;
        let mut row = new_row(council.id, input.title.into_string(), time);
        row.location = Set(input.location.or_none());
        row.online_url = Set(input.online_url.or_none());
        row.mode = Set(input.mode.unwrap_or(MeetingMode::InPerson));
        row.description = Set(input.description.or_none());
        let m = write::insert(db, row).await?;
        prepare(db, council.id, &[(m.id, m.starts_at)]).await?;
        outbox::emit(db, vec![event(EventType::MeetingScheduled, &m)]).await?;
        Ok(m)
    }
}

/// 409 unless the meeting may still be changed: not cancelled, minutes not adjusted.
pub fn check_open(m: &Model) -> ApiResult<()> {
    match m.status {
        MeetingStatus::Cancelled => {
            Err(ApiError::conflict(ProblemCode::MeetingCancelled, "The meeting was cancelled; it is history."))
        }
        MeetingStatus::MinutesAdjusted => Err(ApiError::conflict(
            ProblemCode::MeetingLocked,
            "The meeting's minutes are adjusted; the meeting is locked.",
        )),
        _ => Ok(()),
    }
}

impl Update for Meetings {
    type Patch = MeetingPatch;

    fn validate(p: &MeetingPatch) -> ApiResult<()> {
        if let (Some(s), Some(e)) = (p.starts_at, p.ends_at) {
            meeting::check_times(s.naive(), e.naive())?;
        }
        Ok(())
    }

    async fn apply(
        db: &impl ConnectionTrait,
        _: &Caller,
        current: &Model,
        p: MeetingPatch,
    ) -> ApiResult<ActiveOf<Self>> {
        check_open(current)?;
        let mut m = ActiveModel::default();
        if let Some(next) = p.status {
            if !current.status.may_become(next) {
                return Err(ApiError::Validation(vec![FieldError::new(
                    "status",
                    FieldCode::Invalid,
                    format!("A {} meeting cannot become {} here.", current.status.as_str(), next.as_str()),
                )]));
            }
            m.status = Set(next);
        }
        let time = (p.starts_at.naive().unwrap_or(current.starts_at), p.ends_at.naive().unwrap_or(current.ends_at));
        if time != (current.starts_at, current.ends_at) {
            meeting::check_times(time.0, time.1)?;
            council_for_writing(db, current.council_id, "council_id").await?;
            check_free(db, current.council_id, time, Some(current.id)).await?;
            (m.starts_at, m.ends_at) = (Set(time.0), Set(time.1));
        }
        if let Some(t) = p.title {
            m.title = Set(t.into_string());
        }
        if let Some(l) = p.location {
            m.location = Set(l.or_none());
        }
        if let Some(u) = p.online_url {
            m.online_url = Set(u.or_none());
        }
        if let Some(mode) = p.mode {
            m.mode = Set(mode);
        }
        if let Some(d) = p.description {
            m.description = Set(d.or_none());
        }
        Ok(m)
    }
}

/// Cancel `current` for `reason`: 409 once it has been held; the row stays, with its reason.
pub async fn cancel(db: &impl ConnectionTrait, current: &Model, reason: String) -> ApiResult<ActiveModel> {
    check_open(current)?;
    if !current.status.cancellable() {
        return Err(ApiError::conflict(
            ProblemCode::NotCancellable,
            "The meeting has been held; it cannot be cancelled.",
        ));
    }
    let mut after = current.clone();
    after.status = MeetingStatus::Cancelled;
    outbox::emit(db, vec![event(EventType::MeetingCancelled, &after)]).await?;
    Ok(ActiveModel {
        status: Set(MeetingStatus::Cancelled),
        cancel_reason: Set(Some(reason)),
        cancelled_at: Set(Some(crate::db::now())),
        ..Default::default()
    })
}

/// Fill `from`–`to` with the meetings of `council`'s cadence, in `db` (a transaction): never a
/// second meeting at a time one starts (cancelled ones included, so a cancelled meeting is not
/// made again) nor one that overlaps another; each new meeting recorded in the audit log and
/// announced in the outbox. The new rows, and how many dates were left out.
pub async fn generate(
    db: &impl ConnectionTrait,
    caller: &Caller,
    council_id: Uuid,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> ApiResult<(Vec<Model>, usize)> {
    let council = council_for_writing(db, council_id, "council_id").await?;
    let cadence = crate::store::councils::cadence_of(&council).ok_or_else(|| {
        ApiError::conflict(ProblemCode::NoCadence, "The council has no cadence to generate meetings from.")
    })?;
    let starts_on = council.founded_on.unwrap_or_else(|| council.created_at.date_naive());
    let dates = meeting::series_between(&cadence, starts_on, from, to);
    let (Some(first), Some(last)) = (dates.first(), dates.last()) else { return Ok((vec![], 0)) };
    let mut taken: Vec<(DateTime<Utc>, DateTime<Utc>, bool)> = of_council_between(db, council.id, first.0, last.1)
        .await?
        .into_iter()
        .map(|m| (m.starts_at, m.ends_at, m.status.occupies_time()))
        .collect();
    let (mut rows, mut skipped) = (vec![], 0);
    let t = crate::db::now();
    for time in dates {
        let clash =
            taken.iter().any(|(s, e, occupies)| *s == time.0 || (*occupies && meeting::overlap((*s, *e), time)));
        if clash {
            skipped += 1;
            continue;
        }
        taken.push((time.0, time.1, true));
        rows.push(Model {
            id: Uuid::now_v7(),
            version: 1,
            created_at: t,
            updated_at: t,
            council_id: council.id,
            title: council.name.clone(),
            starts_at: time.0,
            ends_at: time.1,
            location: None,
            online_url: None,
            mode: MeetingMode::InPerson,
            status: MeetingStatus::Planned,
            description: None,
            cancel_reason: None,
            cancelled_at: None,
            agenda_published_at: None,
        });
    }
    if rows.is_empty() {
        return Ok((rows, skipped));
    }
    Entity::insert_many(rows.iter().cloned().map(ActiveModel::from)).exec_without_returning(db).await?;
    prepare(db, council.id, &rows.iter().map(|m| (m.id, m.starts_at)).collect::<Vec<_>>()).await?;
    let presented = Meetings::present(db, caller, rows.clone()).await?;
    let audited = rows.iter().zip(&presented).map(|(m, out)| (m.id, crate::audit::created(&Meetings::audit(out))));
    crate::audit::record_many(
        db,
        caller.actor(),
        crate::audit::AuditAction::Create,
        EntityType::Meeting,
        audited.collect(),
    )
    .await?;
    outbox::emit(db, rows.iter().map(|m| event(EventType::MeetingScheduled, m)).collect()).await?;
    Ok((rows, skipped))
}
