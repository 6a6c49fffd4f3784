//! Meetings: one sitting of a council, its mode and where it is in its life, and the rules of
//! time that hold for a council's meetings (no two overlap; a series keeps its local time of day
//! across daylight-saving changes).

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};

use super::cadence::{self, Cadence};
use super::validation::{FieldCode, FieldError};
use crate::domain_enum;

domain_enum! {
    /// How people take part.
    MeetingMode (test meeting_mode_round_trips) {
        InPerson => "in_person",
        Online => "online",
        Hybrid => "hybrid",
    }
}

domain_enum! {
    /// Where a meeting is in its life: planned → agenda_published → held → minutes_adjusted, or
    /// cancelled (which keeps the row and its reason).
    MeetingStatus (test meeting_status_round_trips) {
        Planned => "planned",
        AgendaPublished => "agenda_published",
        Held => "held",
        MinutesAdjusted => "minutes_adjusted",
        Cancelled => "cancelled",
    }
}

impl MeetingStatus {
    /// Whether a meeting in this status may still be cancelled (not once it has been held).
    pub fn cancellable(self) -> bool {
        matches!(self, MeetingStatus::Planned | MeetingStatus::AgendaPublished)
    }

    /// Whether a meeting in this status takes part in the overlap rule (a cancelled one does not).
    pub fn occupies_time(self) -> bool {
        self != MeetingStatus::Cancelled
    }

    /// The statuses a PATCH may move a meeting to from this one (publishing, adjusting and
    /// cancelling have their own operations).
    pub fn may_become(self, next: MeetingStatus) -> bool {
        self == next
            || matches!(
                (self, next),
                (MeetingStatus::Planned | MeetingStatus::AgendaPublished, MeetingStatus::Held)
                    | (MeetingStatus::Held, MeetingStatus::AgendaPublished)
            )
    }
}

/// Whether the periods `[a0, a1)` and `[b0, b1)` share any time.
pub fn overlap(a: (DateTime<Utc>, DateTime<Utc>), b: (DateTime<Utc>, DateTime<Utc>)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The longest a meeting may last.
pub const LONGEST: Duration = Duration::hours(24);

/// Why `starts`–`ends` is not a meeting's time: it ends before it starts, or lasts over a day.
pub fn check_times(starts: DateTime<Utc>, ends: DateTime<Utc>) -> Result<(), FieldError> {
    if ends <= starts {
        return Err(FieldError::new("ends_at", FieldCode::BeforeStartDate, "A meeting ends after it starts."));
    }
    if ends - starts > LONGEST {
        return Err(FieldError::new("ends_at", FieldCode::OutOfRange, "A meeting lasts at most 24 hours."));
    }
    Ok(())
}

/// The longest span `generate` takes in one call.
pub const GENERATE_MAX_DAYS: i64 = 2 * 366;
/// The most meetings one call of `generate` writes (a daily cadence over two years).
pub const GENERATE_MAX_MEETINGS: usize = 800;

/// The meetings of `cadence` (a series that began on `starts_on`) that start from the first
/// moment of `from` to the last of `to`, in the cadence's time zone: (start, end) in UTC. A
/// meeting keeps its local wall-clock time across daylight-saving changes.
pub fn series_between(
    c: &Cadence,
    starts_on: NaiveDate,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
    let tz: chrono_tz::Tz = c.time_zone.parse().unwrap_or(chrono_tz::Europe::Stockholm);
    let local_start = |d: NaiveDate| tz.from_local_datetime(&d.and_hms_opt(0, 0, 0).unwrap_or_default()).earliest();
    let (Some(begin), Some(end)) = (local_start(from), to.succ_opt().and_then(local_start)) else { return vec![] };
    let length = Duration::minutes(i64::from(c.duration_minutes));
    cadence::occurrences(c, starts_on, begin.with_timezone(&Utc), end.with_timezone(&Utc), GENERATE_MAX_MEETINGS)
        .into_iter()
        .map(|s| (s, s + length))
        .collect()
}

/// The next meetings to show on a council: its own meetings from `now` on (not cancelled),
/// then the cadence's dates beyond the last of them, `n` in all.
pub fn with_cadence_beyond(
    meetings: Vec<DateTime<Utc>>,
    cadence: impl FnOnce(DateTime<Utc>, usize) -> Vec<DateTime<Utc>>,
    now: DateTime<Utc>,
    n: usize,
) -> Vec<DateTime<Utc>> {
    let mut out = meetings;
    out.truncate(n);
    if out.len() < n {
        let after = out.last().map_or(now, |last| *last + Duration::seconds(1));
        out.extend(cadence(after, n - out.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn monthly(rule: &str) -> Cadence {
        Cadence {
            rrule: rule.into(),
            start_time: "18:00".into(),
            duration_minutes: 90,
            time_zone: "Europe/Stockholm".into(),
        }
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_monthly_series_keeps_its_local_time_across_daylight_saving() {
        let starts =
            series_between(&monthly("FREQ=MONTHLY;BYDAY=2TU"), d("2020-01-01"), d("2027-01-01"), d("2027-12-31"));
        assert_eq!(starts.len(), 12);
        let utc: Vec<String> = starts.iter().map(|(s, _)| s.format("%m-%d %H:%M").to_string()).collect();
        // 18:00 in Stockholm is 17:00 UTC in winter and 16:00 UTC in summer.
        assert_eq!(utc[0], "01-12 17:00");
        assert_eq!(utc[2], "03-09 17:00");
        assert_eq!(utc[3], "04-13 16:00");
        assert_eq!(utc[9], "10-12 16:00");
        assert_eq!(utc[10], "11-09 17:00");
        assert!(starts.iter().all(|(s, e)| *e - *s == Duration::minutes(90)));
    }

    #[test]
    fn periods_overlap_when_they_share_time_but_not_when_one_ends_as_the_other_starts() {
        let t = |h: u32| Utc.with_ymd_and_hms(2027, 1, 1, h, 0, 0).unwrap();
        assert!(overlap((t(10), t(12)), (t(11), t(13))));
        assert!(overlap((t(10), t(14)), (t(11), t(12))));
        assert!(!overlap((t(10), t(12)), (t(12), t(13))));
    }

    #[test]
    fn a_councils_next_meetings_are_its_own_then_the_cadence_beyond_the_last() {
        let t = |d: u32| Utc.with_ymd_and_hms(2027, 1, d, 17, 0, 0).unwrap();
        let cadence =
            |after: DateTime<Utc>, n: usize| (0..n as i64).map(|i| after + Duration::days(7 * (i + 1))).collect();
        let next = with_cadence_beyond(vec![t(5), t(12)], cadence, t(1), 4);
        assert_eq!(next.len(), 4);
        assert_eq!(&next[..2], &[t(5), t(12)]);
        assert!(next[2] > t(12));
        assert_eq!(with_cadence_beyond(vec![t(5), t(6), t(7)], cadence, t(1), 2), vec![t(5), t(6)]);
    }

    #[test]
    fn held_meetings_are_not_cancelled_and_patches_do_not_skip_steps() {
        use MeetingStatus::*;
        assert!(Planned.cancellable() && AgendaPublished.cancellable() && !Held.cancellable());
        assert!(Planned.may_become(Held) && !Planned.may_become(MinutesAdjusted) && !Held.may_become(Cancelled));
    }
}
