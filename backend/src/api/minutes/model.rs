//! Minutes as a resource, and their paragraphs (the agenda's points as the minutes tell them):
//! writing, submitting, approving and commenting, adjusting, and corrections afterwards.

use std::collections::HashMap;

use chrono::Datelike;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};
use uuid::Uuid;

use super::types::{Adjuster, Correction, Minutes, MinutesPatch, Paragraph, ParagraphPatch, Review};
use crate::domain::attendance::Presence;
use crate::domain::audit::EntityType;
use crate::domain::classification::Classification;
use crate::domain::event::EventType;
use crate::domain::meeting::MeetingStatus;
use crate::domain::minutes::{MinutesStatus, Verdict, all_approved};
use crate::domain::role::Action;
use crate::domain::text::Blank;
use crate::domain::time::{Naive, date_in_stockholm};
use crate::domain::validation::{FieldCode, FieldError};
use crate::entities::agenda_item;
use crate::entities::minutes::{ActiveModel, Column, Entity, Model};
use crate::entities::{attendance, council, meeting, minutes_adjuster, minutes_correction, minutes_review};
use crate::error::{ApiError, ApiResult, ProblemCode};
use crate::kit::{ActiveOf, Caller, Named, Refs, Resource, Update, names};
use crate::store::access_log::Read;
use crate::store::outbox::{self, Event};

pub struct MinutesDocs;
pub struct Paragraphs;

/// The agenda items of `meetings`, by meeting, in order.
async fn items_of(db: &impl ConnectionTrait, meetings: &[Uuid]) -> ApiResult<HashMap<Uuid, Vec<agenda_item::Model>>> {
    let rows = agenda_item::Entity::find()
        .filter(agenda_item::Column::MeetingId.is_in(meetings.iter().copied()))
        .order_by_asc(agenda_item::Column::Number)
        .order_by_asc(agenda_item::Column::Id)
        .all(db)
        .await?;
    let mut by: HashMap<Uuid, Vec<agenda_item::Model>> = HashMap::new();
    for r in rows {
        by.entry(r.meeting_id).or_default().push(r);
    }
    Ok(by)
}

/// The minutes of `meetings`, by meeting.
async fn minutes_of(db: &impl ConnectionTrait, meetings: &[Uuid]) -> ApiResult<HashMap<Uuid, Model>> {
    Ok(Entity::find()
        .filter(Column::MeetingId.is_in(meetings.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.meeting_id, m))
        .collect())
}

fn paragraph(m: agenda_item::Model, names: crate::kit::Names, allowed_actions: Vec<Action>) -> Paragraph {
    Paragraph {
        id: m.id,
        meeting_id: m.meeting_id,
        number: m.number,
        title: m.title,
        kind: m.kind,
        classification: m.classification,
        minutes_text: m.minutes_text,
        decision: m.decision,
        decision_number: m.decision_number,
        decision_year: m.decision_year,
        result: m.result,
        adjusted_at: m.adjusted_at,
        version: m.version,
        created_at: m.created_at,
        updated_at: m.updated_at,
        names,
        allowed_actions,
    }
}

/// What a caller who runs the council may do with a paragraph of minutes in `status`.
fn paragraph_actions(manages: bool, status: MinutesStatus, item: &agenda_item::Model) -> Vec<Action> {
    if !manages || item.adjusted_at.is_some() || status != MinutesStatus::Draft {
        return vec![];
    }
    vec![Action::Update, Action::AdjustNow]
}

/// What `caller` may do with minutes: the secretary's steps while they run the council, an
/// adjuster's while they are one.
fn minutes_actions(manages: bool, adjuster: bool, status: MinutesStatus) -> Vec<Action> {
    match status {
        MinutesStatus::Draft if manages => vec![Action::Update, Action::Submit],
        MinutesStatus::Submitted if adjuster => vec![Action::Approve, Action::Comment],
        MinutesStatus::Adjusted if manages => vec![Action::Correct],
        _ => vec![],
    }
}

