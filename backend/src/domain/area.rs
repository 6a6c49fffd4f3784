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

/// How deep a geometry type's `coordinates` nest positions: a Point is one position, a
/// MultiPolygon a list of polygons of rings of positions.
fn nesting(kind: &str) -> Option<usize> {
    Some(match kind {
        "Point" => 0,
        "MultiPoint" | "LineString" => 1,
        "MultiLineString" | "Polygon" => 2,
        "MultiPolygon" => 3,
        _ => return None,
    })
}

/// A position: longitude from -180 to 180 and latitude from -90 to 90 (CRS84), and an optional
/// altitude.
fn is_position(p: &serde_json::Value) -> bool {
    let Some(p) = p.as_array() else { return false };
    let n = |i: usize| p.get(i).and_then(serde_json::Value::as_f64);
    (2..=3).contains(&p.len())
        && n(0).is_some_and(|x| (-180.0..=180.0).contains(&x))
        && n(1).is_some_and(|y| (-90.0..=90.0).contains(&y))
        && (p.len() == 2 || n(2).is_some_and(plausible))
}

/// An altitude or a bounding box's edge in metres or degrees (a database stores it exactly).
fn plausible(x: f64) -> bool {
    x.abs() <= 1e9
}

fn positions_nested(c: &serde_json::Value, depth: usize) -> bool {
    if depth == 0 {
        return is_position(c);
    }
    c.as_array().is_some_and(|items| items.iter().all(|i| positions_nested(i, depth - 1)))
}

/// A GeoJSON geometry object: a known `type`, `coordinates` nested as that type's are, each
/// position a longitude and latitude on the earth, and nothing else but an optional `bbox`.
pub fn is_geometry(g: &serde_json::Value) -> bool {
    let Some(o) = g.as_object() else { return false };
    let depth = o.get("type").and_then(|t| t.as_str()).and_then(nesting);
    depth.is_some_and(|d| o.get("coordinates").is_some_and(|c| positions_nested(c, d)))
        && o.keys().all(|k| ["type", "coordinates", "bbox"].contains(&k.as_str()))
        && o.get("bbox").is_none_or(|b| {
            b.as_array()
                .is_some_and(|b| [4, 6].contains(&b.len()) && b.iter().all(|x| x.as_f64().is_some_and(plausible)))
        })
}

/// The schema of a GeoJSON geometry object (CRS84), for the OpenAPI document; the value itself
/// is kept as JSON and checked with [`is_geometry`].
pub struct Geometry;

impl utoipa::PartialSchema for Geometry {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Type};
        ObjectBuilder::new()
            .schema_type(Type::Object)
            .description(Some(
                "A GeoJSON geometry object (RFC 7946, CRS84): `type` and `coordinates` nested as the type's are, each position `[longitude, latitude]` within -180..180 and -90..90; an optional `bbox`.",
            ))
            .property(
                "type",
                ObjectBuilder::new().schema_type(Type::String).enum_values(Some(GEOMETRY_TYPES.iter().copied())),
            )
            .required("type")
            .property("coordinates", ArrayBuilder::new())
            .required("coordinates")
            .property("bbox", ArrayBuilder::new().items(ObjectBuilder::new().schema_type(Type::Number)).min_items(Some(4)).max_items(Some(6)))
            .additional_properties(Some(utoipa::openapi::schema::AdditionalProperties::FreeForm(false)))
            .into()
    }
}

impl utoipa::ToSchema for Geometry {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn geometries_nest_positions_on_the_earth() {
        assert!(is_geometry(&json!({"type": "Point", "coordinates": [18.07, 59.33]})));
        assert!(is_geometry(
            &json!({"type": "Polygon", "coordinates": [[[18.0, 59.3], [18.1, 59.3], [18.1, 59.4], [18.0, 59.3]]]})
        ));
        assert!(is_geometry(
            &json!({"type": "MultiPolygon", "coordinates": [[[[18.0, 59.3], [18.1, 59.3], [18.0, 59.3]]]]})
        ));
        assert!(!is_geometry(&json!({"type": "Polygon", "coordinates": [[18.0, 59.3]]})));
        assert!(!is_geometry(&json!({"type": "Point", "coordinates": [-1.7976931348623155e308, 0.0]})));
        assert!(!is_geometry(&json!({"type": "MultiPoint", "coordinates": [{"": "X"}]})));
        assert!(!is_geometry(&json!({"type": "Point", "coordinates": [18.0, 59.0], "extra": {}})));
        assert!(!is_geometry(&json!({"type": "Circle", "coordinates": []})));
    }
}
