//! The wire types of inquiries and their messages.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::domain::contact_route::FromAudience;
use crate::domain::inquiry::{InquirySource, InquiryStatus, MessageKind};
use crate::domain::role::Action;
use crate::domain::text::{Line, Text};
use crate::kit::Names;

/// A concern raised by a resident, a business or a partner, as staff see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct Inquiry {
    pub id: Uuid,
    /// What the one who filed it follows it by, e.g. `ÄR-7K4M-P9QX`.
    pub reference: String,
    pub source: InquirySource,
    pub from_audience: FromAudience,
    pub topic_id: Uuid,
    /// The area (a neighbourhood when a point was given).
    pub area_id: Option<Uuid>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub message: String,
    /// Personal data: shown to staff only, purged after closing (`purged_at`).
    pub name: Option<String>,
    pub contact: Option<String>,
    pub route_id: Option<Uuid>,
    /// The organisation that handles it.
    pub organization_id: Option<Uuid>,
    pub assignee_person_id: Option<Uuid>,
    pub status: InquiryStatus,
    pub duplicate_of_id: Option<Uuid>,
    /// Residents who added their voice to it.
    pub supporters: i32,
    pub received_at: DateTime<Utc>,
    /// When an answer is due: the route's response target after it came in.
    pub expected_at: Option<DateTime<Utc>>,
    pub first_response_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    /// The target is missed: answered after `expected_at`, or not answered and past it.
    pub breached: bool,
    pub purged_at: Option<DateTime<Utc>>,
    /// The agenda point it was proposed as.
    pub agenda_item_id: Option<Uuid>,
    /// The meeting that point is on (its title in `names`).
    pub meeting_id: Option<Uuid>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub names: Names,
    pub allowed_actions: Vec<Action>,
}

/// An inquiry a logged-in partner files (a housing company to the police, the police to the city).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewInquiry {
    pub topic_id: Uuid,
    /// The area; or give `lat` and `lon`.
    pub area_id: Option<Uuid>,
    #[schema(minimum = -90, maximum = 90)]
    pub lat: Option<f64>,
    #[schema(minimum = -180, maximum = 180)]
    pub lon: Option<f64>,
    pub message: Text<5000>,
    /// Who is asking; the route is chosen for them.
    pub from_audience: FromAudience,
    /// Whom to answer (a function or mailbox is best).
    pub contact: Option<Line<200>>,
    /// Where it is, found before it is filed (not part of the request).
    #[serde(skip)]
    #[schema(ignore)]
    pub placed: Option<crate::store::inquiries::Placed>,
}

crate::patch_body! {
    /// Triage and handling; absent fields stay, `null` clears an optional field. Only
    /// coordinators and admins route an inquiry (route and organisation); the handling
    /// organisation's people assign it and move its status.
    pub struct InquiryPatch {
        editors route_id: Uuid | null,
        editors organization_id: Uuid | null,
        assignee_person_id: Uuid | null,
        status: InquiryStatus,
        /// Required with status `duplicate`.
        duplicate_of_id: Uuid | null,
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InquiryFilters {
    /// The inquiry with this reference (as people type it: case and the Ä do not matter).
    #[param(max_length = 50)]
    pub q: Option<String>,
    pub status: Option<InquiryStatus>,
    /// Only open ones (received, assigned, in progress), or only the others.
    pub open: Option<bool>,
    pub topic_id: Option<Uuid>,
    pub area_id: Option<Uuid>,
    pub organization_id: Option<Uuid>,
    pub route_id: Option<Uuid>,
    pub assignee_person_id: Option<Uuid>,
    /// Only those past their target without an answer (or answered late), or only the others.
    pub breached: Option<bool>,
    pub source: Option<InquirySource>,
}

/// A note or a reply on an inquiry.
#[derive(Debug, Serialize, ToSchema)]
pub struct InquiryMessage {
    pub id: Uuid,
    pub inquiry_id: Uuid,
    pub kind: MessageKind,
    pub body: String,
    pub author_name: String,
    pub created_at: DateTime<Utc>,
    pub version: i32,
    pub updated_at: DateTime<Utc>,
    pub allowed_actions: Vec<Action>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewInquiryMessage {
    pub kind: MessageKind,
    pub body: Text<5000>,
}

/// What a resident sends from the public form.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPublicInquiry {
    /// A public topic's code, e.g. `belysning`.
    pub topic: Line<50>,
    /// The neighbourhood or area; or give `lat` and `lon`.
    pub area_id: Option<Uuid>,
    #[schema(minimum = -90, maximum = 90)]
    pub lat: Option<f64>,
    #[schema(minimum = -180, maximum = 180)]
    pub lon: Option<f64>,
    /// What it is about. Do not name other people: what is sent may become a public record.
    pub message: Text<5000>,
    /// Optional; never shown publicly.
    pub name: Option<Line<200>>,
    /// An e-mail address or phone number to answer to; optional, never shown publicly.
    pub contact: Option<Line<200>>,
    /// Agreement to the personal-data notice; required (true).
    pub consent: bool,
    /// Leave empty: a field people never see. A request with it filled in is refused.
    #[serde(default)]
    pub website: Option<Line<0>>,
}

/// What the one who filed an inquiry keeps: the reference and the token to follow it by.
#[derive(Debug, Serialize, ToSchema)]
pub struct InquiryReceipt {
    pub reference: String,
    /// Shown once: with the reference it opens the status page.
    pub status_token: String,
    /// When an answer is due, if a route with a response target took it.
    pub expected_at: Option<DateTime<Utc>>,
}

/// An inquiry as the one who filed it sees it: no internal notes, no staff names.
#[derive(Debug, Serialize, ToSchema)]
pub struct PublicInquiry {
    pub reference: String,
    pub topic_id: Uuid,
    pub topic_name_sv: String,
    pub topic_name_en: String,
    pub area_id: Option<Uuid>,
    pub area_name: Option<String>,
    pub message: String,
    pub status: InquiryStatus,
    /// The organisation handling it.
    pub organization_name: Option<String>,
    pub received_at: DateTime<Utc>,
    pub expected_at: Option<DateTime<Utc>>,
    pub first_response_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub supporters: i32,
    /// The replies, oldest first.
    pub replies: Vec<PublicReply>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PublicReply {
    pub body: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StatusParams {
    /// The status token given when the inquiry was filed.
    #[param(max_length = 100)]
    pub token: String,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SimilarParams {
    /// A public topic's code.
    #[param(max_length = 50)]
    pub topic: String,
    pub area_id: Option<Uuid>,
    #[param(minimum = -90, maximum = 90)]
    pub lat: Option<f64>,
    #[param(minimum = -180, maximum = 180)]
    pub lon: Option<f64>,
}

/// An open inquiry like the one about to be filed (same topic, same neighbourhood, last 30
/// days): what it is about, not who sent it.
#[derive(Debug, Serialize, ToSchema)]
pub struct SimilarInquiry {
    pub reference: String,
    pub status: InquiryStatus,
    pub received_at: DateTime<Utc>,
    pub area_name: Option<String>,
    pub supporters: i32,
}

/// The similar open inquiries, newest first (at most 10).
#[derive(Debug, Serialize, ToSchema)]
pub struct SimilarInquiries {
    pub items: Vec<SimilarInquiry>,
}
