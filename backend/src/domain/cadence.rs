//! Meeting cadence: an RFC 5545 RRULE with a start time and a time zone, checked and expanded
//! with the `rrule` crate.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, TimeZone, Utc};
use rrule::RRuleSet;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::validation::{FieldCode, FieldError};

pub const DEFAULT_TIME_ZONE: &str = "Europe/Stockholm";
const RRULE_MAX: usize = 300;
const TIME_ZONE_MAX: usize = 64;

/// When a council meets: an RFC 5545 recurrence rule, a local start time and a length.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Cadence {
    /// An RFC 5545 RRULE value (without `RRULE:`); FREQ is DAILY, WEEKLY, MONTHLY or YEARLY.
    #[schema(example = "FREQ=MONTHLY;BYDAY=2TU", min_length = 6, max_length = 300, pattern = "^FREQ=[A-Z]+.*$")]
    pub rrule: String,
    /// Local start time, `HH:MM`.
    #[schema(example = "18:00", pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    pub start_time: String,
    #[serde(deserialize_with = "super::validation::whole::required")]
    #[schema(minimum = 5, maximum = 1440, example = 90)]
    pub duration_minutes: i32,
    /// IANA time zone; default `Europe/Stockholm`.
    #[serde(default = "default_tz")]
    #[schema(example = "Europe/Stockholm", max_length = 64)]
    pub time_zone: String,
}
crate::objects_only!(Cadence);

fn default_tz() -> String {
    DEFAULT_TIME_ZONE.into()
}

const ALLOWED_FREQ: &[&str] = &["DAILY", "WEEKLY", "MONTHLY", "YEARLY"];
/// Parts a council cadence may not use: the start time sets the time of day, so a council meets
/// at most once a day (and 366 times a year).
const REFUSED_PARTS: &[&str] = &["BYHOUR", "BYMINUTE", "BYSECOND", "DTSTART"];
/// A rule with `COUNT` is expanded from its first date (the count runs from there): at most this.
const COUNT_MAX: u32 = 1000;
/// How far ahead an expansion looks, and within what a cadence must give a meeting.
pub const HORIZON_DAYS: i64 = 2 * 366;

fn invalid(message: impl Into<String>) -> FieldError {
    FieldError::new("cadence.rrule", FieldCode::Invalid, message)
}

/// The rule's parts, upper-cased: `FREQ=MONTHLY;BYDAY=2TU` → [("FREQ", "MONTHLY"), ("BYDAY", "2TU")].
fn parts(rule: &str) -> Result<Vec<(String, String)>, FieldError> {
    rule.split(';')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').ok_or_else(|| invalid(format!("`{p}` is not NAME=VALUE.")))?;
            Ok((k.trim().to_ascii_uppercase(), v.trim().to_ascii_uppercase()))
        })
        .collect()
}

/// The rule's text with `starts_on` moved forward by whole periods of the rule so that it lies
/// shortly before `from`: every occurrence from `from` on stays the same (the parts RFC 5545
/// takes from the start date are written out), and the work of an expansion no longer grows
/// with the years since the series began. A rule with `COUNT` is left as it is.
fn fast_forward(parts: &[(String, String)], starts_on: NaiveDate, from: NaiveDate) -> (NaiveDate, Vec<String>) {
    let get = |k: &str| parts.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let rule: Vec<String> = parts.iter().map(|(k, v)| format!("{k}={v}")).collect();
    if get("COUNT").is_some() || starts_on >= from {
        return (starts_on, rule);
    }
    let interval = get("INTERVAL").and_then(|v| v.parse::<i64>().ok()).filter(|i| *i > 0).unwrap_or(1);
    let has_day = ["BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYDAY"].iter().any(|k| get(k).is_some());
    let mut extra = vec![];
    // Whole periods to skip, one fewer than fit, so the new start is at least a period before `from`.
    let skip = |periods: i64| (periods / interval - 1).max(0) * interval;
    let moved = match get("FREQ").unwrap_or_default() {
        "DAILY" => starts_on.checked_add_days(chrono::Days::new(skip((from - starts_on).num_days()) as u64)),
        "WEEKLY" => {
            if !has_day {
                extra.push(format!("BYDAY={}", &starts_on.weekday().to_string()[..2].to_ascii_uppercase()));
            }
            starts_on.checked_add_days(chrono::Days::new(7 * skip((from - starts_on).num_days() / 7) as u64))
        }
        "MONTHLY" => {
            if !has_day {
                extra.push(format!("BYMONTHDAY={}", starts_on.day()));
            }
            let months =
                i64::from(from.year() - starts_on.year()) * 12 + i64::from(from.month()) - i64::from(starts_on.month());
            starts_on.with_day(1).and_then(|d| d.checked_add_months(chrono::Months::new(skip(months) as u32)))
        }
        "YEARLY" => {
            if !has_day {
                if get("BYMONTH").is_none() {
                    extra.push(format!("BYMONTH={}", starts_on.month()));
                }
                extra.push(format!("BYMONTHDAY={}", starts_on.day()));
            }
            let years = i64::from(from.year() - starts_on.year());
            NaiveDate::from_ymd_opt(starts_on.year() + skip(years) as i32, 1, 1)
        }
        _ => None,
    };
    match moved {
        Some(d) if d > starts_on => (d, rule.into_iter().chain(extra).collect()),
        _ => (starts_on, rule),
    }
}

