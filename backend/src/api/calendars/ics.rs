//! Meetings as an RFC 5545 calendar: a plain function over meetings, written with the
//! `icalendar` crate (which escapes, folds at 75 octets and ends lines with CRLF).
//!
//! `icalendar` writes no VTIMEZONE, and its generic component adds a DTSTAMP and a random UID to
//! every component it writes, which a VTIMEZONE and its STANDARD and DAYLIGHT parts must not
//! have. So the calendar is put together here in the order RFC 5545 gives (the calendar's
//! properties, the VTIMEZONE, the events), each content line and each event written by the crate.

use std::fmt;

use chrono::{DateTime, LocalResult, TimeZone, Utc};
use chrono_tz::Europe::Stockholm;
use icalendar::{CalendarDateTime, Component, EventLike, EventStatus, Property};

use crate::domain::meeting::MeetingStatus;
use crate::entities::meeting;

/// The time zone every meeting is shown in, as the feed names it.
pub const TZID: &str = "Europe/Stockholm";

/// Who reads a feed: what it may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// Anyone: title, time, place and status; never the description (written by the secretary,
    /// and possibly internal).
    Public,
    /// Logged-in users and the holders of a personal feed token: the description too.
    Members,
}

/// A calendar: its name, where meeting pages live, and the meetings with their council's name.
pub struct Feed<'a> {
    pub name: &'a str,
    /// The web app's address, without a trailing `/`: each event links to the meeting's page,
    /// `{base}/meetings/{id}` for members and `{base}/offentligt/moten/{id}` (the public page,
    /// no login) in a public feed.
    pub base_url: &'a str,
    pub audience: Audience,
    pub meetings: &'a [(meeting::Model, String)],
}

/// The page of meeting `id` for whoever reads `feed`.
fn page_of(feed: &Feed, id: uuid::Uuid) -> String {
    match feed.audience {
        Audience::Members => format!("{}/meetings/{id}", feed.base_url),
        Audience::Public => format!("{}/offentligt/moten/{id}", feed.base_url),
    }
}

/// The VCALENDAR of `feed`.
pub fn render(feed: &Feed) -> Result<String, fmt::Error> {
    let mut out = String::from("BEGIN:VCALENDAR\r\n");
    let ttl = Property::new("REFRESH-INTERVAL", "PT1H").add_parameter("VALUE", "DURATION").done();
    for p in [
        Property::new("VERSION", "2.0"),
        Property::new("PRODID", "-//Samverkan//Samverkan//SV"),
        Property::new("CALSCALE", "GREGORIAN"),
        Property::new("NAME", feed.name),
        Property::new("X-WR-CALNAME", feed.name),
        Property::new("X-WR-TIMEZONE", TZID),
        ttl,
        Property::new("X-PUBLISHED-TTL", "PT1H"),
    ] {
        line(&mut out, p)?;
    }
    vtimezone(&mut out)?;
    for (m, council) in feed.meetings {
        out.push_str(&event(feed, m, council).try_into_string()?);
    }
    out.push_str("END:VCALENDAR\r\n");
    Ok(out)
}

/// One content line, escaped and folded by the crate.
fn line(out: &mut String, p: Property) -> Result<(), fmt::Error> {
    let text: String = p.try_into()?;
    out.push_str(&text);
    Ok(())
}

/// Europe/Stockholm: CET (+01:00), and CEST (+02:00) from the last Sunday of March at 02:00 to
/// the last Sunday of October at 03:00 (the EU rule, in force since 1996).
fn vtimezone(out: &mut String) -> Result<(), fmt::Error> {
    out.push_str("BEGIN:VTIMEZONE\r\n");
    line(out, Property::new("TZID", TZID))?;
    for (kind, name, from, to, start, month) in [
        // 1970-03-29 and 1970-10-25 were the last Sundays of their months: a rule's first onset.
        ("DAYLIGHT", "CEST", "+0100", "+0200", "19700329T020000", 3),
        ("STANDARD", "CET", "+0200", "+0100", "19701025T030000", 10),
    ] {
        out.push_str(&format!("BEGIN:{kind}\r\n"));
        for p in [
            Property::new("TZNAME", name),
            Property::new("TZOFFSETFROM", from),
            Property::new("TZOFFSETTO", to),
            Property::new("DTSTART", start),
            Property::new("RRULE", format!("FREQ=YEARLY;BYMONTH={month};BYDAY=-1SU")),
        ] {
            line(out, p)?;
        }
        out.push_str(&format!("END:{kind}\r\n"));
    }
    out.push_str("END:VTIMEZONE\r\n");
    Ok(())
}

