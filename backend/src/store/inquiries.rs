//! Inquiries: filing one (placed, routed, with its clock started), the public form's rate
//! limit and similar inquiries, and the purge of personal data after closing.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

use crate::domain::contact_route::FromAudience;
use crate::domain::inquiry::{
    InquirySource, InquiryStatus, SIMILAR_DAYS, expected_at, new_reference, new_status_token,
};
use crate::domain::validation::FieldCode;
use crate::entities::inquiry::{ActiveModel, Column, Entity, Model};
use crate::entities::inquiry_support;
use crate::error::{ApiError, ApiResult};
use crate::store::contact_routes::find;
use crate::store::places::Places;

/// A new inquiry, before it is placed and routed.
#[derive(Clone)]
pub struct Filing {
    pub source: InquirySource,
    pub from_audience: FromAudience,
    pub topic_id: Uuid,
    pub area_id: Option<Uuid>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub message: String,
    pub name: Option<String>,
    pub contact: Option<String>,
    pub consent: bool,
    pub filed_by_user_id: Option<Uuid>,
    pub address_hash: Option<String>,
}

/// The area a filing names, or the neighbourhood its point lies in. Problems name `area_id`
/// or `lat`.
pub fn place(places: &Places, area_id: Option<Uuid>, lat: Option<f64>, lon: Option<f64>) -> ApiResult<Uuid> {
    match (area_id, lat, lon) {
        (Some(a), None, None) if places.knows(a) => Ok(a),
        (Some(_), None, None) => {
            Err(ApiError::field("area_id", FieldCode::NotFound, "No area valid today has this id."))
        }
        (None, Some(lat), Some(lon)) => places.neighbourhood_at(lat, lon).ok_or_else(|| {
            ApiError::field("lat", FieldCode::OutOfRange, "The point is not in any of the city's neighbourhoods.")
        }),
        _ => Err(ApiError::field("area_id", FieldCode::Required, "Give either area_id, or lat and lon.")),
    }
}

/// Where a filing is: its area and the areas around it (see [`Places::around`]).
#[derive(Debug, Clone, Default)]
pub struct Placed {
    pub area_id: Uuid,
    pub around: std::collections::HashMap<Uuid, u8>,
}

/// [`place`] with the areas around.
pub fn placed(places: &Places, area_id: Option<Uuid>, lat: Option<f64>, lon: Option<f64>) -> ApiResult<Placed> {
    let area = place(places, area_id, lat, lon)?;
    Ok(Placed { area_id: area, around: places.around(area) })
}

/// The best route for `f` at `at` (public routes only for the public): read before the write
/// begins, so the write transaction holds no more than the insert.
pub async fn route_for(
    db: &impl ConnectionTrait,
    at: &Placed,
    f: &Filing,
    public_only: bool,
) -> ApiResult<Option<crate::entities::contact_route::Model>> {
    let now = crate::db::now();
    Ok(find(db, f.topic_id, Some(f.from_audience), &at.around, public_only, now)
        .await?
        .into_iter()
        .next()
        .map(|b| b.route))
}

/// File `f` in `db` (a transaction) at `at`, routed to `route` (see [`route_for`]), with the
/// clock against the route's target. Returns the row and the status token (shown once).
pub async fn file(
    db: &impl ConnectionTrait,
    at: &Placed,
    f: Filing,
    route: Option<crate::entities::contact_route::Model>,
) -> ApiResult<(Model, String)> {
    let area = at.area_id;
    let now = crate::db::now();
    let (token, hash) = new_status_token();
    let row = crate::kit::write::insert(
        db,
        ActiveModel {
            reference: Set(new_reference()),
            status_token_hash: Set(hash),
            source: Set(f.source),
            from_audience: Set(f.from_audience),
            topic_id: Set(f.topic_id),
            area_id: Set(Some(area)),
            lat: Set(f.lat),
            lon: Set(f.lon),
            message: Set(f.message),
            name: Set(f.name),
            contact: Set(f.contact),
            address_hash: Set(f.address_hash),
            consent: Set(f.consent),
            filed_by_user_id: Set(f.filed_by_user_id),
            route_id: Set(route.as_ref().map(|r| r.id)),
            organization_id: Set(route.as_ref().map(|r| r.organization_id)),
            assignee_person_id: Set(None),
            status: Set(InquiryStatus::Received),
            duplicate_of_id: Set(None),
            supporters: Set(0),
            received_at: Set(now),
            expected_at: Set(expected_at(now, route.as_ref().and_then(|r| r.response_target_seconds))),
            first_response_at: Set(None),
            closed_at: Set(None),
            purged_at: Set(None),
            agenda_item_id: Set(None),
            ..Default::default()
        },
    )
    .await?;
    Ok((row, token))
}

