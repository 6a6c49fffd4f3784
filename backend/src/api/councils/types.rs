//! The wire types of councils.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::domain::cadence::Cadence;
use crate::domain::council::{CouncilKind, CouncilStatus, Mandate};
use crate::domain::role::Action;
use crate::domain::text::{Ids, Name, Text};
use crate::kit::{Names, double_option, non_null};

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
    #[serde(default)]
    pub parent_id: Option<Uuid>,
    #[serde(default)]
    pub area_ids: Ids<200>,
    /// Default `proposed`.
    #[serde(default)]
    pub status: Option<CouncilStatus>,
    #[serde(default)]
    pub founded_on: Option<NaiveDate>,
    #[serde(default)]
    pub dissolved_on: Option<NaiveDate>,
    #[serde(default)]
    pub cadence: Option<Cadence>,
    #[serde(default)]
    pub mandate: Option<Mandate>,
    #[serde(default)]
    pub description: Option<Text>,
    #[serde(default)]
    pub is_public: bool,
}

/// The fields to change; absent fields stay, `null` clears an optional field.
#[derive(Debug, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct CouncilPatch {
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false)]
    pub name: Option<Name>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false)]
    pub kind: Option<CouncilKind>,
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<Uuid>)]
    pub parent_id: Option<Option<Uuid>>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false)]
    pub area_ids: Option<Ids<200>>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false)]
    pub status: Option<CouncilStatus>,
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<NaiveDate>)]
    pub founded_on: Option<Option<NaiveDate>>,
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<NaiveDate>)]
    pub dissolved_on: Option<Option<NaiveDate>>,
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<Cadence>)]
    pub cadence: Option<Option<Cadence>>,
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<Mandate>)]
    pub mandate: Option<Option<Mandate>>,
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<Text>)]
    pub description: Option<Option<Text>>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false)]
    pub is_public: Option<bool>,
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
