//! Looking up the right route: for a topic, who is asking, and an area or a point on the map.

use std::collections::HashMap;

use actix_web::{HttpResponse, get};
use uuid::Uuid;

use super::model::present_routes;
use super::types::{ContactLookup, LookupParams, PhoneOnly, RouteMatch};
use crate::domain::contact_route::{EMERGENCY_PHONE, POLICE_NON_URGENT_PHONE};
use crate::entities::contact_route::{Entity, Model};
use crate::error::{ApiError, ApiResult, ProblemCode};
use crate::kit::{Call, Named, Query, Refs};
use crate::store::contact_routes::{find, topic_by_code};
use crate::store::places::Places;

/// Where a lookup is: the neighbourhood of a point, or an area; and the areas around it.
pub struct Place {
    pub neighbourhood_id: Option<Uuid>,
    pub around: HashMap<Uuid, u8>,
}

fn bad(detail: &str) -> ApiError {
    ApiError::BadRequest { code: ProblemCode::InvalidQueryParameter, detail: detail.into() }
}

/// Place `area_id` or the point `lat`, `lon` (exactly one of them) among `places`. A point
/// outside every neighbourhood is nowhere: only routes for every area match it.
pub fn place(places: &Places, area_id: Option<Uuid>, lat: Option<f64>, lon: Option<f64>) -> ApiResult<Place> {
    match (area_id, lat, lon) {
        (Some(a), None, None) => {
            if !places.knows(a) {
                return Err(bad("area_id: no area valid today has this id."));
            }
            Ok(Place { neighbourhood_id: None, around: places.around(a) })
        }
        (None, Some(lat), Some(lon)) => {
            if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                return Err(bad("lat, lon: a point in WGS 84 (latitude −90 to 90, longitude −180 to 180)."));
            }
            let n = places.neighbourhood_at(lat, lon);
            Ok(Place { neighbourhood_id: n, around: n.map(|n| places.around(n)).unwrap_or_default() })
        }
        _ => Err(bad("Give either area_id, or lat and lon.")),
    }
}

/// Look up contact routes
///
/// Anyone logged in. The routes for a topic (`topic`, its code) in an area (`area_id`) or at a
/// point (`lat`, `lon`, placed in its neighbourhood, then its district and local police area),
/// for who is asking (`from`), best first: the most specific area, open now, fresh. Each with
/// its backup and escalation; and always 112 and 114 14.
#[utoipa::path(
    operation_id = "lookupContactRoutes",
    tag = "contact",
    params(LookupParams),
    responses((status = 200, description = "The routes, best first", body = ContactLookup)),
    security(("bearer" = []))
)]
#[get("/contact-routes/lookup")]
pub async fn lookup(call: Call, q: Query<LookupParams>) -> ApiResult<HttpResponse> {
    let q = q.0;
    let places = call.places().await?;
    let here = place(&places, q.area_id, q.lat, q.lon)?;
    let db = call.read();
    let topic = topic_by_code(db, q.topic.trim()).await?.ok_or_else(|| bad("topic: no topic has this code."))?;
    let now = crate::db::now();
    let found = find(db, topic.id, q.from, &here.around, false, now).await?;
    let next_ids: Vec<Uuid> =
        found.iter().flat_map(|f| [f.route.backup_route_id, f.route.escalation_route_id]).flatten().collect();
    let next: HashMap<Uuid, Model> = if next_ids.is_empty() {
        HashMap::new()
    } else {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        Entity::find()
            .filter(crate::entities::contact_route::Column::Id.is_in(next_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|m| (m.id, m))
            .collect()
    };
    // One presentation for the matches and the routes they lead to.
    let specificity: Vec<u8> = found.iter().map(|f| f.specificity).collect();
    let mut rows: Vec<Model> = found.into_iter().map(|f| f.route).collect();
    let matched = rows.len();
    let next_order: Vec<Uuid> = next.keys().copied().collect();
    rows.extend(next_order.iter().map(|id| next[id].clone()));
    let mut shown = present_routes(db, &call.caller, rows).await?;
    let extra: HashMap<Uuid, super::types::ContactRoute> =
        shown.split_off(matched).into_iter().map(|r| (r.id, r)).collect();
    let pick = |id: Option<Uuid>| id.and_then(|id| extra.get(&id)).cloned();
    let routes = shown
        .into_iter()
        .zip(specificity)
        .map(|(route, s)| RouteMatch {
            backup: pick(route.backup_route_id),
            escalation: pick(route.escalation_route_id),
            specificity: i32::from(s),
            route,
        })
        .collect();
    let mut area_ids: Vec<Uuid> = here.around.keys().copied().collect();
    area_ids.sort_by_key(|a| (here.around[a], *a));
    let names = crate::kit::names::resolve(db, &[Refs::new().all(Named::Area, area_ids.iter().copied())])
        .await?
        .pop()
        .unwrap_or_default();
    Ok(HttpResponse::Ok().json(ContactLookup {
        names,
        neighbourhood_id: here.neighbourhood_id,
        area_ids,
        routes,
        emergency: PhoneOnly { phone: EMERGENCY_PHONE },
        police_non_urgent: PhoneOnly { phone: POLICE_NON_URGENT_PHONE },
    }))
}
