//! Inquiries and their messages as resources. Coordinators and admins see and route every
//! inquiry; the people of the organisation handling one see it, assign it, answer it and move
//! its status; a partner sees the ones they filed. Personal data stays out of the audit log.

use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use super::types::{Inquiry, InquiryMessage, InquiryPatch, NewInquiry, NewInquiryMessage};
use crate::domain::audit::EntityType;
use crate::domain::inquiry::{InquirySource, InquiryStatus, MessageKind, breached, expected_at};
use crate::domain::role::Action;
use crate::domain::text::Blank;
use crate::domain::validation::{FieldCode, FieldError};
use crate::entities::inquiry::{ActiveModel, Column, Entity, Model};
use crate::entities::{contact_route, inquiry_message, organization, person, topic};
use crate::error::{ApiError, ApiResult};
use crate::kit::{ActiveOf, Caller, Create, Named, Refs, Resource, Update, names, write};
use crate::store::check_exists;
use crate::store::inquiries::{Filing, Placed, file, route_for};

pub struct Inquiries;

/// The organisation the caller's person belongs to (one query), if any.
pub async fn caller_organization(db: &impl ConnectionTrait, caller: &Caller) -> ApiResult<Option<Uuid>> {
    crate::store::people::organization_of_user(db, caller.user_id).await
}

/// What `caller` (of `org`) may do with `m`.
fn actions(caller: &Caller, org: Option<Uuid>, m: &Model) -> Vec<Action> {
    if caller.is_editor() {
        // `govern`: they alone route it (route and organisation).
        vec![Action::Update, Action::Reply, Action::Propose, Action::Govern]
    } else if org.is_some() && m.organization_id == org {
        vec![Action::Update, Action::Reply]
    } else {
        vec![]
    }
}

/// The inquiries `caller` may read: all for coordinators and admins; else those their
/// organisation handles and those they filed.
pub fn visible_to(caller: &Caller, org: Option<Uuid>) -> Option<Condition> {
    if caller.is_editor() {
        return None;
    }
    let mut c = Condition::any().add(Column::FiledByUserId.eq(caller.user_id));
    if let Some(org) = org {
        c = c.add(Column::OrganizationId.eq(org));
    }
    Some(c)
}

impl Resource for Inquiries {
    type Entity = Entity;
    type Out = Inquiry;
    type Scope = ();
    const ENTITY: EntityType = EntityType::Inquiry;
    // A resident's name and contact stay out of the audit log, which is never purged.
    const NOT_AUDITED: &'static [&'static str] = &["name", "contact", "lat", "lon", "breached"];

    fn location(_: (), id: Uuid) -> String {
        format!("/api/v1/inquiries/{id}")
    }

    async fn readable(db: &impl ConnectionTrait, caller: &Caller, row: &Model) -> ApiResult<bool> {
        if caller.is_editor() || row.filed_by_user_id == Some(caller.user_id) {
            return Ok(true);
        }
        let org = caller_organization(db, caller).await?;
        Ok(org.is_some() && row.organization_id == org)
    }

    async fn present(db: &impl ConnectionTrait, caller: &Caller, rows: Vec<Model>) -> ApiResult<Vec<Inquiry>> {
        let meetings = meetings_of(db, rows.iter().filter_map(|m| m.agenda_item_id)).await?;
        let meeting_of = |m: &Model| m.agenda_item_id.and_then(|a| meetings.get(&a).copied());
        let refs: Vec<Refs> = rows
            .iter()
            .map(|m| {
                Refs::new()
                    .one(Named::Meeting, meeting_of(m))
                    .one(Named::Topic, Some(m.topic_id))
                    .one(Named::Area, m.area_id)
                    .one(Named::ContactRoute, m.route_id)
                    .one(Named::Organization, m.organization_id)
                    .one(Named::Person, m.assignee_person_id)
                    .one(Named::Inquiry, m.duplicate_of_id)
            })
            .collect();
        let names = names::resolve(db, &refs).await?;
        let org = if caller.is_editor() { None } else { caller_organization(db, caller).await? };
        let now = crate::db::now();
        Ok(rows
            .into_iter()
            .zip(names)
            .map(|(m, names)| Inquiry {
                meeting_id: meeting_of(&m),
                allowed_actions: actions(caller, org, &m),
                breached: breached(m.expected_at, m.first_response_at, now),
                id: m.id,
                reference: m.reference,
                source: m.source,
                from_audience: m.from_audience,
                topic_id: m.topic_id,
                area_id: m.area_id,
                lat: m.lat,
                lon: m.lon,
                message: m.message,
                name: m.name,
                contact: m.contact,
                route_id: m.route_id,
                organization_id: m.organization_id,
                assignee_person_id: m.assignee_person_id,
                status: m.status,
                duplicate_of_id: m.duplicate_of_id,
                supporters: m.supporters,
                received_at: m.received_at,
                expected_at: m.expected_at,
                first_response_at: m.first_response_at,
                closed_at: m.closed_at,
                purged_at: m.purged_at,
                agenda_item_id: m.agenda_item_id,
                version: m.version,
                created_at: m.created_at,
                updated_at: m.updated_at,
                names,
            })
            .collect())
    }
}

