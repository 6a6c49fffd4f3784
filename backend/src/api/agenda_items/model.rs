//! Agenda items as a resource: the numbered points of a meeting, shown to those whose clearance
//! in the council reads their classification.

use sea_orm::sea_query::{CaseStatement, Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait, Set};
use uuid::Uuid;

use super::types::{AgendaItem, AgendaItemPatch, MAX_ITEMS, NewAgendaItem};
use crate::domain::agenda::AgendaItemKind;
use crate::domain::audit::EntityType;
use crate::domain::classification::Classification;
use crate::domain::meeting::MeetingStatus;
use crate::domain::role::Action;
use crate::domain::text::Blank;
use crate::domain::validation::{FieldCode, FieldError, Whole};
use crate::entities::agenda_item::{ActiveModel, Column, Entity, Model};
use crate::entities::{meeting, organization, person};
use crate::error::{ApiError, ApiResult, ProblemCode};
use crate::kit::{ActiveOf, Caller, Create, Delete, Named, Refs, Resource, Update, names};
use crate::store::access_log::{self, Read};
use crate::store::agenda::{Point, append, count_of, meeting_for_writing};
use crate::store::check_exists;

pub struct AgendaItems;

/// 409 once the agenda is published: its numbering is fixed.
pub fn check_unpublished(m: &meeting::Model) -> ApiResult<()> {
    if m.agenda_published_at.is_some() {
        return Err(ApiError::conflict(
            ProblemCode::AgendaPublished,
            "The agenda is published: its points keep their numbers.",
        ));
    }
    Ok(())
}

fn check_duration(d: Option<i32>) -> ApiResult<()> {
    match d {
        Some(n) if !(1..=600).contains(&n) => {
            Err(FieldError::new("duration_minutes", FieldCode::OutOfRange, "Between 1 and 600 minutes.").into())
        }
        _ => Ok(()),
    }
}

impl Resource for AgendaItems {
    type Entity = Entity;
    type Out = AgendaItem;
    /// The meeting.
    type Scope = Uuid;
    const ENTITY: EntityType = EntityType::AgendaItem;

    fn location(meeting: Uuid, id: Uuid) -> String {
        format!("/api/v1/meetings/{meeting}/agenda-items/{id}")
    }

    fn in_scope(row: &Model, meeting: Uuid) -> bool {
        row.meeting_id == meeting
    }

    async fn readable(db: &impl ConnectionTrait, caller: &Caller, row: &Model) -> ApiResult<bool> {
        Ok(caller.clearance(db, row.council_id).await?.may_read(row.classification))
    }

    fn restricted_reads(rows: &[Model]) -> Vec<Read> {
        access_log::restricted_reads(
            EntityType::AgendaItem,
            rows.iter().map(|r| (r.id, r.council_id, r.classification)),
        )
    }

    async fn present(db: &impl ConnectionTrait, caller: &Caller, rows: Vec<Model>) -> ApiResult<Vec<AgendaItem>> {
        let refs: Vec<Refs> = rows
            .iter()
            .map(|m| {
                Refs::new()
                    .one(Named::Person, m.presenter_person_id)
                    .one(Named::Organization, m.organization_id)
                    .one(Named::Meeting, Some(m.meeting_id))
            })
            .collect();
        // A published agenda's points keep their numbers: they may change, not go.
        let meeting_ids: Vec<Uuid> = rows.iter().map(|r| r.meeting_id).collect();
        let published: std::collections::HashSet<Uuid> = meeting::Entity::find()
            .filter(meeting::Column::Id.is_in(meeting_ids))
            .filter(meeting::Column::AgendaPublishedAt.is_not_null())
            .select_only()
            .column(meeting::Column::Id)
            .into_tuple::<Uuid>()
            .all(db)
            .await?
            .into_iter()
            .collect();
        let mut out = Vec::with_capacity(rows.len());
        for (m, names) in rows.into_iter().zip(names::resolve(db, &refs).await?) {
            let allowed_actions = match caller.manages(db, m.council_id).await? {
                false => vec![],
                true if published.contains(&m.meeting_id) => vec![Action::Update],
                true => vec![Action::Update, Action::Delete],
            };
            out.push(AgendaItem {
                id: m.id,
                meeting_id: m.meeting_id,
                council_id: m.council_id,
                number: m.number,
                title: m.title,
                kind: m.kind,
                presenter_person_id: m.presenter_person_id,
                organization_id: m.organization_id,
                duration_minutes: m.duration_minutes,
                classification: m.classification,
                description: m.description,
                standing: m.standing,
                version: m.version,
                created_at: m.created_at,
                updated_at: m.updated_at,
                names,
                allowed_actions,
            });
        }
        Ok(out)
    }
}

impl Create for AgendaItems {
    type New = NewAgendaItem;

