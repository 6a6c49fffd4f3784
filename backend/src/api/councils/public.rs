//! The public list of councils: those shown on the public pages, by name, with the areas they
//! cover, for residents to find their council and to filter the public meetings by. Mandate,
//! cadence, members and everything else internal stay out.

use actix_web::{HttpResponse, get, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryTrait};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::BY_NAME;
use crate::db::search_key;
use crate::domain::council::{CouncilKind, CouncilStatus};
use crate::entities::council::{Column, Entity};
use crate::error::ApiResult;
use crate::kit::{ListQuery, Named, Page, PageParams, Refs, names};
use crate::state::AppState;
use crate::store::councils::area_ids_of;

/// A council as the public sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct PublicCouncil {
    pub id: Uuid,
    pub name: String,
    pub kind: CouncilKind,
    /// `dissolved` for a council that no longer meets (its past meetings stay public).
    pub status: CouncilStatus,
    pub description: Option<String>,
    /// The areas the council covers, by name.
    pub areas: Vec<PublicCouncilArea>,
}

/// An area a public council covers.
#[derive(Debug, Serialize, ToSchema)]
pub struct PublicCouncilArea {
    pub id: Uuid,
    pub name: String,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PublicCouncilFilters {
    /// Only councils of this status (e.g. `active`; dissolved councils are listed too unless
    /// a status is chosen).
    pub status: Option<CouncilStatus>,
}

/// List public councils (public)
///
/// No login. The councils shown on the public pages, sorted by name, with the areas they cover:
/// to find one's council and to filter the public meetings by.
#[utoipa::path(
    operation_id = "listPublicCouncils",
    tag = "public",
    params(PublicCouncilFilters, PageParams),
    responses((status = 200, description = "A page of public councils", body = Page<PublicCouncil>)),
    security(())
)]
#[get("/public/councils")]
pub async fn list(state: web::Data<AppState>, q: ListQuery<PublicCouncilFilters>) -> ApiResult<HttpResponse> {
    let db = &state.db.read;
    let s = Entity::find()
        .filter(Column::IsPublic.eq(true))
        .apply_if(q.filters.status, |s, st| s.filter(Column::Status.eq(st)));
    let (rows, next_cursor) = crate::kit::page::rows(db, s, &BY_NAME, &q.page).await?;
    let ids: Vec<Uuid> = rows.iter().map(|c| c.id).collect();
    let mut areas = area_ids_of(db, &ids).await?;
    let all_areas = Refs::new().all(Named::Area, areas.values().flatten().copied());
    let area_names = names::resolve(db, &[all_areas]).await?.pop().unwrap_or_default();
    let items = rows
        .into_iter()
        .map(|c| {
            let mut covered: Vec<PublicCouncilArea> = areas
                .remove(&c.id)
                .unwrap_or_default()
                .into_iter()
                .map(|id| PublicCouncilArea { id, name: area_names.get(&id).unwrap_or_default().to_owned() })
                .collect();
            covered.sort_by_key(|a| search_key(&a.name));
            PublicCouncil {
                id: c.id,
                name: c.name,
                kind: c.kind,
                status: c.status,
                description: c.description,
                areas: covered,
            }
        })
        .collect();
    Ok(HttpResponse::Ok().json(Page { items, next_cursor, allowed_actions: vec![] }))
}
