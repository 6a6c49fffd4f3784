//! The wire types of attendance.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::domain::attendance::{Presence, Rsvp};
use crate::domain::role::Action;
use crate::domain::text::Name;
use crate::kit::Names;

/// One invitee or guest of a meeting.
#[derive(Debug, Serialize, ToSchema)]
pub struct Attendance {
    pub id: Uuid,
    pub meeting_id: Uuid,
    /// The person (a member, or someone added by name); `null` for a guest given by name only.
    pub person_id: Option<Uuid>,
    /// The term the member was invited for.
    pub membership_id: Option<Uuid>,
    /// The member this person attends for, as their deputy (ersättare).
    pub substitute_for_membership_id: Option<Uuid>,
    pub guest_name: Option<String>,
    pub guest_organization: Option<String>,
    pub rsvp: Rsvp,
    pub presence: Presence,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub names: Names,
    pub allowed_actions: Vec<Action>,
}

/// Someone to add: a person (by id), or a guest by name.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAttendance {
    /// A person in the register; give either this or `guest_name`.
    pub person_id: Option<Uuid>,
    pub guest_name: Option<Name>,
    pub guest_organization: Option<Name>,
    /// The member this person attends for, as their deputy.
    pub substitute_for_membership_id: Option<Uuid>,
}

crate::patch_body! {
    /// An answer, or (for those who run the council) who came. The invitee may change only
    /// their own `rsvp`.
    pub struct AttendancePatch {
        rsvp: Rsvp,
        presence: Presence,
        substitute_for_membership_id: Uuid | null,
    }
}
