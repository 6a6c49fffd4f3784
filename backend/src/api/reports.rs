//! The answers the consultation asked for: which areas have a local steering group (and who
//! created it, with what mandate), and which seats stand empty.

use std::collections::{HashMap, HashSet};

use actix_web::{HttpResponse, get};
use chrono::NaiveDate;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::domain::area::AreaKind;
use crate::domain::council::{CouncilKind, CouncilRole, CouncilStatus, CoverageVia, Mandate};
use crate::domain::role::{Action, council_actions};
use crate::domain::time::Day;
use crate::domain::time::Naive;
use crate::domain::time::today;
use crate::entities::area;
use crate::entities::council::{self, Entity as CouncilEntity};
use crate::entities::membership::{self, Entity as MembershipEntity};
use crate::entities::person::{self, Entity as PersonEntity};
use crate::entities::seat::{self, Entity as SeatEntity};
use crate::error::{ApiError, ApiResult};
use crate::kit::{Call, Named, Names, Query, Refs, names};
use crate::store::access::current_on;
use crate::store::areas::{overlaps_of, valid_on};
use crate::store::councils::{area_ids_of, mandate_of, working_on};

pub const ENDING_SOON_DAYS: u64 = 90;

#[derive(Debug, Serialize, ToSchema, Clone)]
pub struct AreaRef {
    pub id: Uuid,
    pub name: String,
    pub kind: AreaKind,
}

