//! Initiatives: joint actions, citizen promises (medborgarlöften) and preventive measures, their
//! targets, and the rules that say how far they have come — the roll-up of a parent from its
//! children, whether the target is met (and why, in words), and whether a final report is missing.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::indicator::{BetterDirection, Period};
use super::text::Name;
use crate::domain_enum;

domain_enum! {
    /// What kind of initiative.
    InitiativeKind (test initiative_kind_round_trips) {
        /// A joint action (gemensam åtgärd).
        JointAction => "joint_action",
        /// A citizen promise (medborgarlöfte): made to the residents, followed up in public.
        CitizenPromise => "citizen_promise",
        /// A preventive measure (brottsförebyggande åtgärd).
        PreventiveMeasure => "preventive_measure",
    }
}

domain_enum! {
    /// Where an initiative is.
    InitiativeStatus (test initiative_status_round_trips) {
        Proposed => "proposed",
        Approved => "approved",
        InProgress => "in_progress",
        Completed => "completed",
        Cancelled => "cancelled",
        Evaluated => "evaluated",
    }
}

impl InitiativeStatus {
    /// A report with this status closes the initiative's period: nothing more is expected.
    pub fn is_final(self) -> bool {
        matches!(self, InitiativeStatus::Completed | InitiativeStatus::Cancelled | InitiativeStatus::Evaluated)
    }
}

/// What an initiative aims for: a count ("at least 40 of 52 weekends") or an indicator moved to a
/// target value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(remote = "Self", tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Target {
    /// Reached when the latest report's `achieved_count` is at least `target`.
    Count {
        #[schema(minimum = 1, maximum = 1000000)]
        target: i32,
        /// What is counted, e.g. `helger med nattvandring`.
        unit: Name<100>,
        /// Out of how many, e.g. `52` (weekends of a year); optional.
        #[serde(default)]
        #[schema(minimum = 1, maximum = 1000000)]
        per: Option<i32>,
    },
    /// Reached when the indicator's value (its value for the initiative's first area in
    /// `target_period` once there is one, else the latest report's `measured_value`) is at
    /// `target_value` or better.
    Indicator {
        indicator_id: Uuid,
        #[schema(minimum = -1e12, maximum = 1e12)]
        baseline_value: f64,
        baseline_period: Period,
        #[schema(minimum = -1e12, maximum = 1e12)]
        target_value: f64,
        target_period: Period,
    },
}

crate::objects_only!(Target);

domain_enum! {
    /// Why an initiative's target counts as met or not.
    MetReason (test met_reason_round_trips) {
        /// The count reached its target.
        CountReached => "count_reached",
        /// The count is below its target.
        CountShort => "count_short",
        /// Nothing counted has been reported yet.
        NothingReported => "nothing_reported",
        /// The indicator reached its target value, moving the better way.
        IndicatorReached => "indicator_reached",
        /// The indicator has not reached its target value.
        IndicatorShort => "indicator_short",
        /// No value of the indicator for the target period yet.
        NoMeasurement => "no_measurement",
        /// The initiative has no target.
        NoTarget => "no_target",
    }
}

/// Whether the target is met, with the numbers it was judged on and the reason in words.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Met {
    /// `null` when it cannot be judged yet (nothing reported, no measurement, no target).
    pub met: Option<bool>,
    pub reason: MetReason,
    /// The value judged: the count achieved, or the indicator's value.
    pub current: Option<f64>,
    /// What it had to reach.
    pub target: Option<f64>,
    /// The reason in words (English; the web app words it from `reason` and the numbers).
    pub explanation: String,
}

fn number(v: f64) -> String {
    if v.fract() == 0.0 { format!("{v:.0}") } else { format!("{v:.1}") }
}

/// A count target: met when `achieved` reaches `target`.
pub fn count_met(achieved: Option<i32>, target: i32, unit: &str) -> Met {
    let t = f64::from(target);
    match achieved {
        None => Met {
            met: None,
            reason: MetReason::NothingReported,
            current: None,
            target: Some(t),
            explanation: format!("No count reported yet; the target is {target} {unit}."),
        },
        Some(a) if a >= target => Met {
            met: Some(true),
            reason: MetReason::CountReached,
            current: Some(f64::from(a)),
            target: Some(t),
            explanation: format!("{a} {unit} reached the target of {target}."),
        },
        Some(a) => Met {
            met: Some(false),
            reason: MetReason::CountShort,
            current: Some(f64::from(a)),
            target: Some(t),
            explanation: format!("{a} {unit}, {} short of the target of {target}.", target - a),
        },
    }
}

/// An indicator target: met when `current` is at `target` or beyond it the better way.
pub fn indicator_met(direction: BetterDirection, baseline: f64, current: Option<f64>, target: f64) -> Met {
    let better = match direction {
        BetterDirection::Higher => "higher",
        BetterDirection::Lower => "lower",
    };
    match current {
        None => Met {
            met: None,
            reason: MetReason::NoMeasurement,
            current: None,
            target: Some(target),
            explanation: format!(
                "No value measured for the target period yet; the baseline is {}, the target {} ({better} is better).",
                number(baseline),
                number(target)
            ),
        },
        Some(c) if direction.reached(c, target) => Met {
            met: Some(true),
            reason: MetReason::IndicatorReached,
            current: Some(c),
            target: Some(target),
            explanation: format!(
                "The indicator moved from {} to {}, reaching the target of {} ({better} is better).",
                number(baseline),
                number(c),
                number(target)
            ),
        },
        Some(c) => Met {
            met: Some(false),
            reason: MetReason::IndicatorShort,
            current: Some(c),
            target: Some(target),
            explanation: format!(
                "The indicator moved from {} to {}; the target is {} ({better} is better).",
                number(baseline),
                number(c),
                number(target)
            ),
        },
    }
}

