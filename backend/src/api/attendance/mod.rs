//! Attendance at a meeting: the council's members are invited when the meeting is made and when
//! its agenda is published; they answer (RSVP); after the meeting the secretary marks who came,
//! deputies who came for a member, and guests.

mod model;
mod types;

use actix_web::{HttpResponse, get, patch, post, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

pub use model::Attendances;
pub use types::{Attendance, AttendancePatch, NewAttendance};

use super::docs::{Conflict, Forbidden, IdempotencyKey, IfMatch};
use crate::domain::classification::Clearance;
use crate::domain::role::Action;
use crate::entities::attendance::{Column, Entity};
use crate::entities::meeting;
use crate::error::{ApiError, ApiResult};
use crate::kit::{Call, Json, Keyset, ListQuery, NoParams, Page, PageParams};
use crate::store::find;

const IN_ORDER_MADE: Keyset<Column> = Keyset::by_id(Column::Id);

/// 403 unless the caller reads the council's internal matters (its members, coordinators, admins).
async fn require_internal(call: &Call, council: Uuid) -> ApiResult<()> {
    if call.caller.clearance(call.read(), council).await? >= Clearance::Internal {
        Ok(())
    } else {
        Err(ApiError::Forbidden)
    }
}

/// List a meeting's attendance
///
/// Invitees, their answers, who came, deputies and guests. The council's members, coordinators
/// and admins.
#[utoipa::path(
    operation_id = "listAttendance",
    tag = "meetings",
    params(("id" = Uuid, Path, description = "Meeting id"), PageParams),
    responses((status = 200, description = "A page of the attendance list", body = Page<Attendance>), (status = 403, response = Forbidden)),
    security(("bearer" = []))
)]
#[get("/meetings/{id}/attendance")]
pub async fn list(call: Call, id: web::Path<Uuid>, q: ListQuery<NoParams>) -> ApiResult<HttpResponse> {
    let meeting = find::<meeting::Entity>(call.read(), id.into_inner()).await?;
    require_internal(&call, meeting.council_id).await?;
    let select = Entity::find().filter(Column::MeetingId.eq(meeting.id));
    let actions = if call.manages(meeting.council_id).await? { vec![Action::Create] } else { vec![] };
    call.list::<Attendances>(select, &IN_ORDER_MADE, &q.page, actions).await
}

/// Get one attendance entry
#[utoipa::path(
    operation_id = "getAttendance",
    tag = "meetings",
    params(("id" = Uuid, Path, description = "Meeting id"), ("attendance_id" = Uuid, Path, description = "Attendance id")),
    responses((status = 200, description = "The entry", body = Attendance), (status = 403, response = Forbidden)),
    security(("bearer" = []))
)]
#[get("/meetings/{id}/attendance/{attendance_id}")]
pub async fn get_one(call: Call, path: web::Path<(Uuid, Uuid)>) -> ApiResult<HttpResponse> {
    let (meeting, entry) = path.into_inner();
    let meeting = find::<meeting::Entity>(call.read(), meeting).await?;
    require_internal(&call, meeting.council_id).await?;
    call.get::<Attendances>(meeting.id, entry).await
}

/// Add someone to a meeting
///
/// A person from the register, or a guest by name (and organization). Coordinators and admins,
/// and the council's chair or secretary.
#[utoipa::path(
    operation_id = "createAttendance",
    tag = "meetings",
    request_body = NewAttendance,
    params(("id" = Uuid, Path, description = "Meeting id"), IdempotencyKey),
    responses((status = 201, description = "Added", body = Attendance), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/meetings/{id}/attendance")]
pub async fn create(call: Call, id: web::Path<Uuid>, body: Json<NewAttendance>) -> ApiResult<HttpResponse> {
    let meeting = find::<meeting::Entity>(call.read(), id.into_inner()).await?;
    call.require_manager(meeting.council_id).await?;
    call.create::<Attendances>(meeting.id, body.0).await
}

/// Answer an invitation, or mark who came
///
/// An invitee may change their own `rsvp`; those who run the council (coordinators, admins, its
/// chair or secretary) anything: answers, presence, and whom a deputy attends for. Requires
/// `If-Match`.
#[utoipa::path(
    operation_id = "updateAttendance",
    tag = "meetings",
    request_body = AttendancePatch,
    params(("id" = Uuid, Path, description = "Meeting id"), ("attendance_id" = Uuid, Path, description = "Attendance id"), IfMatch),
    responses((status = 200, description = "Updated", body = Attendance), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[patch("/meetings/{id}/attendance/{attendance_id}")]
pub async fn update(call: Call, path: web::Path<(Uuid, Uuid)>, body: Json<AttendancePatch>) -> ApiResult<HttpResponse> {
    let (meeting, entry) = path.into_inner();
    // Who may change what is the model's rule (an invitee answers their own invitation).
    call.update::<Attendances>(meeting, entry, body.0).await
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(create).service(get_one).service(update);
}
