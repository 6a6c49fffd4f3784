//! Attendance rows: invitations of a council's current members to its meetings.

use std::collections::HashSet;

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use super::access::current_on;
use crate::domain::attendance::{Presence, Rsvp};
use crate::entities::attendance::{self, ActiveModel, Entity as Attendance};
use crate::entities::membership::{self, Entity as Membership};
use crate::error::ApiResult;

/// Invite to each of `meetings` (of `council`) every person who sits on the council on `day`
/// and is not invited yet (one row per person, for their term); two statements and one insert.
pub async fn invite_members(
    db: &impl ConnectionTrait,
    council: Uuid,
    meetings: &[Uuid],
    day: NaiveDate,
) -> ApiResult<usize> {
    if meetings.is_empty() {
        return Ok(0);
    }
    let terms =
        Membership::find().filter(membership::Column::CouncilId.eq(council)).filter(current_on(day)).all(db).await?;
    let invited: HashSet<(Uuid, Uuid)> = Attendance::find()
        .filter(attendance::Column::MeetingId.is_in(meetings.iter().copied()))
        .filter(attendance::Column::PersonId.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .filter_map(|a| a.person_id.map(|p| (a.meeting_id, p)))
        .collect();
    let t = crate::db::now();
    let mut seen = invited;
    let mut rows = vec![];
    for m in meetings {
        for term in &terms {
            if seen.insert((*m, term.person_id)) {
                rows.push(ActiveModel {
                    id: Set(Uuid::now_v7()),
                    version: Set(1),
                    created_at: Set(t),
                    updated_at: Set(t),
                    meeting_id: Set(*m),
                    person_id: Set(Some(term.person_id)),
                    membership_id: Set(Some(term.id)),
                    substitute_for_membership_id: Set(None),
                    guest_name: Set(None),
                    guest_organization: Set(None),
                    rsvp: Set(Rsvp::Invited),
                    presence: Set(Presence::Unknown),
                });
            }
        }
    }
    let n = rows.len();
    for chunk in rows.chunks(500) {
        Attendance::insert_many(chunk.to_vec()).exec_without_returning(db).await?;
    }
    Ok(n)
}
