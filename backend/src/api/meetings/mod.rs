//! Meetings: one sitting of a council — its time (stored in UTC, shown in Europe/Stockholm),
//! place, mode and status — scheduled by hand or generated from the council's cadence, and
//! cancelled (never deleted) with a reason.

mod model;
mod types;

use actix_web::{HttpResponse, get, patch, post, web};
use chrono::{Days, NaiveTime, TimeZone};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryTrait, TransactionTrait};
use uuid::Uuid;

pub use model::{Meetings, generate as generate_from_cadence};
pub use types::{
    Cancellation, GenerateRequest, Generated, Meeting, MeetingFilters, MeetingOrder, MeetingPatch, NewMeeting,
    PublicMeeting, PublicMeetingFilters,
};

use super::docs::{Conflict, Forbidden, IdempotencyKey, IfMatch};
use crate::audit::AuditAction;
use crate::domain::meeting::GENERATE_MAX_DAYS;
use crate::domain::role::Action;
use crate::domain::time::Naive;
use crate::entities::meeting::{Column, Entity};
use crate::error::{ApiError, ApiResult, FieldCode};
use crate::kit::{Call, Json, Keyset, ListQuery, Page, PageParams, Resource};
use crate::store::find as store_find;

const BY_START: Keyset<Column> = Keyset::by(Column::StartsAt, Column::Id);
const LATEST_FIRST: Keyset<Column> = Keyset::by_desc(Column::StartsAt, Column::Id);

/// The first moment of `day` in Stockholm, in UTC.
fn start_of(day: chrono::NaiveDate) -> chrono::DateTime<chrono::Utc> {
    chrono_tz::Europe::Stockholm
        .from_local_datetime(&day.and_time(NaiveTime::MIN))
        .earliest()
        .map(|t| t.with_timezone(&chrono::Utc))
        .unwrap_or_else(|| day.and_time(NaiveTime::MIN).and_utc())
}

/// List meetings
///
/// In time order. `from` and `to` are dates in Stockholm (both inclusive).
#[utoipa::path(
    operation_id = "listMeetings",
    tag = "meetings",
    params(MeetingFilters, PageParams),
    responses((status = 200, description = "A page of meetings", body = Page<Meeting>)),
    security(("bearer" = []))
)]
#[get("/meetings")]
pub async fn list(call: Call, q: ListQuery<MeetingFilters>) -> ApiResult<HttpResponse> {
    let f = q.filters;
    let mine = match f.mine {
        Some(true) => Some(call.caller.seats(call.read()).await?.roles.iter().map(|(c, _)| *c).collect::<Vec<_>>()),
        _ => None,
    };
    let select = Entity::find()
        .apply_if(f.council_id, |s, c| s.filter(Column::CouncilId.eq(c)))
        .apply_if(mine, |s, councils| s.filter(Column::CouncilId.is_in(councils)))
        .apply_if(f.status, |s, v| s.filter(Column::Status.eq(v)))
        .apply_if(f.from.naive(), |s, d| s.filter(Column::StartsAt.gte(start_of(d))))
        .apply_if(f.to.naive().and_then(|d| d.checked_add_days(Days::new(1))), |s, d| {
            s.filter(Column::StartsAt.lt(start_of(d)))
        });
    // Any caller who runs a council may schedule its meetings.
    let actions = if call.caller.is_editor() || !call.caller.seats(call.read()).await?.managed().is_empty() {
        vec![Action::Create]
    } else {
        vec![]
    };
    call.list::<Meetings>(select, &BY_START, &q.page, actions).await
}

/// Get a meeting
#[utoipa::path(
    operation_id = "getMeeting",
    tag = "meetings",
    params(("id" = Uuid, Path, description = "Meeting id")),
    responses((status = 200, description = "The meeting", body = Meeting)),
    security(("bearer" = []))
)]
#[get("/meetings/{id:[^/:]+}")]
pub async fn get_one(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.get::<Meetings>((), id.into_inner()).await
}

