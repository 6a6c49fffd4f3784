//! Contact routes as a resource. A route is checked as a whole on every write (a PATCH is
//! applied to the current route first): channels normalised and never a person's own, opening
//! hours in order, references that exist, a validity in order, and backup and escalation routes
//! that never lead back to the route.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set};
use uuid::Uuid;

use super::types::{ContactRoute, ContactRoutePatch, NewContactRoute};
use crate::domain::audit::EntityType;
use crate::domain::contact_route::{
    Channel, ChannelType, FromAudience, OpeningHours, RouteAudience, e164, is_stale, leads_back, normalise_channels,
    stale_period, target_seconds,
};
use crate::domain::role::{Action, EDITORS};
use crate::domain::text::Blank;
use crate::domain::validation::{FieldCode, FieldError, Problems};
use crate::entities::contact_route::{ActiveModel, Column, Entity, Model};
use crate::entities::{area, contact_route_area, organization, person, topic};
use crate::error::{ApiError, ApiResult};
use crate::kit::{ActiveOf, Caller, Create, Delete, Named, Refs, Resource, Update, names, write};
use crate::store::{check_all_exist, check_exists, links};

pub struct ContactRoutes;

pub fn channels_of(m: &Model) -> Vec<Channel> {
    serde_json::from_value(m.channels.clone()).unwrap_or_default()
}

pub fn hours_of(m: &Model) -> Option<OpeningHours> {
    m.opening_hours.clone().and_then(|h| serde_json::from_value(h).ok())
}

/// The areas each of `routes` serves (one query).
pub async fn areas_of(db: &impl ConnectionTrait, routes: &[Uuid]) -> ApiResult<HashMap<Uuid, Vec<Uuid>>> {
    links::linked::<contact_route_area::Entity, _>(db, contact_route_area::Column::RouteId, routes, |l| {
        (l.route_id, l.area_id)
    })
    .await
}

/// `rows` as the API shows them, with their areas and names (two queries).
pub async fn present_routes(
    db: &impl ConnectionTrait,
    caller: &Caller,
    rows: Vec<Model>,
) -> ApiResult<Vec<ContactRoute>> {
    let ids: Vec<Uuid> = rows.iter().map(|m| m.id).collect();
    let areas = areas_of(db, &ids).await?;
    let refs: Vec<Refs> = rows
        .iter()
        .map(|m| {
            Refs::new()
                .one(Named::Organization, Some(m.organization_id))
                .one(Named::Topic, Some(m.topic_id))
                .all(Named::Area, areas.get(&m.id).into_iter().flatten().copied())
                .one(Named::ContactRoute, m.backup_route_id)
                .one(Named::ContactRoute, m.escalation_route_id)
        })
        .collect();
    let names = names::resolve(db, &refs).await?;
    let actions = caller.may(EDITORS, &[Action::Update, Action::Delete, Action::Verify]);
    let now = crate::db::now();
    Ok(rows
        .into_iter()
        .zip(names)
        .map(|(m, names)| {
            let opening_hours = hours_of(&m);
            ContactRoute {
                area_ids: areas.get(&m.id).cloned().unwrap_or_default(),
                channels: channels_of(&m),
                open_now: opening_hours.as_ref().map(|h| h.open_at(now)),
                opening_hours,
                stale: is_stale(m.last_verified_at, now, stale_period()),
                id: m.id,
                from_audience: m.from_audience,
                organization_id: m.organization_id,
                function: m.function,
                topic_id: m.topic_id,
                response_target: m.response_target,
                backup_route_id: m.backup_route_id,
                escalation_route_id: m.escalation_route_id,
                audience: m.audience,
                valid_from: m.valid_from,
                valid_to: m.valid_to,
                last_verified_at: m.last_verified_at,
                last_verified_by: m.last_verified_by,
                note: m.note,
                version: m.version,
                created_at: m.created_at,
                updated_at: m.updated_at,
                names,
                allowed_actions: actions.clone(),
            }
        })
        .collect())
}