/// Record a filing without a login (the public form, an Open311 client) in the audit log, as
/// staff see it but without any personal data; `extra` adds what the caller knows (the API key).
pub async fn audit_filed(db: &impl ConnectionTrait, row: &Model, extra: serde_json::Value) -> ApiResult<()> {
    let mut record = serde_json::json!({
        "reference": row.reference, "source": row.source, "topic_id": row.topic_id, "area_id": row.area_id,
        "route_id": row.route_id, "organization_id": row.organization_id, "status": row.status,
    });
    if let (Some(r), Some(e)) = (record.as_object_mut(), extra.as_object()) {
        r.extend(e.clone());
    }
    crate::audit::record(
        db,
        None,
        crate::audit::AuditAction::Create,
        crate::domain::audit::EntityType::Inquiry,
        Some(row.id),
        crate::audit::created(&record),
    )
    .await
}

/// Refuse (429) when `address` filed `limit` inquiries within the last hour; the wait is until
/// the oldest of them is an hour old.
pub async fn check_rate(db: &impl ConnectionTrait, address: &str, limit: u64, now: DateTime<Utc>) -> ApiResult<()> {
    let since = now - Duration::hours(1);
    let recent = Entity::find()
        .filter(Column::AddressHash.eq(address))
        .filter(Column::ReceivedAt.gt(since))
        .order_by_asc(Column::ReceivedAt)
        .select_only()
        .column(Column::ReceivedAt)
        .limit(limit)
        .into_tuple::<DateTime<Utc>>()
        .all(db)
        .await?;
    if (recent.len() as u64) < limit {
        return Ok(());
    }
    let wait = recent.first().map(|oldest| (*oldest + Duration::hours(1) - now).num_seconds()).unwrap_or(3600);
    Err(ApiError::TooManyRequests { retry_after_secs: wait.max(1) as u64 })
}

/// Open inquiries on `topic` in `area` from the last 30 days, newest first (at most 10).
pub async fn similar(db: &impl ConnectionTrait, topic: Uuid, area: Uuid, now: DateTime<Utc>) -> ApiResult<Vec<Model>> {
    Ok(Entity::find()
        .filter(Column::TopicId.eq(topic))
        .filter(Column::AreaId.eq(area))
        .filter(Column::ReceivedAt.gt(now - Duration::days(SIMILAR_DAYS)))
        .filter(Column::Status.is_in([InquiryStatus::Received, InquiryStatus::Assigned, InquiryStatus::InProgress]))
        .order_by_desc(Column::ReceivedAt)
        .limit(10)
        .all(db)
        .await?)
}

