//! Indicators: the measures a situation picture and its yearly follow-up read (the city's safety
//! survey, the police survey, NTU, reported crime, observations), and the periods their values
//! are for.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, de};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::{PartialSchema, ToSchema};

use super::time::{FIRST_YEAR, LAST_YEAR};
use super::validation::{FieldCode, coded};
use crate::domain_enum;

domain_enum! {
    /// Which way is better for an indicator's value.
    BetterDirection (test better_direction_round_trips) {
        Higher => "higher",
        Lower => "lower",
    }
}

domain_enum! {
    /// Where an indicator's values come from.
    IndicatorSource (test indicator_source_round_trips) {
        /// The city's safety survey (trygghetsmätning).
        CitySafetySurvey => "city_safety_survey",
        /// The police region's survey (polisens trygghetsmätning).
        PoliceSurvey => "police_survey",
        /// Brå's national crime survey (Nationella trygghetsundersökningen).
        Ntu => "ntu",
        /// Crimes reported to the police (anmälda brott).
        ReportedCrime => "reported_crime",
        /// Observations (e.g. EST reports).
        Observations => "observations",
        Other => "other",
    }
}

impl BetterDirection {
    /// Whether going from `from` to `to` is a move the better way (no change is not).
    pub fn improved(self, from: f64, to: f64) -> bool {
        match self {
            BetterDirection::Higher => to > from,
            BetterDirection::Lower => to < from,
        }
    }

    /// Whether `value` has reached `target` (equal counts as reached).
    pub fn reached(self, value: f64, target: f64) -> bool {
        match self {
            BetterDirection::Higher => value >= target,
            BetterDirection::Lower => value <= target,
        }
    }
}

/// What a period's part of the year is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Part {
    Year,
    Half(u8),
    Quarter(u8),
    Month(u8),
}

/// The period a value is for: a year `2025`, a half-year `2025-H1`, a quarter `2025-Q3` or a
/// month `2025-03`. Ordered by when it starts, the longer first when two start together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    year: i32,
    part: Part,
}

/// What a [`Period`] matches, as the schema states it.
pub const PERIOD_PATTERN: &str = r"^(19[0-9]{2}|2[01][0-9]{2}|2200)(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$";

impl Period {
    pub fn parse(text: &str) -> Result<Period, (FieldCode, String)> {
        let invalid = || (FieldCode::Invalid, "A period: 2025, 2025-H1, 2025-Q3 or 2025-03.".to_string());
        let (year, rest) = match text.split_once('-') {
            Some((y, r)) => (y, Some(r)),
            None => (text, None),
        };
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid());
        }
        let year: i32 = year.parse().map_err(|_| invalid())?;
        if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
            return Err((FieldCode::OutOfRange, format!("A year from {FIRST_YEAR} to {LAST_YEAR}.")));
        }
        let number = |s: &str, max: u8| -> Option<u8> {
            (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u8>().ok())
                .flatten()
                .filter(|n| (1..=max).contains(n))
        };
        let part = match rest {
            None => Part::Year,
            Some(r) if r.starts_with('H') => {
                Part::Half(number(&r[1..], 2).filter(|_| r.len() == 2).ok_or_else(invalid)?)
            }
            Some(r) if r.starts_with('Q') => {
                Part::Quarter(number(&r[1..], 4).filter(|_| r.len() == 2).ok_or_else(invalid)?)
            }
            Some(r) if r.len() == 2 => Part::Month(number(r, 12).ok_or_else(invalid)?),
            Some(_) => return Err(invalid()),
        };
        Ok(Period { year, part })
    }

    /// A period the database holds: every one was parsed when it was written.
    pub fn stored(text: &str) -> Period {
        Period::parse(text).unwrap_or(Period { year: FIRST_YEAR, part: Part::Year })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    /// The first month (1–12) and the number of months.
    fn months(self) -> (u32, u32) {
        match self.part {
            Part::Year => (1, 12),
            Part::Half(h) => (u32::from(h - 1) * 6 + 1, 6),
            Part::Quarter(q) => (u32::from(q - 1) * 3 + 1, 3),
            Part::Month(m) => (u32::from(m), 1),
        }
    }

    /// The first day of the period.
    pub fn start(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.months().0, 1).unwrap_or(NaiveDate::MIN)
    }

    /// The last day of the period.
    pub fn end(self) -> NaiveDate {
        let (first, count) = self.months();
        let after = first + count;
        let next = if after > 12 {
            NaiveDate::from_ymd_opt(self.year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(self.year, after, 1)
        };
        next.and_then(|d| d.pred_opt()).unwrap_or(NaiveDate::MAX)
    }

    /// Whether the period lies within the dates `from`–`to` (both included).
    pub fn within(self, from: NaiveDate, to: NaiveDate) -> bool {
        self.start() >= from && self.end() <= to
    }
}

