//! Open311 GeoReport v2's wire types (JSON), as the specification names them.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// A service: one of the public topics.
#[derive(Debug, Serialize, ToSchema)]
pub struct Open311Service {
    /// The topic's code.
    pub service_code: String,
    pub service_name: String,
    pub description: String,
    /// Whether the service has attributes (`services/{code}.json`): never here.
    pub metadata: bool,
    /// Always `realtime`: a request gets its id at once.
    #[serde(rename = "type")]
    pub type_: &'static str,
    pub keywords: String,
    pub group: String,
}

/// A service's attributes: none (no extra questions).
#[derive(Debug, Serialize, ToSchema)]
pub struct Open311ServiceDefinition {
    pub service_code: String,
    pub attributes: Vec<Open311Attribute>,
}

/// An extra question a service asks (none do).
#[derive(Debug, Serialize, ToSchema)]
pub struct Open311Attribute {
    pub code: String,
}

/// A service request (an inquiry), with no personal data: no name, no contact, no message text
/// and no exact point — the address is the neighbourhood.
#[derive(Debug, Serialize, ToSchema)]
pub struct Open311Request {
    /// The inquiry's reference.
    pub service_request_id: String,
    /// `open` or `closed`.
    pub status: &'static str,
    /// The latest public reply.
    pub status_notes: Option<String>,
    pub service_name: String,
    pub service_code: String,
    /// Not published (it may name people).
    pub description: Option<String>,
    /// The organisation handling it.
    pub agency_responsible: Option<String>,
    pub service_notice: Option<String>,
    pub requested_datetime: DateTime<Utc>,
    pub updated_datetime: DateTime<Utc>,
    /// When an answer is due, from the route's response target.
    pub expected_datetime: Option<DateTime<Utc>>,
    /// The neighbourhood's name.
    pub address: Option<String>,
    /// The neighbourhood's id.
    pub address_id: Option<String>,
    pub zipcode: Option<String>,
    pub lat: Option<f64>,
    pub long: Option<f64>,
    pub media_url: Option<String>,
}

/// What a POST gives back.
#[derive(Debug, Serialize, ToSchema)]
pub struct Open311Created {
    pub service_request_id: String,
    /// The same request by token (`tokens/{token}.json`).
    pub token: String,
    pub service_notice: Option<String>,
    pub account_id: Option<String>,
}

/// A token and the request it became.
#[derive(Debug, Serialize, ToSchema)]
pub struct Open311Token {
    pub service_request_id: String,
    pub token: String,
}

/// An error, as the specification lists them.
#[derive(Debug, Serialize, ToSchema)]
pub struct Open311Error {
    /// The HTTP status.
    pub code: u16,
    pub description: String,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct JurisdictionParams {
    /// Ignored: this endpoint serves one jurisdiction.
    #[param(max_length = 100, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub jurisdiction_id: Option<String>,
    /// Ignored: reading needs no key (some clients send theirs with every request).
    #[param(max_length = 200, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub api_key: Option<String>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RequestsParams {
    /// References, comma-separated; the other filters are then ignored.
    #[param(max_length = 2000, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub service_request_id: Option<String>,
    /// Service codes, comma-separated.
    #[param(max_length = 2000, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub service_code: Option<String>,
    /// Requested on or after this time (default: 90 days before `end_date`).
    pub start_date: Option<DateTime<Utc>>,
    /// Requested before this time (default: now).
    pub end_date: Option<DateTime<Utc>>,
    /// `open`, `closed`, or both comma-separated (`open,closed`).
    #[param(max_length = 20, pattern = r"^(open|closed)(,(open|closed))?$")]
    pub status: Option<String>,
    /// Ignored: this endpoint serves one jurisdiction.
    #[param(max_length = 100, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub jurisdiction_id: Option<String>,
    /// Ignored: reading needs no key (some clients send theirs with every request).
    #[param(max_length = 200, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub api_key: Option<String>,
}

/// A new service request, form-encoded (`application/x-www-form-urlencoded`).
#[derive(Debug, Deserialize, ToSchema)]
pub struct Open311NewRequest {
    /// An API key an admin issued.
    #[schema(max_length = 200, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub api_key: String,
    #[schema(max_length = 50, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub service_code: String,
    #[schema(minimum = -90, maximum = 90)]
    pub lat: Option<f64>,
    #[schema(minimum = -180, maximum = 180)]
    pub long: Option<f64>,
    /// A neighbourhood's (or area's) id, instead of `lat` and `long`.
    #[schema(max_length = 100, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub address_id: Option<String>,
    #[schema(max_length = 500, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub address_string: Option<String>,
    /// What it is about (required here).
    #[schema(min_length = 1, max_length = 5000, pattern = r"^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*$")]
    pub description: String,
    #[schema(max_length = 254, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub email: Option<String>,
    #[schema(max_length = 100, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub first_name: Option<String>,
    #[schema(max_length = 100, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub last_name: Option<String>,
    #[schema(max_length = 50, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub phone: Option<String>,
    #[schema(max_length = 100, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub device_id: Option<String>,
    #[schema(max_length = 100, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub account_id: Option<String>,
    #[schema(max_length = 500, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub media_url: Option<String>,
    #[schema(max_length = 100, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub jurisdiction_id: Option<String>,
}
