//! sea-orm entities, one module per table.

pub mod area;
pub mod area_overlap;
pub mod area_succession;
pub mod audit_event;
pub mod idempotency_key;
pub mod login_throttle;
pub mod organization;
pub mod refresh_token;
pub mod user;
