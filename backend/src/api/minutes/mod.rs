//! Minutes (protokoll) and adjusting (justering): the secretary writes each paragraph (the
//! agenda's points), names the adjusters among those who attended, and submits; each adjuster
//! approves or comments (a comment sends the minutes back); when all have approved the minutes
//! are adjusted and locked, and later changes are appended corrections. Minutes are never
//! deleted.

mod model;
mod types;

use actix_web::{HttpResponse, get, patch, post, web};
use uuid::Uuid;

pub use model::{MinutesDocs, Paragraphs};
pub use types::{
    Adjuster, Correction, Minutes, MinutesComment, MinutesPatch, NewCorrection, Paragraph, ParagraphPatch,
    PublicMinutes, Review,
};

use super::docs::{Conflict, Forbidden, IfMatch};
use crate::audit::AuditAction;
use crate::domain::classification::Clearance;
use crate::entities::{meeting, user};
use crate::error::{ApiError, ApiResult};
use crate::kit::concurrency::ok_with_etag;
use crate::kit::{Call, Json};
use crate::store::find;

/// The meeting and its minutes' row; 403 unless the caller reads the council's internal matters.
async fn minutes_for(call: &Call, meeting: Uuid) -> ApiResult<(meeting::Model, crate::entities::minutes::Model)> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let meeting = find::<meeting::Entity>(call.read(), meeting).await?;
    if call.caller.clearance(call.read(), meeting.council_id).await? < Clearance::Internal {
        return Err(ApiError::Forbidden);
    }
    let minutes = crate::entities::minutes::Entity::find()
        .filter(crate::entities::minutes::Column::MeetingId.eq(meeting.id))
        .one(call.read())
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok((meeting, minutes))
}

/// Get a meeting's minutes
///
/// With their adjusters, the paragraphs the caller may read, the adjusting history and any
/// corrections. The council's members, coordinators and admins; each read of a restricted
/// paragraph is recorded.
#[utoipa::path(
    operation_id = "getMinutes",
    tag = "minutes",
    params(("id" = Uuid, Path, description = "Meeting id")),
    responses((status = 200, description = "The minutes", body = Minutes), (status = 403, response = Forbidden)),
    security(("bearer" = []))
)]
#[get("/meetings/{id}/minutes")]
pub async fn get_minutes(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    let (_, minutes) = minutes_for(&call, id.into_inner()).await?;
    let version = minutes.version;
    let out = crate::kit::write::present_one::<MinutesDocs>(call.read(), &call.caller, minutes).await?;
    crate::store::access_log::record(&call.db().write, call.caller.actor(), model::restricted_paragraphs(&out)).await?;
    Ok(ok_with_etag(version, &out))
}