impl Create for Inquiries {
    type New = NewInquiry;

    async fn insert(db: &impl ConnectionTrait, caller: &Caller, _: (), input: NewInquiry) -> ApiResult<Model> {
        check_exists::<topic::Entity>(db, "topic_id", Some(input.topic_id), "topic").await?;
        let at: &Placed =
            input.placed.as_ref().ok_or_else(|| ApiError::internal("an inquiry is placed before it is filed"))?;
        let filing = Filing {
            source: InquirySource::Partner,
            from_audience: input.from_audience,
            topic_id: input.topic_id,
            area_id: input.area_id,
            lat: input.lat,
            lon: input.lon,
            message: input.message.into_string(),
            name: Some(caller.display_name(db).await?),
            contact: input.contact.or_none(),
            consent: true,
            filed_by_user_id: Some(caller.user_id),
            address_hash: None,
        };
        let route = route_for(db, at, &filing, false).await?;
        let (row, _) = file(db, at, filing, route).await?;
        Ok(row)
    }
}

impl Update for Inquiries {
    type Patch = InquiryPatch;

    async fn apply(
        db: &impl ConnectionTrait,
        _: &Caller,
        current: &Model,
        p: InquiryPatch,
    ) -> ApiResult<ActiveOf<Self>> {
        let mut m = ActiveModel::default();
        let now = crate::db::now();
        if let Some(route) = p.route_id {
            m.route_id = Set(route);
            let target = match route {
                Some(id) => {
                    let r = contact_route::Entity::find_by_id(id).one(db).await?.ok_or_else(|| {
                        ApiError::field("route_id", FieldCode::NotFound, "No contact route has this id.")
                    })?;
                    if p.organization_id.is_none() {
                        m.organization_id = Set(Some(r.organization_id));
                    }
                    r.response_target_seconds
                }
                None => None,
            };
            // The clock runs from when the inquiry came in, against the new route's target.
            m.expected_at = Set(expected_at(current.received_at, target));
        }
        if let Some(org) = p.organization_id {
            check_exists::<organization::Entity>(db, "organization_id", org, "organization").await?;
            m.organization_id = Set(org);
        }
        if let Some(person) = p.assignee_person_id {
            check_exists::<person::Entity>(db, "assignee_person_id", person, "person").await?;
            m.assignee_person_id = Set(person);
            if person.is_some() && current.status == InquiryStatus::Received && p.status.is_none() {
                m.status = Set(InquiryStatus::Assigned);
            }
        }
        let status = p.status.unwrap_or(current.status);
        let duplicate_of = p.duplicate_of_id.unwrap_or(current.duplicate_of_id);
        if status == InquiryStatus::Duplicate {
            let Some(original) = duplicate_of else {
                return Err(FieldError::new(
                    "duplicate_of_id",
                    FieldCode::Required,
                    "Name the inquiry this one repeats.",
                )
                .into());
            };
            if original == current.id {
                return Err(FieldError::new(
                    "duplicate_of_id",
                    FieldCode::SelfReference,
                    "An inquiry cannot repeat itself.",
                )
                .into());
            }
            check_exists::<Entity>(db, "duplicate_of_id", Some(original), "inquiry").await?;
        } else if p.duplicate_of_id.flatten().is_some() {
            return Err(FieldError::new(
                "duplicate_of_id",
                FieldCode::Invalid,
                "Only an inquiry with status `duplicate` repeats another.",
            )
            .into());
        }
        if let Some(s) = p.status {
            m.status = Set(s);
            if s != InquiryStatus::Duplicate {
                m.duplicate_of_id = Set(None);
            }
            if s.is_closed() && current.closed_at.is_none() {
                m.closed_at = Set(Some(now));
            } else if !s.is_closed() && current.closed_at.is_some() {
                m.closed_at = Set(None);
            }
            if !s.is_open() && current.first_response_at.is_none() {
                m.first_response_at = Set(Some(now));
            }
        }
        if p.duplicate_of_id.is_some() && status == InquiryStatus::Duplicate {
            m.duplicate_of_id = Set(duplicate_of);
        }
        Ok(m)
    }
}

