//! The promise kept or not: response and closing times of inquiries against their routes'
//! targets, summed up for a group (a route, an area, an organisation, a topic, a month).

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::inquiry::median_and_p90;

/// One inquiry's times.
#[derive(Debug, Clone, Copy)]
pub struct Timing {
    pub received_at: DateTime<Utc>,
    pub expected_at: Option<DateTime<Utc>>,
    pub first_response_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
}

/// The figures of a group of inquiries.
#[derive(Debug, Clone, Serialize, ToSchema, PartialEq)]
pub struct Figures {
    pub count: i64,
    /// How many have had a first response.
    pub responded: i64,
    pub median_first_response_seconds: Option<i64>,
    pub p90_first_response_seconds: Option<i64>,
    pub closed: i64,
    pub median_close_seconds: Option<i64>,
    pub p90_close_seconds: Option<i64>,
    /// How many had a response target.
    pub with_target: i64,
    /// Of those, answered by the target.
    pub within_target: i64,
    /// `within_target / with_target`, 0–1; null when none had a target.
    pub share_within_target: Option<f64>,
}

/// The figures of `timings`. An inquiry whose target has passed without an answer counts as
/// missed; one still within its target counts neither way yet.
pub fn figures(timings: &[Timing], now: DateTime<Utc>) -> Figures {
    let secs = |a: DateTime<Utc>, b: DateTime<Utc>| (b - a).num_seconds().max(0);
    let first: Vec<i64> = timings.iter().filter_map(|t| t.first_response_at.map(|f| secs(t.received_at, f))).collect();
    let close: Vec<i64> = timings.iter().filter_map(|t| t.closed_at.map(|c| secs(t.received_at, c))).collect();
    let (responded, closed) = (first.len() as i64, close.len() as i64);
    let (median_first_response_seconds, p90_first_response_seconds) = median_and_p90(first);
    let (median_close_seconds, p90_close_seconds) = median_and_p90(close);
    let mut with_target = 0;
    let mut within_target = 0;
    for t in timings {
        let Some(due) = t.expected_at else { continue };
        match t.first_response_at {
            Some(f) => {
                with_target += 1;
                if f <= due {
                    within_target += 1;
                }
            }
            None if due < now => with_target += 1,
            None => {}
        }
    }
    Figures {
        count: timings.len() as i64,
        responded,
        median_first_response_seconds,
        p90_first_response_seconds,
        closed,
        median_close_seconds,
        p90_close_seconds,
        with_target,
        within_target,
        share_within_target: (with_target > 0).then(|| within_target as f64 / with_target as f64),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    #[test]
    fn figures_count_answers_against_targets() {
        let t0 = Utc.with_ymd_and_hms(2026, 3, 2, 8, 0, 0).unwrap();
        let h = Duration::hours;
        let timing = |due: Option<i64>, first: Option<i64>, closed: Option<i64>| Timing {
            received_at: t0,
            expected_at: due.map(|d| t0 + h(d)),
            first_response_at: first.map(|f| t0 + h(f)),
            closed_at: closed.map(|c| t0 + h(c)),
        };
        let now = t0 + h(100);
        let f = figures(
            &[
                timing(Some(48), Some(10), Some(20)), // in time
                timing(Some(48), Some(60), None),     // late
                timing(Some(48), None, None),         // past due, no answer: missed
                timing(Some(200), None, None),        // still within: not counted yet
                timing(None, Some(5), Some(5)),       // no target
            ],
            now,
        );
        assert_eq!(f.count, 5);
        assert_eq!(f.responded, 3);
        assert_eq!(f.median_first_response_seconds, Some(10 * 3600));
        assert_eq!(f.p90_first_response_seconds, Some(60 * 3600));
        assert_eq!(f.closed, 2);
        assert_eq!((f.with_target, f.within_target), (3, 1));
        assert_eq!(f.share_within_target, Some(1.0 / 3.0));
        assert_eq!(figures(&[], now).share_within_target, None);
    }
}
