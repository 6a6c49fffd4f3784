//! Dates as the city lives them: "today" is the date in Stockholm, not in UTC; and every date a
//! request sends is a [`Day`] between 1900 and 2200, so no date arithmetic can overflow.

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

use chrono::{DateTime, Datelike, NaiveDate, SubsecRound, Utc};
use chrono_tz::Europe::Stockholm;
use serde::{Deserialize, Deserializer, Serialize, de};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, Schema, SchemaFormat, Type};
use utoipa::{PartialSchema, ToSchema};

use super::validation::{FieldCode, coded};

/// The first and last years a request may name.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2200;
/// What a [`Day`] matches, as the schema states it.
pub const DAY_PATTERN: &str = r"^(19[0-9]{2}|2[01][0-9]{2}|2200)-[0-9]{2}-[0-9]{2}$";

/// A date a request sends: `YYYY-MM-DD`, from 1900-01-01 to 2200-12-31. Dates outside are
/// refused where they are read (422 at the field in a body, 400 naming the query parameter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Day(NaiveDate);

impl Day {
    pub fn new(date: NaiveDate) -> Result<Day, (FieldCode, String)> {
        if (FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
            Ok(Day(date))
        } else {
            Err((FieldCode::OutOfRange, format!("A date from {FIRST_YEAR}-01-01 to {LAST_YEAR}-12-31.")))
        }
    }

    pub fn parse(text: &str) -> Result<Day, (FieldCode, String)> {
        let bytes = text.as_bytes();
        let shaped = bytes.len() == 10
            && bytes.iter().enumerate().all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() });
        let date = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().filter(|_| shaped);
        date.ok_or_else(|| (FieldCode::Invalid, "A date, YYYY-MM-DD.".to_string())).and_then(Day::new)
    }

    /// A date the database holds: every one was a `Day` when it was written.
    pub fn stored(date: NaiveDate) -> Day {
        Day(date)
    }

    pub fn date(self) -> NaiveDate {
        self.0
    }
}

/// Plain dates out of optional [`Day`]s, as the rules and the database take them.
pub trait Naive {
    type Out;
    fn naive(self) -> Self::Out;
}

impl Naive for Day {
    type Out = NaiveDate;
    fn naive(self) -> NaiveDate {
        self.0
    }
}

impl<T: Naive> Naive for Option<T> {
    type Out = Option<T::Out>;
    fn naive(self) -> Self::Out {
        self.map(Naive::naive)
    }
}

/// A moment a request sends: RFC 3339 with its offset (`2027-01-12T18:00:00+01:00` or `…Z`),
/// between 1900 and 2200; held in UTC, to the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Moment(DateTime<Utc>);

impl Moment {
    pub fn parse(text: &str) -> Result<Moment, (FieldCode, String)> {
        let t = DateTime::parse_from_rfc3339(text).map_err(|_| {
            (FieldCode::Invalid, "A date and time with its offset, e.g. 2027-01-12T18:00:00+01:00.".to_string())
        })?;
        if !(FIRST_YEAR..=LAST_YEAR).contains(&t.year()) {
            return Err((FieldCode::OutOfRange, format!("A time from {FIRST_YEAR} to {LAST_YEAR}.")));
        }
        Ok(Moment(t.with_timezone(&Utc).trunc_subsecs(0)))
    }

    pub fn utc(self) -> DateTime<Utc> {
        self.0
    }
}

impl Naive for Moment {
    type Out = DateTime<Utc>;
    fn naive(self) -> DateTime<Utc> {
        self.0
    }
}

impl<'de> Deserialize<'de> for Moment {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        let text = Cow::<str>::deserialize(de)?;
        Moment::parse(&text).map_err(|(code, message)| {
            de::Error::custom(coded(code, message, serde_json::json!("2000-01-01T00:00:00Z")))
        })
    }
}

impl PartialSchema for Moment {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::DateTime)))
            .description(Some(format!(
                "A date and time, RFC 3339 with its offset, from {FIRST_YEAR} to {LAST_YEAR}; stored in UTC to the second."
            )))
            .into()
    }
}

impl ToSchema for Moment {}

impl Deref for Day {
    type Target = NaiveDate;
    fn deref(&self) -> &NaiveDate {
        &self.0
    }
}

impl From<Day> for NaiveDate {
    fn from(d: Day) -> NaiveDate {
        d.0
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        let text = Cow::<str>::deserialize(de)?;
        Day::parse(&text)
            .map_err(|(code, message)| de::Error::custom(coded(code, message, serde_json::json!("2000-01-01"))))
    }
}

impl PartialSchema for Day {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::Date)))
            .pattern(Some(DAY_PATTERN))
            .description(Some(format!("A date, YYYY-MM-DD, from {FIRST_YEAR}-01-01 to {LAST_YEAR}-12-31.")))
            .into()
    }
}

impl ToSchema for Day {}

/// Today's date in Europe/Stockholm.
pub fn today() -> NaiveDate {
    date_in_stockholm(Utc::now())
}

/// The date in Europe/Stockholm at `t`.
pub fn date_in_stockholm(t: DateTime<Utc>) -> NaiveDate {
    t.with_timezone(&Stockholm).date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn days_are_plain_dates_within_1900_and_2200() {
        assert_eq!(Day::parse("2026-12-03").unwrap().date(), NaiveDate::from_ymd_opt(2026, 12, 3).unwrap());
        assert!(Day::parse("1900-01-01").is_ok() && Day::parse("2200-12-31").is_ok());
        for bad in ["1899-12-31", "2201-01-01", "0000-01-01"] {
            assert_eq!(Day::parse(bad).unwrap_err().0, FieldCode::OutOfRange, "{bad}");
        }
        for bad in ["+262142-12-31", "2026-2-3", "2026-02-30", "20260203", " 2026-02-03", "2026-02-03T00:00"] {
            assert_eq!(Day::parse(bad).unwrap_err().0, FieldCode::Invalid, "{bad}");
        }
        let json: Result<Day, _> = serde_json::from_str("\"2201-01-01\"");
        assert!(json.unwrap_err().to_string().starts_with("[out_of_range|"));
    }

    #[test]
    fn a_late_evening_in_utc_is_already_tomorrow_in_stockholm() {
        // 23:30 UTC on New Year's Eve is 00:30 on New Year's Day in Stockholm (UTC+1) …
        let t = Utc.with_ymd_and_hms(2025, 12, 31, 23, 30, 0).unwrap();
        assert_eq!(date_in_stockholm(t), NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
        // … and 22:30 UTC on midsummer is 00:30 the next day (UTC+2).
        let t = Utc.with_ymd_and_hms(2026, 6, 19, 22, 30, 0).unwrap();
        assert_eq!(date_in_stockholm(t), NaiveDate::from_ymd_opt(2026, 6, 20).unwrap());
    }
}
