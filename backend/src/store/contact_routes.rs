//! Finding the routes for a topic in a place, best first: the most specific area, open now,
//! fresh. Shared by the lookup, the public inquiry form (which routes a new inquiry) and Open311.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryTrait};
use uuid::Uuid;

use crate::domain::contact_route::{FromAudience, OpeningHours, RouteAudience, is_stale, stale_period};
use crate::entities::contact_route::{Column, Entity, Model};
use crate::entities::{contact_route_area, topic};
use crate::error::ApiResult;

/// The specificity of a route for every area.
pub const EVERYWHERE: u8 = 4;

/// A route that matched, and how specific its match is.
pub struct Found {
    pub route: Model,
    pub specificity: u8,
}

/// The topic with `code` (one query).
pub async fn topic_by_code(db: &impl ConnectionTrait, code: &str) -> ApiResult<Option<topic::Model>> {
    Ok(topic::Entity::find().filter(topic::Column::Code.eq(code)).one(db).await?)
}

/// The routes for `topic` valid today that serve one of `around` (area → specificity) or every
/// area, for `from` (routes for anyone always match), only public ones when `public_only`;
/// best first. Two queries however many routes there are.
pub async fn find(
    db: &impl ConnectionTrait,
    topic: Uuid,
    from: Option<FromAudience>,
    around: &HashMap<Uuid, u8>,
    public_only: bool,
    now: DateTime<Utc>,
) -> ApiResult<Vec<Found>> {
    let day = crate::domain::time::today();
    let routes = Entity::find()
        .filter(Column::TopicId.eq(topic))
        .filter(Condition::any().add(Column::ValidFrom.is_null()).add(Column::ValidFrom.lte(day)))
        .filter(Condition::any().add(Column::ValidTo.is_null()).add(Column::ValidTo.gte(day)))
        .apply_if(from, |s, f| s.filter(Column::FromAudience.is_in([f, FromAudience::Any])))
        .apply_if(public_only.then_some(()), |s, _| s.filter(Column::Audience.eq(RouteAudience::Public)))
        .all(db)
        .await?;
    let ids: Vec<Uuid> = routes.iter().map(|r| r.id).collect();
    let areas = crate::store::links::linked::<contact_route_area::Entity, _>(
        db,
        contact_route_area::Column::RouteId,
        &ids,
        |l| (l.route_id, l.area_id),
    )
    .await?;
    let mut found: Vec<Found> = routes
        .into_iter()
        .filter_map(|route| {
            let specificity = match areas.get(&route.id) {
                None => EVERYWHERE,
                Some(linked) => linked.iter().filter_map(|a| around.get(a)).min().copied()?,
            };
            Some(Found { route, specificity })
        })
        .collect();
    let period = stale_period();
    let open = |m: &Model| -> u8 {
        match m.opening_hours.clone().and_then(|h| serde_json::from_value::<OpeningHours>(h).ok()) {
            Some(h) if h.open_at(now) => 0,
            None => 1,
            Some(_) => 2,
        }
    };
    found.sort_by_cached_key(|f| {
        (
            f.specificity,
            open(&f.route),
            is_stale(f.route.last_verified_at, now, period),
            f.route.function.clone(),
            f.route.id,
        )
    });
    Ok(found)
}

/// Tell of every route gone stale since it was last verified (a `contact_route.stale` event in
/// the outbox, once: `stale_notified_at` is set until the route is verified again). Returns how
/// many.
pub async fn notify_stale(db: &impl ConnectionTrait, now: DateTime<Utc>) -> ApiResult<usize> {
    use sea_orm::{QuerySelect, Set};
    let cutoff = now - stale_period();
    let due: Vec<(Uuid, String, DateTime<Utc>)> = Entity::find()
        .filter(Column::LastVerifiedAt.lt(cutoff))
        .filter(Column::StaleNotifiedAt.is_null())
        .select_only()
        .columns([Column::Id, Column::Function, Column::LastVerifiedAt])
        .limit(1000)
        .into_tuple()
        .all(db)
        .await?;
    if due.is_empty() {
        return Ok(0);
    }
    let ids: Vec<Uuid> = due.iter().map(|d| d.0).collect();
    Entity::update_many()
        .set(crate::entities::contact_route::ActiveModel { stale_notified_at: Set(Some(now)), ..Default::default() })
        .filter(Column::Id.is_in(ids))
        .exec(db)
        .await?;
    let n = due.len();
    crate::store::outbox::emit(
        db,
        due.into_iter()
            .map(|(id, function, verified)| crate::store::outbox::Event {
                event: crate::domain::event::EventType::ContactRouteStale,
                entity_type: crate::domain::audit::EntityType::ContactRoute,
                entity_id: id,
                payload: serde_json::json!({"function": function, "last_verified_at": verified}),
            })
            .collect(),
    )
    .await?;
    Ok(n)
}