/// A target not (yet) reached is not judged "not met" while the initiative's period runs: `met`
/// is `null` until the period is over (`period_over`); the reason and numbers stay.
pub fn judged(met: Met, period_over: bool) -> Met {
    if met.met == Some(false) && !period_over {
        Met { met: None, explanation: format!("So far: {} The period has not ended.", met.explanation), ..met }
    } else {
        met
    }
}

pub fn no_target() -> Met {
    Met {
        met: None,
        reason: MetReason::NoTarget,
        current: None,
        target: None,
        explanation: "The initiative has no target to judge.".into(),
    }
}

/// A parent's progress from its children: the mean of their percentages, each weighted; children
/// that reported nothing count as 0 %. `None` without children.
pub fn rolled_up(children: &[(Option<i32>, i32)]) -> Option<f64> {
    let total: i64 = children.iter().map(|(_, w)| i64::from((*w).max(0))).sum();
    if children.is_empty() || total == 0 {
        return None;
    }
    let sum: i64 = children.iter().map(|(p, w)| i64::from(p.unwrap_or(0)) * i64::from((*w).max(0))).sum();
    Some((sum as f64 / total as f64 * 10.0).round() / 10.0)
}

/// Whether an initiative whose period ended lacks its final report: it ended before `today` and
/// no report with a final status (completed, cancelled, evaluated) was made.
pub fn missing_final_report(ends_on: Option<NaiveDate>, today: NaiveDate, has_final_report: bool) -> bool {
    ends_on.is_some_and(|e| e < today) && !has_final_report
}

/// Whether an initiative running `starts_on`–`ends_on` is active some day of `year`.
pub fn active_in(starts_on: Option<NaiveDate>, ends_on: Option<NaiveDate>, year: i32) -> bool {
    let (first, last) = (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year, 12, 31));
    starts_on.is_none_or(|s| last.is_none_or(|l| s <= l)) && ends_on.is_none_or(|e| first.is_none_or(|f| e >= f))
}

/// How far an initiative has come, computed when it is read.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Progress {
    /// Per cent done: rolled up from the children (by weight) when it has children, else its
    /// latest report's.
    pub percent: Option<f64>,
    /// Whether `percent` was rolled up from children.
    pub rolled_up: bool,
    /// Whether the target is met, and why.
    pub met: Met,
    /// Its period ended without a final report (completed, cancelled or evaluated).
    pub missing_final_report: bool,
    /// The latest report's date.
    pub last_reported_on: Option<NaiveDate>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_is_met_at_its_target() {
        assert_eq!(count_met(Some(40), 40, "helger").met, Some(true));
        let short = count_met(Some(31), 40, "helger");
        assert_eq!((short.met, short.reason), (Some(false), MetReason::CountShort));
        assert!(short.explanation.contains("9 short"), "{}", short.explanation);
        assert_eq!(count_met(None, 40, "helger").met, None);
    }

    #[test]
    fn an_indicator_is_met_when_it_moved_to_its_target_the_better_way() {
        // Lower is better: 12 → 9.5 reaches 10.
        let m = indicator_met(BetterDirection::Lower, 12.0, Some(9.5), 10.0);
        assert_eq!((m.met, m.reason), (Some(true), MetReason::IndicatorReached));
        assert!(m.explanation.contains("from 12 to 9.5"), "{}", m.explanation);
        // The same numbers where higher is better fall short.
        assert_eq!(indicator_met(BetterDirection::Higher, 12.0, Some(9.5), 10.0).met, Some(false));
        assert_eq!(indicator_met(BetterDirection::Higher, 60.0, Some(65.0), 65.0).met, Some(true));
        assert_eq!(indicator_met(BetterDirection::Lower, 12.0, None, 10.0).reason, MetReason::NoMeasurement);
    }

    #[test]
    fn short_of_the_target_is_undecided_until_the_period_is_over() {
        let running = judged(count_met(Some(31), 40, "helger"), false);
        assert_eq!((running.met, running.reason), (None, MetReason::CountShort));
        assert_eq!(judged(count_met(Some(31), 40, "helger"), true).met, Some(false));
        assert_eq!(judged(count_met(Some(41), 40, "helger"), false).met, Some(true), "reached is reached");
    }

    #[test]
    fn a_parent_rolls_up_its_childrens_progress_by_weight() {
        assert_eq!(rolled_up(&[(Some(100), 1), (Some(0), 1)]), Some(50.0));
        assert_eq!(rolled_up(&[(Some(100), 3), (Some(0), 1)]), Some(75.0));
        assert_eq!(rolled_up(&[(Some(90), 2), (None, 1)]), Some(60.0));
        assert_eq!(rolled_up(&[]), None);
        assert_eq!(rolled_up(&[(Some(50), 0)]), None);
    }

    #[test]
    fn an_ended_initiative_without_a_final_report_is_flagged() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert!(missing_final_report(Some(d("2025-12-31")), d("2026-01-01"), false));
        assert!(!missing_final_report(Some(d("2025-12-31")), d("2026-01-01"), true));
        assert!(!missing_final_report(Some(d("2025-12-31")), d("2025-12-31"), false));
        assert!(!missing_final_report(None, d("2026-01-01"), false));
        assert!(InitiativeStatus::Evaluated.is_final() && !InitiativeStatus::InProgress.is_final());
    }

    #[test]
    fn active_in_a_year() {
        let d = |s: &str| Some(s.parse::<NaiveDate>().unwrap());
        assert!(active_in(d("2025-03-01"), d("2025-06-30"), 2025));
        assert!(active_in(d("2024-03-01"), None, 2026));
        assert!(!active_in(d("2026-01-01"), None, 2025));
        assert!(!active_in(None, d("2024-12-31"), 2025));
    }
}