/// Schedule a meeting
///
/// Coordinators and admins, and the council's chair or secretary. Two meetings of one council
/// may not overlap (409 `meeting_overlaps`; cancelled meetings do not count).
#[utoipa::path(
    operation_id = "createMeeting",
    tag = "meetings",
    request_body = NewMeeting,
    params(IdempotencyKey),
    responses((status = 201, description = "Created", body = Meeting), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/meetings")]
pub async fn create(call: Call, body: Json<NewMeeting>) -> ApiResult<HttpResponse> {
    call.require_manager(body.0.council_id).await?;
    call.create::<Meetings>((), body.0).await
}

/// Update a meeting
///
/// Coordinators and admins, and the council's chair or secretary. Requires `If-Match`. A
/// cancelled meeting, or one whose minutes are adjusted, is not changed (409).
#[utoipa::path(
    operation_id = "updateMeeting",
    tag = "meetings",
    request_body = MeetingPatch,
    params(("id" = Uuid, Path, description = "Meeting id"), IfMatch),
    responses((status = 200, description = "Updated", body = Meeting), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[patch("/meetings/{id:[^/:]+}")]
pub async fn update(call: Call, id: web::Path<Uuid>, body: Json<MeetingPatch>) -> ApiResult<HttpResponse> {
    let meeting = store_find::<Entity>(call.read(), id.into_inner()).await?;
    call.require_manager(meeting.council_id).await?;
    call.update::<Meetings>((), meeting.id, body.0).await
}

/// Cancel a meeting
///
/// Coordinators and admins, and the council's chair or secretary. Requires `If-Match`. The
/// meeting keeps its row, with the reason; one that has been held cannot be cancelled (409).
#[utoipa::path(
    operation_id = "cancelMeeting",
    tag = "meetings",
    request_body = Cancellation,
    params(("id" = Uuid, Path, description = "Meeting id"), IfMatch),
    responses((status = 200, description = "Cancelled", body = Meeting), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/meetings/{id}:cancel")]
pub async fn cancel(call: Call, id: web::Path<Uuid>, body: Json<Cancellation>) -> ApiResult<HttpResponse> {
    let meeting = store_find::<Entity>(call.read(), id.into_inner()).await?;
    call.require_manager(meeting.council_id).await?;
    let reason = body.0.reason.into_string();
    call.act::<Meetings>((), meeting.id, AuditAction::Cancel, async |txn, current| {
        model::cancel(txn, current, reason).await
    })
    .await
}

/// Publish a meeting's agenda
///
/// Coordinators and admins, and the council's chair or secretary. Requires `If-Match`. Fixes
/// the points' numbers, invites the council's current members not yet invited, and tells of it
/// (the `agenda_published` event). 409 when it is published already.
#[utoipa::path(
    operation_id = "publishAgenda",
    tag = "meetings",
    params(("id" = Uuid, Path, description = "Meeting id"), IfMatch),
    responses((status = 200, description = "Published", body = Meeting), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/meetings/{id}/agenda:publish")]
pub async fn publish_agenda(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    let meeting = store_find::<Entity>(call.read(), id.into_inner()).await?;
    call.require_manager(meeting.council_id).await?;
    call.act::<Meetings>((), meeting.id, AuditAction::Publish, async |txn, current| {
        model::publish_agenda(txn, current).await
    })
    .await
}

/// Generate meetings from a council's cadence
///
/// Coordinators and admins, and the council's chair or secretary. Creates the meetings of the
/// council's cadence from `from` to `to` (at most two years), at the cadence's local time in
/// its time zone (so across daylight-saving changes too), never duplicating a meeting that
/// exists: running it twice creates nothing new.
#[utoipa::path(
    operation_id = "generateMeetings",
    tag = "meetings",
    request_body = GenerateRequest,
    params(("id" = Uuid, Path, description = "Council id")),
    responses((status = 200, description = "What was created and what was left out", body = Generated), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/councils/{id}/meetings:generate")]
pub async fn generate(call: Call, id: web::Path<Uuid>, body: Json<GenerateRequest>) -> ApiResult<HttpResponse> {
    let council = id.into_inner();
    call.require_manager(council).await?;
    let (from, to) = (body.0.from.naive(), body.0.to.naive());
    if to < from || (to - from).num_days() > GENERATE_MAX_DAYS {
        return Err(ApiError::field("to", FieldCode::OutOfRange, "From `from` to at most two years later."));
    }
    store_find::<crate::entities::council::Entity>(call.read(), council).await?;
    let txn = call.db().write.begin().await?;
    let (rows, skipped) = model::generate(&txn, &call.caller, council, from, to).await?;
    txn.commit().await?;
    let created = Meetings::present(call.read(), &call.caller, rows).await?;
    Ok(HttpResponse::Ok().json(Generated { created, skipped }))
}

/// The meetings of `select` that belong to public councils, as the public sees them.
async fn present_public(
    db: &impl sea_orm::ConnectionTrait,
    rows: Vec<crate::entities::meeting::Model>,
) -> ApiResult<Vec<PublicMeeting>> {
    use crate::kit::{Named, Refs, names};
    let refs = vec![Refs::new().all(Named::Council, rows.iter().map(|m| m.council_id))];
    let names = names::resolve(db, &refs).await?.pop().unwrap_or_default();
    Ok(rows
        .into_iter()
        .map(|m| PublicMeeting {
            council_name: names.get(&m.council_id).unwrap_or_default().to_owned(),
            id: m.id,
            council_id: m.council_id,
            title: m.title,
            starts_at: m.starts_at,
            ends_at: m.ends_at,
            location: m.location,
            mode: m.mode,
            minutes_available: m.status == crate::domain::meeting::MeetingStatus::MinutesAdjusted,
            status: m.status,
            cancel_reason: m.cancel_reason,
        })
        .collect())
}

/// Meetings of public councils only.
fn public_only() -> sea_orm::sea_query::SelectStatement {
    use crate::entities::council;
    sea_orm::sea_query::Query::select()
        .column(council::Column::Id)
        .from(council::Entity)
        .and_where(sea_orm::sea_query::ExprTrait::eq(sea_orm::sea_query::Expr::col(council::Column::IsPublic), true))
        .to_owned()
}

/// List meetings of public councils (public)
///
/// No login. Only councils shown on the public pages; what residents may know: time, place,
/// status, and whether the public part of the minutes can be read.
#[utoipa::path(
    operation_id = "listPublicMeetings",
    tag = "public",
    params(PublicMeetingFilters, PageParams),
    responses((status = 200, description = "A page of public meetings", body = Page<PublicMeeting>)),
    security(())
)]
#[get("/public/meetings")]
pub async fn list_public(
    state: web::Data<crate::state::AppState>,
    q: ListQuery<PublicMeetingFilters>,
) -> ApiResult<HttpResponse> {
    let f = q.filters;
    let select = Entity::find()
        .filter(Column::CouncilId.in_subquery(public_only()))
        .apply_if(f.council_id, |s, c| s.filter(Column::CouncilId.eq(c)))
        .apply_if(f.from.naive(), |s, d| s.filter(Column::StartsAt.gte(start_of(d))))
        .apply_if(f.to.naive().and_then(|d| d.checked_add_days(Days::new(1))), |s, d| {
            s.filter(Column::StartsAt.lt(start_of(d)))
        });
    let db = &state.db.read;
    let order = match f.order.unwrap_or_default() {
        MeetingOrder::EarliestFirst => &BY_START,
        MeetingOrder::LatestFirst => &LATEST_FIRST,
    };
    let (rows, next_cursor) = crate::kit::page::rows(db, select, order, &q.page).await?;
    let items = present_public(db, rows).await?;
    Ok(HttpResponse::Ok().json(Page { items, next_cursor, allowed_actions: vec![] }))
}

/// Get a meeting of a public council (public)
///
/// No login. 404 for a meeting of a council that is not public.
#[utoipa::path(
    operation_id = "getPublicMeeting",
    tag = "public",
    params(("id" = Uuid, Path, description = "Meeting id")),
    responses((status = 200, description = "The meeting", body = PublicMeeting)),
    security(())
)]
#[get("/public/meetings/{id}")]
pub async fn get_public(state: web::Data<crate::state::AppState>, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    let db = &state.db.read;
    let row = Entity::find_by_id(id.into_inner())
        .filter(Column::CouncilId.in_subquery(public_only()))
        .one(db)
        .await?
        .ok_or(ApiError::NotFound)?;
    let out = present_public(db, vec![row]).await?.pop().ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok().json(out))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    // `{id:[^/:]+}`: an id never holds a colon, so `/meetings/{id}:cancel` is never taken for
    // `/meetings/{id}` (a PATCH to it is 405, not a bad id).
    cfg.service(list_public)
        .service(get_public)
        .service(cancel)
        .service(publish_agenda)
        .service(generate)
        .service(list)
        .service(create)
        .service(get_one)
        .service(update);
}
