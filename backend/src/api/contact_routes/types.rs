//! The wire types of contact routes.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::domain::contact_route::{Channel, FromAudience, OpeningHours, ResponseTarget, RouteAudience};
use crate::domain::role::Action;
use crate::domain::text::{Bounded, Ids, Name, Text};
use crate::domain::time::Day;
use crate::kit::Names;

/// Who to contact for what: from whom, to which organisation and function, about which topic,
/// where, how and when, and how soon an answer is promised.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ContactRoute {
    pub id: Uuid,
    pub from_audience: FromAudience,
    pub organization_id: Uuid,
    /// A function or shared mailbox, e.g. "Kommunpolis Järva", never a private person.
    pub function: String,
    pub topic_id: Uuid,
    /// Where the route serves; none means everywhere.
    pub area_ids: Vec<Uuid>,
    pub channels: Vec<Channel>,
    pub opening_hours: Option<OpeningHours>,
    /// Open now (Europe/Stockholm); null without opening hours.
    pub open_now: Option<bool>,
    /// How soon an answer is promised, ISO 8601 (`P2D`).
    pub response_target: Option<String>,
    pub backup_route_id: Option<Uuid>,
    pub escalation_route_id: Option<Uuid>,
    pub audience: RouteAudience,
    pub valid_from: Option<NaiveDate>,
    pub valid_to: Option<NaiveDate>,
    pub last_verified_at: DateTime<Utc>,
    pub last_verified_by: String,
    /// Not verified within the configured period (180 days unless set otherwise).
    pub stale: bool,
    pub note: Option<String>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub names: Names,
    pub allowed_actions: Vec<Action>,
}

/// A new route. `channels`: at least one; phone numbers are stored in E.164; a person's own
/// e-mail address or phone number is refused (422 `personal_contact`).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewContactRoute {
    pub from_audience: FromAudience,
    pub organization_id: Uuid,
    pub function: Name,
    pub topic_id: Uuid,
    #[serde(default)]
    pub area_ids: Ids<50>,
    #[schema(inline, min_items = 1)]
    pub channels: Bounded<Channel, 10>,
    pub opening_hours: Option<OpeningHours>,
    pub response_target: Option<ResponseTarget>,
    pub backup_route_id: Option<Uuid>,
    pub escalation_route_id: Option<Uuid>,
    /// `internal` when left out.
    pub audience: Option<RouteAudience>,
    pub valid_from: Option<Day>,
    pub valid_to: Option<Day>,
    pub note: Option<Text<2000>>,
}

crate::patch_body! {
    /// The fields to change; absent fields stay, `null` clears an optional field.
    pub struct ContactRoutePatch {
        from_audience: FromAudience,
        organization_id: Uuid,
        function: Name,
        topic_id: Uuid,
        area_ids: Ids<50>,
        #[schema(inline)]
        channels: Bounded<Channel, 10>,
        opening_hours: OpeningHours | null,
        response_target: ResponseTarget | null,
        backup_route_id: Uuid | null,
        escalation_route_id: Uuid | null,
        audience: RouteAudience,
        valid_from: Day | null,
        valid_to: Day | null,
        note: Text<2000> | null,
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ContactRouteFilters {
    /// Routes whose function contains this (case does not matter).
    #[param(max_length = 200)]
    pub q: Option<String>,
    pub topic_id: Option<Uuid>,
    pub organization_id: Option<Uuid>,
    /// Routes that serve this area (linked to it).
    pub area_id: Option<Uuid>,
    pub from_audience: Option<FromAudience>,
    pub audience: Option<RouteAudience>,
    /// Only routes not verified within the period (the stale-route report), or only fresh ones.
    pub stale: Option<bool>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LookupParams {
    /// The topic's code, e.g. `belysning`.
    #[param(max_length = 50)]
    pub topic: String,
    /// Who is asking; routes for `any` always match.
    pub from: Option<FromAudience>,
    /// The area asked about; or give `lat` and `lon`.
    pub area_id: Option<Uuid>,
    /// A point (WGS 84), placed in its neighbourhood.
    #[param(minimum = -90, maximum = 90)]
    pub lat: Option<f64>,
    #[param(minimum = -180, maximum = 180)]
    pub lon: Option<f64>,
}

/// A phone number to call.
#[derive(Debug, Serialize, ToSchema)]
pub struct PhoneOnly {
    pub phone: &'static str,
}

/// A route found by a lookup, with where it goes next.
#[derive(Debug, Serialize, ToSchema)]
pub struct RouteMatch {
    pub route: ContactRoute,
    /// 0 for a route of the neighbourhood itself, 1 its district or local police area, 2 the
    /// police district, 3 the city or region, 4 a route for everywhere.
    pub specificity: i32,
    pub backup: Option<ContactRoute>,
    pub escalation: Option<ContactRoute>,
}

/// The routes for a topic in a place, best first (most specific, open now, fresh).
#[derive(Debug, Serialize, ToSchema)]
pub struct ContactLookup {
    /// The neighbourhood the point lies in (null for a point outside every neighbourhood, or
    /// when an area was given).
    pub neighbourhood_id: Option<Uuid>,
    /// The areas the lookup covered: the place and every area that holds or overlaps it.
    pub area_ids: Vec<Uuid>,
    pub routes: Vec<RouteMatch>,
    /// In an emergency: 112.
    pub emergency: PhoneOnly,
    /// Police matters that are not urgent, and tips: 114 14.
    pub police_non_urgent: PhoneOnly,
    /// The names of the neighbourhood and of `area_ids`.
    pub names: Names,
}

/// A public contact route, as residents see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct PublicContactRoute {
    pub id: Uuid,
    pub from_audience: FromAudience,
    pub organization_id: Uuid,
    pub organization_name: String,
    pub function: String,
    pub topic_id: Uuid,
    pub topic_name_sv: String,
    pub topic_name_en: String,
    pub area_ids: Vec<Uuid>,
    pub area_names: Vec<String>,
    pub channels: Vec<Channel>,
    pub opening_hours: Option<OpeningHours>,
    pub open_now: Option<bool>,
    pub response_target: Option<String>,
    /// Not verified lately: check the details before relying on them.
    pub stale: bool,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PublicContactRouteFilters {
    pub topic_id: Option<Uuid>,
    /// Routes that serve this area (linked to it).
    pub area_id: Option<Uuid>,
    pub from_audience: Option<FromAudience>,
}
