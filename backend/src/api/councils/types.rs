//! The wire types of councils.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::domain::cadence::Cadence;
use crate::domain::council::{CouncilKind, CouncilStatus, Mandate};
use crate::domain::role::Action;
use crate::domain::text::{Ids, Name, Text};
use crate::domain::time::Day;
use crate::kit::Names;

#[derive(Debug, Serialize, ToSchema)]
pub struct Council {
    pub id: Uuid,
    pub name: String,
    pub kind: CouncilKind,
    pub parent_id: Option<Uuid>,
    pub area_ids: Vec<Uuid>,
    pub status: CouncilStatus,
    pub founded_on: Option<NaiveDate>,
    pub dissolved_on: Option<NaiveDate>,
    pub cadence: Option<Cadence>,
    /// The next five meetings from the cadence, in the cadence's time zone (read-only). Only on
    /// a single council (get, create, update), not in lists.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Vec<String>>, example = json!(["2026-12-08T18:00:00+01:00"]))]
    pub next_meetings: Option<Vec<DateTime<FixedOffset>>>,
    pub mandate: Option<Mandate>,
    pub description: Option<String>,
    /// Shown on the public pages.
    pub is_public: bool,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub names: Names,
    pub allowed_actions: Vec<Action>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCouncil {
    pub name: Name,
    pub kind: CouncilKind,
    pub parent_id: Option<Uuid>,
    #[serde(default)]
    pub area_ids: Ids<200>,
    /// Default `proposed`.
    pub status: Option<CouncilStatus>,
    pub founded_on: Option<Day>,
    pub dissolved_on: Option<Day>,
    pub cadence: Option<Cadence>,
    pub mandate: Option<Mandate>,
    pub description: Option<Text>,
    #[serde(default)]
    pub is_public: bool,
}

crate::patch_body! {
    /// The fields to change; absent fields stay, `null` clears an optional field. A council's
    /// chair or secretary may change its name, description and cadence; the rest is for
    /// coordinators and admins.
    pub struct CouncilPatch {
        name: Name,
        editors kind: CouncilKind,
        editors parent_id: Uuid | null,
        editors area_ids: Ids<200>,
        editors status: CouncilStatus,
        editors founded_on: Day | null,
        editors dissolved_on: Day | null,
        cadence: Cadence | null,
        editors mandate: Mandate | null,
        description: Text | null,
        editors is_public: bool,
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CouncilFilters {
    pub kind: Option<CouncilKind>,
    pub status: Option<CouncilStatus>,
    /// Only direct children of this council.
    pub parent_id: Option<Uuid>,
    /// Only councils whose areas are this area or overlap it.
    pub area_id: Option<Uuid>,
    /// Case-insensitive search in the name.
    #[param(max_length = 200)]
    pub q: Option<String>,
}
