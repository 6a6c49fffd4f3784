//! Where a point or an area lies among the others: the neighbourhood a point falls in (with
//! `geo`, over the neighbourhoods' boundaries), and around an area every area that holds or
//! overlaps it (its district, local police area, police district, the city), each with how
//! specific it is. Read once from the database into memory and kept for a minute, so a lookup
//! costs no query for the places themselves.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use geo::{BoundingRect, Contains, Coord, LineString, MultiPolygon, Point, Polygon, Rect};
use sea_orm::{ConnectionTrait, EntityTrait};
use tokio::sync::RwLock;
use uuid::Uuid;

use crate::domain::area::AreaKind;
use crate::domain::contact_route::specificity;
use crate::domain::time::today;
use crate::entities::{area, area_overlap};
use crate::error::ApiResult;

/// How long the places are kept before they are read again (an area's change shows after this).
const KEEP: Duration = Duration::from_secs(60);

struct Place {
    kind: AreaKind,
    parent_id: Option<Uuid>,
}

/// The areas valid today, their overlaps and the neighbourhoods' shapes.
pub struct Places {
    areas: HashMap<Uuid, Place>,
    overlaps: HashMap<Uuid, Vec<Uuid>>,
    shapes: Vec<(Uuid, Rect, MultiPolygon)>,
}

fn ring(v: &serde_json::Value) -> Option<LineString> {
    let coords = v
        .as_array()?
        .iter()
        .map(|p| {
            let p = p.as_array()?;
            Some(Coord { x: p.first()?.as_f64()?, y: p.get(1)?.as_f64()? })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(LineString::new(coords))
}

fn polygon(v: &serde_json::Value) -> Option<Polygon> {
    let rings = v.as_array()?;
    let outer = ring(rings.first()?)?;
    let inner = rings[1..].iter().map(ring).collect::<Option<Vec<_>>>()?;
    Some(Polygon::new(outer, inner))
}

/// A GeoJSON Polygon or MultiPolygon as `geo` shapes (other geometries have no inside).
pub fn shape(geometry: &serde_json::Value) -> Option<MultiPolygon> {
    let coords = &geometry["coordinates"];
    match geometry["type"].as_str()? {
        "Polygon" => Some(MultiPolygon::new(vec![polygon(coords)?])),
        "MultiPolygon" => Some(MultiPolygon::new(coords.as_array()?.iter().map(polygon).collect::<Option<Vec<_>>>()?)),
        _ => None,
    }
}

impl Places {
    /// Read the places from the database (two queries).
    pub async fn load(db: &impl ConnectionTrait) -> ApiResult<Places> {
        use sea_orm::QueryFilter;
        let rows = area::Entity::find().filter(crate::store::areas::valid_on(today())).all(db).await?;
        let mut areas = HashMap::new();
        let mut shapes = vec![];
        for a in rows {
            if a.kind == AreaKind::Neighbourhood
                && let Some(mp) = a.geometry.as_ref().and_then(shape)
                && let Some(rect) = mp.bounding_rect()
            {
                shapes.push((a.id, rect, mp));
            }
            areas.insert(a.id, Place { kind: a.kind, parent_id: a.parent_id });
        }
        let mut overlaps: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
        for o in area_overlap::Entity::find().all(db).await? {
            overlaps.entry(o.area_id).or_default().push(o.other_area_id);
            overlaps.entry(o.other_area_id).or_default().push(o.area_id);
        }
        Ok(Places { areas, overlaps, shapes })
    }

    /// The neighbourhood a point (WGS 84) lies in.
    pub fn neighbourhood_at(&self, lat: f64, lon: f64) -> Option<Uuid> {
        let p = Point::new(lon, lat);
        self.shapes.iter().find(|(_, rect, mp)| rect.contains(&p) && mp.contains(&p)).map(|(id, _, _)| *id)
    }

    /// Whether `id` is an area valid today.
    pub fn knows(&self, id: Uuid) -> bool {
        self.areas.contains_key(&id)
    }

    /// The areas a route for which also serves `area`, each with its specificity (lower is more
    /// specific): the area itself (0 for a neighbourhood), the areas above it, the areas that
    /// overlap it and the areas above those.
    pub fn around(&self, area: Uuid) -> HashMap<Uuid, u8> {
        let mut out = HashMap::new();
        let add_with_parents = |start: Uuid, out: &mut HashMap<Uuid, u8>| {
            let mut next = Some(start);
            let mut steps = 0;
            while let Some(id) = next {
                let Some(p) = self.areas.get(&id) else { break };
                let s = specificity(p.kind);
                out.entry(id).and_modify(|v: &mut u8| *v = (*v).min(s)).or_insert(s);
                next = p.parent_id;
                steps += 1;
                if steps > 20 {
                    break;
                }
            }
        };
        add_with_parents(area, &mut out);
        for o in self.overlaps.get(&area).into_iter().flatten() {
            add_with_parents(*o, &mut out);
        }
        out
    }
}

/// The places, read again when they are older than a minute.
#[derive(Default)]
pub struct PlacesCache(RwLock<Option<(Instant, Arc<Places>)>>);

impl PlacesCache {
    pub async fn get(&self, db: &impl ConnectionTrait) -> ApiResult<Arc<Places>> {
        if let Some((at, places)) = self.0.read().await.as_ref()
            && at.elapsed() < KEEP
        {
            return Ok(places.clone());
        }
        let mut slot = self.0.write().await;
        if let Some((at, places)) = slot.as_ref()
            && at.elapsed() < KEEP
        {
            return Ok(places.clone());
        }
        let places = Arc::new(Places::load(db).await?);
        *slot = Some((Instant::now(), places.clone()));
        Ok(places)
    }

    /// Forget the places (an area changed on this node).
    pub async fn clear(&self) {
        *self.0.write().await = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geojson_polygons_have_an_inside() {
        let square = serde_json::json!({"type": "Polygon", "coordinates": [[[18.0, 59.3], [18.1, 59.3], [18.1, 59.4], [18.0, 59.4], [18.0, 59.3]]]});
        let mp = shape(&square).unwrap();
        assert!(mp.contains(&Point::new(18.05, 59.35)));
        assert!(!mp.contains(&Point::new(18.2, 59.35)));
        assert!(shape(&serde_json::json!({"type": "Point", "coordinates": [18.0, 59.3]})).is_none());
        assert!(shape(&serde_json::json!({"type": "Polygon", "coordinates": "nonsense"})).is_none());
    }
}
