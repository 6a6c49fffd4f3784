//! Contact routes: who to contact for what. Channels (phone numbers in E.164, e-mail and web
//! addresses checked), opening hours in Europe/Stockholm with `open_at`, the response target as
//! an ISO 8601 duration, staleness, and the rule that backup and escalation routes never lead
//! back to the route itself.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Datelike, NaiveTime, Utc};
use chrono_tz::Europe::Stockholm;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::contact;
use super::text::{Bounded, Check, Checked, Line, Name};
use super::time::Day;
use super::validation::{FieldCode, Problems};
use crate::domain_enum;

domain_enum! {
    /// Who is asking: the side a route serves.
    FromAudience (test from_audience_round_trips) {
        CityStaff => "city_staff",
        Police => "police",
        HousingCompany => "housing_company",
        School => "school",
        Business => "business",
        Resident => "resident",
        /// Anyone.
        Any => "any",
    }
}

domain_enum! {
    /// Who may see a route: everyone (the public directory) or those logged in.
    RouteAudience (test route_audience_round_trips) {
        Public => "public",
        Internal => "internal",
    }
}

domain_enum! {
    /// How a route is reached.
    ChannelType (test channel_type_round_trips) {
        Phone => "phone",
        Email => "email",
        Web => "web",
        /// A visiting address (a reception, a police station).
        InPerson => "in_person",
    }
}

domain_enum! {
    /// A day of the week.
    Weekday (test weekday_round_trips) {
        Mon => "mon",
        Tue => "tue",
        Wed => "wed",
        Thu => "thu",
        Fri => "fri",
        Sat => "sat",
        Sun => "sun",
    }
}

impl Weekday {
    pub fn of(day: chrono::Weekday) -> Self {
        use chrono::Weekday as W;
        match day {
            W::Mon => Weekday::Mon,
            W::Tue => Weekday::Tue,
            W::Wed => Weekday::Wed,
            W::Thu => Weekday::Thu,
            W::Fri => Weekday::Fri,
            W::Sat => Weekday::Sat,
            W::Sun => Weekday::Sun,
        }
    }
}

/// One way to reach a route: a function or shared mailbox, never a private person's own.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Channel {
    #[serde(rename = "type")]
    pub type_: ChannelType,
    /// A phone number (stored and shown in E.164, `+46850829000`), an e-mail address, a web
    /// address, or a visiting address.
    pub value: Name<300>,
    /// E.g. "växeln, be om trygghetssamordnaren".
    #[serde(default)]
    pub note: Option<Line<200>>,
}
crate::objects_only!(Channel);

/// A route has at most this many channels.
pub const MAX_CHANNELS: usize = 10;

/// `value` as E.164 (`+46850829000`), read as a Swedish number when it has no country code.
pub fn e164(value: &str) -> Option<String> {
    let n = phonenumber::parse(Some(phonenumber::country::Id::SE), value).ok()?;
    phonenumber::is_valid(&n).then(|| n.format().mode(phonenumber::Mode::E164).to_string())
}

/// Each channel's value checked and normalised for its type: phone numbers to E.164, e-mail
/// addresses lower-cased, web addresses parsed. Problems name `channels[i].value`.
pub fn normalise_channels(channels: Vec<Channel>, problems: &mut Problems) -> Vec<Channel> {
    channels
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let value: &str = c.value.trim();
            let normal = match c.type_ {
                ChannelType::Phone => e164(value).ok_or(
                    "Not a phone number that can be written in E.164 (+46 …). 112 and 114 14 are always shown; \
                     they are not routes.",
                ),
                ChannelType::Email => contact::Email::check(value).map_err(|_| "Not a valid e-mail address."),
                ChannelType::Web => contact::Web::check(value).map_err(|_| "Not a web address (http:// or https://)."),
                ChannelType::InPerson => Ok(value.to_owned()),
            };
            match normal {
                Ok(v) => Channel { value: Name::new(&v).unwrap_or(c.value), ..c },
                Err(msg) => {
                    problems.add(format!("channels[{i}].value"), FieldCode::Invalid, msg);
                    c
                }
            }
        })
        .collect()
}

/// A time of day, `HH:MM` (24-hour); `24:00` closes at midnight.
pub type ClockTime = Checked<Clock>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clock;

impl Check for Clock {
    const NAME: &'static str = "ClockTime";
    const MAX: usize = 5;
    const PATTERN: &'static str = r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$";
    const DESCRIPTION: &'static str = "A time of day, HH:MM (24-hour); 24:00 is midnight at the end of the day.";
    const EXAMPLE: Option<&'static str> = Some("08:00");

