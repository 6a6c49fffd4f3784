//! The wire types of memberships (terms).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::domain::council::CouncilRole;
use crate::domain::role::Action;
use crate::domain::time::Day;
use crate::kit::Names;

#[derive(Debug, Serialize, ToSchema)]
pub struct Membership {
    pub id: Uuid,
    pub council_id: Uuid,
    pub person_id: Uuid,
    pub seat_id: Option<Uuid>,
    pub role: CouncilRole,
    /// The organization the person sits for.
    pub on_behalf_of_id: Option<Uuid>,
    pub start_date: NaiveDate,
    /// Last day of the term (inclusive); `null` while it runs.
    pub end_date: Option<NaiveDate>,
    /// The membership this one is the deputy (ersättare) for.
    pub deputy_for_id: Option<Uuid>,
    /// The term runs today (in Stockholm).
    pub current: bool,
    /// A coordinator or admin created or confirmed the term. Only confirmed terms let their
    /// holders see the other members' contact details; a term a chair or secretary makes, or
    /// later lengthens or changes, waits for confirmation.
    pub confirmed: bool,
    pub confirmed_at: Option<DateTime<Utc>>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub names: Names,
    pub allowed_actions: Vec<Action>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMembership {
    pub person_id: Uuid,
    pub seat_id: Option<Uuid>,
    /// Default: the seat's role, or `member`.
    pub role: Option<CouncilRole>,
    pub on_behalf_of_id: Option<Uuid>,
    pub start_date: Day,
    pub end_date: Option<Day>,
    pub deputy_for_id: Option<Uuid>,
}

crate::patch_body! {
    /// Change a term: end it, or correct it. Person, seat and council stay.
    pub struct MembershipPatch {
        /// `true` confirms the term as it is after this change; `false` withdraws the
        /// confirmation.
        editors confirmed: bool,
        role: CouncilRole,
        on_behalf_of_id: Uuid | null,
        start_date: Day,
        end_date: Day | null,
        deputy_for_id: Uuid | null,
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MembershipFilters {
    /// Only terms running on this date.
    pub at: Option<Day>,
    /// Only terms running today (`true`) or ended or not yet begun (`false`).
    pub current: Option<bool>,
}
