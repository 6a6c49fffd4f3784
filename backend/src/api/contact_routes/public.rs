//! The public directory: public routes valid today, with their organisation, topic and areas
//! by name; nothing internal and no one's name.

use actix_web::{HttpResponse, get, web};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryTrait};

use super::model::{areas_of, channels_of, hours_of};
use super::types::{PublicContactRoute, PublicContactRouteFilters};
use super::{BY_FUNCTION, serving};
use crate::domain::contact_route::{RouteAudience, is_stale, stale_period};
use crate::entities::contact_route::{Column, Entity};
use crate::entities::topic;
use crate::error::ApiResult;
use crate::kit::{ListQuery, Named, Page, PageParams, Refs, names};
use crate::state::AppState;

/// List public contact routes (public)
///
/// No login. The public routes valid today, sorted by function; with whether each is open now.
/// In an emergency call 112; for police matters that are not urgent, 114 14.
#[utoipa::path(
    operation_id = "listPublicContactRoutes",
    tag = "public",
    params(PublicContactRouteFilters, PageParams),
    responses((status = 200, description = "A page of contact routes", body = Page<PublicContactRoute>)),
    security(())
)]
#[get("/public/contact-routes")]
pub async fn list(state: web::Data<AppState>, q: ListQuery<PublicContactRouteFilters>) -> ApiResult<HttpResponse> {
    let f = q.filters;
    let day = crate::domain::time::today();
    let select = Entity::find()
        .filter(Column::Audience.eq(RouteAudience::Public))
        .filter(Condition::any().add(Column::ValidFrom.is_null()).add(Column::ValidFrom.lte(day)))
        .filter(Condition::any().add(Column::ValidTo.is_null()).add(Column::ValidTo.gte(day)))
        .apply_if(f.topic_id, |s, v| s.filter(Column::TopicId.eq(v)))
        .apply_if(f.from_audience, |s, v| s.filter(Column::FromAudience.eq(v)))
        .apply_if(f.area_id, |s, a| s.filter(Column::Id.in_subquery(serving(a))));
    let db = &state.db.read;
    let (rows, next_cursor) = crate::kit::page::rows(db, select, &BY_FUNCTION, &q.page).await?;
    let ids: Vec<_> = rows.iter().map(|m| m.id).collect();
    let areas = areas_of(db, &ids).await?;
    let topic_ids: Vec<_> = rows.iter().map(|m| m.topic_id).collect();
    let topics: std::collections::HashMap<_, _> = topic::Entity::find()
        .filter(topic::Column::Id.is_in(topic_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
    let refs: Vec<Refs> = rows
        .iter()
        .map(|m| {
            Refs::new()
                .one(Named::Organization, Some(m.organization_id))
                .all(Named::Area, areas.get(&m.id).into_iter().flatten().copied())
        })
        .collect();
    let names = names::resolve(db, &refs).await?;
    let now = crate::db::now();
    let items: Vec<PublicContactRoute> = rows
        .into_iter()
        .zip(names)
        .map(|(m, names)| {
            let area_ids = areas.get(&m.id).cloned().unwrap_or_default();
            let hours = hours_of(&m);
            let t = topics.get(&m.topic_id);
            PublicContactRoute {
                id: m.id,
                from_audience: m.from_audience,
                organization_id: m.organization_id,
                organization_name: names.get(&m.organization_id).unwrap_or_default().to_owned(),
                function: m.function.clone(),
                topic_id: m.topic_id,
                topic_name_sv: t.map(|t| t.name_sv.clone()).unwrap_or_default(),
                topic_name_en: t.map(|t| t.name_en.clone()).unwrap_or_default(),
                area_names: area_ids.iter().map(|a| names.get(a).unwrap_or_default().to_owned()).collect(),
                area_ids,
                channels: channels_of(&m),
                open_now: hours.as_ref().map(|h| h.open_at(now)),
                opening_hours: hours,
                response_target: m.response_target.clone(),
                stale: is_stale(m.last_verified_at, now, stale_period()),
            }
        })
        .collect();
    Ok(HttpResponse::Ok().json(Page { items, next_cursor, allowed_actions: vec![] }))
}
