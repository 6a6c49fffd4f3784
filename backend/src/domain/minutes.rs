//! Minutes (protokoll) and adjusting (justering), the Swedish way: the secretary writes a draft,
//! names adjusters among those who attended and a date for the adjusting, and submits it; each
//! adjuster approves or comments; a comment sends it back to the secretary, whose revision goes
//! round again; when every adjuster has approved the current revision the minutes are adjusted
//! and locked — a later change is an appended, dated and attributed correction. A single
//! paragraph may be adjusted at once (omedelbar justering) when the meeting so decides.

use chrono::{Days, NaiveDate};
use uuid::Uuid;

use crate::domain_enum;

domain_enum! {
    /// Where the minutes are.
    MinutesStatus (test minutes_status_round_trips) {
        /// The secretary is writing (or revising after a comment).
        Draft => "draft",
        /// With the adjusters.
        Submitted => "submitted",
        /// Approved by every adjuster: locked.
        Adjusted => "adjusted",
    }
}

domain_enum! {
    /// What an adjuster said of a revision.
    Verdict (test verdict_round_trips) {
        Approved => "approved",
        Commented => "commented",
    }
}

/// By default adjusting is to be done within this many days of the meeting.
pub const ADJUST_WITHIN_DAYS: u64 = 14;

/// The date by which adjusting should be done, by default.
pub fn default_adjust_by(meeting_day: NaiveDate) -> NaiveDate {
    meeting_day.checked_add_days(Days::new(ADJUST_WITHIN_DAYS)).unwrap_or(meeting_day)
}

/// Whether every adjuster has approved `revision` (and there is at least one).
pub fn all_approved(approvals: &[(Uuid, Option<i32>)], revision: i32) -> bool {
    !approvals.is_empty() && approvals.iter().all(|(_, r)| *r == Some(revision))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_are_adjusted_when_every_adjuster_approved_the_current_revision() {
        let (a, b) = (Uuid::now_v7(), Uuid::now_v7());
        assert!(!all_approved(&[], 1));
        assert!(!all_approved(&[(a, Some(1)), (b, None)], 1));
        assert!(!all_approved(&[(a, Some(1)), (b, Some(2))], 2), "a approved an older revision");
        assert!(all_approved(&[(a, Some(2)), (b, Some(2))], 2));
        assert_eq!(default_adjust_by("2027-01-12".parse().unwrap()).to_string(), "2027-01-26");
    }
}
