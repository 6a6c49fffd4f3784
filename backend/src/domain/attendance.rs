//! Attendance at a meeting: who was invited and answered, who came (or sent a deputy), and guests.

use crate::domain_enum;

domain_enum! {
    /// An invitee's answer.
    Rsvp (test rsvp_round_trips) {
        Invited => "invited",
        Accepted => "accepted",
        Declined => "declined",
        Tentative => "tentative",
    }
}

domain_enum! {
    /// Whether someone was there, as the secretary marks it after the meeting.
    Presence (test presence_round_trips) {
        Unknown => "unknown",
        Attended => "attended",
        Absent => "absent",
    }
}
