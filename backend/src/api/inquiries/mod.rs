//! Inquiries (ärenden): concerns residents raise through the public form (see `public.rs`) and
//! partners file logged in; staff route, assign and answer them against the route's response
//! target, and may propose one as a point on the agenda of the council that covers its area.

mod model;
mod public;
mod types;

use actix_web::{HttpResponse, get, patch, post, web};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryTrait};
use uuid::Uuid;

pub use model::{Inquiries, InquiryMessages, caller_organization, visible_to};
pub use types::{
    Inquiry, InquiryFilters, InquiryMessage, InquiryPatch, InquiryReceipt, NewInquiry, NewInquiryMessage,
    NewPublicInquiry, PublicInquiry, PublicReply, SimilarInquiries, SimilarInquiry, SimilarParams, StatusParams,
};

use super::docs::{Forbidden, IdempotencyKey, IfMatch};
use crate::audit::AuditAction;
use crate::domain::agenda::AgendaItemKind;
use crate::domain::classification::Classification;
use crate::domain::inquiry::{InquiryStatus, MessageKind};
use crate::domain::role::Action;
use crate::entities::inquiry::{ActiveModel, Column, Entity, Model};
use crate::entities::inquiry_message;
use crate::error::ProblemCode;
use crate::error::{ApiError, ApiResult};
use crate::kit::{Call, Json, Keyset, ListQuery, NoParams, Page, PageParams};
use crate::store::agenda::{Point, append};
use crate::store::find;
use crate::store::inquiries::next_council_meeting;
use crate::store::inquiries::placed;
use sea_orm::Set;

// Ids are UUIDv7: newest first by id is newest first by arrival.
const NEWEST_FIRST: Keyset<Column> = Keyset::newest_first(Column::Id);
const OLDEST_FIRST: Keyset<inquiry_message::Column> = Keyset::by_id(inquiry_message::Column::Id);

/// Refuse (403) unless the caller may handle `m`: a coordinator or admin, or one of the
/// organisation handling it.
async fn require_handler(call: &Call, m: &Model) -> ApiResult<()> {
    if call.caller.is_editor() {
        return Ok(());
    }
    let org = caller_organization(call.read(), &call.caller).await?;
    if org.is_some() && m.organization_id == org {
        return Ok(());
    }
    Err(ApiError::Forbidden)
}

/// The inquiry `id` if the caller may read it (404 if not).
async fn readable(call: &Call, id: Uuid) -> ApiResult<Model> {
    use crate::kit::Resource;
    let m = find::<Entity>(call.read(), id).await?;
    if !Inquiries::readable(call.read(), &call.caller, &m).await? {
        return Err(ApiError::NotFound);
    }
    Ok(m)
}

/// List inquiries
///
/// Newest first. Coordinators and admins see all; others those their organisation handles and
/// those they filed.
#[utoipa::path(
    operation_id = "listInquiries",
    tag = "contact",
    params(InquiryFilters, PageParams),
    responses((status = 200, description = "A page of inquiries", body = Page<Inquiry>)),
    security(("bearer" = []))
)]
#[get("/inquiries")]
pub async fn list(call: Call, q: ListQuery<InquiryFilters>) -> ApiResult<HttpResponse> {
    let f = q.filters;
    let org = if call.caller.is_editor() { None } else { caller_organization(call.read(), &call.caller).await? };
    let now = crate::db::now();
    let late = Condition::any()
        .add(Condition::all().add(Column::FirstResponseAt.is_null()).add(Column::ExpectedAt.lt(now)))
        .add(Expr::col(Column::FirstResponseAt).gt(Expr::col(Column::ExpectedAt)));
    let open = [InquiryStatus::Received, InquiryStatus::Assigned, InquiryStatus::InProgress];
    let select = Entity::find()
        .apply_if(visible_to(&call.caller, org), |s, c| s.filter(c))
        .apply_if(crate::kit::query::search_term(f.q), |s, q| {
            s.filter(Column::Reference.eq(crate::domain::inquiry::normal_reference(&q)))
        })
        .apply_if(f.status, |s, v| s.filter(Column::Status.eq(v)))
        .apply_if(f.open, |s, o| s.filter(if o { Column::Status.is_in(open) } else { Column::Status.is_not_in(open) }))
        .apply_if(f.topic_id, |s, v| s.filter(Column::TopicId.eq(v)))
        .apply_if(f.area_id, |s, v| s.filter(Column::AreaId.eq(v)))
        .apply_if(f.organization_id, |s, v| s.filter(Column::OrganizationId.eq(v)))
        .apply_if(f.route_id, |s, v| s.filter(Column::RouteId.eq(v)))
        .apply_if(f.assignee_person_id, |s, v| s.filter(Column::AssigneePersonId.eq(v)))
        .apply_if(f.source, |s, v| s.filter(Column::Source.eq(v)))
        .apply_if(f.breached, |s, b| s.filter(if b { late.clone() } else { late.clone().not() }));
    call.list::<Inquiries>(select, &NEWEST_FIRST, &q.page, vec![Action::Create]).await
}