impl Ord for Period {
    fn cmp(&self, other: &Self) -> Ordering {
        self.start().cmp(&other.start()).then_with(|| other.end().cmp(&self.end()))
    }
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.part {
            Part::Year => write!(f, "{}", self.year),
            Part::Half(h) => write!(f, "{}-H{h}", self.year),
            Part::Quarter(q) => write!(f, "{}-Q{q}", self.year),
            Part::Month(m) => write!(f, "{}-{m:02}", self.year),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        let text = Cow::<str>::deserialize(de)?;
        Period::parse(&text)
            .map_err(|(code, message)| de::Error::custom(coded(code, message, serde_json::json!("2025"))))
    }
}

impl PartialSchema for Period {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .pattern(Some(PERIOD_PATTERN))
            .description(Some(format!(
                "A period: a year (2025), a half-year (2025-H1), a quarter (2025-Q3) or a month (2025-03), from {FIRST_YEAR} to {LAST_YEAR}."
            )))
            .examples(["2025"])
            .into()
    }
}

impl ToSchema for Period {}

pub use super::text::Code;

/// The change from `from` to `to` and whether it went the better way.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, ToSchema)]
pub struct Change {
    /// `to − from`.
    pub delta: f64,
    /// Whether it moved the better way (no change is not).
    pub improved: bool,
}

pub fn change(direction: BetterDirection, from: f64, to: f64) -> Change {
    // Rounded to six decimals: 52.6 − 50.8 is 1.8, not 1.8000000000000043.
    Change { delta: ((to - from) * 1e6).round() / 1e6, improved: direction.improved(from, to) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Period {
        Period::parse(s).unwrap()
    }

    #[test]
    fn periods_read_and_write_the_same_text() {
        for s in ["2025", "2025-H1", "2025-H2", "2025-Q1", "2025-Q4", "2025-01", "2025-12", "1900", "2200-12"] {
            assert_eq!(p(s).to_string(), s);
        }
    }

    #[test]
    fn malformed_periods_are_refused() {
        for s in [
            "",
            "25",
            "2025-",
            "2025-H3",
            "2025-Q0",
            "2025-Q5",
            "2025-13",
            "2025-00",
            "2025-1",
            "2025-H12",
            "+025",
            "2025-q1",
            "2025-03-01",
            "１２３４",
        ] {
            assert_eq!(Period::parse(s).unwrap_err().0, FieldCode::Invalid, "{s}");
        }
        assert_eq!(Period::parse("1899").unwrap_err().0, FieldCode::OutOfRange);
        assert_eq!(Period::parse("2201-Q1").unwrap_err().0, FieldCode::OutOfRange);
    }

    #[test]
    fn a_period_covers_its_days() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!((p("2025").start(), p("2025").end()), (d("2025-01-01"), d("2025-12-31")));
        assert_eq!((p("2025-H2").start(), p("2025-H2").end()), (d("2025-07-01"), d("2025-12-31")));
        assert_eq!((p("2025-Q3").start(), p("2025-Q3").end()), (d("2025-07-01"), d("2025-09-30")));
        assert_eq!((p("2024-02").start(), p("2024-02").end()), (d("2024-02-01"), d("2024-02-29")));
        assert!(p("2025-Q3").within(d("2025-01-01"), d("2025-12-31")));
        assert!(!p("2025").within(d("2025-01-01"), d("2025-06-30")));
    }

    #[test]
    fn periods_sort_by_start_longer_first() {
        let mut v = [p("2025-02"), p("2024"), p("2025-Q1"), p("2025"), p("2025-H1"), p("2025-01")];
        v.sort();
        let texts: Vec<String> = v.iter().map(|p| p.to_string()).collect();
        assert_eq!(texts, ["2024", "2025", "2025-H1", "2025-Q1", "2025-01", "2025-02"]);
    }

    #[test]
    fn codes_are_one_word() {
        assert!(Code::new("TRYGG_KVALL-2.1").is_ok());
        assert_eq!(Code::new("").unwrap_err().0, FieldCode::Required);
        assert_eq!(Code::new("_X").unwrap_err().0, FieldCode::Invalid);
        assert_eq!(Code::new("A B").unwrap_err().0, FieldCode::Invalid);
        assert_eq!(Code::new(&"A".repeat(51)).unwrap_err().0, FieldCode::TooLong);
    }

    #[test]
    fn better_depends_on_the_direction() {
        assert!(BetterDirection::Lower.improved(10.0, 9.0));
        assert!(!BetterDirection::Lower.improved(10.0, 10.0));
        assert!(BetterDirection::Higher.improved(10.0, 11.0));
        assert!(BetterDirection::Lower.reached(8.0, 8.0));
        assert!(!BetterDirection::Higher.reached(7.9, 8.0));
        assert_eq!(change(BetterDirection::Lower, 10.0, 12.0), Change { delta: 2.0, improved: false });
        assert_eq!(change(BetterDirection::Higher, 50.8, 52.6), Change { delta: 1.8, improved: true });
    }
}
