//! sea-orm entities, one module per table.

pub mod access_log_entry;
pub mod action_item;
pub mod agenda_item;
pub mod agreement;
pub mod agreement_council;
pub mod agreement_party;
pub mod agreement_signatory;
pub mod area;
pub mod area_overlap;
pub mod area_succession;
pub mod attendance;
pub mod audit_event;
pub mod calendar_token;
pub mod council;
pub mod council_area;
pub mod document;
pub mod idempotency_key;
pub mod login_throttle;
pub mod meeting;
pub mod membership;
pub mod minutes;
pub mod minutes_adjuster;
pub mod minutes_correction;
pub mod minutes_review;
pub mod organization;
pub mod outbox_event;
pub mod person;
pub mod refresh_token;
pub mod seat;
pub mod user;

/// The columns every resource row has: an id (UUIDv7) and a version (its ETag).
pub trait Row {
    fn id(&self) -> uuid::Uuid;
    fn version(&self) -> i32;
}

macro_rules! rows {
    ($($module:ident),+) => {
        $(impl Row for $module::Model {
            fn id(&self) -> uuid::Uuid {
                self.id
            }
            fn version(&self) -> i32 {
                self.version
            }
        })+
    };
}

rows!(
    action_item,
    agenda_item,
    agreement,
    area,
    attendance,
    audit_event,
    council,
    document,
    meeting,
    minutes,
    minutes_adjuster,
    minutes_correction,
    minutes_review,
    organization,
    person,
    seat,
    membership,
    user
);