impl Resource for ContactRoutes {
    type Entity = Entity;
    type Out = ContactRoute;
    type Scope = ();
    const ENTITY: EntityType = EntityType::ContactRoute;
    const NOT_AUDITED: &'static [&'static str] = &["open_now", "stale"];

    fn location(_: (), id: Uuid) -> String {
        format!("/api/v1/contact-routes/{id}")
    }

    async fn present(db: &impl ConnectionTrait, caller: &Caller, rows: Vec<Model>) -> ApiResult<Vec<ContactRoute>> {
        present_routes(db, caller, rows).await
    }
}

/// A route's fields as a whole, before they are written.
struct Fields {
    from_audience: FromAudience,
    organization_id: Uuid,
    function: String,
    topic_id: Uuid,
    area_ids: Option<Vec<Uuid>>,
    channels: Vec<Channel>,
    opening_hours: Option<OpeningHours>,
    response_target: Option<String>,
    backup_route_id: Option<Uuid>,
    escalation_route_id: Option<Uuid>,
    audience: RouteAudience,
    valid_from: Option<chrono::NaiveDate>,
    valid_to: Option<chrono::NaiveDate>,
    note: Option<String>,
}

/// The people whose own e-mail address or phone number one of `channels` is (by index).
async fn personal_channels(db: &impl ConnectionTrait, channels: &[Channel]) -> ApiResult<Vec<usize>> {
    let emails: Vec<String> =
        channels.iter().filter(|c| c.type_ == ChannelType::Email).map(|c| c.value.to_string()).collect();
    let phones: Vec<&str> = channels.iter().filter(|c| c.type_ == ChannelType::Phone).map(|c| &*c.value).collect();
    let mut taken_emails = std::collections::HashSet::new();
    if !emails.is_empty() {
        let rows: Vec<Option<String>> = person::Entity::find()
            .select_only()
            .column(person::Column::Email)
            .filter(person::Column::Email.is_in(emails.clone()))
            .into_tuple()
            .all(db)
            .await?;
        taken_emails.extend(rows.into_iter().flatten().map(|e| e.to_lowercase()));
    }
    let mut taken_phones = std::collections::HashSet::new();
    if !phones.is_empty() {
        // People's numbers are stored as they were written: each is read as E.164 to compare.
        let rows: Vec<Option<String>> = person::Entity::find()
            .select_only()
            .column(person::Column::Phone)
            .filter(person::Column::Phone.is_not_null())
            .into_tuple()
            .all(db)
            .await?;
        taken_phones.extend(rows.into_iter().flatten().filter_map(|p| e164(&p)));
    }
    Ok(channels
        .iter()
        .enumerate()
        .filter(|(_, c)| match c.type_ {
            ChannelType::Email => taken_emails.contains(&c.value.to_lowercase()),
            ChannelType::Phone => taken_phones.contains(&*c.value),
            _ => false,
        })
        .map(|(i, _)| i)
        .collect())
}

