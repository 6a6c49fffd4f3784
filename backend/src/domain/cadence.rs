//! Meeting cadence: an RFC 5545 RRULE with a start time and a time zone, checked and expanded
//! with the `rrule` crate.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone, Utc};
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

const ALLOWED_FREQ: &[&str] = &["FREQ=DAILY", "FREQ=WEEKLY", "FREQ=MONTHLY", "FREQ=YEARLY"];

fn set(c: &Cadence, starts_on: NaiveDate) -> Result<RRuleSet, FieldError> {
    let tz: chrono_tz::Tz = c.time_zone.parse().map_err(|_| {
        FieldError::new("cadence.time_zone", FieldCode::Invalid, "Not an IANA time zone, e.g. Europe/Stockholm.")
    })?;
    let time = NaiveTime::parse_from_str(&c.start_time, "%H:%M")
        .map_err(|_| FieldError::new("cadence.start_time", FieldCode::Invalid, "A time of day, HH:MM."))?;
    let rule = c.rrule.trim().trim_start_matches("RRULE:");
    if rule.contains(['\n', '\r']) || rule.to_ascii_uppercase().contains("DTSTART") {
        return Err(FieldError::new(
            "cadence.rrule",
            FieldCode::Invalid,
            "Only the RRULE value, without DTSTART or line breaks.",
        ));
    }
    if !rule.split(';').any(|p| ALLOWED_FREQ.contains(&p.to_ascii_uppercase().as_str())) {
        return Err(FieldError::new(
            "cadence.rrule",
            FieldCode::InvalidFrequency,
            "FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY.",
        ));
    }
    let start = tz.from_local_datetime(&starts_on.and_time(time)).earliest().ok_or_else(|| {
        FieldError::new("cadence.start_time", FieldCode::Invalid, "This time does not exist on the first day.")
    })?;
    let text = format!("DTSTART;TZID={}:{}\nRRULE:{}", tz.name(), start.format("%Y%m%dT%H%M%S"), rule);
    text.parse::<RRuleSet>()
        .map_err(|e| FieldError::new("cadence.rrule", FieldCode::Invalid, format!("Not a valid RFC 5545 RRULE: {e}")))
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
        match set(c, Utc::now().date_naive()) {
            Err(e) => errors.push(e),
            Ok(s) => {
                if s.all(1).dates.is_empty() {
                    errors.push(FieldError::new(
                        "cadence.rrule",
                        FieldCode::NeverOccurs,
                        "This rule gives no meeting date (e.g. 30 February).",
                    ));
                }
            }
        }
    }
}

/// The next `n` meetings after `now`, in the cadence's time zone, for a series starting on
/// `starts_on`.
pub fn next_meetings(c: &Cadence, starts_on: NaiveDate, now: DateTime<Utc>, n: u16) -> Vec<DateTime<FixedOffset>> {
    let Ok(set) = set(c, starts_on) else { return vec![] };
    let tz: chrono_tz::Tz = c.time_zone.parse().unwrap_or(chrono_tz::Europe::Stockholm);
    let after = now.with_timezone(&rrule::Tz::Tz(tz));
    set.after(after).all(n).dates.into_iter().map(|d| d.fixed_offset()).collect()
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
}