    fn check(value: &str) -> Result<String, (FieldCode, String)> {
        if minutes(value).is_some() {
            Ok(value.to_owned())
        } else {
            Err((FieldCode::Invalid, "A time of day, HH:MM.".into()))
        }
    }
}

/// Minutes after midnight of `HH:MM` (24:00 is 1440).
pub fn minutes(value: &str) -> Option<u32> {
    let (h, m) = value.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    match (h, m) {
        (24, 0) => Some(1440),
        (0..=23, 0..=59) => Some(h * 60 + m),
        _ => None,
    }
}

/// Open on a day of the week, from `opens` to `closes`.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct WeeklyHours {
    pub day: Weekday,
    pub opens: ClockTime,
    pub closes: ClockTime,
}
crate::objects_only!(WeeklyHours);

/// A dated exception (a holiday, a closed day): open only from `opens` to `closes` that day, or
/// closed all day when they are left out.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct DatedHours {
    pub date: Day,
    #[serde(default)]
    pub opens: Option<ClockTime>,
    #[serde(default)]
    pub closes: Option<ClockTime>,
    /// E.g. "Julafton".
    #[serde(default)]
    pub note: Option<Line<200>>,
}
crate::objects_only!(DatedHours);

/// When a route answers, in Europe/Stockholm: a weekly schedule and dated exceptions.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq, Default)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct OpeningHours {
    #[serde(default)]
    #[schema(inline)]
    pub weekly: Bounded<WeeklyHours, 50>,
    #[serde(default)]
    #[schema(inline)]
    pub exceptions: Bounded<DatedHours, 100>,
}
crate::objects_only!(OpeningHours);

impl OpeningHours {
    /// Every slot opens before it closes; an exception gives both times or neither. Problems
    /// name `opening_hours.…`.
    pub fn check(&self, problems: &mut Problems) {
        for (i, w) in self.weekly.iter().enumerate() {
            if minutes(w.opens.as_str()).is_none() || minutes(w.closes.as_str()).is_none() {
                problems.add(
                    format!("opening_hours.weekly[{i}]"),
                    FieldCode::Required,
                    "Give the times it opens and closes.",
                );
            } else if minutes(w.closes.as_str()) <= minutes(w.opens.as_str()) {
                problems.add(
                    format!("opening_hours.weekly[{i}].closes"),
                    FieldCode::Invalid,
                    "Closes before it opens.",
                );
            }
        }
        for (i, e) in self.exceptions.iter().enumerate() {
            let opens = e.opens.as_ref().filter(|t| !t.as_str().is_empty());
            let closes = e.closes.as_ref().filter(|t| !t.as_str().is_empty());
            match (opens, closes) {
                (Some(o), Some(c)) if minutes(c.as_str()) <= minutes(o.as_str()) => problems.add(
                    format!("opening_hours.exceptions[{i}].closes"),
                    FieldCode::Invalid,
                    "Closes before it opens.",
                ),
                (Some(_), None) | (None, Some(_)) => problems.add(
                    format!("opening_hours.exceptions[{i}]"),
                    FieldCode::Required,
                    "Give both opens and closes, or neither (closed all day).",
                ),
                _ => {}
            }
        }
    }

    /// Whether the route is open at `t` (in Stockholm's local time): a dated exception for
    /// that day decides alone; otherwise the weekly schedule.
    pub fn open_at(&self, t: DateTime<Utc>) -> bool {
        let local = t.with_timezone(&Stockholm);
        let date = local.date_naive();
        let now = local.time().signed_duration_since(NaiveTime::MIN).num_minutes() as u32;
        let within = |o: &str, c: &str| matches!((minutes(o), minutes(c)), (Some(o), Some(c)) if o <= now && now < c);
        let exceptions: Vec<&DatedHours> = self.exceptions.iter().filter(|e| *e.date == date).collect();
        if !exceptions.is_empty() {
            return exceptions
                .iter()
                .any(|e| matches!((&e.opens, &e.closes), (Some(o), Some(c)) if within(o.as_str(), c.as_str())));
        }
        let day = Weekday::of(local.weekday());
        self.weekly.iter().any(|w| w.day == day && within(w.opens.as_str(), w.closes.as_str()))
    }
}

/// A response target as an ISO 8601 duration (`PT4H`, `P2D`, `P1W`): days, hours and minutes
/// only (a month has no fixed length), more than nothing and at most a year.
pub type ResponseTarget = Checked<TargetDuration>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetDuration;

/// The longest target: a year.
const MAX_TARGET_SECONDS: i64 = 366 * 24 * 3600;