/// Check `f` as a whole; `id` is the route's own (none for a new one). Every rule that needs
/// no database is checked at once and all its problems named together.
async fn check(db: &impl ConnectionTrait, id: Option<Uuid>, mut f: Fields) -> ApiResult<Fields> {
    let mut problems = Problems::default();
    if f.channels.is_empty() {
        problems.add("channels", FieldCode::Required, "At least one way to reach the route.");
    }
    f.channels = normalise_channels(std::mem::take(&mut f.channels), &mut problems);
    if let Some(h) = &f.opening_hours {
        h.check(&mut problems);
    }
    if let Some(t) = &f.response_target
        && target_seconds(t).is_none()
    {
        problems.add("response_target", FieldCode::Invalid, "An ISO 8601 duration such as PT4H or P2D.");
    }
    if let (Some(from), Some(to)) = (f.valid_from, f.valid_to)
        && to < from
    {
        problems.add("valid_to", FieldCode::BeforeValidFrom, "The route cannot end before it begins.");
    }
    for (field, other) in [("backup_route_id", f.backup_route_id), ("escalation_route_id", f.escalation_route_id)] {
        if other.is_some() && other == id {
            problems.add(field, FieldCode::SelfReference, "A route cannot be its own backup or escalation.");
        }
    }
    problems.finish()?;
    let mut problems = Problems::default();
    for i in personal_channels(db, &f.channels).await? {
        problems.add(
            format!("channels[{i}].value"),
            FieldCode::PersonalContact,
            "This is a person's own e-mail address or phone number: give a function's or a shared mailbox's.",
        );
    }
    problems.finish()?;
    check_exists::<organization::Entity>(db, "organization_id", Some(f.organization_id), "organization").await?;
    check_exists::<topic::Entity>(db, "topic_id", Some(f.topic_id), "topic").await?;
    if let Some(areas) = &f.area_ids {
        check_all_exist::<area::Entity, _>(db, "area_ids", area::Column::Id, areas, "areas").await?;
    }
    check_exists::<Entity>(db, "backup_route_id", f.backup_route_id, "contact route").await?;
    check_exists::<Entity>(db, "escalation_route_id", f.escalation_route_id, "contact route").await?;
    if let Some(id) = id {
        let next = [f.backup_route_id, f.escalation_route_id].into_iter().flatten().collect::<Vec<_>>();
        if !next.is_empty() {
            // Every route's next steps, to walk (routes are a directory: hundreds, not millions).
            let edges: Vec<(Uuid, Option<Uuid>, Option<Uuid>)> = Entity::find()
                .select_only()
                .columns([Column::Id, Column::BackupRouteId, Column::EscalationRouteId])
                .into_tuple()
                .all(db)
                .await?;
            let mut map: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
            for (r, b, e) in edges {
                if r != id {
                    map.entry(r).or_default().extend(b.into_iter().chain(e));
                }
            }
            for (field, start) in
                [("backup_route_id", f.backup_route_id), ("escalation_route_id", f.escalation_route_id)]
            {
                if let Some(start) = start
                    && leads_back(id, &[start], &map)
                {
                    return Err(
                        FieldError::new(field, FieldCode::Cycle, "This route leads back to the route itself.").into()
                    );
                }
            }
        }
    }
    Ok(f)
}

fn json<T: serde::Serialize>(v: &T) -> ApiResult<serde_json::Value> {
    serde_json::to_value(v).map_err(ApiError::internal)
}

fn write_fields(m: &mut ActiveModel, f: &Fields) -> ApiResult<()> {
    m.from_audience = Set(f.from_audience);
    m.organization_id = Set(f.organization_id);
    m.function = Set(f.function.clone());
    m.search_function = Set(crate::db::search_key(&f.function));
    m.topic_id = Set(f.topic_id);
    m.channels = Set(json(&f.channels)?);
    m.opening_hours = Set(f.opening_hours.as_ref().map(json).transpose()?);
    m.response_target = Set(f.response_target.clone());
    m.response_target_seconds = Set(f.response_target.as_deref().and_then(target_seconds));
    m.backup_route_id = Set(f.backup_route_id);
    m.escalation_route_id = Set(f.escalation_route_id);
    m.audience = Set(f.audience);
    m.valid_from = Set(f.valid_from);
    m.valid_to = Set(f.valid_to);
    m.note = Set(f.note.clone());
    Ok(())
}

impl Create for ContactRoutes {
    type New = NewContactRoute;

    async fn insert(db: &impl ConnectionTrait, caller: &Caller, _: (), input: NewContactRoute) -> ApiResult<Model> {
        let f = Fields {
            from_audience: input.from_audience,
            organization_id: input.organization_id,
            function: input.function.into_string(),
            topic_id: input.topic_id,
            area_ids: Some(input.area_ids.to_vec()),
            channels: input.channels.to_vec(),
            opening_hours: input.opening_hours,
            response_target: input.response_target.or_none(),
            backup_route_id: input.backup_route_id,
            escalation_route_id: input.escalation_route_id,
            audience: input.audience.unwrap_or(RouteAudience::Internal),
            valid_from: input.valid_from.map(|d| *d),
            valid_to: input.valid_to.map(|d| *d),
            note: input.note.or_none(),
        };
        let f = check(db, None, f).await?;
        let mut m = ActiveModel {
            last_verified_at: Set(crate::db::now()),
            last_verified_by: Set(caller.display_name(db).await?),
            stale_notified_at: Set(None),
            ..Default::default()
        };
        write_fields(&mut m, &f)?;
        let row = write::insert(db, m).await?;
        let areas = f.area_ids.unwrap_or_default();
        links::replace::<contact_route_area::Entity>(
            db,
            contact_route_area::Column::RouteId,
            contact_route_area::Column::AreaId,
            row.id,
            &areas,
        )
        .await?;
        Ok(row)
    }
}