#[derive(Debug, Serialize, ToSchema, Clone)]
pub struct CoveringCouncil {
    pub id: Uuid,
    pub name: String,
    pub parent_id: Option<Uuid>,
    pub mandate: Option<Mandate>,
    /// `direct` when the council names the area, `overlap` when it names an overlapping one.
    pub via: CoverageVia,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CoveredArea {
    pub area: AreaRef,
    /// The active councils of the kind that cover the area; empty when none does.
    pub councils: Vec<CoveringCouncil>,
}

/// Which districts and local police areas have a council of a kind on a date.
#[derive(Debug, Serialize, ToSchema)]
pub struct CoverageReport {
    pub at: NaiveDate,
    pub kind: CouncilKind,
    /// Every district and local police area valid on `at`.
    pub areas: Vec<CoveredArea>,
    /// The areas no such council covers.
    pub uncovered: Vec<AreaRef>,
    /// The names of the parent councils and of who decided each mandate.
    pub names: Names,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CoverageQuery {
    /// The date to report on; default today.
    pub at: Option<Day>,
    /// The kind of council; default `local_steering_group`.
    pub kind: Option<CouncilKind>,
}

/// Coverage
///
/// For every district and local police area valid on `at`, the active councils of `kind` whose
/// areas cover it, directly or through an overlapping area; and the areas with none.
#[utoipa::path(
    operation_id = "coverageReport",
    tag = "reports",
    params(CoverageQuery),
    responses((status = 200, description = "The coverage report", body = CoverageReport)),
    security(("bearer" = []))
)]
#[get("/reports/coverage")]
pub async fn coverage(call: Call, query: Query<CoverageQuery>) -> ApiResult<HttpResponse> {
    let at = query.0.at.naive().unwrap_or_else(today);
    let kind = query.0.kind.unwrap_or(CouncilKind::LocalSteeringGroup);
    let db = call.read();
    let areas = crate::store::areas::select(false)
        .filter(area::Column::Kind.is_in(AreaKind::COVERED_BY_COUNCILS))
        .filter(valid_on(at))
        .order_by_asc(area::Column::Kind)
        .order_by_asc(area::Column::SearchName)
        .all(db)
        .await?;
    let councils = CouncilEntity::find().filter(council::Column::Kind.eq(kind)).filter(working_on(at)).all(db).await?;
    let council_areas = area_ids_of(db, &councils.iter().map(|c| c.id).collect::<Vec<_>>()).await?;
    let mut overlaps = overlaps_of(db, &areas.iter().map(|a| a.id).collect::<Vec<_>>()).await?;
    let mut refs = Refs::new();
    for c in &councils {
        let m = mandate_of(c);
        refs = refs
            .one(Named::Council, c.parent_id)
            .one(Named::Council, m.as_ref().and_then(|m| m.decided_by_council_id))
            .one(Named::Organization, m.as_ref().and_then(|m| m.decided_by_organization_id));
    }
    let names = names::resolve(db, &[refs]).await?.pop().unwrap_or_default();
    let mut report = CoverageReport { at, kind, areas: vec![], uncovered: vec![], names };
    for a in areas {
        let area = AreaRef { id: a.id, name: a.name.clone(), kind: a.kind };
        let around: HashSet<Uuid> = overlaps.remove(&a.id).unwrap_or_default().into_iter().collect();
        let covering: Vec<CoveringCouncil> = councils
            .iter()
            .filter_map(|c| {
                let names = council_areas.get(&c.id)?;
                let via = if names.contains(&a.id) {
                    CoverageVia::Direct
                } else if names.iter().any(|n| around.contains(n)) {
                    CoverageVia::Overlap
                } else {
                    return None;
                };
                Some(CoveringCouncil {
                    id: c.id,
                    name: c.name.clone(),
                    parent_id: c.parent_id,
                    mandate: mandate_of(c),
                    via,
                })
            })
            .collect();
        if covering.is_empty() {
            report.uncovered.push(area.clone());
        }
        report.areas.push(CoveredArea { area, councils: covering });
    }
    Ok(HttpResponse::Ok().json(report))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Holder {
    pub membership_id: Uuid,
    pub person_id: Uuid,
    pub person_name: String,
    pub role: CouncilRole,
    /// The organization the holder sits for.
    pub on_behalf_of_id: Option<Uuid>,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
    /// The term ends within 90 days.
    pub ending_soon: bool,
    /// The holder sits for another organization than the one that should hold the seat.
    pub wrong_organization: bool,
    /// A coordinator or admin created or confirmed the term (see the membership's `confirmed`).
    pub confirmed: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SeatStaffing {
    pub seat_id: Uuid,
    pub label: String,
    pub role: CouncilRole,
    pub organization_id: Option<Uuid>,
    pub required: bool,
    pub max_holders: i32,
    pub holders: Vec<Holder>,
    /// Nobody holds the seat.
    pub vacant: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CouncilStaffing {
    pub council_id: Uuid,
    pub council_name: String,
    pub seats: Vec<SeatStaffing>,
    /// Required seats that stand empty.
    pub vacant_required_seat_ids: Vec<Uuid>,
    /// Seats held for another organization than the one that should hold them.
    pub mismatched_seat_ids: Vec<Uuid>,
    /// Terms that end within 90 days.
    pub ending_soon_membership_ids: Vec<Uuid>,
    /// The names of the organizations its seats and holders are for.
    pub names: Names,
    /// What the caller may do to this council (`update`, `manage_seats`, `manage_memberships`).
    pub allowed_actions: Vec<Action>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StaffingReport {
    pub at: NaiveDate,
    pub councils: Vec<CouncilStaffing>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StaffingQuery {
    /// One council; default every council that is not dissolved.
    pub council_id: Option<Uuid>,
    /// The date to report on; default today.
    pub at: Option<Day>,
}

/// Staffing
///
/// Each seat with its holders on `at`, the required seats that stand empty, seats held for
/// another organization than the one that should hold them, and terms ending within 90 days.
#[utoipa::path(
    operation_id = "staffingReport",
    tag = "reports",
    params(StaffingQuery),
    responses(
        (status = 200, description = "The staffing report", body = StaffingReport),
        (status = 404, description = "No council has the `council_id` given", body = crate::error::Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/reports/staffing")]
pub async fn staffing(call: Call, query: Query<StaffingQuery>) -> ApiResult<HttpResponse> {
    let query = query.0;
    let at = query.at.naive().unwrap_or_else(today);
    let db = call.read();
    let mut s = CouncilEntity::find();
    match query.council_id {
        Some(id) => s = s.filter(council::Column::Id.eq(id)),
        None => s = s.filter(council::Column::Status.ne(CouncilStatus::Dissolved)),
    }
    let councils = s.order_by_asc(council::Column::SearchName).all(db).await?;
    if query.council_id.is_some() && councils.is_empty() {
        return Err(ApiError::NotFound);
    }
    let ids: Vec<Uuid> = councils.iter().map(|c| c.id).collect();
    let seats = SeatEntity::find()
        .filter(seat::Column::CouncilId.is_in(ids.clone()))
        .order_by_asc(seat::Column::Id)
        .all(db)
        .await?;
    let terms = MembershipEntity::find()
        .filter(membership::Column::CouncilId.is_in(ids))
        .filter(membership::Column::SeatId.is_not_null())
        .filter(current_on(at))
        .order_by_asc(membership::Column::StartDate)
        .all(db)
        .await?;
    let people: HashMap<Uuid, String> = PersonEntity::find()
        .filter(person::Column::Id.is_in(terms.iter().map(|t| t.person_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect();
    // Grouped once, so the report is linear in seats and terms, not councils × seats.
    let mut seats_of: HashMap<Uuid, Vec<&seat::Model>> = HashMap::new();
    for st in &seats {
        seats_of.entry(st.council_id).or_default().push(st);
    }
    let mut terms_of: HashMap<Uuid, Vec<&membership::Model>> = HashMap::new();
    for t in &terms {
        terms_of.entry(t.seat_id.unwrap_or_default()).or_default().push(t);
    }
    let no_seats = vec![];
    let no_terms = vec![];
    let refs: Vec<Refs> = councils
        .iter()
        .map(|c| {
            let seats = seats_of.get(&c.id).unwrap_or(&no_seats);
            let orgs = seats.iter().filter_map(|s| s.organization_id);
            let holders =
                seats.iter().flat_map(|s| terms_of.get(&s.id).unwrap_or(&no_terms)).filter_map(|t| t.on_behalf_of_id);
            Refs::new().all(Named::Organization, orgs.chain(holders))
        })
        .collect();
    let mut names = names::resolve(db, &refs).await?.into_iter();
    let soon = at.checked_add_days(chrono::Days::new(ENDING_SOON_DAYS)).ok_or_else(|| {
        ApiError::bad_request(crate::error::ProblemCode::InvalidQueryParameter, "at: too far in the future.")
    })?;
    let mut report = StaffingReport { at, councils: vec![] };
    for c in councils {
        let mut cs = CouncilStaffing {
            council_id: c.id,
            council_name: c.name,
            seats: vec![],
            vacant_required_seat_ids: vec![],
            mismatched_seat_ids: vec![],
            ending_soon_membership_ids: vec![],
            names: names.next().unwrap_or_default(),
            allowed_actions: council_actions(call.caller.role, call.manages(c.id).await?),
        };
        for st in seats_of.get(&c.id).unwrap_or(&no_seats) {
            let holders: Vec<Holder> = terms_of
                .get(&st.id)
                .unwrap_or(&no_terms)
                .iter()
                .map(|t| Holder {
                    membership_id: t.id,
                    person_id: t.person_id,
                    person_name: people.get(&t.person_id).cloned().unwrap_or_default(),
                    role: t.role,
                    on_behalf_of_id: t.on_behalf_of_id,
                    start_date: t.start_date,
                    end_date: t.end_date,
                    ending_soon: t.end_date.is_some_and(|e| e <= soon),
                    wrong_organization: st.organization_id.is_some() && t.on_behalf_of_id != st.organization_id,
                    confirmed: t.confirmed_at.is_some(),
                })
                .collect();
            let vacant = holders.is_empty();
            if vacant && st.required {
                cs.vacant_required_seat_ids.push(st.id);
            }
            if holders.iter().any(|h| h.wrong_organization) {
                cs.mismatched_seat_ids.push(st.id);
            }
            cs.ending_soon_membership_ids.extend(holders.iter().filter(|h| h.ending_soon).map(|h| h.membership_id));
            cs.seats.push(SeatStaffing {
                seat_id: st.id,
                label: st.label.clone(),
                role: st.role,
                organization_id: st.organization_id,
                required: st.required,
                max_holders: st.max_holders,
                holders,
                vacant,
            });
        }
        report.councils.push(cs);
    }
    Ok(HttpResponse::Ok().json(report))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(coverage).service(staffing);
}
