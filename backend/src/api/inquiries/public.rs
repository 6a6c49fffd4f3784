//! The public side of inquiries: the form (no login), the status page (reference and token),
//! similar open inquiries nearby, and adding one's voice to one. Abuse limits: the body's size
//! (the JSON limit), a rate limit per client address (a salted hash, never the address), and
//! a honeypot field. A resident's name and contact are never shown.

use crate::store::inquiry_batches::PublicFiling;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, TransactionTrait};

use super::types::{
    InquiryReceipt, NewPublicInquiry, PublicInquiry, PublicReply, SimilarInquiries, SimilarInquiry, SimilarParams,
    StatusParams,
};
use crate::domain::contact_route::FromAudience;
use crate::domain::inquiry::{InquirySource, MessageKind, address_hash, normal_reference, token_hash};
use crate::domain::text::Blank;
use crate::domain::validation::FieldCode;
use crate::entities::inquiry::{Column, Entity, Model};
use crate::entities::{inquiry_message, topic};
use crate::error::{ApiError, ApiResult};
use crate::kit::{Json, Named, Query, Refs, names, query_problem};
use crate::state::AppState;
use crate::store::inquiries::{Filing, placed, route_for, similar as similar_to, support as add_voice};

/// The client's address as the rate limit counts it (hashed).
fn client(state: &AppState, req: &HttpRequest) -> String {
    let ip = crate::auth::address::client_address(req, &state.config.trusted_proxies)
        .map(|a| a.to_string())
        .unwrap_or_default();
    address_hash(&ip, &state.keys.address_salt)
}

/// The public topic with `code` (422 at `field` for any other).
async fn public_topic(db: &impl sea_orm::ConnectionTrait, code: &str, field: &str) -> ApiResult<topic::Model> {
    match crate::store::contact_routes::topic_by_code(db, code.trim()).await? {
        Some(t) if t.is_public => Ok(t),
        _ => Err(ApiError::field(field, FieldCode::NotFound, "No public topic has this code.")),
    }
}

async fn by_reference(db: &impl sea_orm::ConnectionTrait, reference: &str) -> ApiResult<Model> {
    Entity::find().filter(Column::Reference.eq(normal_reference(reference))).one(db).await?.ok_or(ApiError::NotFound)
}

/// Raise a concern (public)
///
/// No login. A public topic (`topic`, its code), an area (`area_id`) or a point (`lat`, `lon`),
/// and the message; a name and a way to answer are optional and never shown publicly; `consent`
/// to the personal-data notice is required. Returns the reference and a status token, shown
/// once. At most a few inquiries per hour from one address (429 with `Retry-After`). In an
/// emergency call 112; for police matters that are not urgent, 114 14.
#[utoipa::path(
    operation_id = "createPublicInquiry",
    tag = "public",
    request_body = NewPublicInquiry,
    responses(
        (status = 201, description = "Filed", body = InquiryReceipt),
        (status = 429, description = "Too many inquiries from this address; try again after `Retry-After` seconds",
         body = crate::error::Problem, content_type = "application/problem+json",
         headers(("Retry-After" = u64, description = "Seconds until another inquiry is taken"))),
    ),
    security(())
)]
#[post("/public/inquiries")]
pub async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: Json<NewPublicInquiry>,
) -> ApiResult<HttpResponse> {
    let input = body.0;
    // The honeypot: `Line<0>` refuses any text in it (422 `too_long`) as it is read.
    if !input.consent {
        return Err(ApiError::field(
            "consent",
            FieldCode::Required,
            "Agree to how your personal data is handled to send the inquiry.",
        ));
    }
    let topic = public_topic(&state.db.read, &input.topic, "topic").await?;
    let places = state.places.get(&state.db.read).await?;
    let at = placed(&places, input.area_id, input.lat, input.lon)?;
    let address = client(&state, &req);
    let now = crate::db::now();
    let filing = Filing {
        source: InquirySource::Public,
        from_audience: FromAudience::Resident,
        topic_id: topic.id,
        area_id: input.area_id,
        lat: input.lat,
        lon: input.lon,
        message: input.message.into_string(),
        name: input.name.or_none(),
        contact: input.contact.or_none(),
        consent: true,
        filed_by_user_id: None,
        address_hash: Some(address.clone()),
    };
    // Routed before the write begins: the transaction holds only the count and the inserts,
    // written with the other filings waiting (see `store::inquiry_batches`).
    let route = route_for(&state.db.read, &at, &filing, true).await?;
    let limit = state.config.inquiry_rate_limit;
    let (row, token) = state.inquiry_batches.file(PublicFiling { at, filing, route, address, limit, now }).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/public/inquiries/{}", row.reference)))
        .json(InquiryReceipt { reference: row.reference, status_token: token, expected_at: row.expected_at }))
}

