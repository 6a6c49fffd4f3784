//! Areas: the city and its districts and neighbourhoods, and the police's areas.

use crate::domain_enum;

domain_enum! {
    /// What kind of place an area is.
    AreaKind (test area_kind_round_trips) {
        Municipality => "municipality",
        District => "district",
        Neighbourhood => "neighbourhood",
        PoliceRegion => "police_region",
        PoliceDistrict => "police_district",
        LocalPoliceArea => "local_police_area",
    }
}

impl AreaKind {
    /// The kinds the coverage report covers: the city's districts and the police's local areas.
    pub const COVERED_BY_COUNCILS: [AreaKind; 2] = [AreaKind::District, AreaKind::LocalPoliceArea];
}

/// The GeoJSON geometry types an area may have.
pub const GEOMETRY_TYPES: &[&str] =
    &["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"];

/// A GeoJSON geometry object: a known `type` and an array of `coordinates`.
pub fn is_geometry(g: &serde_json::Value) -> bool {
    g.get("type").and_then(|t| t.as_str()).is_some_and(|t| GEOMETRY_TYPES.contains(&t))
        && g.get("coordinates").is_some_and(|c| c.is_array())
}

/// The schema of a GeoJSON geometry object (CRS84), for the OpenAPI document; the value itself
/// is kept as JSON and checked with [`is_geometry`].
pub struct Geometry;

impl utoipa::PartialSchema for Geometry {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Type};
        ObjectBuilder::new()
            .schema_type(Type::Object)
            .description(Some("A GeoJSON geometry object (CRS84): `type` and `coordinates`."))
            .property(
                "type",
                ObjectBuilder::new().schema_type(Type::String).enum_values(Some(GEOMETRY_TYPES.iter().copied())),
            )
            .required("type")
            .property("coordinates", ArrayBuilder::new())
            .required("coordinates")
            .into()
    }
}

impl utoipa::ToSchema for Geometry {}
