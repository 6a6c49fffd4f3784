//! The wire types of areas.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::domain::area::{AreaKind, Geometry};
use crate::domain::role::Action;
use crate::domain::text::{Ids, Line, Name};
use crate::domain::time::Day;
use crate::kit::Names;

#[derive(Debug, Serialize, ToSchema)]
pub struct Area {
    pub id: Uuid,
    pub kind: AreaKind,
    pub name: String,
    /// A stable code, e.g. `0180` for the city or `sdo-jarva` for the district Järva.
    pub code: Option<String>,
    pub parent_id: Option<Uuid>,
    /// First day the area exists in this form (inclusive); `null` when not known.
    pub valid_from: Option<NaiveDate>,
    /// Last day the area exists in this form (inclusive); `null` while it still does.
    pub valid_to: Option<NaiveDate>,
    /// Areas this one replaced.
    pub predecessor_ids: Vec<Uuid>,
    /// Areas that replaced this one.
    pub successor_ids: Vec<Uuid>,
    /// Areas of other hierarchies this one overlaps (a district and the local police areas it lies in).
    pub overlap_ids: Vec<Uuid>,
    /// GeoJSON geometry (CRS84); only with `include_geometry=true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Geometry>)]
    pub geometry: Option<serde_json::Value>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub names: Names,
    pub allowed_actions: Vec<Action>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewArea {
    pub kind: AreaKind,
    pub name: Name,
    pub code: Option<Line<50>>,
    pub parent_id: Option<Uuid>,
    pub valid_from: Option<Day>,
    pub valid_to: Option<Day>,
    #[serde(default)]
    pub predecessor_ids: Ids<50>,
    /// Areas of other hierarchies this one overlaps (e.g. a district and a local police area).
    #[serde(default)]
    pub overlap_ids: Ids<500>,
    /// A GeoJSON geometry object (CRS84).
    #[serde(default)]
    #[schema(value_type = Option<Geometry>)]
    pub geometry: Option<serde_json::Value>,
}

crate::patch_body! {
    /// The fields to change; absent fields stay, `null` clears an optional field.
    pub struct AreaPatch {
        name: Name,
        code: Line<50> | null,
        parent_id: Uuid | null,
        valid_from: Day | null,
        valid_to: Day | null,
        predecessor_ids: Ids<50>,
        overlap_ids: Ids<500>,
        geometry: serde_json::Value as Geometry | null,
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AreaFilters {
    /// Only areas of this kind.
    pub kind: Option<AreaKind>,
    /// Only direct children of this area.
    pub parent_id: Option<Uuid>,
    /// Only areas valid on this date.
    pub valid_at: Option<Day>,
    /// Case-insensitive search in the name.
    #[param(max_length = 200)]
    pub q: Option<String>,
    /// Include each area's GeoJSON geometry.
    pub include_geometry: Option<bool>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AreaGetQuery {
    /// Include the GeoJSON geometry.
    pub include_geometry: Option<bool>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OverlapFilters {
    /// Only overlapping areas of this kind.
    pub kind: Option<AreaKind>,
    /// Only overlapping areas valid on this date.
    pub valid_at: Option<Day>,
}