impl Resource for MinutesDocs {
    type Entity = Entity;
    type Out = Minutes;
    /// The meeting.
    type Scope = Uuid;
    const ENTITY: EntityType = EntityType::Minutes;
    const NOT_AUDITED: &'static [&'static str] = &["paragraphs", "reviews", "corrections"];

    fn location(meeting: Uuid, _: Uuid) -> String {
        format!("/api/v1/meetings/{meeting}/minutes")
    }

    fn in_scope(row: &Model, meeting: Uuid) -> bool {
        row.meeting_id == meeting
    }

    fn restricted_reads(_rows: &[Model]) -> Vec<Read> {
        // The restricted paragraphs are logged where they are read (see `present`).
        vec![]
    }

    async fn present(db: &impl ConnectionTrait, caller: &Caller, rows: Vec<Model>) -> ApiResult<Vec<Minutes>> {
        let ids: Vec<Uuid> = rows.iter().map(|m| m.id).collect();
        let meetings: Vec<Uuid> = rows.iter().map(|m| m.meeting_id).collect();
        let mut items = items_of(db, &meetings).await?;
        let mut adjusters: HashMap<Uuid, Vec<minutes_adjuster::Model>> = HashMap::new();
        for a in minutes_adjuster::Entity::find()
            .filter(minutes_adjuster::Column::MinutesId.is_in(ids.clone()))
            .order_by_asc(minutes_adjuster::Column::Id)
            .all(db)
            .await?
        {
            adjusters.entry(a.minutes_id).or_default().push(a);
        }
        let mut reviews: HashMap<Uuid, Vec<minutes_review::Model>> = HashMap::new();
        for r in minutes_review::Entity::find()
            .filter(minutes_review::Column::MinutesId.is_in(ids.clone()))
            .order_by_asc(minutes_review::Column::Id)
            .all(db)
            .await?
        {
            reviews.entry(r.minutes_id).or_default().push(r);
        }
        let mut corrections: HashMap<Uuid, Vec<minutes_correction::Model>> = HashMap::new();
        for c in minutes_correction::Entity::find()
            .filter(minutes_correction::Column::MinutesId.is_in(ids))
            .order_by_asc(minutes_correction::Column::Id)
            .all(db)
            .await?
        {
            corrections.entry(c.minutes_id).or_default().push(c);
        }
        let me = caller.seats(db).await?.person_id;
        let refs: Vec<Refs> = rows
            .iter()
            .map(|m| {
                Refs::new()
                    .one(Named::Meeting, Some(m.meeting_id))
                    .one(Named::Council, Some(m.council_id))
                    .all(Named::Person, adjusters.get(&m.id).into_iter().flatten().map(|a| a.person_id))
                    .all(Named::Person, reviews.get(&m.id).into_iter().flatten().map(|r| r.person_id))
            })
            .collect();
        let mut out = Vec::with_capacity(rows.len());
        for (m, names) in rows.into_iter().zip(names::resolve(db, &refs).await?) {
            let clearance = caller.clearance(db, m.council_id).await?;
            let manages = caller.manages(db, m.council_id).await?;
            let my_adjusters = adjusters.remove(&m.id).unwrap_or_default();
            // An adjuster who has approved this revision has nothing more to do with it.
            let adjuster = me.is_some_and(|p| {
                my_adjusters.iter().any(|a| a.person_id == p && a.approved_revision != Some(m.revision))
            });
            let readable: Vec<agenda_item::Model> = items
                .remove(&m.meeting_id)
                .unwrap_or_default()
                .into_iter()
                .filter(|i| clearance.may_read(i.classification))
                .collect();
            let visible: Vec<Uuid> = readable.iter().map(|i| i.id).collect();
            let paragraphs = readable
                .into_iter()
                .map(|i| {
                    let actions = paragraph_actions(manages, m.status, &i);
                    paragraph(i, Default::default(), actions)
                })
                .collect();
            out.push(Minutes {
                id: m.id,
                meeting_id: m.meeting_id,
                council_id: m.council_id,
                status: m.status,
                revision: m.revision,
                adjust_by: m.adjust_by,
                other_business: m.other_business,
                submitted_at: m.submitted_at,
                adjusted_at: m.adjusted_at,
                adjusters: my_adjusters
                    .into_iter()
                    .map(|a| Adjuster {
                        person_id: a.person_id,
                        approved: a.approved_revision == Some(m.revision) && m.revision > 0,
                        approved_revision: a.approved_revision,
                        approved_at: a.approved_at,
                    })
                    .collect(),
                paragraphs,
                reviews: reviews
                    .remove(&m.id)
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|r| r.agenda_item_id.is_none_or(|i| visible.contains(&i)))
                    .map(|r| Review {
                        revision: r.revision,
                        person_id: r.person_id,
                        agenda_item_id: r.agenda_item_id,
                        verdict: r.verdict,
                        comment: r.comment,
                        created_at: r.created_at,
                    })
                    .collect(),
                corrections: corrections
                    .remove(&m.id)
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|c| c.agenda_item_id.is_none_or(|i| visible.contains(&i)))
                    .map(|c| Correction {
                        id: c.id,
                        agenda_item_id: c.agenda_item_id,
                        text: c.text,
                        author_name: c.author_name,
                        created_at: c.created_at,
                    })
                    .collect(),
                version: m.version,
                created_at: m.created_at,
                updated_at: m.updated_at,
                names,
                allowed_actions: minutes_actions(manages, adjuster, m.status),
            });
        }
        Ok(out)
    }
}

