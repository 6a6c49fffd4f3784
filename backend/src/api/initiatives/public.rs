//! Citizen promises as the public sees them: public ones only, with their status, the latest
//! public report and whether they were kept — nothing internal, no names of people.

use actix_web::{HttpResponse, get, web};
use chrono::NaiveDate;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QuerySelect, QueryTrait};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::domain::initiative::{InitiativeKind, InitiativeStatus, Met, Target};
use crate::domain::time::today;
use crate::entities::initiative::{Column, Entity};
use crate::entities::initiative_area;
use crate::error::ApiResult;
use crate::kit::{Keyset, ListQuery, Named, Page, PageParams, Refs, names};
use crate::store::initiatives::{Facts, target_of};

const BY_TITLE: Keyset<Column> = Keyset::by(Column::SearchTitle, Column::Id);

/// A citizen promise (medborgarlöfte), as residents see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct PublicCitizenPromise {
    pub id: Uuid,
    pub title: String,
    pub description: Option<String>,
    pub council_id: Uuid,
    pub council_name: String,
    pub area_ids: Vec<Uuid>,
    /// The areas' names, in the order of `area_ids`.
    pub area_names: Vec<String>,
    pub status: InitiativeStatus,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    /// What was promised, when it is countable or tied to an indicator.
    pub target: Option<Target>,
    /// The indicator's name, for a target tied to one.
    pub indicator_name: Option<String>,
    /// Kept or not, and why.
    pub met: Met,
    pub percent: Option<f64>,
    /// The latest report the council made public, and its date.
    pub latest_narrative: Option<String>,
    pub latest_reported_on: Option<NaiveDate>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CitizenPromiseFilters {
    /// Promises for this area.
    pub area_id: Option<Uuid>,
    /// Promises that run some day of this year.
    #[param(minimum = 1900, maximum = 2200)]
    pub year: Option<i32>,
}

/// The indicator `m`'s target is tied to, if it is.
fn indicator_of(m: &crate::entities::initiative::Model) -> Option<Uuid> {
    match target_of(m).ok().flatten() {
        Some(Target::Indicator { indicator_id, .. }) => Some(indicator_id),
        _ => None,
    }
}

/// List citizen promises (public)
///
/// No login. Public citizen promises only, sorted by title; with their status, the latest public
/// report, and whether they were kept (and why).
#[utoipa::path(
    operation_id = "listPublicCitizenPromises",
    tag = "public",
    params(CitizenPromiseFilters, PageParams),
    responses((status = 200, description = "A page of citizen promises", body = Page<PublicCitizenPromise>)),
    security(())
)]
#[get("/public/citizen-promises")]
pub async fn list(
    state: web::Data<crate::state::AppState>,
    q: ListQuery<CitizenPromiseFilters>,
) -> ApiResult<HttpResponse> {
    let f = q.filters;
    let first = f.year.and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1));
    let last = f.year.and_then(|y| NaiveDate::from_ymd_opt(y, 12, 31));
    let select = Entity::find()
        .filter(Column::Kind.eq(InitiativeKind::CitizenPromise))
        .filter(Column::IsPublic.eq(true))
        .apply_if(last, |s, d| s.filter(Condition::any().add(Column::StartsOn.is_null()).add(Column::StartsOn.lte(d))))
        .apply_if(first, |s, d| s.filter(Condition::any().add(Column::EndsOn.is_null()).add(Column::EndsOn.gte(d))))
        .apply_if(f.area_id, |s, a| {
            s.filter(
                Column::Id.in_subquery(
                    initiative_area::Entity::find()
                        .select_only()
                        .column(initiative_area::Column::InitiativeId)
                        .filter(initiative_area::Column::AreaId.eq(a))
                        .into_query(),
                ),
            )
        });
    let db = &state.db.read;
    let (rows, next_cursor) = crate::kit::page::rows(db, select, &BY_TITLE, &q.page).await?;
    let facts = Facts::read(db, &rows).await?;
    let refs: Vec<Refs> = rows
        .iter()
        .map(|m| {
            Refs::new()
                .one(Named::Council, Some(m.council_id))
                .all(Named::Area, facts.areas.get(&m.id).into_iter().flatten().copied())
                .one(Named::Indicator, indicator_of(m))
        })
        .collect();
    let names = names::resolve(db, &refs).await?;
    let day = today();
    let mut items = Vec::with_capacity(rows.len());
    for (m, names) in rows.iter().zip(names) {
        let progress = facts.progress(m, day);
        let public = facts.latest_public(m.id);
        let area_ids = facts.areas.get(&m.id).cloned().unwrap_or_default();
        items.push(PublicCitizenPromise {
            id: m.id,
            title: m.title.clone(),
            description: m.description.clone(),
            council_id: m.council_id,
            council_name: names.get(&m.council_id).unwrap_or_default().to_owned(),
            area_names: area_ids.iter().map(|a| names.get(a).unwrap_or_default().to_owned()).collect(),
            area_ids,
            status: m.status,
            starts_on: m.starts_on,
            ends_on: m.ends_on,
            indicator_name: indicator_of(m).and_then(|i| names.get(&i)).map(str::to_owned),
            target: target_of(m)?,
            met: progress.met,
            percent: progress.percent,
            latest_narrative: public.and_then(|u| u.narrative.clone()),
            latest_reported_on: public.map(|u| u.reported_on),
        });
    }
    Ok(HttpResponse::Ok().json(Page { items, next_cursor, allowed_actions: vec![] }))
}