/// Get an inquiry
#[utoipa::path(
    operation_id = "getInquiry",
    tag = "contact",
    params(("id" = Uuid, Path, description = "Inquiry id")),
    responses((status = 200, description = "The inquiry", body = Inquiry)),
    security(("bearer" = []))
)]
#[get("/inquiries/{id:[0-9a-fA-F-]+}")]
pub async fn get_one(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.get::<Inquiries>((), id.into_inner()).await
}

/// File an inquiry
///
/// Anyone logged in: a partner (a housing company to the police, the police to the city). Placed
/// in its area (or the neighbourhood of `lat`, `lon`) and routed to the best route for its topic
/// and `from_audience`, with the clock against the route's response target.
#[utoipa::path(
    operation_id = "createInquiry",
    tag = "contact",
    request_body = NewInquiry,
    params(IdempotencyKey),
    responses((status = 201, description = "Filed", body = Inquiry)),
    security(("bearer" = []))
)]
#[post("/inquiries")]
pub async fn create(call: Call, body: Json<NewInquiry>) -> ApiResult<HttpResponse> {
    let mut input = body.0;
    let places = call.places().await?;
    input.placed = Some(placed(&places, input.area_id, input.lat, input.lon)?);
    call.create::<Inquiries>((), input).await
}

/// Triage or handle an inquiry
///
/// Coordinators and admins route it (`route_id`, `organization_id`; a new route restarts the
/// clock against its target from when the inquiry came in); they and the handling
/// organisation's people assign it and move its status. `duplicate` needs `duplicate_of_id`.
/// Requires `If-Match`.
#[utoipa::path(
    operation_id = "updateInquiry",
    tag = "contact",
    request_body = InquiryPatch,
    params(("id" = Uuid, Path, description = "Inquiry id"), IfMatch),
    responses((status = 200, description = "Updated", body = Inquiry), (status = 403, response = Forbidden)),
    security(("bearer" = []))
)]
#[patch("/inquiries/{id:[0-9a-fA-F-]+}")]
pub async fn update(call: Call, id: web::Path<Uuid>, body: Json<InquiryPatch>) -> ApiResult<HttpResponse> {
    let current = readable(&call, id.into_inner()).await?;
    require_handler(&call, &current).await?;
    call.update::<Inquiries>((), current.id, body.0).await
}

/// List an inquiry's notes and replies
///
/// Oldest first. Internal notes only for those who handle it; the one who filed it sees the
/// public replies.
#[utoipa::path(
    operation_id = "listInquiryMessages",
    tag = "contact",
    params(("id" = Uuid, Path, description = "Inquiry id"), PageParams),
    responses((status = 200, description = "A page of messages", body = Page<InquiryMessage>)),
    security(("bearer" = []))
)]
#[get("/inquiries/{id}/messages")]
pub async fn list_messages(call: Call, id: web::Path<Uuid>, q: ListQuery<NoParams>) -> ApiResult<HttpResponse> {
    let m = readable(&call, id.into_inner()).await?;
    let handles = require_handler(&call, &m).await.is_ok();
    let select = inquiry_message::Entity::find()
        .filter(inquiry_message::Column::InquiryId.eq(m.id))
        .apply_if((!handles).then_some(()), |s, _| {
            s.filter(inquiry_message::Column::Kind.eq(MessageKind::PublicReply))
        });
    let actions = if handles { vec![Action::Create] } else { vec![] };
    call.list::<InquiryMessages>(select, &OLDEST_FIRST, &q.page, actions).await
}

