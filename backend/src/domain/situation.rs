//! Situation pictures (lägesbilder): what the law (2023:196) asks a municipality to make for an
//! area and period — a mapping of crime and its consequences, other relevant information, and
//! an analysis — with the problems found, each given a priority and the initiatives that address
//! it. Adopted pictures are locked; a revision is a new version that replaces the old.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::classification::{Classification, Clearance};
use super::text::{Ids, Name, Text};
use crate::domain_enum;

domain_enum! {
    /// Where a situation picture is.
    SituationStatus (test situation_status_round_trips) {
        Draft => "draft",
        /// Adopted and locked; a change is a new version.
        Adopted => "adopted",
    }
}

/// A problem the picture identifies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct SituationProblem {
    pub title: Name,
    #[serde(default)]
    pub description: Option<Text<5000>>,
    /// 1 (highest) to 5.
    #[serde(deserialize_with = "super::validation::whole::required")]
    #[schema(minimum = 1, maximum = 5)]
    pub priority: i32,
    /// The initiatives that address it.
    #[serde(default)]
    pub initiative_ids: Ids<20>,
}
crate::objects_only!(SituationProblem);

/// One of the three parts, as a caller may read it: its text only when their clearance reads
/// its classification.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Section {
    pub classification: Classification,
    /// `null` when empty, or when withheld (see `withheld`).
    pub text: Option<String>,
    /// The text is there but the caller may not read it.
    pub withheld: bool,
}

/// The part `text` classified `c`, as a caller with `clearance` reads it.
pub fn section(text: Option<String>, c: Classification, clearance: Clearance) -> Section {
    if clearance.may_read(c) {
        Section { classification: c, text, withheld: false }
    } else {
        Section { classification: c, withheld: text.is_some(), text: None }
    }
}

/// A problem's priority is 1 to 5.
pub fn priority_ok(p: i32) -> bool {
    (1..=5).contains(&p)
}

/// The initiatives all problems name, once each.
pub fn initiatives_named(problems: &[SituationProblem]) -> Vec<Uuid> {
    let mut ids: Vec<Uuid> = problems.iter().flat_map(|p| p.initiative_ids.iter().copied()).collect();
    ids.sort();
    ids.dedup();
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::role::Role;

    #[test]
    fn a_section_is_withheld_from_those_who_may_not_read_it() {
        let member = Clearance::of(Role::Member, true, false);
        let s = section(Some("Öppen narkotikahandel vid torget".into()), Classification::Restricted, member);
        assert_eq!((s.text, s.withheld), (None, true));
        let s = section(Some("Lägesbild".into()), Classification::Internal, member);
        assert_eq!((s.text.as_deref(), s.withheld), (Some("Lägesbild"), false));
        let s = section(None, Classification::Restricted, member);
        assert!(!s.withheld, "nothing there, nothing withheld");
        assert!(priority_ok(1) && priority_ok(5) && !priority_ok(0) && !priority_ok(6));
    }
}
