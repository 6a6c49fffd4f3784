//! Inquiries (ärenden): concerns residents, businesses and partners raise. Their statuses, the
//! reference and status token a resident follows one by, and the clock against the route's
//! response target.

use chrono::{DateTime, Duration, Utc};
use rand::Rng;
use sha2::{Digest, Sha256};

use crate::domain_enum;

domain_enum! {
    /// Where an inquiry is.
    InquiryStatus (test inquiry_status_round_trips) {
        Received => "received",
        Assigned => "assigned",
        InProgress => "in_progress",
        Answered => "answered",
        Closed => "closed",
        /// Sent on to another organisation outside Samverkan.
        Referred => "referred",
        /// The same concern as another inquiry (`duplicate_of_id`).
        Duplicate => "duplicate",
    }
}

impl InquiryStatus {
    /// Open: someone still owes an answer.
    pub fn is_open(self) -> bool {
        matches!(self, InquiryStatus::Received | InquiryStatus::Assigned | InquiryStatus::InProgress)
    }

    /// Done with: the clock for closing stops, and personal data is purged in time.
    pub fn is_closed(self) -> bool {
        matches!(self, InquiryStatus::Closed | InquiryStatus::Referred | InquiryStatus::Duplicate)
    }

    /// Where a public reply leaves an inquiry: an open one is answered (the answer it was owed);
    /// any other keeps its status (a reply to an answered or closed one adds to it).
    pub fn after_public_reply(self) -> Self {
        if self.is_open() { InquiryStatus::Answered } else { self }
    }

    /// Open311's two statuses.
    pub fn open311(self) -> &'static str {
        if self.is_open() || self == InquiryStatus::Answered { "open" } else { "closed" }
    }
}

domain_enum! {
    /// How an inquiry came in.
    InquirySource (test inquiry_source_round_trips) {
        /// The public form, no login.
        Public => "public",
        /// A logged-in partner (a housing company, the police, the city).
        Partner => "partner",
        /// An Open311 client (with an API key).
        Open311 => "open311",
    }
}

domain_enum! {
    /// A message on an inquiry.
    MessageKind (test message_kind_round_trips) {
        /// Seen only by staff.
        InternalNote => "internal_note",
        /// Shown to the resident on the status page.
        PublicReply => "public_reply",
    }
}

/// Characters of a reference: no 0/O, 1/I/L, so it can be read out over the phone.
const REFERENCE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// A new reference, `ÄR-` and eight characters (e.g. `ÄR-7K4M-P9QX`).
pub fn new_reference() -> String {
    let mut rng = rand::rng();
    let mut part = || -> String {
        (0..4).map(|_| REFERENCE_ALPHABET[rng.random_range(0..REFERENCE_ALPHABET.len())] as char).collect()
    };
    format!("ÄR-{}-{}", part(), part())
}

/// A reference as people type it: trimmed, upper case, `AR-` read as `ÄR-`.
pub fn normal_reference(r: &str) -> String {
    let r = r.trim().to_uppercase();
    match r.strip_prefix("AR-") {
        Some(rest) => format!("ÄR-{rest}"),
        None => r,
    }
}

/// A new status token (shown once, to the one who filed the inquiry) and its hash (stored).
pub fn new_status_token() -> (String, String) {
    use base64::Engine;
    let bytes: [u8; 24] = rand::rng().random();
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let hash = token_hash(&token);
    (token, hash)
}

/// The stored form of a status token.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// The stored form of a client address, for the rate limit: a salted hash, never the address.
pub fn address_hash(address: &str, salt: &str) -> String {
    hex(&Sha256::digest(format!("{salt}\u{0}{address}").as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// When an answer is due: the target after the inquiry came in.
pub fn expected_at(received_at: DateTime<Utc>, target_seconds: Option<i64>) -> Option<DateTime<Utc>> {
    target_seconds.map(|s| received_at + Duration::seconds(s))
}

/// Whether the target is missed: the first response came after it, or none has come and it
/// has passed.
pub fn breached(
    expected_at: Option<DateTime<Utc>>,
    first_response_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> bool {
    match expected_at {
        None => false,
        Some(due) => first_response_at.unwrap_or(now) > due,
    }
}

/// How far back the public form looks for similar open inquiries.
pub const SIMILAR_DAYS: i64 = 30;

/// The median and 90th percentile of `seconds` (nearest rank), or none of an empty list.
pub fn median_and_p90(mut seconds: Vec<i64>) -> (Option<i64>, Option<i64>) {
    if seconds.is_empty() {
        return (None, None);
    }
    seconds.sort_unstable();
    let rank = |p: f64| seconds[((p * seconds.len() as f64).ceil() as usize).clamp(1, seconds.len()) - 1];
    (Some(rank(0.5)), Some(rank(0.9)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn references_are_readable_and_tokens_are_stored_hashed() {
        let r = new_reference();
        assert!(r.starts_with("ÄR-") && r.chars().count() == 12, "{r}");
        assert!(!r.contains('0') && !r.contains('O') && !r.contains('1'));
        let (token, hash) = new_status_token();
        assert_eq!(token_hash(&token), hash);
        assert_ne!(token, hash);
        assert_ne!(new_status_token().0, token);
    }

    #[test]
    fn the_clock_runs_against_the_target() {
        let t = Utc.with_ymd_and_hms(2026, 3, 2, 8, 0, 0).unwrap();
        let due = expected_at(t, Some(2 * 86400));
        assert_eq!(due, Some(t + Duration::days(2)));
        assert!(!breached(due, Some(t + Duration::days(1)), t + Duration::days(10)), "answered in time");
        assert!(breached(due, Some(t + Duration::days(3)), t + Duration::days(10)), "answered late");
        assert!(!breached(due, None, t + Duration::days(1)), "still within");
        assert!(breached(due, None, t + Duration::days(3)), "no answer, past due");
        assert!(!breached(None, None, t + Duration::days(300)), "no target, no breach");
    }

    #[test]
    fn percentiles_by_nearest_rank() {
        assert_eq!(median_and_p90(vec![]), (None, None));
        assert_eq!(median_and_p90(vec![5]), (Some(5), Some(5)));
        assert_eq!(median_and_p90((1..=10).rev().collect()), (Some(5), Some(9)));
    }

    #[test]
    fn statuses_map_onto_open311() {
        assert_eq!(InquiryStatus::Received.open311(), "open");
        assert_eq!(InquiryStatus::Answered.open311(), "open");
        assert_eq!(InquiryStatus::Duplicate.open311(), "closed");
        assert!(InquiryStatus::Referred.is_closed() && !InquiryStatus::Answered.is_closed());
        for open in [InquiryStatus::Received, InquiryStatus::Assigned, InquiryStatus::InProgress] {
            assert_eq!(open.after_public_reply(), InquiryStatus::Answered);
        }
        for kept in [InquiryStatus::Answered, InquiryStatus::Closed, InquiryStatus::Referred, InquiryStatus::Duplicate]
        {
            assert_eq!(kept.after_public_reply(), kept);
        }
    }
}
