//! Agenda points: the meeting they are written to (locked, refused once cancelled or
//! adjusted), and appending one — shared by the agenda API and an inquiry proposed as a point.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect, Set};
use uuid::Uuid;

use crate::domain::agenda::{AgendaItemKind, MAX_ITEMS};
use crate::domain::classification::Classification;
use crate::domain::meeting::MeetingStatus;
use crate::entities::agenda_item::{ActiveModel, Column, Entity, Model};
use crate::entities::meeting;
use crate::error::{ApiError, ApiResult, ProblemCode};

/// The meeting an agenda belongs to, locked for writing; 409 once it is cancelled or its
/// minutes are adjusted.
pub async fn meeting_for_writing(db: &impl ConnectionTrait, id: Uuid) -> ApiResult<meeting::Model> {
    let m = meeting::Entity::find_by_id(id).lock_exclusive().one(db).await?.ok_or(ApiError::NotFound)?;
    match m.status {
        MeetingStatus::Cancelled => {
            Err(ApiError::conflict(ProblemCode::MeetingCancelled, "The meeting was cancelled; it is history."))
        }
        MeetingStatus::MinutesAdjusted => {
            Err(ApiError::conflict(ProblemCode::MeetingLocked, "The meeting's minutes are adjusted; it is locked."))
        }
        _ => Ok(m),
    }
}

/// How many points `meeting` has.
pub async fn count_of(db: &impl ConnectionTrait, meeting: Uuid) -> ApiResult<u64> {
    Ok(Entity::find().filter(Column::MeetingId.eq(meeting)).count(db).await?)
}

/// A new point's fields.
pub struct Point {
    pub title: String,
    pub kind: AgendaItemKind,
    pub presenter_person_id: Option<Uuid>,
    pub organization_id: Option<Uuid>,
    pub duration_minutes: Option<i32>,
    pub classification: Classification,
    pub description: Option<String>,
    pub standing: bool,
}

/// Append `p` to `meeting`'s agenda (after a published agenda's last point too: an extra
/// point); 409 when the agenda is full or the meeting is locked.
pub async fn append(db: &impl ConnectionTrait, meeting: Uuid, p: Point) -> ApiResult<Model> {
    let m = meeting_for_writing(db, meeting).await?;
    let n = count_of(db, m.id).await?;
    if n as usize >= MAX_ITEMS {
        return Err(ApiError::conflict(
            ProblemCode::AgendaFull,
            format!("An agenda holds at most {MAX_ITEMS} points."),
        ));
    }
    crate::kit::write::insert(
        db,
        ActiveModel {
            meeting_id: Set(m.id),
            council_id: Set(m.council_id),
            number: Set(n as i32 + 1),
            title: Set(p.title),
            kind: Set(p.kind),
            presenter_person_id: Set(p.presenter_person_id),
            organization_id: Set(p.organization_id),
            duration_minutes: Set(p.duration_minutes),
            classification: Set(p.classification),
            description: Set(p.description),
            standing: Set(p.standing),
            ..Default::default()
        },
    )
    .await
}
