//! The wire types of seats.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::domain::council::CouncilRole;
use crate::domain::role::Action;
use crate::domain::text::Name;
use crate::domain::validation::Whole;
use crate::kit::Names;

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
    pub organization_id: Option<Uuid>,
    #[serde(default)]
    pub required: bool,
    /// Default 1.
    #[serde(default, deserialize_with = "crate::domain::validation::whole::optional")]
    #[schema(minimum = 1, maximum = 50)]
    pub max_holders: Option<i32>,
    /// Its holders may read restricted content. Coordinators and admins only.
    #[serde(default)]
    pub restricted_access: bool,
}

crate::patch_body! {
    pub struct SeatPatch {
        label: Name,
        role: CouncilRole,
        organization_id: Uuid | null,
        required: bool,
        #[schema(value_type = i32, minimum = 1, maximum = 50)]
        max_holders: Whole,
        /// Whether the holders may read restricted items.
        editors restricted_access: bool,
    }
}