/// The reads of restricted paragraphs in `minutes` (for the access log).
pub fn restricted_paragraphs(minutes: &Minutes) -> Vec<Read> {
    minutes
        .paragraphs
        .iter()
        .filter(|p| p.classification == Classification::Restricted)
        .map(|p| Read { entity_type: EntityType::AgendaItem, entity_id: p.id, council_id: minutes.council_id })
        .collect()
}

/// 409 unless the minutes are a draft: with the adjusters they wait, adjusted they are locked.
pub fn check_draft(m: &Model) -> ApiResult<()> {
    match m.status {
        MinutesStatus::Draft => Ok(()),
        MinutesStatus::Submitted => Err(ApiError::conflict(
            ProblemCode::MinutesSubmitted,
            "The minutes are with the adjusters; they change when an adjuster sends them back.",
        )),
        MinutesStatus::Adjusted => Err(ApiError::conflict(
            ProblemCode::MinutesLocked,
            "The minutes are adjusted and locked; append a correction instead.",
        )),
    }
}

/// The minutes of `meeting`, for writing.
pub async fn of_meeting(db: &impl ConnectionTrait, meeting: Uuid) -> ApiResult<Model> {
    Entity::find().filter(Column::MeetingId.eq(meeting)).lock_exclusive().one(db).await?.ok_or(ApiError::NotFound)
}

/// The people who attended `meeting` (presence `attended`).
async fn attendees(db: &impl ConnectionTrait, meeting: Uuid) -> ApiResult<Vec<Uuid>> {
    Ok(attendance::Entity::find()
        .filter(attendance::Column::MeetingId.eq(meeting))
        .filter(attendance::Column::Presence.eq(Presence::Attended))
        .filter(attendance::Column::PersonId.is_not_null())
        .select_only()
        .column(attendance::Column::PersonId)
        .into_tuple::<Option<Uuid>>()
        .all(db)
        .await?
        .into_iter()
        .flatten()
        .collect())
}

impl Update for MinutesDocs {
    type Patch = MinutesPatch;

    async fn apply(
        db: &impl ConnectionTrait,
        _: &Caller,
        current: &Model,
        p: MinutesPatch,
    ) -> ApiResult<ActiveOf<Self>> {
        check_draft(current)?;
        let mut m = ActiveModel::default();
        if let Some(o) = p.other_business {
            m.other_business = Set(o.or_none());
        }
        if let Some(d) = p.adjust_by {
            m.adjust_by = Set(Some(d.naive()));
        }
        if let Some(people) = p.adjuster_person_ids {
            let people = people.into_vec();
            let present = attendees(db, current.meeting_id).await?;
            if people.iter().any(|p| !present.contains(p)) {
                return Err(FieldError::new(
                    "adjuster_person_ids",
                    FieldCode::NotAttended,
                    "Adjusters are chosen among those who attended (presence `attended`).",
                )
                .into());
            }
            set_adjusters(db, current.id, &people).await?;
            // A new set of adjusters is a change of the document: its version moves on.
            m.updated_at = Set(crate::db::now());
        }
        Ok(m)
    }
}

