//! The wire types of meetings.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::domain::contact::WebAddress;
use crate::domain::meeting::{MeetingMode, MeetingStatus};
use crate::domain::role::Action;
use crate::domain::text::{Line, Name, Text};
use crate::domain::time::{Day, Moment};
use crate::kit::Names;

#[derive(Debug, Serialize, ToSchema)]
pub struct Meeting {
    pub id: Uuid,
    pub council_id: Uuid,
    pub title: String,
    /// UTC; shown in Europe/Stockholm.
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub location: Option<String>,
    pub online_url: Option<String>,
    pub mode: MeetingMode,
    pub status: MeetingStatus,
    pub description: Option<String>,
    /// Why it was cancelled (when `status` is `cancelled`).
    pub cancel_reason: Option<String>,
    pub cancelled_at: Option<DateTime<Utc>>,
    pub agenda_published_at: Option<DateTime<Utc>>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub names: Names,
    pub allowed_actions: Vec<Action>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMeeting {
    pub council_id: Uuid,
    pub title: Name,
    pub starts_at: Moment,
    /// After `starts_at`, at most 24 hours later.
    pub ends_at: Moment,
    pub location: Option<Line<300>>,
    pub online_url: Option<WebAddress>,
    /// Default `in_person`.
    pub mode: Option<MeetingMode>,
    pub description: Option<Text>,
}

crate::patch_body! {
    /// The fields to change; absent fields stay, `null` clears an optional field. `status` may
    /// only become `held` here (the agenda is published, the minutes adjusted and a meeting
    /// cancelled by their own operations).
    pub struct MeetingPatch {
        title: Name,
        starts_at: Moment,
        ends_at: Moment,
        location: Line<300> | null,
        online_url: WebAddress | null,
        mode: MeetingMode,
        status: MeetingStatus,
        description: Text | null,
    }
}

/// Why a meeting is cancelled.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Cancellation {
    pub reason: Name<1000>,
}

/// The period to fill with the council's cadence: at most two years.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GenerateRequest {
    pub from: Day,
    /// Inclusive; at most two years after `from`.
    pub to: Day,
}

/// What `generate` did.
#[derive(Debug, Serialize, ToSchema)]
pub struct Generated {
    /// The meetings it created, in time order.
    pub created: Vec<Meeting>,
    /// Dates of the cadence it left out: a meeting of the council already starts then or
    /// overlaps them (cancelled ones count, so a cancelled meeting is not made again).
    pub skipped: usize,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MeetingFilters {
    pub council_id: Option<Uuid>,
    /// Only meetings that start on or after this date (in Stockholm).
    pub from: Option<Day>,
    /// Only meetings that start on or before this date (in Stockholm).
    pub to: Option<Day>,
    pub status: Option<MeetingStatus>,
    /// `true`: only meetings of the councils the caller sits on today (as a person).
    pub mine: Option<bool>,
}

/// A meeting of a public council, as the public pages show it.
#[derive(Debug, Serialize, ToSchema)]
pub struct PublicMeeting {
    pub id: Uuid,
    pub council_id: Uuid,
    pub council_name: String,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub location: Option<String>,
    pub mode: MeetingMode,
    pub status: MeetingStatus,
    /// Why it was cancelled.
    pub cancel_reason: Option<String>,
    /// Its adjusted minutes can be read (their public part).
    pub minutes_available: bool,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PublicMeetingFilters {
    pub council_id: Option<Uuid>,
    /// Only meetings that start on or after this date (in Stockholm).
    pub from: Option<Day>,
    /// Only meetings that start on or before this date (in Stockholm).
    pub to: Option<Day>,
    /// `earliest_first` (the default: what comes next) or `latest_first` (what was last: for past
    /// meetings).
    #[param(inline)]
    pub order: Option<MeetingOrder>,
}

/// The order of a list of meetings, by when they start.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MeetingOrder {
    #[default]
    EarliestFirst,
    LatestFirst,
}