/// Add `address`'s voice to `inquiry` once: whether it was new.
pub async fn support(db: &impl ConnectionTrait, inquiry: &Model, address: &str) -> ApiResult<bool> {
    let already = inquiry_support::Entity::find()
        .filter(inquiry_support::Column::InquiryId.eq(inquiry.id))
        .filter(inquiry_support::Column::AddressHash.eq(address))
        .count(db)
        .await?;
    if already > 0 {
        return Ok(false);
    }
    crate::kit::write::insert(
        db,
        inquiry_support::ActiveModel {
            inquiry_id: Set(inquiry.id),
            address_hash: Set(address.to_owned()),
            ..Default::default()
        },
    )
    .await?;
    Entity::update_many()
        .col_expr(
            Column::Supporters,
            sea_orm::sea_query::ExprTrait::add(sea_orm::sea_query::Expr::col(Column::Supporters), 1),
        )
        .filter(Column::Id.eq(inquiry.id))
        .exec(db)
        .await?;
    Ok(true)
}

/// Remove the personal data of inquiries closed before `before`: the name, the contact, the
/// exact point and the address hashes; the inquiry itself (topic, area, message, times) stays.
/// Returns how many were purged.
pub async fn purge(db: &impl ConnectionTrait, before: DateTime<Utc>) -> ApiResult<u64> {
    // A round purges at most a thousand; the next round takes the rest.
    let due = Condition::all().add(Column::ClosedAt.lt(before)).add(Column::PurgedAt.is_null());
    let ids: Vec<Uuid> =
        Entity::find().filter(due).select_only().column(Column::Id).limit(1000).into_tuple().all(db).await?;
    if ids.is_empty() {
        return Ok(0);
    }
    inquiry_support::Entity::delete_many()
        .filter(inquiry_support::Column::InquiryId.is_in(ids.clone()))
        .exec(db)
        .await?;
    let t = crate::db::now();
    let res = Entity::update_many()
        .set(ActiveModel {
            name: Set(None),
            contact: Set(None),
            lat: Set(None),
            lon: Set(None),
            address_hash: Set(None),
            purged_at: Set(Some(t)),
            updated_at: Set(t),
            ..Default::default()
        })
        .filter(Column::Id.is_in(ids.clone()))
        .exec(db)
        .await?;
    let events =
        ids.into_iter().map(|id| (id, serde_json::json!({"purged": ["name", "contact", "lat", "lon"]}))).collect();
    crate::audit::record_many(
        db,
        None,
        crate::audit::AuditAction::Erase,
        crate::domain::audit::EntityType::Inquiry,
        events,
    )
    .await?;
    Ok(res.rows_affected)
}

/// The next meeting of the council that covers an area (`around`: the area and every area that
/// holds or overlaps it, with their specificity): the most specific active council with a
/// meeting to come, and that meeting (three queries).
pub async fn next_council_meeting(
    db: &impl ConnectionTrait,
    around: &std::collections::HashMap<Uuid, u8>,
    now: DateTime<Utc>,
) -> ApiResult<Option<crate::entities::meeting::Model>> {
    use crate::domain::council::CouncilStatus;
    use crate::domain::meeting::MeetingStatus;
    use crate::entities::{council, council_area, meeting};
    let links =
        council_area::Entity::find().filter(council_area::Column::AreaId.is_in(around.keys().copied())).all(db).await?;
    let mut rank: std::collections::HashMap<Uuid, u8> = std::collections::HashMap::new();
    for l in &links {
        let s = around[&l.area_id];
        rank.entry(l.council_id).and_modify(|r| *r = (*r).min(s)).or_insert(s);
    }
    let active: Vec<Uuid> = council::Entity::find()
        .filter(council::Column::Id.is_in(rank.keys().copied()))
        .filter(council::Column::Status.eq(CouncilStatus::Active))
        .select_only()
        .column(council::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let meetings = meeting::Entity::find()
        .filter(meeting::Column::CouncilId.is_in(active))
        .filter(meeting::Column::StartsAt.gt(now))
        .filter(meeting::Column::Status.is_in([MeetingStatus::Planned, MeetingStatus::AgendaPublished]))
        .order_by_asc(meeting::Column::StartsAt)
        .all(db)
        .await?;
    Ok(meetings.into_iter().min_by_key(|m| (rank.get(&m.council_id).copied().unwrap_or(u8::MAX), m.starts_at)))
}
