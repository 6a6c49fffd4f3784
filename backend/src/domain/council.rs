//! Councils: the bodies (steering groups, safety councils, working groups), their seats' roles,
//! and who decided to create them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::text::{Blank, Line};
use super::validation::{FieldCode, FieldError};
use crate::domain_enum;

domain_enum! {
    /// What kind of body a council is.
    CouncilKind (test council_kind_round_trips) {
        CentralSteeringGroup => "central_steering_group",
        LocalSteeringGroup => "local_steering_group",
        SafetyCouncil => "safety_council",
        WorkingGroup => "working_group",
        OperativeGroup => "operative_group",
    }
}

domain_enum! {
    /// Where a council is in its life.
    CouncilStatus (test council_status_round_trips) {
        Proposed => "proposed",
        Active => "active",
        Dissolved => "dissolved",
    }
}

impl CouncilStatus {
    /// Statuses whose councils meet: the cadence gives their next meetings.
    pub fn meets(self) -> bool {
        matches!(self, CouncilStatus::Proposed | CouncilStatus::Active)
    }
}

domain_enum! {
    /// A role at a council's table.
    CouncilRole (test council_role_round_trips) {
        Chair => "chair",
        ViceChair => "vice_chair",
        Secretary => "secretary",
        Member => "member",
        Adjunct => "adjunct",
        Observer => "observer",
    }
}

impl CouncilRole {
    /// The council roles that run their council: its seats, members and (later) meetings.
    pub const MANAGING: [CouncilRole; 2] = [CouncilRole::Chair, CouncilRole::Secretary];

    pub fn manages(self) -> bool {
        Self::MANAGING.contains(&self)
    }
}

domain_enum! {
    /// How a council covers an area in the coverage report.
    CoverageVia (test coverage_via_round_trips) {
        /// The council names the area itself.
        Direct => "direct",
        /// The council names an area that overlaps it.
        Overlap => "overlap",
    }
}

/// Who created a council, and by which decision.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq, Default)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Mandate {
    /// The council that decided (e.g. the central steering group).
    pub decided_by_council_id: Option<Uuid>,
    /// The organization whose body decided (e.g. a district committee).
    pub decided_by_organization_id: Option<Uuid>,
    /// The decision, e.g. "Beslut i central styrgrupp § 4".
    pub decision_reference: Option<Line<300>>,
    pub decided_on: Option<NaiveDate>,
    /// Diarienummer, e.g. `KS 2019/656`.
    pub registration_number: Option<Line<100>>,
}
crate::objects_only!(Mandate);

impl Mandate {
    /// The same mandate with blank texts left out.
    pub fn tidy(self) -> Mandate {
        Mandate {
            decision_reference: self.decision_reference.non_blank(),
            registration_number: self.registration_number.non_blank(),
            ..self
        }
    }
}

/// Working groups sit under a steering group or a council; a central steering group under none.
pub fn parent_kind_allowed(kind: CouncilKind, parent: Option<CouncilKind>) -> Result<(), FieldError> {
    use CouncilKind::*;
    let refuse = |code, message: &str| Err(FieldError::new("parent_id", code, message));
    match (kind, parent) {
        (WorkingGroup, None) => {
            refuse(FieldCode::Required, "A working group sits under a steering group or a council.")
        }
        (WorkingGroup, Some(CentralSteeringGroup | LocalSteeringGroup | SafetyCouncil)) => Ok(()),
        (WorkingGroup, Some(_)) => {
            refuse(FieldCode::InvalidParentKind, "A working group sits under a steering group or a safety council.")
        }
        (CentralSteeringGroup, Some(_)) => {
            refuse(FieldCode::InvalidParentKind, "A central steering group has no parent council.")
        }
        _ => Ok(()),
    }
}

/// The dates and status of a council agree: not dissolved before founded, and a dissolved
/// council has its dissolution date.
pub fn check_life(
    status: CouncilStatus,
    founded_on: Option<NaiveDate>,
    dissolved_on: Option<NaiveDate>,
    errors: &mut Vec<FieldError>,
) {
    if let (Some(f), Some(d)) = (founded_on, dissolved_on)
        && d < f
    {
        errors.push(FieldError::new(
            "dissolved_on",
            FieldCode::BeforeFoundedOn,
            "A council cannot be dissolved before it was founded.",
        ));
    }
    if status == CouncilStatus::Dissolved && dissolved_on.is_none() {
        errors.push(FieldError::new(
            "dissolved_on",
            FieldCode::Required,
            "A dissolved council has a dissolution date.",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn working_groups_sit_under_a_steering_group_or_council() {
        use CouncilKind::*;
        assert!(parent_kind_allowed(WorkingGroup, None).is_err());
        assert!(parent_kind_allowed(WorkingGroup, Some(LocalSteeringGroup)).is_ok());
        assert!(parent_kind_allowed(WorkingGroup, Some(SafetyCouncil)).is_ok());
        assert_eq!(
            parent_kind_allowed(WorkingGroup, Some(WorkingGroup)).unwrap_err().code,
            FieldCode::InvalidParentKind
        );
        assert!(parent_kind_allowed(CentralSteeringGroup, Some(LocalSteeringGroup)).is_err());
        assert!(parent_kind_allowed(LocalSteeringGroup, Some(CentralSteeringGroup)).is_ok());
    }

    #[test]
    fn a_mandate_is_read_from_an_object_only() {
        let m: Mandate = serde_json::from_str(r#"{"registration_number": "KS 2019/656"}"#).unwrap();
        assert_eq!(m.registration_number.unwrap().as_str(), "KS 2019/656");
        assert!(serde_json::from_str::<Mandate>("[null, null]").is_err());
        assert!(serde_json::from_value::<Mandate>(serde_json::json!([null])).is_err());
        assert!(serde_json::from_str::<Mandate>(r#"{"other": 1}"#).is_err());
        assert_eq!(serde_json::to_value(Mandate::default()).unwrap()["decided_on"], serde_json::Value::Null);
    }
}