/// The series of `c` that began on `starts_on`, set up to be expanded from `from` on.
fn series(c: &Cadence, starts_on: NaiveDate, from: NaiveDate) -> Result<RRuleSet, FieldError> {
    let tz: chrono_tz::Tz = c.time_zone.parse().map_err(|_| {
        FieldError::new("cadence.time_zone", FieldCode::Invalid, "Not an IANA time zone, e.g. Europe/Stockholm.")
    })?;
    let time = NaiveTime::parse_from_str(&c.start_time, "%H:%M")
        .map_err(|_| FieldError::new("cadence.start_time", FieldCode::Invalid, "A time of day, HH:MM."))?;
    let rule = c.rrule.trim();
    let rule = rule.strip_prefix("RRULE:").unwrap_or(rule);
    if rule.chars().any(|ch| ch.is_control()) {
        return Err(invalid("Only the RRULE value, on one line."));
    }
    let parts = parts(rule)?;
    if let Some((k, _)) = parts.iter().find(|(k, _)| REFUSED_PARTS.contains(&k.as_str())) {
        return Err(invalid(format!(
            "{k} is not allowed: a council meets at most once a day, at its start time (start_time)."
        )));
    }
    match parts.iter().find(|(k, _)| k == "FREQ") {
        Some((_, f)) if ALLOWED_FREQ.contains(&f.as_str()) => {}
        _ => {
            return Err(FieldError::new(
                "cadence.rrule",
                FieldCode::InvalidFrequency,
                "FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY.",
            ));
        }
    }
    if let Some((_, n)) = parts.iter().find(|(k, _)| k == "COUNT")
        && n.parse::<u32>().map_or(true, |n| n > COUNT_MAX)
    {
        return Err(invalid(format!("COUNT is at most {COUNT_MAX}.")));
    }
    let (starts_on, rule) = fast_forward(&parts, starts_on, from);
    let start = tz.from_local_datetime(&starts_on.and_time(time)).earliest().ok_or_else(|| {
        FieldError::new("cadence.start_time", FieldCode::Invalid, "This time does not exist on the first day.")
    })?;
    let text = format!("DTSTART;TZID={}:{}\nRRULE:{}", tz.name(), start.format("%Y%m%dT%H%M%S"), rule.join(";"));
    text.parse::<RRuleSet>().map_err(|e| invalid(format!("Not a valid RFC 5545 RRULE: {e}")))
}

/// Up to `n` dates of `set` after `after`, looking no further than [`HORIZON_DAYS`] ahead.
fn expand(set: RRuleSet, after: DateTime<Utc>, n: u16) -> Vec<DateTime<FixedOffset>> {
    let tz = rrule::Tz::UTC;
    let until = after + chrono::Duration::days(HORIZON_DAYS);
    set.after(after.with_timezone(&tz))
        .before(until.with_timezone(&tz))
        .all(n)
        .dates
        .into_iter()
        .map(|d| d.fixed_offset())
        .collect()
}

