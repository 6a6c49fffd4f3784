//! The public list of areas: the city's neighbourhoods, districts and police areas valid today,
//! by name, for the public inquiry form and the public pages' area filters. No geometry, no
//! history: what a resident chooses among.

use actix_web::{HttpResponse, get, web};
use sea_orm::{ColumnTrait, QueryFilter, QueryTrait};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use super::BY_NAME;
use crate::domain::area::AreaKind;
use crate::domain::time::today;
use crate::entities::area::Column;
use crate::error::ApiResult;
use crate::kit::{ListQuery, Page, PageParams};
use crate::state::AppState;
use crate::store::areas::{select, valid_on};

/// An area as the public sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct PublicArea {
    pub id: Uuid,
    pub kind: AreaKind,
    pub name: String,
    /// A stable code, e.g. `sdo-jarva` for the district Järva.
    pub code: Option<String>,
    pub parent_id: Option<Uuid>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PublicAreaFilters {
    /// Only areas of this kind.
    pub kind: Option<AreaKind>,
    /// Only direct children of this area.
    pub parent_id: Option<Uuid>,
}

/// List areas (public)
///
/// No login. The areas valid today, sorted by name: to choose where a concern is, or to filter
/// the public pages by.
#[utoipa::path(
    operation_id = "listPublicAreas",
    tag = "public",
    params(PublicAreaFilters, PageParams),
    responses((status = 200, description = "A page of areas", body = Page<PublicArea>)),
    security(())
)]
#[get("/public/areas")]
pub async fn list(state: web::Data<AppState>, q: ListQuery<PublicAreaFilters>) -> ApiResult<HttpResponse> {
    let f = q.filters;
    let s = select(false)
        .filter(valid_on(today()))
        .apply_if(f.kind, |s, k| s.filter(Column::Kind.eq(k)))
        .apply_if(f.parent_id, |s, p| s.filter(Column::ParentId.eq(p)));
    let (rows, next_cursor) = crate::kit::page::rows(&state.db.read, s, &BY_NAME, &q.page).await?;
    let items = rows
        .into_iter()
        .map(|a| PublicArea { id: a.id, kind: a.kind, name: a.name, code: a.code, parent_id: a.parent_id })
        .collect();
    Ok(HttpResponse::Ok().json(Page { items, next_cursor, allowed_actions: vec![] }))
}
