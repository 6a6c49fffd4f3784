//! The wire types of agreements.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::domain::agreement::AgreementPhase;
use crate::domain::role::Action;
use crate::domain::text::{Bounded, Ids, Name, Text};
use crate::domain::time::Day;
use crate::kit::Names;

/// Who signed for which party, and when.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Signatory {
    pub person_id: Uuid,
    pub organization_id: Uuid,
    pub signed_on: Option<Day>,
}
crate::objects_only!(Signatory);

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Agreement {
    pub id: Uuid,
    pub name: String,
    pub phase: AgreementPhase,
    /// The agreement this one sits under (a local agreement under the city-wide one).
    pub parent_id: Option<Uuid>,
    /// First day of the period.
    pub valid_from: Option<NaiveDate>,
    /// Last day of the period.
    pub valid_to: Option<NaiveDate>,
    /// The organizations that are parties.
    pub party_ids: Vec<Uuid>,
    /// The prioritised challenges, e.g. "Unga i riskzon".
    pub priority_areas: Vec<String>,
    /// The councils that run the agreement.
    pub council_ids: Vec<Uuid>,
    pub signatories: Vec<Signatory>,
    pub description: Option<String>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub names: Names,
    pub allowed_actions: Vec<Action>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAgreement {
    pub name: Name,
    /// Default `initiate`.
    pub phase: Option<AgreementPhase>,
    pub parent_id: Option<Uuid>,
    pub valid_from: Option<Day>,
    pub valid_to: Option<Day>,
    #[serde(default)]
    pub party_ids: Ids<50>,
    #[serde(default)]
    #[schema(inline)]
    pub priority_areas: Bounded<Name, 30>,
    #[serde(default)]
    pub council_ids: Ids<50>,
    #[serde(default)]
    #[schema(inline)]
    pub signatories: Bounded<Signatory, 50>,
    pub description: Option<Text>,
}

crate::patch_body! {
    /// The fields to change; absent fields stay, `null` clears an optional field; lists replace.
    pub struct AgreementPatch {
        name: Name,
        phase: AgreementPhase,
        parent_id: Uuid | null,
        valid_from: Day | null,
        valid_to: Day | null,
        party_ids: Ids<50>,
        #[schema(inline)]
        priority_areas: Bounded<Name, 30>,
        council_ids: Ids<50>,
        #[schema(inline)]
        signatories: Bounded<Signatory, 50>,
        description: Text | null,
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AgreementFilters {
    pub phase: Option<AgreementPhase>,
    pub parent_id: Option<Uuid>,
    /// Only agreements this council runs.
    pub council_id: Option<Uuid>,
    /// Only agreements this organization is a party to.
    pub party_id: Option<Uuid>,
    /// Case-insensitive search in the name.
    #[param(max_length = 200)]
    pub q: Option<String>,
}
