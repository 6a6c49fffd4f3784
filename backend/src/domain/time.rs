//! Dates as the city lives them: "today" is the date in Stockholm, not in UTC.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Europe::Stockholm;

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
    fn a_late_evening_in_utc_is_already_tomorrow_in_stockholm() {
        // 23:30 UTC on New Year's Eve is 00:30 on New Year's Day in Stockholm (UTC+1) …
        let t = Utc.with_ymd_and_hms(2025, 12, 31, 23, 30, 0).unwrap();
        assert_eq!(date_in_stockholm(t), NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
        // … and 22:30 UTC on midsummer is 00:30 the next day (UTC+2).
        let t = Utc.with_ymd_and_hms(2026, 6, 19, 22, 30, 0).unwrap();
        assert_eq!(date_in_stockholm(t), NaiveDate::from_ymd_opt(2026, 6, 20).unwrap());
    }
}
