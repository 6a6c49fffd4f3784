//! Action items as a resource: tasks a meeting decided, with an owner and a due date.

use sea_orm::{ConnectionTrait, EntityTrait, Set};
use uuid::Uuid;

use super::types::{ActionItem, ActionItemPatch, NewActionItem};
use crate::domain::action_item::{ActionStatus, overdue};
use crate::domain::audit::EntityType;
use crate::domain::role::Action;
use crate::domain::time::{Naive, today};
use crate::domain::validation::{FieldCode, FieldError};
use crate::entities::action_item::Entity;
use crate::entities::action_item::{ActiveModel, Model};
use crate::entities::{agenda_item, council, meeting, organization, person};
use crate::error::{ApiError, ApiResult};
use crate::kit::{ActiveOf, Caller, Create, Named, Refs, Resource, Update, names, write};
use crate::store::check_exists;

pub struct ActionItems;

/// What `caller` may do with a task: change it when they run its council; mark it done (or open
/// again) when it is theirs.
fn actions(manages: bool, mine: bool) -> Vec<Action> {
    if manages {
        vec![Action::Update]
    } else if mine {
        vec![Action::UpdateStatus]
    } else {
        vec![]
    }
}

impl Resource for ActionItems {
    type Entity = Entity;
    type Out = ActionItem;
    type Scope = ();
    const ENTITY: EntityType = EntityType::ActionItem;
    const NOT_AUDITED: &'static [&'static str] = &["overdue"];

    fn location(_: (), id: Uuid) -> String {
        format!("/api/v1/action-items/{id}")
    }

    async fn present(db: &impl ConnectionTrait, caller: &Caller, rows: Vec<Model>) -> ApiResult<Vec<ActionItem>> {
        let refs: Vec<Refs> = rows
            .iter()
            .map(|a| {
                Refs::new()
                    .one(Named::Council, Some(a.council_id))
                    .one(Named::Meeting, a.meeting_id)
                    .one(Named::Person, a.owner_person_id)
                    .one(Named::Organization, a.owner_organization_id)
            })
            .collect();
        let me = caller.seats(db).await?.person_id;
        let day = today();
        let mut out = Vec::with_capacity(rows.len());
        for (a, names) in rows.into_iter().zip(names::resolve(db, &refs).await?) {
            let manages = caller.manages(db, a.council_id).await?;
            let mine = me.is_some() && a.owner_person_id == me;
            out.push(ActionItem {
                id: a.id,
                council_id: a.council_id,
                meeting_id: a.meeting_id,
                agenda_item_id: a.agenda_item_id,
                description: a.description,
                owner_person_id: a.owner_person_id,
                owner_organization_id: a.owner_organization_id,
                due_on: a.due_on,
                overdue: overdue(a.status, a.due_on, day),
                status: a.status,
                completed_at: a.completed_at,
                version: a.version,
                created_at: a.created_at,
                updated_at: a.updated_at,
                names,
                allowed_actions: actions(manages, mine),
            });
        }
        Ok(out)
    }
}

/// Exactly one owner, or none: a person or an organization.
fn check_owner(person: Option<Uuid>, org: Option<Uuid>) -> ApiResult<()> {
    if person.is_some() && org.is_some() {
        return Err(FieldError::new(
            "owner_organization_id",
            FieldCode::Invalid,
            "A task is owned by a person or an organization, not both.",
        )
        .into());
    }
    Ok(())
}