/// Add a note or a reply to an inquiry
///
/// Coordinators, admins and the handling organisation's people. An `internal_note` is for
/// staff; a `public_reply` is shown on the resident's status page, and the first one is the
/// inquiry's first response (the clock stops).
#[utoipa::path(
    operation_id = "createInquiryMessage",
    tag = "contact",
    request_body = NewInquiryMessage,
    params(("id" = Uuid, Path, description = "Inquiry id"), IdempotencyKey),
    responses((status = 201, description = "Added", body = InquiryMessage), (status = 403, response = Forbidden)),
    security(("bearer" = []))
)]
#[post("/inquiries/{id}/messages")]
pub async fn create_message(call: Call, id: web::Path<Uuid>, body: Json<NewInquiryMessage>) -> ApiResult<HttpResponse> {
    let m = readable(&call, id.into_inner()).await?;
    require_handler(&call, &m).await?;
    call.create::<InquiryMessages>(m.id, body.0).await
}

/// Propose an inquiry for a council's agenda
///
/// Coordinators and admins. Appends a point to the next meeting of the council that covers the
/// inquiry's area (the most specific active council with a meeting to come), internal, naming
/// the inquiry by its reference and topic. 409 `no_council_meeting` when no council covering
/// the area has a meeting to come, `already_proposed` when it is on an agenda already.
/// Requires `If-Match`.
#[utoipa::path(
    operation_id = "proposeInquiry",
    tag = "contact",
    params(("id" = Uuid, Path, description = "Inquiry id"), IfMatch),
    responses((status = 200, description = "Proposed: `agenda_item_id` names the point", body = Inquiry), (status = 403, response = Forbidden), (status = 409, response = super::docs::Conflict)),
    security(("bearer" = []))
)]
#[post("/inquiries/{id}:propose")]
pub async fn propose(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.require(crate::domain::role::EDITORS)?;
    let current = find::<Entity>(call.read(), id.into_inner()).await?;
    let places = call.places().await?;
    let around = current.area_id.map(|a| places.around(a)).unwrap_or_default();
    let topic = find::<crate::entities::topic::Entity>(call.read(), current.topic_id).await?;
    call.act::<Inquiries>((), current.id, AuditAction::Propose, async |txn, row| {
        if row.agenda_item_id.is_some() {
            return Err(ApiError::conflict(ProblemCode::AlreadyProposed, "The inquiry is on an agenda already."));
        }
        let meeting = next_council_meeting(txn, &around, crate::db::now()).await?.ok_or_else(|| {
            ApiError::conflict(
                ProblemCode::NoCouncilMeeting,
                "No council that covers the inquiry's area has a meeting to come.",
            )
        })?;
        let point = append(
            txn,
            meeting.id,
            Point {
                title: format!("Ärende {}: {}", row.reference, topic.name_sv),
                kind: AgendaItemKind::Information,
                presenter_person_id: None,
                organization_id: row.organization_id,
                duration_minutes: None,
                classification: Classification::Internal,
                description: Some(row.message.clone()),
                standing: false,
            },
        )
        .await?;
        Ok(ActiveModel { agenda_item_id: Set(Some(point.id)), ..Default::default() })
    })
    .await
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(public::similar)
        .service(public::create)
        .service(public::status)
        .service(public::support)
        .service(list)
        .service(create)
        .service(get_one)
        .service(propose)
        .service(update)
        .service(list_messages)
        .service(create_message);
}