impl Update for ContactRoutes {
    type Patch = ContactRoutePatch;

    async fn apply(
        db: &impl ConnectionTrait,
        _: &Caller,
        current: &Model,
        p: ContactRoutePatch,
    ) -> ApiResult<ActiveOf<Self>> {
        let f = Fields {
            from_audience: p.from_audience.unwrap_or(current.from_audience),
            organization_id: p.organization_id.unwrap_or(current.organization_id),
            function: p.function.map(|v| v.into_string()).unwrap_or_else(|| current.function.clone()),
            topic_id: p.topic_id.unwrap_or(current.topic_id),
            area_ids: p.area_ids.map(|a| a.to_vec()),
            channels: p.channels.map(|c| c.to_vec()).unwrap_or_else(|| channels_of(current)),
            opening_hours: match p.opening_hours {
                Some(v) => v,
                None => hours_of(current),
            },
            response_target: match p.response_target {
                Some(v) => v.or_none(),
                None => current.response_target.clone(),
            },
            backup_route_id: p.backup_route_id.unwrap_or(current.backup_route_id),
            escalation_route_id: p.escalation_route_id.unwrap_or(current.escalation_route_id),
            audience: p.audience.unwrap_or(current.audience),
            valid_from: p.valid_from.map(|d| d.map(|d| *d)).unwrap_or(current.valid_from),
            valid_to: p.valid_to.map(|d| d.map(|d| *d)).unwrap_or(current.valid_to),
            note: match p.note {
                Some(v) => v.or_none(),
                None => current.note.clone(),
            },
        };
        let f = check(db, Some(current.id), f).await?;
        if let Some(areas) = &f.area_ids {
            links::replace::<contact_route_area::Entity>(
                db,
                contact_route_area::Column::RouteId,
                contact_route_area::Column::AreaId,
                current.id,
                areas,
            )
            .await?;
        }
        let mut m = ActiveModel::default();
        write_fields(&mut m, &f)?;
        Ok(m)
    }
}

impl Delete for ContactRoutes {
    /// Routes that name it as their backup or escalation keep working: those links are cleared;
    /// inquiries routed to it keep their record (409 `referenced`).
    async fn before_delete(db: &impl ConnectionTrait, current: &Model) -> ApiResult<()> {
        use sea_orm::PaginatorTrait;
        let inquiries = crate::entities::inquiry::Entity::find()
            .filter(crate::entities::inquiry::Column::RouteId.eq(current.id))
            .count(db)
            .await?;
        if inquiries > 0 {
            return Err(ApiError::conflict(
                crate::error::ProblemCode::Referenced,
                format!("{inquiries} inquiries were routed here; set an end date (valid_to) instead."),
            ));
        }
        let referring = Entity::find()
            .filter(
                sea_orm::Condition::any()
                    .add(Column::BackupRouteId.eq(current.id))
                    .add(Column::EscalationRouteId.eq(current.id)),
            )
            .count(db)
            .await?;
        if referring > 0 {
            return Err(ApiError::conflict(
                crate::error::ProblemCode::Referenced,
                format!("{referring} routes name this one as their backup or escalation; change them first."),
            ));
        }
        contact_route_area::Entity::delete_many()
            .filter(contact_route_area::Column::RouteId.eq(current.id))
            .exec(db)
            .await?;
        Ok(())
    }
}
