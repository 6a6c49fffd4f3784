//! The wire types of organizations.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::domain::organization::{ContactDetail, OrganizationKind};
use crate::domain::orgnr::OrganizationNumber;
use crate::domain::role::Action;
use crate::domain::text::{Bounded, Name};
use crate::kit::Names;

#[derive(Debug, Serialize, ToSchema)]
pub struct Organization {
    pub id: Uuid,
    pub kind: OrganizationKind,
    pub name: String,
    pub parent_id: Option<Uuid>,
    /// Swedish organisation number, `NNNNNN-NNNN`.
    #[schema(example = "212000-0142")]
    pub organization_number: Option<String>,
    pub contact_details: Vec<ContactDetail>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub names: Names,
    pub allowed_actions: Vec<Action>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewOrganization {
    pub kind: OrganizationKind,
    pub name: Name,
    pub parent_id: Option<Uuid>,
    pub organization_number: Option<OrganizationNumber>,
    #[serde(default)]
    #[schema(inline)]
    pub contact_details: Bounded<ContactDetail, 20>,
}

crate::patch_body! {
    /// The fields to change; absent fields stay as they are, `null` clears an optional field.
    pub struct OrganizationPatch {
        kind: OrganizationKind,
        name: Name,
        parent_id: Uuid | null,
        organization_number: OrganizationNumber | null,
        #[schema(inline)]
        contact_details: Bounded<ContactDetail, 20>,
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OrganizationFilters {
    /// Only organizations of this kind.
    pub kind: Option<OrganizationKind>,
    /// Only direct children of this organization.
    pub parent_id: Option<Uuid>,
    /// Case-insensitive search in the name.
    #[param(max_length = 200)]
    pub q: Option<String>,
}