impl Check for TargetDuration {
    const NAME: &'static str = "ResponseTarget";
    const MAX: usize = 40;
    const PATTERN: &'static str = r"^P(?:[0-9]+W|(?:[0-9]+D)?(?:T(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?)$";
    const DESCRIPTION: &'static str = "An ISO 8601 duration in weeks, days, hours, minutes or seconds (PT4H, P2D, P1W): more than none, at most a year.";

    fn check(value: &str) -> Result<String, (FieldCode, String)> {
        match target_seconds(value) {
            Some(_) => Ok(value.to_owned()),
            None => Err((
                FieldCode::Invalid,
                "An ISO 8601 duration in weeks, days, hours or minutes (PT4H, P2D, P1W), more than none and at most a year."
                    .into(),
            )),
        }
    }
}

/// The seconds in a response target, when it is one the API takes.
pub fn target_seconds(value: &str) -> Option<i64> {
    let d = iso8601::duration(value).ok()?;
    let secs = match d {
        iso8601::Duration::Weeks(w) => i64::from(w) * 7 * 86400,
        iso8601::Duration::YMDHMS { year, month, day, hour, minute, second, millisecond } => {
            if year != 0 || month != 0 || millisecond != 0 {
                return None;
            }
            i64::from(day) * 86400 + i64::from(hour) * 3600 + i64::from(minute) * 60 + i64::from(second)
        }
    };
    (1..=MAX_TARGET_SECONDS).contains(&secs).then_some(secs)
}

/// Days without verification after which a route is stale (the configuration sets it once at
/// start; 180 unless set otherwise).
static STALE_DAYS: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(180);

/// Set the stale period (at start, from the configuration).
pub fn set_stale_days(days: i64) {
    STALE_DAYS.store(days, std::sync::atomic::Ordering::Relaxed);
}

/// How long a route stays fresh after it was verified.
pub fn stale_period() -> chrono::Duration {
    chrono::Duration::days(STALE_DAYS.load(std::sync::atomic::Ordering::Relaxed))
}

/// A route not verified within `period` of now is stale.
pub fn is_stale(last_verified_at: DateTime<Utc>, now: DateTime<Utc>, period: chrono::Duration) -> bool {
    last_verified_at + period < now
}

/// Whether following backup and escalation routes (`next`) from `start` comes back to `route`.
/// Each route is visited once, so the walk ends however the routes are linked.
pub fn leads_back(route: Uuid, start: &[Uuid], next: &HashMap<Uuid, Vec<Uuid>>) -> bool {
    let mut seen = HashSet::new();
    let mut todo: Vec<Uuid> = start.to_vec();
    while let Some(r) = todo.pop() {
        if r == route {
            return true;
        }
        if seen.insert(r) {
            todo.extend(next.get(&r).into_iter().flatten().copied());
        }
    }
    false
}

/// How specific an area of a given kind is for a lookup: 0 is the neighbourhood itself, 4 a
/// route for every area.
pub fn specificity(kind: super::area::AreaKind) -> u8 {
    use super::area::AreaKind as K;
    match kind {
        K::Neighbourhood => 0,
        K::District | K::LocalPoliceArea => 1,
        K::PoliceDistrict => 2,
        _ => 3,
    }
}