/// Notes and replies on an inquiry: append-only.
pub struct InquiryMessages;

impl Resource for InquiryMessages {
    type Entity = inquiry_message::Entity;
    type Out = InquiryMessage;
    type Scope = Uuid;
    const ENTITY: EntityType = EntityType::InquiryMessage;

    fn location(inquiry: Uuid, id: Uuid) -> String {
        format!("/api/v1/inquiries/{inquiry}/messages/{id}")
    }

    fn in_scope(row: &inquiry_message::Model, inquiry: Uuid) -> bool {
        row.inquiry_id == inquiry
    }

    async fn present(
        _: &impl ConnectionTrait,
        _: &Caller,
        rows: Vec<inquiry_message::Model>,
    ) -> ApiResult<Vec<InquiryMessage>> {
        Ok(rows
            .into_iter()
            .map(|m| InquiryMessage {
                id: m.id,
                inquiry_id: m.inquiry_id,
                kind: m.kind,
                body: m.body,
                author_name: m.author_name,
                created_at: m.created_at,
                version: m.version,
                updated_at: m.updated_at,
                allowed_actions: vec![],
            })
            .collect())
    }
}

impl Create for InquiryMessages {
    type New = NewInquiryMessage;

    /// A public reply is the first response when none came before, and answers an open inquiry
    /// (`InquiryStatus::after_public_reply`).
    async fn insert(
        db: &impl ConnectionTrait,
        caller: &Caller,
        inquiry: Uuid,
        input: NewInquiryMessage,
    ) -> ApiResult<inquiry_message::Model> {
        let current = crate::store::find::<Entity>(db, inquiry).await?;
        let row = write::insert(
            db,
            inquiry_message::ActiveModel {
                inquiry_id: Set(inquiry),
                kind: Set(input.kind),
                body: Set(input.body.into_string()),
                author_name: Set(caller.display_name(db).await?),
                author_user_id: Set(caller.actor()),
                ..Default::default()
            },
        )
        .await?;
        let status = current.status.after_public_reply();
        if input.kind == MessageKind::PublicReply && (current.first_response_at.is_none() || status != current.status) {
            // The clock stops at the first reply (a new version of the inquiry, whatever version
            // it is at now; COALESCE keeps the first of two replies sent at once).
            use sea_orm::sea_query::{Expr, ExprTrait, Func};
            let t = crate::db::now();
            Entity::update_many()
                .col_expr(Column::Status, Expr::value(status))
                .col_expr(
                    Column::FirstResponseAt,
                    Func::coalesce([Expr::col(Column::FirstResponseAt), Expr::value(t)]).into(),
                )
                .col_expr(Column::UpdatedAt, Expr::value(t))
                .col_expr(Column::Version, Expr::col(Column::Version).add(1))
                .filter(Column::Id.eq(inquiry))
                .exec(db)
                .await?;
        }
        Ok(row)
    }
}

/// The meeting of each agenda point in `points` (one query, always).
async fn meetings_of(
    db: &impl ConnectionTrait,
    points: impl Iterator<Item = Uuid>,
) -> ApiResult<std::collections::HashMap<Uuid, Uuid>> {
    use crate::entities::agenda_item;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
    // Asked even for none, so a page costs the same queries whatever is on it.
    let points: Vec<Uuid> = points.collect();
    let pairs: Vec<(Uuid, Uuid)> = agenda_item::Entity::find()
        .filter(agenda_item::Column::Id.is_in(points))
        .select_only()
        .column(agenda_item::Column::Id)
        .column(agenda_item::Column::MeetingId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(pairs.into_iter().collect())
}
