//! The wire types of people.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::audit::AuditEventOut;
use crate::domain::contact::{EmailAddress, PhoneNumber};
use crate::domain::council::CouncilRole;
use crate::domain::role::Action;
use crate::domain::text::{Line, Name};
use crate::kit::Names;

#[derive(Debug, Serialize, ToSchema)]
pub struct Person {
    pub id: Uuid,
    pub name: String,
    pub title: Option<String>,
    /// `null` when erased, or hidden from the caller (see `contact_hidden`).
    pub email: Option<String>,
    pub phone: Option<String>,
    pub organization_id: Option<Uuid>,
    /// The personal data was erased; memberships and minutes keep their history.
    pub erased: bool,
    /// Contact details exist but the caller may not see them (a member or viewer outside the
    /// person's councils).
    pub contact_hidden: bool,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub names: Names,
    pub allowed_actions: Vec<Action>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPerson {
    pub name: Name,
    pub title: Option<Line>,
    pub email: Option<EmailAddress>,
    pub phone: Option<PhoneNumber>,
    pub organization_id: Option<Uuid>,
}

crate::patch_body! {
    /// The fields to change; absent fields stay, `null` clears an optional field.
    pub struct PersonPatch {
        name: Name,
        title: Line | null,
        email: EmailAddress | null,
        phone: PhoneNumber | null,
        organization_id: Uuid | null,
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PersonFilters {
    /// Case-insensitive search in the name.
    #[param(max_length = 200)]
    pub q: Option<String>,
    pub organization_id: Option<Uuid>,
    /// Only people who sit on this council today.
    pub council_id: Option<Uuid>,
}

/// A term, as the export lists it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ExportedTerm {
    /// The membership.
    pub id: Uuid,
    pub council_id: Uuid,
    pub seat_id: Option<Uuid>,
    pub role: CouncilRole,
    pub on_behalf_of_id: Option<Uuid>,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
}

/// An agreement the person signed.
#[derive(Debug, Serialize, ToSchema)]
pub struct ExportedSignature {
    pub agreement_id: Uuid,
    pub organization_id: Uuid,
    pub signed_on: Option<NaiveDate>,
}

/// A login linked to the person.
#[derive(Debug, Serialize, ToSchema)]
pub struct ExportedAccount {
    pub email: String,
    pub role: crate::domain::role::Role,
    pub created_at: DateTime<Utc>,
}

/// Everything held about a person.
#[derive(Debug, Serialize, ToSchema)]
pub struct PersonExport {
    pub person: Person,
    pub memberships: Vec<ExportedTerm>,
    /// Logins linked to the person.
    pub accounts: Vec<ExportedAccount>,
    /// Agreements the person signed.
    pub signatures: Vec<ExportedSignature>,
    /// The audit log's record of changes to the person.
    pub audit_events: Vec<AuditEventOut>,
    pub exported_at: DateTime<Utc>,
}