/// The council a new task belongs to: the meeting's, or the one given; the meeting and agenda
/// point must be the council's.
pub async fn council_of(db: &impl ConnectionTrait, input: &NewActionItem) -> ApiResult<Uuid> {
    let from_meeting = match input.meeting_id {
        Some(m) => Some(
            meeting::Entity::find_by_id(m)
                .one(db)
                .await?
                .ok_or_else(|| ApiError::field("meeting_id", FieldCode::NotFound, "No meeting has this id."))?
                .council_id,
        ),
        None => None,
    };
    let council = match (input.council_id, from_meeting) {
        (Some(c), Some(m)) if c != m => {
            return Err(ApiError::field("council_id", FieldCode::Invalid, "The meeting is another council's."));
        }
        (_, Some(m)) => m,
        (Some(c), None) => c,
        (None, None) => return Err(ApiError::field("council_id", FieldCode::Required, "Give a council or a meeting.")),
    };
    check_exists::<council::Entity>(db, "council_id", Some(council), "council").await?;
    if let Some(i) = input.agenda_item_id {
        let item = agenda_item::Entity::find_by_id(i).one(db).await?;
        if item.is_none_or(|it| Some(it.meeting_id) != input.meeting_id) {
            return Err(ApiError::field(
                "agenda_item_id",
                FieldCode::NotFound,
                "No point of this meeting has this id.",
            ));
        }
    }
    Ok(council)
}

impl Create for ActionItems {
    type New = NewActionItem;

    fn validate(input: &NewActionItem) -> ApiResult<()> {
        check_owner(input.owner_person_id, input.owner_organization_id)
    }

    async fn insert(db: &impl ConnectionTrait, _: &Caller, _: (), input: NewActionItem) -> ApiResult<Model> {
        let council = council_of(db, &input).await?;
        check_exists::<person::Entity>(db, "owner_person_id", input.owner_person_id, "person").await?;
        check_exists::<organization::Entity>(db, "owner_organization_id", input.owner_organization_id, "organization")
            .await?;
        let description = input.description.into_string();
        write::insert(
            db,
            ActiveModel {
                council_id: Set(council),
                meeting_id: Set(input.meeting_id),
                agenda_item_id: Set(input.agenda_item_id),
                description: Set(description),
                owner_person_id: Set(input.owner_person_id),
                owner_organization_id: Set(input.owner_organization_id),
                due_on: Set(input.due_on.naive()),
                status: Set(ActionStatus::Open),
                ..Default::default()
            },
        )
        .await
    }
}

/// Whether `caller` may make change `p`: those who run the council anything; the owner only the
/// status, to done or open again (cancelling a task is for those who run the council).
pub fn check_may_change(manages: bool, mine: bool, p: &ActionItemPatch) -> ApiResult<()> {
    let only_status = p.description.is_none()
        && p.owner_person_id.is_none()
        && p.owner_organization_id.is_none()
        && p.due_on.is_none()
        && p.status != Some(ActionStatus::Cancelled);
    if manages || (mine && only_status) { Ok(()) } else { Err(ApiError::Forbidden) }
}

impl Update for ActionItems {
    type Patch = ActionItemPatch;

    async fn apply(
        db: &impl ConnectionTrait,
        caller: &Caller,
        current: &Model,
        p: ActionItemPatch,
    ) -> ApiResult<ActiveOf<Self>> {
        let manages = caller.manages(db, current.council_id).await?;
        let me = caller.seats(db).await?.person_id;
        check_may_change(manages, me.is_some() && current.owner_person_id == me, &p)?;
        let person = p.owner_person_id.unwrap_or(current.owner_person_id);
        let org = p.owner_organization_id.unwrap_or(current.owner_organization_id);
        check_owner(person, org)?;
        let mut m = ActiveModel::default();
        if let Some(d) = p.description {
            m.description = Set(d.into_string());
        }
        if let Some(o) = p.owner_person_id {
            check_exists::<person::Entity>(db, "owner_person_id", o, "person").await?;
            m.owner_person_id = Set(o);
        }
        if let Some(o) = p.owner_organization_id {
            check_exists::<organization::Entity>(db, "owner_organization_id", o, "organization").await?;
            m.owner_organization_id = Set(o);
        }
        if let Some(d) = p.due_on {
            m.due_on = Set(d.naive());
            m.overdue_notified_at = Set(None);
        }
        if let Some(s) = p.status {
            m.status = Set(s);
            m.completed_at = Set((s == ActionStatus::Done).then(crate::db::now));
        }
        Ok(m)
    }
}