/// Check a cadence; the errors name the field that is wrong.
pub fn validate(c: &Cadence, errors: &mut Vec<FieldError>) {
    if c.rrule.chars().count() > RRULE_MAX {
        errors.push(FieldError::new("cadence.rrule", FieldCode::TooLong, format!("At most {RRULE_MAX} characters.")));
        return;
    }
    if c.time_zone.chars().count() > TIME_ZONE_MAX {
        errors.push(FieldError::new(
            "cadence.time_zone",
            FieldCode::TooLong,
            format!("At most {TIME_ZONE_MAX} characters."),
        ));
        return;
    }
    if !(5..=1440).contains(&c.duration_minutes) {
        errors.push(FieldError::new("cadence.duration_minutes", FieldCode::OutOfRange, "Between 5 and 1440 minutes."));
    }
    let before = errors.len();
    if c.time_zone.parse::<chrono_tz::Tz>().is_err() {
        errors.push(FieldError::new(
            "cadence.time_zone",
            FieldCode::Invalid,
            "Not an IANA time zone, e.g. Europe/Stockholm.",
        ));
    }
    if NaiveTime::parse_from_str(&c.start_time, "%H:%M").is_err() {
        errors.push(FieldError::new("cadence.start_time", FieldCode::Invalid, "A time of day, HH:MM."));
    }
    if errors.len() == before {
        let now = Utc::now();
        let today = super::time::date_in_stockholm(now);
        match series(c, today, today) {
            Err(e) => errors.push(e),
            Ok(s) => {
                if expand(s, now, 1).is_empty() {
                    errors.push(FieldError::new(
                        "cadence.rrule",
                        FieldCode::NeverOccurs,
                        "This rule gives no meeting within two years (e.g. 30 February).",
                    ));
                }
            }
        }
    }
}

/// The occurrences of `c` (a series that began on `starts_on`) from `from` (inclusive) until
/// `to` (exclusive), at most `max` of them. The work is bounded by `max` and the span, whatever
/// `starts_on` is.
pub fn occurrences(
    c: &Cadence,
    starts_on: NaiveDate,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    max: usize,
) -> Vec<DateTime<Utc>> {
    let Some(day_before) = from.date_naive().pred_opt() else { return vec![] };
    let Ok(set) = series(c, starts_on, day_before) else { return vec![] };
    let tz = rrule::Tz::UTC;
    set.after(from.with_timezone(&tz))
        .before(to.with_timezone(&tz))
        .all(max.min(usize::from(u16::MAX)) as u16)
        .dates
        .into_iter()
        .map(|d| d.with_timezone(&Utc))
        .filter(|d| *d < to)
        .collect()
}

