//! The wire types of seats.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::domain::council::CouncilRole;
use crate::domain::role::Action;
use crate::domain::text::Name;
use crate::kit::{Names, double_option, non_null};

#[derive(Debug, Serialize, ToSchema)]
pub struct Seat {
    pub id: Uuid,
    pub council_id: Uuid,
    #[schema(example = "Lokalpolisområdeschef")]
    pub label: String,
    pub role: CouncilRole,
    /// The organization that should hold the seat.
    pub organization_id: Option<Uuid>,
    /// The council wants this seat filled.
    pub required: bool,
    /// How many people may hold it at once.
    pub max_holders: i32,
    /// Its holders may read restricted content.
    pub restricted_access: bool,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub names: Names,
    pub allowed_actions: Vec<Action>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewSeat {
    pub label: Name,
    pub role: CouncilRole,
    #[serde(default)]
    pub organization_id: Option<Uuid>,
    #[serde(default)]
    pub required: bool,
    /// Default 1.
    #[serde(default, deserialize_with = "crate::domain::validation::whole::optional")]
    #[schema(minimum = 1, maximum = 50)]
    pub max_holders: Option<i32>,
    #[serde(default)]
    pub restricted_access: bool,
}

#[derive(Debug, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct SeatPatch {
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false)]
    pub label: Option<Name>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false)]
    pub role: Option<CouncilRole>,
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<Uuid>)]
    pub organization_id: Option<Option<Uuid>>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false)]
    pub required: Option<bool>,
    #[serde(default, deserialize_with = "crate::domain::validation::whole::not_null")]
    #[schema(nullable = false, minimum = 1, maximum = 50)]
    pub max_holders: Option<i32>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false)]
    pub restricted_access: Option<bool>,
}