/// Follow an inquiry (public)
///
/// No login: the reference and the status token given when it was filed (404 for a wrong
/// pair). The status, who handles it, the clock and the public replies — no internal notes, no
/// names of staff or of the one who filed it.
#[utoipa::path(
    operation_id = "getPublicInquiry",
    tag = "public",
    params(("reference" = String, Path, description = "The inquiry's reference, e.g. ÄR-7K4M-P9QX"), StatusParams),
    responses((status = 200, description = "The inquiry", body = PublicInquiry)),
    security(())
)]
#[get("/public/inquiries/{reference:[^/:]+}")]
pub async fn status(
    state: web::Data<AppState>,
    reference: web::Path<String>,
    q: Query<StatusParams>,
) -> ApiResult<HttpResponse> {
    let db = &state.db.read;
    let m = by_reference(db, &reference).await?;
    let given = token_hash(q.0.token.trim());
    // Compared in constant time, so the hash cannot be guessed byte by byte.
    let same = given.len() == m.status_token_hash.len()
        && given.bytes().zip(m.status_token_hash.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0;
    if !same {
        return Err(ApiError::NotFound);
    }
    let replies = inquiry_message::Entity::find()
        .filter(inquiry_message::Column::InquiryId.eq(m.id))
        .filter(inquiry_message::Column::Kind.eq(MessageKind::PublicReply))
        .order_by_asc(inquiry_message::Column::Id)
        .all(db)
        .await?;
    let t = topic::Entity::find_by_id(m.topic_id).one(db).await?;
    let names =
        names::resolve(db, &[Refs::new().one(Named::Area, m.area_id).one(Named::Organization, m.organization_id)])
            .await?
            .pop()
            .unwrap_or_default();
    Ok(HttpResponse::Ok().json(PublicInquiry {
        reference: m.reference,
        topic_id: m.topic_id,
        topic_name_sv: t.as_ref().map(|t| t.name_sv.clone()).unwrap_or_default(),
        topic_name_en: t.as_ref().map(|t| t.name_en.clone()).unwrap_or_default(),
        area_id: m.area_id,
        area_name: m.area_id.and_then(|a| names.get(&a)).map(str::to_owned),
        message: m.message,
        status: m.status,
        organization_name: m.organization_id.and_then(|o| names.get(&o)).map(str::to_owned),
        received_at: m.received_at,
        expected_at: m.expected_at,
        first_response_at: m.first_response_at,
        closed_at: m.closed_at,
        supporters: m.supporters,
        replies: replies.into_iter().map(|r| PublicReply { body: r.body, created_at: r.created_at }).collect(),
    }))
}

/// Similar open inquiries (public)
///
/// No login. Before sending: open inquiries on the same topic in the same neighbourhood (or
/// area) from the last 30 days, newest first, at most 10 — to add one's voice to one instead of
/// filing it again. What they are about, never who sent them.
#[utoipa::path(
    operation_id = "listSimilarPublicInquiries",
    tag = "public",
    params(SimilarParams),
    responses((status = 200, description = "Similar open inquiries", body = SimilarInquiries)),
    security(())
)]
#[get("/public/inquiries/similar")]
pub async fn similar(state: web::Data<AppState>, q: Query<SimilarParams>) -> ApiResult<HttpResponse> {
    let q = q.0;
    let db = &state.db.read;
    let topic = public_topic(db, &q.topic, "topic").await.map_err(query_problem)?;
    let places = state.places.get(db).await?;
    let at = placed(&places, q.area_id, q.lat, q.lon).map_err(query_problem)?;
    let rows = similar_to(db, topic.id, at.area_id, crate::db::now()).await?;
    let names = names::resolve(db, &[Refs::new().one(Named::Area, Some(at.area_id))]).await?.pop().unwrap_or_default();
    let area_name = names.get(&at.area_id).map(str::to_owned);
    let items = rows
        .into_iter()
        .map(|m| SimilarInquiry {
            reference: m.reference,
            status: m.status,
            received_at: m.received_at,
            area_name: area_name.clone(),
            supporters: m.supporters,
        })
        .collect();
    Ok(HttpResponse::Ok().json(SimilarInquiries { items }))
}

/// Add one's voice to an inquiry (public)
///
/// No login. Counts once per address; an inquiry that is no longer open takes no more voices
/// (409 `inquiry_closed`). Returns the inquiry's number of supporters.
#[utoipa::path(
    operation_id = "supportPublicInquiry",
    tag = "public",
    params(("reference" = String, Path, description = "The inquiry's reference")),
    responses((status = 200, description = "Counted (or counted before)", body = SupportCount), (status = 409, response = super::super::docs::Conflict)),
    security(())
)]
#[post("/public/inquiries/{reference}:support")]
pub async fn support(
    state: web::Data<AppState>,
    req: HttpRequest,
    reference: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let address = client(&state, &req);
    let txn = state.db.write.begin().await?;
    let m = by_reference(&txn, &reference).await?;
    if !m.status.is_open() {
        return Err(ApiError::conflict(
            crate::error::ProblemCode::InquiryClosed,
            "The inquiry is no longer open; raise a new one if the problem is still there.",
        ));
    }
    let added = add_voice(&txn, &m, &address).await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(SupportCount { supporters: m.supporters + i32::from(added) }))
}

/// How many residents support an inquiry.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct SupportCount {
    pub supporters: i32,
}