/// The number residents call in an emergency, and for police matters that are not urgent.
pub const EMERGENCY_PHONE: &str = "112";
pub const POLICE_NON_URGENT_PHONE: &str = "114 14";

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn hours(weekly: Vec<(Weekday, &str, &str)>, exceptions: Vec<(&str, Option<(&str, &str)>)>) -> OpeningHours {
        OpeningHours {
            weekly: Bounded::new(
                weekly
                    .into_iter()
                    .map(|(day, o, c)| WeeklyHours {
                        day,
                        opens: Checked::new(o).unwrap(),
                        closes: Checked::new(c).unwrap(),
                    })
                    .collect(),
            )
            .unwrap(),
            exceptions: Bounded::new(
                exceptions
                    .into_iter()
                    .map(|(d, t)| DatedHours {
                        date: serde_json::from_value(serde_json::json!(d)).unwrap(),
                        opens: t.map(|(o, _)| Checked::new(o).unwrap()),
                        closes: t.map(|(_, c)| Checked::new(c).unwrap()),
                        note: None,
                    })
                    .collect(),
            )
            .unwrap(),
        }
    }

    #[test]
    fn phone_numbers_become_e164() {
        assert_eq!(e164("08-508 290 00").as_deref(), Some("+46850829000"));
        assert_eq!(e164("+46 8 508 290 00").as_deref(), Some("+46850829000"));
        assert_eq!(e164("070-123 45 67").as_deref(), Some("+46701234567"));
        assert_eq!(e164("call me"), None);
        assert_eq!(e164("12"), None);
    }

    #[test]
    fn channels_are_checked_by_type() {
        let ch = |t, v: &str| Channel { type_: t, value: Name::new(v).unwrap(), note: None };
        let mut p = Problems::default();
        let out = normalise_channels(
            vec![
                ch(ChannelType::Phone, "08-508 290 00"),
                ch(ChannelType::Email, "Trygg@Stockholm.se"),
                ch(ChannelType::Web, "https://polisen.se"),
            ],
            &mut p,
        );
        assert!(p.0.is_empty(), "{:?}", p.0);
        assert_eq!(&*out[0].value, "+46850829000");
        assert_eq!(&*out[1].value, "trygg@stockholm.se");
        normalise_channels(
            vec![ch(ChannelType::Phone, "nej"), ch(ChannelType::Email, "a@b"), ch(ChannelType::Web, "polisen.se")],
            &mut p,
        );
        let fields: Vec<&str> = p.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["channels[0].value", "channels[1].value", "channels[2].value"]);
    }

    #[test]
    fn open_now_follows_stockholm_time_and_exceptions() {
        let h = hours(
            vec![(Weekday::Mon, "08:00", "16:00"), (Weekday::Sat, "10:00", "24:00")],
            vec![("2026-12-07", None), ("2026-12-05", Some(("12:00", "13:00")))],
        );
        // Monday 2026-11-30 07:30 UTC is 08:30 in Stockholm (CET, UTC+1).
        assert!(h.open_at(Utc.with_ymd_and_hms(2026, 11, 30, 7, 30, 0).unwrap()));
        assert!(!h.open_at(Utc.with_ymd_and_hms(2026, 11, 30, 6, 30, 0).unwrap()));
        assert!(!h.open_at(Utc.with_ymd_and_hms(2026, 11, 30, 15, 0, 0).unwrap()), "16:00 is closed");
        // Summer time: 2026-06-01 (Monday) 06:30 UTC is 08:30 in Stockholm (CEST).
        assert!(h.open_at(Utc.with_ymd_and_hms(2026, 6, 1, 6, 30, 0).unwrap()));
        // The exception closes Monday 2026-12-07 all day.
        assert!(!h.open_at(Utc.with_ymd_and_hms(2026, 12, 7, 9, 0, 0).unwrap()));
        // Saturday 2026-12-05: only 12–13 that day.
        assert!(!h.open_at(Utc.with_ymd_and_hms(2026, 12, 5, 10, 0, 0).unwrap()));
        assert!(h.open_at(Utc.with_ymd_and_hms(2026, 12, 5, 11, 30, 0).unwrap()));
        // Saturday 2026-12-12 until midnight: 22:59 UTC is 23:59 local.
        assert!(h.open_at(Utc.with_ymd_and_hms(2026, 12, 12, 22, 59, 0).unwrap()));
        assert!(!h.open_at(Utc.with_ymd_and_hms(2026, 12, 13, 9, 0, 0).unwrap()), "Sunday");
    }

    #[test]
    fn hours_that_close_before_they_open_are_named() {
        let mut p = Problems::default();
        hours(vec![(Weekday::Tue, "16:00", "08:00")], vec![("2026-12-24", Some(("10:00", "10:00")))]).check(&mut p);
        let fields: Vec<&str> = p.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["opening_hours.weekly[0].closes", "opening_hours.exceptions[0].closes"]);
    }

    #[test]
    fn response_targets_are_fixed_lengths() {
        assert_eq!(target_seconds("PT4H"), Some(4 * 3600));
        assert_eq!(target_seconds("P2D"), Some(2 * 86400));
        assert_eq!(target_seconds("P1W"), Some(7 * 86400));
        assert_eq!(target_seconds("P1DT12H"), Some(36 * 3600));
        assert_eq!(target_seconds("P1M"), None, "a month has no fixed length");
        assert_eq!(target_seconds("PT0S"), None);
        assert_eq!(target_seconds("P400D"), None);
        assert_eq!(target_seconds("4 hours"), None);
    }

    #[test]
    fn backup_and_escalation_never_lead_back() {
        let (a, b, c) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        let next = HashMap::from([(b, vec![c]), (c, vec![b])]);
        assert!(!leads_back(a, &[b], &next), "a loop elsewhere does not concern a");
        let next = HashMap::from([(b, vec![c]), (c, vec![a])]);
        assert!(leads_back(a, &[b], &next));
        assert!(leads_back(a, &[a], &HashMap::new()), "itself");
    }

    #[test]
    fn a_route_goes_stale_after_the_period() {
        let t = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let p = chrono::Duration::days(180);
        assert!(!is_stale(t, t + chrono::Duration::days(180), p));
        assert!(is_stale(t, t + chrono::Duration::days(181), p));
    }
}