    fn validate(input: &NewAgendaItem) -> ApiResult<()> {
        check_duration(input.duration_minutes)
    }

    async fn insert(db: &impl ConnectionTrait, _: &Caller, meeting: Uuid, input: NewAgendaItem) -> ApiResult<Model> {
        check_exists::<person::Entity>(db, "presenter_person_id", input.presenter_person_id, "person").await?;
        check_exists::<organization::Entity>(db, "organization_id", input.organization_id, "organization").await?;
        append(
            db,
            meeting,
            Point {
                title: input.title.into_string(),
                kind: input.kind.unwrap_or(AgendaItemKind::Information),
                presenter_person_id: input.presenter_person_id,
                organization_id: input.organization_id,
                duration_minutes: input.duration_minutes,
                classification: input.classification.unwrap_or(Classification::Internal),
                description: input.description.or_none(),
                standing: input.standing,
            },
        )
        .await
    }
}

impl Update for AgendaItems {
    type Patch = AgendaItemPatch;

    fn validate(p: &AgendaItemPatch) -> ApiResult<()> {
        check_duration(p.duration_minutes.flatten().map(|Whole(n)| n))
    }

    async fn apply(
        db: &impl ConnectionTrait,
        _: &Caller,
        current: &Model,
        p: AgendaItemPatch,
    ) -> ApiResult<ActiveOf<Self>> {
        meeting_for_writing(db, current.meeting_id).await?;
        let mut m = ActiveModel::default();
        if let Some(t) = p.title {
            m.title = Set(t.into_string());
        }
        if let Some(k) = p.kind {
            m.kind = Set(k);
        }
        if let Some(pp) = p.presenter_person_id {
            check_exists::<person::Entity>(db, "presenter_person_id", pp, "person").await?;
            m.presenter_person_id = Set(pp);
        }
        if let Some(o) = p.organization_id {
            check_exists::<organization::Entity>(db, "organization_id", o, "organization").await?;
            m.organization_id = Set(o);
        }
        if let Some(d) = p.duration_minutes {
            m.duration_minutes = Set(d.map(|Whole(n)| n));
        }
        if let Some(c) = p.classification {
            m.classification = Set(c);
        }
        if let Some(d) = p.description {
            m.description = Set(d.or_none());
        }
        if let Some(s) = p.standing {
            m.standing = Set(s);
        }
        Ok(m)
    }
}

impl Delete for AgendaItems {
    /// Only from an unpublished agenda; the points after it move up one, and its documents
    /// stay with the meeting.
    async fn before_delete(db: &impl ConnectionTrait, current: &Model) -> ApiResult<()> {
        let m = meeting_for_writing(db, current.meeting_id).await?;
        check_unpublished(&m)?;
        crate::store::documents::detach_from_agenda_item(db, current.id).await?;
        Entity::update_many()
            .col_expr(Column::Number, Expr::col(Column::Number).sub(1))
            .filter(Column::MeetingId.eq(current.meeting_id))
            .filter(Column::Number.gt(current.number))
            .exec(db)
            .await?;
        Ok(())
    }
}

/// Renumber the points of `meeting` in the order of `ids` (one statement).
pub async fn renumber(db: &impl ConnectionTrait, meeting: Uuid, ids: &[Uuid]) -> ApiResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let mut case = CaseStatement::new();
    for (i, id) in ids.iter().enumerate() {
        case = case.case(Column::Id.eq(*id), Expr::val(i as i32 + 1));
    }
    Entity::update_many()
        .col_expr(Column::Number, case.into())
        .col_expr(Column::Version, Expr::col(Column::Version).add(1))
        .col_expr(Column::UpdatedAt, Expr::val(crate::db::now()))
        .filter(Column::MeetingId.eq(meeting))
        .exec(db)
        .await?;
    Ok(())
}

/// The ids of the points of `meeting` (those of the `readable` classifications, when given),
/// in order.
/// The ETag of `meeting`'s agenda as a reader of `readable` sees it (one query).
pub async fn tag_of_agenda(
    db: &impl ConnectionTrait,
    meeting: Uuid,
    readable: Vec<Classification>,
) -> ApiResult<String> {
    let points: Vec<(Uuid, i32)> = Entity::find()
        .filter(Column::MeetingId.eq(meeting))
        .filter(Column::Classification.is_in(readable))
        .order_by_asc(Column::Number)
        .order_by_asc(Column::Id)
        .select_only()
        .column(Column::Id)
        .column(Column::Version)
        .into_tuple()
        .all(db)
        .await?;
    Ok(crate::domain::agenda::agenda_tag(points))
}

