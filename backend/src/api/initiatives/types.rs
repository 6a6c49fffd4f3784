//! The wire types of initiatives and their progress reports.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::domain::initiative::{InitiativeKind, InitiativeStatus, Progress, Target};
use crate::domain::role::Action;
use crate::domain::text::{Bounded, Ids, Line, Name, Text};
use crate::domain::time::Day;
use crate::domain::validation::Whole;
use crate::kit::Names;

/// An organization taking part, and what it commits to.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Partner {
    pub organization_id: Uuid,
    /// What it commits to, e.g. "två vakter fredag–lördag".
    #[serde(default)]
    pub commitment: Option<Line<500>>,
}
crate::objects_only!(Partner);

#[derive(Debug, Serialize, ToSchema)]
pub struct Initiative {
    pub id: Uuid,
    pub title: String,
    pub kind: InitiativeKind,
    pub council_id: Uuid,
    pub area_ids: Vec<Uuid>,
    /// One of the agreement's priorities, e.g. "Unga i riskzon".
    pub priority_area: Option<String>,
    pub lead_organization_id: Option<Uuid>,
    pub partners: Vec<Partner>,
    pub owner_person_id: Option<Uuid>,
    pub status: InitiativeStatus,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    /// Shown on the public pages (citizen promises).
    pub is_public: bool,
    pub parent_id: Option<Uuid>,
    /// Its weight in its parent's progress (1–100).
    pub weight: i32,
    /// The decision (agenda point) that approved it.
    pub agenda_item_id: Option<Uuid>,
    pub target: Option<Target>,
    pub description: Option<String>,
    pub progress: Progress,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub names: Names,
    pub allowed_actions: Vec<Action>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewInitiative {
    pub title: Name,
    pub kind: InitiativeKind,
    pub council_id: Uuid,
    #[serde(default)]
    pub area_ids: Ids<50>,
    pub priority_area: Option<Line<200>>,
    pub lead_organization_id: Option<Uuid>,
    #[serde(default)]
    #[schema(inline)]
    pub partners: Bounded<Partner, 30>,
    pub owner_person_id: Option<Uuid>,
    /// `proposed` when left out.
    pub status: Option<InitiativeStatus>,
    pub starts_on: Option<Day>,
    pub ends_on: Option<Day>,
    #[serde(default)]
    pub is_public: bool,
    pub parent_id: Option<Uuid>,
    #[serde(default, deserialize_with = "crate::domain::validation::whole::optional")]
    #[schema(minimum = 1, maximum = 100)]
    pub weight: Option<i32>,
    pub agenda_item_id: Option<Uuid>,
    pub target: Option<Target>,
    pub description: Option<Text<5000>>,
}

crate::patch_body! {
    /// The fields to change; absent fields stay, `null` clears an optional field.
    pub struct InitiativePatch {
        title: Name,
        kind: InitiativeKind,
        area_ids: Ids<50>,
        priority_area: Line<200> | null,
        lead_organization_id: Uuid | null,
        #[schema(inline)]
        partners: Bounded<Partner, 30>,
        owner_person_id: Uuid | null,
        status: InitiativeStatus,
        starts_on: Day | null,
        ends_on: Day | null,
        is_public: bool,
        parent_id: Uuid | null,
        #[schema(value_type = Option<i32>, minimum = 1, maximum = 100)]
        weight: Whole,
        agenda_item_id: Uuid | null,
        target: Target | null,
        description: Text<5000> | null,
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InitiativeFilters {
    pub council_id: Option<Uuid>,
    /// Initiatives in this area.
    pub area_id: Option<Uuid>,
    #[param(max_length = 200)]
    pub priority_area: Option<String>,
    pub status: Option<InitiativeStatus>,
    pub kind: Option<InitiativeKind>,
    /// Led by this organization or with it as a partner.
    pub organization_id: Option<Uuid>,
    /// The children of this initiative.
    pub parent_id: Option<Uuid>,
}

/// A progress report: append-only.
#[derive(Debug, Serialize, ToSchema)]
pub struct InitiativeUpdate {
    pub id: Uuid,
    pub initiative_id: Uuid,
    pub reported_on: NaiveDate,
    /// The initiative's status as of this report (the initiative takes it).
    pub status: InitiativeStatus,
    pub percent: Option<i32>,
    pub narrative: Option<String>,
    pub achieved_count: Option<i32>,
    pub measured_value: Option<f64>,
    /// May be shown on the public pages.
    pub is_public: bool,
    pub reported_by_name: String,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub allowed_actions: Vec<Action>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewInitiativeUpdate {
    /// Today (in Stockholm) when left out.
    pub reported_on: Option<Day>,
    pub status: InitiativeStatus,
    #[serde(default, deserialize_with = "crate::domain::validation::whole::optional")]
    #[schema(minimum = 0, maximum = 100)]
    pub percent: Option<i32>,
    pub narrative: Option<Text<5000>>,
    #[serde(default, deserialize_with = "crate::domain::validation::whole::optional")]
    #[schema(minimum = 0, maximum = 1000000)]
    pub achieved_count: Option<i32>,
    #[schema(minimum = -1e12, maximum = 1e12)]
    pub measured_value: Option<f64>,
    #[serde(default)]
    pub is_public: bool,
}