/// Make `people` the adjusters of `minutes` (keeping what those who stay approved).
async fn set_adjusters(db: &impl ConnectionTrait, minutes: Uuid, people: &[Uuid]) -> ApiResult<()> {
    let existing =
        minutes_adjuster::Entity::find().filter(minutes_adjuster::Column::MinutesId.eq(minutes)).all(db).await?;
    let gone: Vec<Uuid> = existing.iter().filter(|a| !people.contains(&a.person_id)).map(|a| a.id).collect();
    if !gone.is_empty() {
        minutes_adjuster::Entity::delete_many().filter(minutes_adjuster::Column::Id.is_in(gone)).exec(db).await?;
    }
    let t = crate::db::now();
    let mut seen: Vec<Uuid> = existing.iter().map(|a| a.person_id).collect();
    let mut new = vec![];
    for p in people {
        if !seen.contains(p) {
            seen.push(*p);
            new.push(minutes_adjuster::ActiveModel {
                id: Set(Uuid::now_v7()),
                version: Set(1),
                created_at: Set(t),
                updated_at: Set(t),
                minutes_id: Set(minutes),
                person_id: Set(*p),
                approved_revision: Set(None),
                approved_at: Set(None),
            });
        }
    }
    if !new.is_empty() {
        minutes_adjuster::Entity::insert_many(new).exec_without_returning(db).await?;
    }
    Ok(())
}

fn minutes_event(kind: EventType, m: &Model) -> Event {
    Event {
        event: kind,
        entity_type: EntityType::Minutes,
        entity_id: m.id,
        payload: serde_json::json!({"minutes_id": m.id, "meeting_id": m.meeting_id, "council_id": m.council_id, "revision": m.revision}),
    }
}

/// Submit the draft to its adjusters: the next revision.
pub async fn submit(db: &impl ConnectionTrait, current: &Model) -> ApiResult<ActiveModel> {
    check_draft(current)?;
    let n = minutes_adjuster::Entity::find().filter(minutes_adjuster::Column::MinutesId.eq(current.id)).all(db).await?;
    if n.is_empty() {
        return Err(ApiError::conflict(ProblemCode::NoAdjusters, "Name the adjusters (justerare) before submitting."));
    }
    let mut after = current.clone();
    after.revision += 1;
    outbox::emit(db, vec![minutes_event(EventType::MinutesSubmitted, &after)]).await?;
    Ok(ActiveModel {
        status: Set(MinutesStatus::Submitted),
        revision: Set(after.revision),
        submitted_at: Set(Some(crate::db::now())),
        ..Default::default()
    })
}

/// The adjuster entry of the caller's person, or 403.
async fn my_adjuster(
    db: &impl ConnectionTrait,
    caller: &Caller,
    minutes: &Model,
) -> ApiResult<minutes_adjuster::Model> {
    let me = caller.seats(db).await?.person_id.ok_or(ApiError::Forbidden)?;
    minutes_adjuster::Entity::find()
        .filter(minutes_adjuster::Column::MinutesId.eq(minutes.id))
        .filter(minutes_adjuster::Column::PersonId.eq(me))
        .one(db)
        .await?
        .ok_or(ApiError::Forbidden)
}

fn check_submitted(m: &Model) -> ApiResult<()> {
    if m.status == MinutesStatus::Submitted {
        Ok(())
    } else {
        Err(ApiError::conflict(ProblemCode::MinutesNotSubmitted, "The minutes are not with the adjusters now."))
    }
}

