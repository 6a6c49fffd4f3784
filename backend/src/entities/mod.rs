//! sea-orm entities, one module per table.

pub mod access_log_entry;
pub mod action_item;
pub mod agenda_item;
pub mod agreement;
pub mod agreement_council;
pub mod agreement_party;
pub mod agreement_signatory;
pub mod api_key;
pub mod area;
pub mod area_overlap;
pub mod area_succession;
pub mod attendance;
pub mod audit_event;
pub mod calendar_token;
pub mod contact_route;
pub mod contact_route_area;
pub mod council;
pub mod council_area;
pub mod document;
pub mod idempotency_key;
pub mod indicator;
pub mod indicator_value;
pub mod initiative;
pub mod initiative_area;
pub mod initiative_partner;
pub mod initiative_update;
pub mod inquiry;
pub mod inquiry_message;
pub mod inquiry_support;
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
pub mod situation_picture;
pub mod topic;
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
    indicator,
    indicator_value,
    initiative,
    initiative_area,
    initiative_partner,
    initiative_update,
    meeting,
    minutes,
    minutes_adjuster,
    minutes_correction,
    minutes_review,
    organization,
    person,
    seat,
    situation_picture,
    membership,
    api_key,
    topic,
    contact_route,
    contact_route_area,
    inquiry,
    inquiry_message,
    inquiry_support,
    user
);