/// `t` as Stockholm's wall-clock time with TZID; in UTC instead for the second of the two
/// moments an autumn night shows the same local time (RFC 5545 reads such a local time as the
/// first).
fn local(t: DateTime<Utc>) -> CalendarDateTime {
    let date_time = t.with_timezone(&Stockholm).naive_local();
    match Stockholm.from_local_datetime(&date_time) {
        LocalResult::Single(_) => CalendarDateTime::WithTimezone { date_time, tzid: TZID.into() },
        LocalResult::Ambiguous(first, _) if first == t => {
            CalendarDateTime::WithTimezone { date_time, tzid: TZID.into() }
        }
        _ => CalendarDateTime::Utc(t),
    }
}

fn event(feed: &Feed, m: &meeting::Model, council: &str) -> icalendar::Event {
    let summary =
        if council.is_empty() || m.title == council { m.title.clone() } else { format!("{council}: {}", m.title) };
    let mut e = icalendar::Event::new();
    e.uid(&format!("{}@samverkan", m.id))
        // Without METHOD, DTSTAMP is when the event last changed in the calendar store.
        .timestamp(m.updated_at)
        .last_modified(m.updated_at)
        .sequence(u32::try_from(m.version - 1).unwrap_or(0))
        .starts(local(m.starts_at))
        .ends(local(m.ends_at))
        .summary(&summary)
        .url(&page_of(feed, m.id))
        .status(if m.status == MeetingStatus::Cancelled { EventStatus::Cancelled } else { EventStatus::Confirmed });
    if let Some(place) = &m.location {
        e.location(place);
    }
    if feed.audience == Audience::Members
        && let Some(text) = &m.description
    {
        e.description(text);
    }
    e.done()
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use uuid::Uuid;

    use super::*;
    use crate::domain::meeting::MeetingMode;

    fn meeting(starts: DateTime<Utc>, minutes: i64) -> meeting::Model {
        meeting::Model {
            id: Uuid::now_v7(),
            version: 3,
            created_at: Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap(),
            updated_at: Utc.with_ymd_and_hms(2026, 11, 2, 8, 30, 5).unwrap(),
            council_id: Uuid::now_v7(),
            title: "Månadsmöte".into(),
            starts_at: starts,
            ends_at: starts + chrono::Duration::minutes(minutes),
            location: Some("Medborgarhuset, Götgatan 1; sal B".into()),
            online_url: Some("https://meet.exempel.se/rum".into()),
            mode: MeetingMode::Hybrid,
            status: MeetingStatus::Planned,
            description: Some("Internt: lägesbild\nrad två".into()),
            cancel_reason: None,
            cancelled_at: None,
            agenda_published_at: None,
        }
    }

    fn feed(audience: Audience, meetings: &[(meeting::Model, String)]) -> String {
        render(&Feed { name: "Trygghetsråd Södermalm", base_url: "https://samverkan.exempel.se", audience, meetings })
            .unwrap()
    }

    /// The calendar read back by an independent parser (the `ical` crate).
    fn parse(text: &str) -> ical::parser::ical::component::IcalCalendar {
        let mut calendars = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
        let calendar = calendars.next().expect("one calendar").expect("it parses");
        assert!(calendars.next().is_none(), "only one calendar");
        calendar
    }

    fn value<'a>(props: &'a [ical::property::Property], name: &str) -> Option<&'a str> {
        props.iter().find(|p| p.name == name).and_then(|p| p.value.as_deref())
    }

    fn tzid(props: &[ical::property::Property], name: &str) -> Option<String> {
        let p = props.iter().find(|p| p.name == name)?;
        p.params.as_ref()?.iter().find(|(k, _)| k == "TZID").map(|(_, v)| v.join(","))
    }

    #[test]
    fn meetings_keep_their_stockholm_wall_clock_time_in_winter_and_summer() {
        let winter = meeting(Utc.with_ymd_and_hms(2027, 1, 12, 17, 0, 0).unwrap(), 90);
        let summer = meeting(Utc.with_ymd_and_hms(2027, 6, 8, 16, 0, 0).unwrap(), 90);
        let text = feed(Audience::Members, &[(winter, "Trygghetsråd Södermalm".into()), (summer, "Råd".into())]);
        assert!(text.contains("DTSTART;TZID=Europe/Stockholm:20270112T180000\r\n"), "{text}");
        assert!(text.contains("DTEND;TZID=Europe/Stockholm:20270112T193000\r\n"), "{text}");
        assert!(text.contains("DTSTART;TZID=Europe/Stockholm:20270608T180000\r\n"), "{text}");
        let cal = parse(&text);
        assert_eq!(cal.events.len(), 2);
        for e in &cal.events {
            assert_eq!(tzid(&e.properties, "DTSTART").as_deref(), Some(TZID));
        }
        // The time zone every TZID names is defined, with the EU's daylight-saving rule.
        let tz = &cal.timezones[0];
        assert_eq!(value(&tz.properties, "TZID"), Some(TZID));
        let rules: Vec<_> = tz.transitions.iter().map(|t| value(&t.properties, "RRULE").unwrap().to_owned()).collect();
        assert_eq!(rules, ["FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"]);
        // A UID and a DTSTAMP in each event, none in the VTIMEZONE.
        assert_eq!((text.matches("\r\nUID:").count(), text.matches("\r\nDTSTAMP:").count()), (2, 2), "{text}");
    }

    #[test]
    fn the_second_of_two_equal_autumn_hours_is_given_in_utc() {
        // 2027-10-31: 02:30 in Stockholm comes twice, at 00:30 and at 01:30 UTC.
        let first = meeting(Utc.with_ymd_and_hms(2027, 10, 31, 0, 30, 0).unwrap(), 30);
        let second = meeting(Utc.with_ymd_and_hms(2027, 10, 31, 1, 30, 0).unwrap(), 30);
        let text = feed(Audience::Members, &[(first, String::new()), (second, String::new())]);
        assert!(text.contains("DTSTART;TZID=Europe/Stockholm:20271031T023000\r\n"), "{text}");
        assert!(text.contains("DTSTART:20271031T013000Z\r\n"), "{text}");
    }

    #[test]
    fn an_event_has_a_stable_uid_its_version_as_sequence_a_link_and_its_status() {
        let mut m = meeting(Utc.with_ymd_and_hms(2027, 3, 9, 17, 0, 0).unwrap(), 60);
        m.status = MeetingStatus::Cancelled;
        let id = m.id;
        let text = feed(Audience::Members, &[(m, "Trygghetsråd Södermalm".into())]);
        let cal = parse(&text);
        let e = &cal.events[0].properties;
        assert_eq!(value(e, "UID"), Some(format!("{id}@samverkan").as_str()));
        assert_eq!(value(e, "SEQUENCE"), Some("2"));
        assert_eq!(value(e, "STATUS"), Some("CANCELLED"));
        assert_eq!(value(e, "DTSTAMP"), Some("20261102T083005Z"));
        assert_eq!(value(e, "URL"), Some(format!("https://samverkan.exempel.se/meetings/{id}").as_str()));
        assert_eq!(value(e, "SUMMARY"), Some("Trygghetsråd Södermalm: Månadsmöte"));
        // Text is escaped (RFC 5545 3.3.11): the comma and semicolon of the place, the newline of
        // the description.
        assert_eq!(value(e, "LOCATION"), Some("Medborgarhuset\\, Götgatan 1\\; sal B"));
        assert_eq!(value(e, "DESCRIPTION"), Some("Internt: lägesbild\\nrad två"));
        assert_eq!(value(&cal.properties, "X-WR-CALNAME"), Some("Trygghetsråd Södermalm"));
    }

    #[test]
    fn a_public_feed_has_no_description_and_no_online_link() {
        let m = meeting(Utc.with_ymd_and_hms(2027, 3, 9, 17, 0, 0).unwrap(), 60);
        let text = feed(Audience::Public, &[(m, "Råd".into())]);
        let e = &parse(&text).events[0].properties;
        assert_eq!(value(e, "STATUS"), Some("CONFIRMED"));
        assert!(value(e, "DESCRIPTION").is_none());
        assert!(!text.contains("Internt") && !text.contains("meet.exempel.se"), "{text}");
        assert!(value(e, "LOCATION").is_some());
        let url = value(e, "URL").unwrap();
        assert!(url.starts_with("https://samverkan.exempel.se/offentligt/moten/"), "the public page: {url}");
    }

    #[test]
    fn lines_end_with_crlf_and_are_folded_at_75_octets() {
        let mut m = meeting(Utc.with_ymd_and_hms(2027, 3, 9, 17, 0, 0).unwrap(), 60);
        m.title = "Ett mycket långt mötesnamn för att se att raderna viks, å ä ö, ".repeat(4).trim().into();
        let text = feed(Audience::Members, &[(m.clone(), "Råd".into())]);
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'), "a bare line feed");
        // icalendar 0.17.17 folds at 75 octets but for one case: a last continuation line whose
        // remaining text is exactly 75 octets gets its leading space on top (76). RFC 5545 says
        // SHOULD NOT; parsers unfold it all the same.
        for l in text.split("\r\n") {
            assert!(l.len() <= 75 || (l.len() == 76 && l.starts_with(' ')), "{} octets: {l}", l.len());
        }
        // Unfolded as RFC 5545 says (each CRLF and the one space after it removed), the title is
        // whole. (The `ical` parser also trims spaces at the end of each folded line, so it is
        // compared without spaces.)
        let summary = format!("SUMMARY:Råd: {}\r\n", m.title.replace(',', "\\,"));
        assert!(text.replace("\r\n ", "").contains(&summary), "{text}");
        let parsed = value(&parse(&text).events[0].properties, "SUMMARY").unwrap().replace(' ', "");
        assert_eq!(parsed, summary["SUMMARY:".len()..summary.len() - 2].replace(' ', ""));
        // An empty calendar is still a calendar.
        let empty = parse(&feed(Audience::Public, &[]));
        assert!(empty.events.is_empty() && empty.timezones.len() == 1);
    }
}