async fn review(
    db: &impl ConnectionTrait,
    minutes: &Model,
    person: Uuid,
    verdict: Verdict,
    item: Option<Uuid>,
    comment: Option<String>,
) -> ApiResult<()> {
    let t = crate::db::now();
    minutes_review::Entity::insert(minutes_review::ActiveModel {
        id: Set(Uuid::now_v7()),
        version: Set(1),
        created_at: Set(t),
        updated_at: Set(t),
        minutes_id: Set(minutes.id),
        revision: Set(minutes.revision),
        person_id: Set(person),
        agenda_item_id: Set(item),
        verdict: Set(verdict),
        comment: Set(comment),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// An adjuster approves the current revision; when every adjuster has, the minutes are adjusted:
/// locked, the meeting's status `minutes_adjusted`, and the outbox tells of it.
pub async fn approve(db: &impl ConnectionTrait, caller: &Caller, current: &Model) -> ApiResult<ActiveModel> {
    check_submitted(current)?;
    let mine = my_adjuster(db, caller, current).await?;
    if mine.approved_revision == Some(current.revision) {
        return Err(ApiError::conflict(
            ProblemCode::AlreadyApproved,
            "You have approved this revision of the minutes already.",
        ));
    }
    let t = crate::db::now();
    minutes_adjuster::Entity::update_many()
        .col_expr(minutes_adjuster::Column::ApprovedRevision, Expr::value(current.revision))
        .col_expr(minutes_adjuster::Column::ApprovedAt, Expr::value(t))
        .filter(minutes_adjuster::Column::Id.eq(mine.id))
        .exec(db)
        .await?;
    review(db, current, mine.person_id, Verdict::Approved, None, None).await?;
    let approvals: Vec<(Uuid, Option<i32>)> = minutes_adjuster::Entity::find()
        .filter(minutes_adjuster::Column::MinutesId.eq(current.id))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.person_id, a.approved_revision))
        .collect();
    if !all_approved(&approvals, current.revision) {
        // Still waiting for the others: the approval is the change.
        return Ok(ActiveModel { updated_at: Set(t), ..Default::default() });
    }
    meeting::Entity::update_many()
        .col_expr(meeting::Column::Status, Expr::value(MeetingStatus::MinutesAdjusted))
        .col_expr(meeting::Column::Version, Expr::col(meeting::Column::Version).add(1))
        .col_expr(meeting::Column::UpdatedAt, Expr::value(t))
        .filter(meeting::Column::Id.eq(current.meeting_id))
        .exec(db)
        .await?;
    let changes = serde_json::json!({"after": {"status": MeetingStatus::MinutesAdjusted}});
    crate::audit::record(
        db,
        caller.actor(),
        crate::audit::AuditAction::Update,
        EntityType::Meeting,
        Some(current.meeting_id),
        changes,
    )
    .await?;
    outbox::emit(db, vec![minutes_event(EventType::MinutesAdjusted, current)]).await?;
    Ok(ActiveModel { status: Set(MinutesStatus::Adjusted), adjusted_at: Set(Some(t)), ..Default::default() })
}

/// An adjuster comments: the minutes go back to the secretary for a new revision.
pub async fn comment(
    db: &impl ConnectionTrait,
    caller: &Caller,
    current: &Model,
    item: Option<Uuid>,
    text: String,
) -> ApiResult<ActiveModel> {
    check_submitted(current)?;
    let mine = my_adjuster(db, caller, current).await?;
    if let Some(i) = item {
        let found = agenda_item::Entity::find_by_id(i).one(db).await?;
        if found.is_none_or(|f| f.meeting_id != current.meeting_id) {
            return Err(FieldError::new(
                "agenda_item_id",
                FieldCode::NotFound,
                "No point of this meeting has this id.",
            )
            .into());
        }
    }
    review(db, current, mine.person_id, Verdict::Commented, item, Some(text)).await?;
    Ok(ActiveModel { status: Set(MinutesStatus::Draft), ..Default::default() })
}

/// Append a correction to adjusted minutes, dated and attributed to `author`.
pub async fn correct(
    db: &impl ConnectionTrait,
    current: &Model,
    author: (Option<Uuid>, String),
    item: Option<Uuid>,
    text: String,
) -> ApiResult<ActiveModel> {
    if current.status != MinutesStatus::Adjusted {
        return Err(ApiError::conflict(
            ProblemCode::MinutesNotAdjusted,
            "Corrections are appended to adjusted minutes; change the draft instead.",
        ));
    }
    if let Some(i) = item {
        let found = agenda_item::Entity::find_by_id(i).one(db).await?;
        if found.is_none_or(|f| f.meeting_id != current.meeting_id) {
            return Err(FieldError::new(
                "agenda_item_id",
                FieldCode::NotFound,
                "No point of this meeting has this id.",
            )
            .into());
        }
    }
    let t = crate::db::now();
    minutes_correction::Entity::insert(minutes_correction::ActiveModel {
        id: Set(Uuid::now_v7()),
        version: Set(1),
        created_at: Set(t),
        updated_at: Set(t),
        minutes_id: Set(current.id),
        agenda_item_id: Set(item),
        text: Set(text),
        author_user_id: Set(author.0),
        author_name: Set(author.1),
    })
    .exec_without_returning(db)
    .await?;
    Ok(ActiveModel { updated_at: Set(t), ..Default::default() })
}

// ---- paragraphs ----

impl Resource for Paragraphs {
    type Entity = agenda_item::Entity;
    type Out = Paragraph;
    /// The meeting.
    type Scope = Uuid;
    const ENTITY: EntityType = EntityType::AgendaItem;

    fn location(meeting: Uuid, id: Uuid) -> String {
        format!("/api/v1/meetings/{meeting}/minutes/paragraphs/{id}")
    }

    fn in_scope(row: &agenda_item::Model, meeting: Uuid) -> bool {
        row.meeting_id == meeting
    }

    async fn readable(db: &impl ConnectionTrait, caller: &Caller, row: &agenda_item::Model) -> ApiResult<bool> {
        Ok(caller.clearance(db, row.council_id).await?.may_read(row.classification))
    }

    fn restricted_reads(rows: &[agenda_item::Model]) -> Vec<Read> {
        rows.iter()
            .filter(|r| r.classification == Classification::Restricted)
            .map(|r| Read { entity_type: EntityType::AgendaItem, entity_id: r.id, council_id: r.council_id })
            .collect()
    }

    async fn present(
        db: &impl ConnectionTrait,
        caller: &Caller,
        rows: Vec<agenda_item::Model>,
    ) -> ApiResult<Vec<Paragraph>> {
        let meetings: Vec<Uuid> = rows.iter().map(|r| r.meeting_id).collect();
        let minutes = minutes_of(db, &meetings).await?;
        let refs: Vec<Refs> = rows.iter().map(|r| Refs::new().one(Named::Meeting, Some(r.meeting_id))).collect();
        let mut out = Vec::with_capacity(rows.len());
        for (r, names) in rows.into_iter().zip(names::resolve(db, &refs).await?) {
            let manages = caller.manages(db, r.council_id).await?;
            let status = minutes.get(&r.meeting_id).map_or(MinutesStatus::Draft, |m| m.status);
            let actions = paragraph_actions(manages, status, &r);
            out.push(paragraph(r, names, actions));
        }
        Ok(out)
    }
}

/// 409 unless the paragraph may be written: its minutes a draft, itself not adjusted at once.
async fn check_writable(db: &impl ConnectionTrait, item: &agenda_item::Model) -> ApiResult<Model> {
    let m = of_meeting(db, item.meeting_id).await?;
    check_draft(&m)?;
    if item.adjusted_at.is_some() {
        return Err(ApiError::conflict(
            ProblemCode::ParagraphAdjusted,
            "This paragraph was adjusted at once; it is locked.",
        ));
    }
    Ok(m)
}

/// The council's next decision number in the year of `meeting` (the council row locked, so two
/// decisions never share one).
async fn next_decision(db: &impl ConnectionTrait, item: &agenda_item::Model) -> ApiResult<(i32, i32)> {
    council::Entity::find_by_id(item.council_id).lock_exclusive().one(db).await?;
    let m = meeting::Entity::find_by_id(item.meeting_id).one(db).await?.ok_or(ApiError::NotFound)?;
    let year = date_in_stockholm(m.starts_at).year();
    let last: Option<Option<i32>> = agenda_item::Entity::find()
        .filter(agenda_item::Column::CouncilId.eq(item.council_id))
        .filter(agenda_item::Column::DecisionYear.eq(year))
        .select_only()
        .column_as(agenda_item::Column::DecisionNumber.max(), "n")
        .into_tuple()
        .one(db)
        .await?;
    Ok((last.flatten().unwrap_or(0) + 1, year))
}

impl Update for Paragraphs {
    type Patch = ParagraphPatch;

    async fn apply(
        db: &impl ConnectionTrait,
        _: &Caller,
        current: &agenda_item::Model,
        p: ParagraphPatch,
    ) -> ApiResult<ActiveOf<Self>> {
        check_writable(db, current).await?;
        let mut m = agenda_item::ActiveModel::default();
        if let Some(t) = p.minutes_text {
            m.minutes_text = Set(t.or_none());
        }
        if let Some(d) = p.decision {
            let d = d.or_none();
            if d.is_some() && current.decision_number.is_none() {
                let (n, year) = next_decision(db, current).await?;
                m.decision_number = Set(Some(n));
                m.decision_year = Set(Some(year));
            }
            m.decision = Set(d);
        }
        if let Some(r) = p.result {
            m.result = Set(r);
        }
        Ok(m)
    }
}

/// Adjust one paragraph at once (omedelbar justering): locked from now on.
pub async fn adjust_now(
    db: &impl ConnectionTrait,
    current: &agenda_item::Model,
) -> ApiResult<agenda_item::ActiveModel> {
    check_writable(db, current).await?;
    if current.minutes_text.as_deref().is_none_or(str::is_empty) && current.decision.is_none() {
        return Err(ApiError::conflict(ProblemCode::ParagraphEmpty, "Write the paragraph before adjusting it."));
    }
    Ok(agenda_item::ActiveModel { adjusted_at: Set(Some(crate::db::now())), ..Default::default() })
}

/// The public part of the adjusted minutes of `meeting` (of a public council), or 404.
pub async fn public_minutes(db: &impl ConnectionTrait, meeting_id: Uuid) -> ApiResult<super::types::PublicMinutes> {
    use super::types::{PublicCorrection, PublicMinutes, PublicParagraph};
    let m = meeting::Entity::find_by_id(meeting_id).one(db).await?.ok_or(ApiError::NotFound)?;
    let c = council::Entity::find_by_id(m.council_id).one(db).await?.ok_or(ApiError::NotFound)?;
    let minutes = Entity::find().filter(Column::MeetingId.eq(m.id)).one(db).await?.ok_or(ApiError::NotFound)?;
    if !c.is_public || minutes.status != MinutesStatus::Adjusted {
        return Err(ApiError::NotFound);
    }
    let items: Vec<agenda_item::Model> = items_of(db, &[m.id])
        .await?
        .remove(&m.id)
        .unwrap_or_default()
        .into_iter()
        .filter(|i| i.classification == Classification::Public)
        .collect();
    let corrections = minutes_correction::Entity::find()
        .filter(minutes_correction::Column::MinutesId.eq(minutes.id))
        .order_by_asc(minutes_correction::Column::Id)
        .all(db)
        .await?;
    let adjusters = minutes_adjuster::Entity::find()
        .filter(minutes_adjuster::Column::MinutesId.eq(minutes.id))
        .order_by_asc(minutes_adjuster::Column::Id)
        .all(db)
        .await?;
    let refs = vec![Refs::new().all(Named::Person, adjusters.iter().map(|a| a.person_id))];
    let names = names::resolve(db, &refs).await?.pop().unwrap_or_default();
    Ok(PublicMinutes {
        meeting_id: m.id,
        council_id: c.id,
        council_name: c.name,
        title: m.title,
        starts_at: m.starts_at,
        location: m.location,
        adjusted_at: minutes.adjusted_at,
        adjusters: adjusters.iter().filter_map(|a| names.get(&a.person_id).map(str::to_owned)).collect(),
        paragraphs: items
            .into_iter()
            .map(|i| PublicParagraph {
                corrections: corrections
                    .iter()
                    .filter(|c| c.agenda_item_id == Some(i.id))
                    .map(|c| PublicCorrection { text: c.text.clone(), created_at: c.created_at })
                    .collect(),
                number: i.number,
                title: i.title,
                minutes_text: i.minutes_text,
                decision: i.decision,
                decision_number: i.decision_number,
                decision_year: i.decision_year,
                result: i.result,
            })
            .collect(),
    })
}