/// The next `n` meetings after `now` (within [`HORIZON_DAYS`]), in the cadence's time zone, for
/// a series that began on `starts_on`. The work is bounded whatever `starts_on` is.
pub fn next_meetings(c: &Cadence, starts_on: NaiveDate, now: DateTime<Utc>, n: u16) -> Vec<DateTime<FixedOffset>> {
    let from = now.date_naive() - chrono::Days::new(1);
    let Ok(set) = series(c, starts_on, from) else { return vec![] };
    let tz: chrono_tz::Tz = c.time_zone.parse().unwrap_or(chrono_tz::Europe::Stockholm);
    expand(set, now, n).into_iter().map(|d| d.with_timezone(&tz).fixed_offset()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cadence(rrule: &str) -> Cadence {
        Cadence {
            rrule: rrule.into(),
            start_time: "18:00".into(),
            duration_minutes: 90,
            time_zone: DEFAULT_TIME_ZONE.into(),
        }
    }

    #[test]
    fn second_tuesday_monthly_in_stockholm_time_across_daylight_saving() {
        let now = Utc.with_ymd_and_hms(2026, 2, 1, 0, 0, 0).unwrap();
        let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let dates: Vec<String> =
            next_meetings(&cadence("FREQ=MONTHLY;BYDAY=2TU"), start, now, 5).iter().map(|d| d.to_rfc3339()).collect();
        assert_eq!(
            dates,
            [
                "2026-02-10T18:00:00+01:00",
                "2026-03-10T18:00:00+01:00",
                "2026-04-14T18:00:00+02:00",
                "2026-05-12T18:00:00+02:00",
                "2026-06-09T18:00:00+02:00",
            ]
        );
    }

    #[test]
    fn bad_rules_zones_and_times_are_refused_at_their_field() {
        let check = |c: Cadence| {
            let mut e = vec![];
            validate(&c, &mut e);
            e.into_iter().map(|e| (e.field, e.code.as_str().to_owned())).collect::<Vec<_>>()
        };
        assert!(check(cadence("FREQ=WEEKLY;BYDAY=MO")).is_empty());
        assert_eq!(check(cadence("FREQ=MONTHLY;BYDAY=XX")), [("cadence.rrule".to_string(), "invalid".to_string())]);
        assert_eq!(check(cadence("FREQ=SECONDLY")), [("cadence.rrule".to_string(), "invalid_frequency".to_string())]);
        assert_eq!(
            check(cadence("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")),
            [("cadence.rrule".to_string(), "never_occurs".to_string())]
        );
        assert_eq!(
            check(cadence("FREQ=DAILY\nDTSTART:20200101T000000Z")),
            [("cadence.rrule".to_string(), "invalid".to_string())]
        );
        let mut c = cadence("FREQ=DAILY");
        c.time_zone = "Mars/Olympus".into();
        c.start_time = "25:00".into();
        assert_eq!(check(c).len(), 2);
    }

    /// The reference: every occurrence from the original start, however long ago.
    fn walked_from_start(c: &Cadence, starts_on: NaiveDate, now: DateTime<Utc>, n: u16) -> Vec<String> {
        let set = series(c, starts_on, starts_on).unwrap();
        let horizon = now + chrono::Duration::days(HORIZON_DAYS);
        set.after(now.with_timezone(&rrule::Tz::UTC))
            .all(n)
            .dates
            .iter()
            .filter(|d| d.with_timezone(&Utc) < horizon)
            .map(|d| d.fixed_offset().to_rfc3339())
            .collect()
    }

    #[test]
    fn a_series_begun_long_ago_gives_the_same_dates_as_one_walked_from_its_start() {
        let now = Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap();
        let rules = [
            "FREQ=MONTHLY;BYDAY=2TU",
            "FREQ=MONTHLY",
            "FREQ=MONTHLY;INTERVAL=5",
            "FREQ=WEEKLY;INTERVAL=3",
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
            "FREQ=DAILY;INTERVAL=7",
            "FREQ=YEARLY",
            "FREQ=YEARLY;INTERVAL=3;BYMONTH=3;BYDAY=-1FR",
            "FREQ=MONTHLY;BYMONTHDAY=-1;INTERVAL=2",
            "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
            "FREQ=YEARLY;BYWEEKNO=10;BYDAY=WE",
        ];
        // Days that test month ends, leap days and a Sunday.
        let starts = [(1900, 1, 31), (1996, 2, 29), (2011, 10, 30), (2024, 5, 31), (2026, 11, 30)];
        let mut compared = 0;
        for rule in rules {
            for (y, m, d) in starts {
                let start = NaiveDate::from_ymd_opt(y, m, d).unwrap();
                let c = cadence(rule);
                let fast: Vec<String> = next_meetings(&c, start, now, 5).iter().map(|d| d.to_rfc3339()).collect();
                assert_eq!(fast, walked_from_start(&c, start, now, 5), "{rule} from {start}");
                compared += fast.len();
            }
        }
        assert!(compared > 200, "only {compared} dates compared");
    }

    #[test]
    fn a_rule_with_count_runs_from_its_first_date() {
        let now = Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap();
        let start = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        let dates = next_meetings(&cadence("FREQ=MONTHLY;COUNT=13"), start, now, 5);
        assert_eq!(
            dates.iter().map(|d| d.to_rfc3339()).collect::<Vec<_>>(),
            ["2026-12-05T18:00:00+01:00", "2027-01-05T18:00:00+01:00"]
        );
    }

    #[test]
    fn more_than_one_meeting_a_day_and_huge_counts_are_refused() {
        let check = |rule: &str| {
            let mut e = vec![];
            validate(&cadence(rule), &mut e);
            e.into_iter().map(|e| e.code.as_str().to_owned()).collect::<Vec<_>>()
        };
        assert_eq!(
            check("FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23"),
            ["invalid"]
        );
        assert_eq!(check("FREQ=DAILY;BYMINUTE=0,30"), ["invalid"]);
        assert_eq!(check("FREQ=DAILY;BYSECOND=1"), ["invalid"]);
        assert_eq!(check("FREQ=HOURLY"), ["invalid_frequency"]);
        assert_eq!(check("FREQ=DAILY;COUNT=1001"), ["invalid"]);
        assert!(check("FREQ=DAILY;COUNT=1000").is_empty());
        assert_eq!(check("FREQ=YEARLY;INTERVAL=5;BYMONTH=2;BYMONTHDAY=29"), ["never_occurs"]);
    }
}