/// Update the minutes
///
/// The secretary's part while the minutes are a draft: `other_business`, `adjust_by` and the
/// adjusters (among those who attended). Coordinators and admins, and the council's chair or
/// secretary. Requires `If-Match`; 409 once submitted or adjusted.
#[utoipa::path(
    operation_id = "updateMinutes",
    tag = "minutes",
    request_body = MinutesPatch,
    params(("id" = Uuid, Path, description = "Meeting id"), IfMatch),
    responses((status = 200, description = "Updated", body = Minutes), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[patch("/meetings/{id}/minutes")]
pub async fn update_minutes(call: Call, id: web::Path<Uuid>, body: Json<MinutesPatch>) -> ApiResult<HttpResponse> {
    let (meeting, minutes) = minutes_for(&call, id.into_inner()).await?;
    call.require_manager(meeting.council_id).await?;
    call.update::<MinutesDocs>(meeting.id, minutes.id, body.0).await
}

/// Submit the minutes to the adjusters
///
/// Coordinators and admins, and the council's chair or secretary. Requires `If-Match`. The
/// draft becomes the next revision; 409 without adjusters, or when not a draft.
#[utoipa::path(
    operation_id = "submitMinutes",
    tag = "minutes",
    params(("id" = Uuid, Path, description = "Meeting id"), IfMatch),
    responses((status = 200, description = "Submitted", body = Minutes), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/meetings/{id}/minutes:submit")]
pub async fn submit(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    let (meeting, minutes) = minutes_for(&call, id.into_inner()).await?;
    call.require_manager(meeting.council_id).await?;
    call.act::<MinutesDocs>(meeting.id, minutes.id, AuditAction::Submit, async |txn, current| {
        model::submit(txn, current).await
    })
    .await
}

/// Approve the minutes (an adjuster)
///
/// The caller's person must be one of the adjusters (else 403). Requires `If-Match`. When every
/// adjuster has approved the current revision the minutes are adjusted and locked, and the
/// meeting's status becomes `minutes_adjusted`.
#[utoipa::path(
    operation_id = "approveMinutes",
    tag = "minutes",
    params(("id" = Uuid, Path, description = "Meeting id"), IfMatch),
    responses((status = 200, description = "Approved", body = Minutes), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/meetings/{id}/minutes:approve")]
pub async fn approve(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    let (meeting, minutes) = minutes_for(&call, id.into_inner()).await?;
    let caller = &call.caller;
    call.act::<MinutesDocs>(meeting.id, minutes.id, AuditAction::Approve, async |txn, current| {
        model::approve(txn, caller, current).await
    })
    .await
}

/// Comment on the minutes (an adjuster)
///
/// The caller's person must be one of the adjusters (else 403). Requires `If-Match`. The
/// minutes go back to the secretary as a draft; the comment is kept in the adjusting history.
#[utoipa::path(
    operation_id = "commentMinutes",
    tag = "minutes",
    request_body = MinutesComment,
    params(("id" = Uuid, Path, description = "Meeting id"), IfMatch),
    responses((status = 200, description = "Sent back with the comment", body = Minutes), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/meetings/{id}/minutes:comment")]
pub async fn comment(call: Call, id: web::Path<Uuid>, body: Json<MinutesComment>) -> ApiResult<HttpResponse> {
    let (meeting, minutes) = minutes_for(&call, id.into_inner()).await?;
    let text = body.0.comment.into_string();
    let item = body.0.agenda_item_id;
    let caller = &call.caller;
    call.act::<MinutesDocs>(meeting.id, minutes.id, AuditAction::Comment, async |txn, current| {
        model::comment(txn, caller, current, item, text).await
    })
    .await
}

/// Append a correction to adjusted minutes
///
/// Coordinators and admins, and the council's chair or secretary. Requires `If-Match` (the
/// minutes' version). The correction is dated and attributed; the adjusted text stays as it was.
#[utoipa::path(
    operation_id = "correctMinutes",
    tag = "minutes",
    request_body = NewCorrection,
    params(("id" = Uuid, Path, description = "Meeting id"), IfMatch),
    responses((status = 200, description = "The minutes with the correction", body = Minutes), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/meetings/{id}/minutes/corrections")]
pub async fn correct(call: Call, id: web::Path<Uuid>, body: Json<NewCorrection>) -> ApiResult<HttpResponse> {
    use sea_orm::EntityTrait;
    let (meeting, minutes) = minutes_for(&call, id.into_inner()).await?;
    call.require_manager(meeting.council_id).await?;
    let text = body.0.text.into_string();
    let author = match call.caller.actor() {
        Some(u) => user::Entity::find_by_id(u).one(call.read()).await?.map(|u| u.display_name).unwrap_or_default(),
        None => "Systemet".into(),
    };
    let (item, actor) = (body.0.agenda_item_id, call.caller.actor());
    call.act::<MinutesDocs>(meeting.id, minutes.id, AuditAction::Update, async |txn, current| {
        model::correct(txn, current, (actor, author), item, text).await
    })
    .await
}

/// Get a paragraph of the minutes
///
/// 404 when the caller may not read it.
#[utoipa::path(
    operation_id = "getParagraph",
    tag = "minutes",
    params(("id" = Uuid, Path, description = "Meeting id"), ("item_id" = Uuid, Path, description = "Agenda item id")),
    responses((status = 200, description = "The paragraph", body = Paragraph)),
    security(("bearer" = []))
)]
#[get("/meetings/{id}/minutes/paragraphs/{item_id:[^/:]+}")]
pub async fn get_paragraph(call: Call, path: web::Path<(Uuid, Uuid)>) -> ApiResult<HttpResponse> {
    let (meeting, item) = path.into_inner();
    call.get::<Paragraphs>(meeting, item).await
}

/// Write a paragraph of the minutes
///
/// The minutes text, the decision and the result of a point. A decision gets the council's next
/// decision number of the meeting's year. Coordinators and admins, and the council's chair or
/// secretary; only while the minutes are a draft and the paragraph is not adjusted (409).
/// Requires `If-Match` (the paragraph's version).
#[utoipa::path(
    operation_id = "updateParagraph",
    tag = "minutes",
    request_body = ParagraphPatch,
    params(("id" = Uuid, Path, description = "Meeting id"), ("item_id" = Uuid, Path, description = "Agenda item id"), IfMatch),
    responses((status = 200, description = "Updated", body = Paragraph), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[patch("/meetings/{id}/minutes/paragraphs/{item_id:[^/:]+}")]
pub async fn update_paragraph(
    call: Call,
    path: web::Path<(Uuid, Uuid)>,
    body: Json<ParagraphPatch>,
) -> ApiResult<HttpResponse> {
    let (meeting, item) = path.into_inner();
    let meeting = find::<meeting::Entity>(call.read(), meeting).await?;
    call.require_manager(meeting.council_id).await?;
    call.update::<Paragraphs>(meeting.id, item, body.0).await
}

/// Adjust one paragraph at once (omedelbar justering)
///
/// When the meeting so decides. Coordinators and admins, and the council's chair or secretary.
/// Requires `If-Match` (the paragraph's version). The paragraph is locked from then on.
#[utoipa::path(
    operation_id = "adjustParagraph",
    tag = "minutes",
    params(("id" = Uuid, Path, description = "Meeting id"), ("item_id" = Uuid, Path, description = "Agenda item id"), IfMatch),
    responses((status = 200, description = "Adjusted", body = Paragraph), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/meetings/{id}/minutes/paragraphs/{item_id}:adjust")]
pub async fn adjust_paragraph(call: Call, path: web::Path<(Uuid, Uuid)>) -> ApiResult<HttpResponse> {
    let (meeting, item) = path.into_inner();
    let meeting = find::<meeting::Entity>(call.read(), meeting).await?;
    call.require_manager(meeting.council_id).await?;
    call.act::<Paragraphs>(meeting.id, item, AuditAction::Adjust, async |txn, current| {
        model::adjust_now(txn, current).await
    })
    .await
}

/// Read the public part of adjusted minutes (public)
///
/// No login. Only for meetings of public councils whose minutes are adjusted (else 404); only
/// the public paragraphs, with the corrections appended to them; nothing internal or restricted.
#[utoipa::path(
    operation_id = "getPublicMinutes",
    tag = "public",
    params(("id" = Uuid, Path, description = "Meeting id")),
    responses((status = 200, description = "The public minutes", body = PublicMinutes)),
    security(())
)]
#[get("/public/meetings/{id}/minutes")]
pub async fn get_public(state: web::Data<crate::state::AppState>, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(model::public_minutes(&state.db.read, id.into_inner()).await?))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(get_public)
        .service(submit)
        .service(approve)
        .service(comment)
        .service(correct)
        .service(adjust_paragraph)
        .service(get_minutes)
        .service(update_minutes)
        .service(get_paragraph)
        .service(update_paragraph);
}