pub async fn ids_in_order(
    db: &impl ConnectionTrait,
    meeting: Uuid,
    readable: Option<Vec<Classification>>,
) -> ApiResult<Vec<Uuid>> {
    Ok(Entity::find()
        .filter(Column::MeetingId.eq(meeting))
        .apply_if(readable, |s, r| s.filter(Column::Classification.is_in(r)))
        .order_by_asc(Column::Number)
        .select_only()
        .column(Column::Id)
        .into_tuple()
        .all(db)
        .await?)
}

/// Draft `meeting`'s agenda from the council's last meeting before it: its standing points
/// again, and a follow-up point with every open action item of the council. Appended after any
/// points the agenda has; recorded in the audit log. The new points.
pub async fn draft_from_previous(db: &impl ConnectionTrait, caller: &Caller, meeting: Uuid) -> ApiResult<Vec<Model>> {
    use crate::domain::action_item::ActionStatus;
    use crate::entities::action_item;
    let m = meeting_for_writing(db, meeting).await?;
    check_unpublished(&m)?;
    let previous = meeting::Entity::find()
        .filter(meeting::Column::CouncilId.eq(m.council_id))
        .filter(meeting::Column::StartsAt.lt(m.starts_at))
        .filter(meeting::Column::Status.ne(MeetingStatus::Cancelled))
        .order_by_desc(meeting::Column::StartsAt)
        .one(db)
        .await?;
    let standing = match &previous {
        Some(p) => {
            Entity::find()
                .filter(Column::MeetingId.eq(p.id))
                .filter(Column::Standing.eq(true))
                .order_by_asc(Column::Number)
                .all(db)
                .await?
        }
        None => vec![],
    };
    let open = action_item::Entity::find()
        .filter(action_item::Column::CouncilId.eq(m.council_id))
        .filter(action_item::Column::Status.eq(ActionStatus::Open))
        .order_by_asc(action_item::Column::DueOn)
        .order_by_asc(action_item::Column::Id)
        .limit(200)
        .all(db)
        .await?;
    let existing = count_of(db, m.id).await? as usize;
    let wanted = standing.len() + usize::from(!open.is_empty());
    if existing + wanted > MAX_ITEMS {
        return Err(ApiError::conflict(
            ProblemCode::AgendaFull,
            format!("An agenda holds at most {MAX_ITEMS} points."),
        ));
    }
    let t = crate::db::now();
    let fresh = |number: usize| Model {
        id: Uuid::now_v7(),
        version: 1,
        created_at: t,
        updated_at: t,
        meeting_id: m.id,
        council_id: m.council_id,
        number: number as i32,
        title: String::new(),
        kind: AgendaItemKind::Information,
        presenter_person_id: None,
        organization_id: None,
        duration_minutes: None,
        classification: Classification::Internal,
        description: None,
        standing: false,
        minutes_text: None,
        decision: None,
        decision_number: None,
        decision_year: None,
        result: None,
        adjusted_at: None,
    };
    let mut rows: Vec<Model> = standing
        .into_iter()
        .enumerate()
        .map(|(i, s)| Model {
            title: s.title,
            kind: s.kind,
            presenter_person_id: s.presenter_person_id,
            organization_id: s.organization_id,
            duration_minutes: s.duration_minutes,
            classification: s.classification,
            description: s.description,
            standing: true,
            ..fresh(existing + i + 1)
        })
        .collect();
    if !open.is_empty() {
        let refs = vec![
            crate::kit::Refs::new()
                .all(Named::Person, open.iter().filter_map(|a| a.owner_person_id))
                .all(Named::Organization, open.iter().filter_map(|a| a.owner_organization_id)),
        ];
        let names = names::resolve(db, &refs).await?.pop().unwrap_or_default();
        let lines: Vec<String> = open
            .iter()
            .map(|a| {
                let owner = a.owner_person_id.or(a.owner_organization_id).and_then(|id| names.get(&id)).unwrap_or("–");
                let due = a.due_on.map(|d| format!(", senast {d}")).unwrap_or_default();
                format!("- {} (ansvarig: {owner}{due})", a.description.replace('\n', " "))
            })
            .collect();
        rows.push(Model {
            title: "Uppföljning av åtgärder".into(),
            kind: AgendaItemKind::FollowUp,
            description: Some(lines.join("\n")),
            ..fresh(existing + rows.len() + 1)
        });
    }
    if rows.is_empty() {
        return Ok(rows);
    }
    Entity::insert_many(rows.iter().cloned().map(ActiveModel::from)).exec_without_returning(db).await?;
    let presented = AgendaItems::present(db, caller, rows.clone()).await?;
    let audited = rows.iter().zip(&presented).map(|(m, out)| (m.id, crate::audit::created(&AgendaItems::audit(out))));
    crate::audit::record_many(
        db,
        caller.actor(),
        crate::audit::AuditAction::Create,
        EntityType::AgendaItem,
        audited.collect(),
    )
    .await?;
    Ok(rows)
}
