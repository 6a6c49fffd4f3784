//! The wire types of action items.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::domain::action_item::ActionStatus;
use crate::domain::role::Action;
use crate::domain::text::Prose;
use crate::domain::time::Day;
use crate::kit::Names;

#[derive(Debug, Serialize, ToSchema)]
pub struct ActionItem {
    pub id: Uuid,
    pub council_id: Uuid,
    /// The meeting that decided it.
    pub meeting_id: Option<Uuid>,
    /// The decision (agenda point) it came from.
    pub agenda_item_id: Option<Uuid>,
    pub description: String,
    /// Who owns it: a person or an organization (one of the two).
    pub owner_person_id: Option<Uuid>,
    pub owner_organization_id: Option<Uuid>,
    pub due_on: Option<NaiveDate>,
    pub status: ActionStatus,
    /// Open and past its due date (in Stockholm).
    pub overdue: bool,
    pub completed_at: Option<DateTime<Utc>>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub names: Names,
    pub allowed_actions: Vec<Action>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewActionItem {
    /// The council; taken from the meeting when one is given.
    pub council_id: Option<Uuid>,
    pub meeting_id: Option<Uuid>,
    pub agenda_item_id: Option<Uuid>,
    pub description: Prose<2000>,
    pub owner_person_id: Option<Uuid>,
    pub owner_organization_id: Option<Uuid>,
    pub due_on: Option<Day>,
}

crate::patch_body! {
    /// The fields to change; absent fields stay, `null` clears an optional field. Its owner may
    /// change `status` (done, open again); those who run the council anything.
    pub struct ActionItemPatch {
        description: Prose<2000>,
        owner_person_id: Uuid | null,
        owner_organization_id: Uuid | null,
        due_on: Day | null,
        status: ActionStatus,
    }
}

/// Whose tasks: `me` for the caller's person's own.
#[derive(Debug, Clone, Copy, Deserialize, ToSchema, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Owner {
    Me,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ActionItemFilters {
    pub council_id: Option<Uuid>,
    pub meeting_id: Option<Uuid>,
    pub status: Option<ActionStatus>,
    /// `me`: the caller's own tasks (as a person).
    #[param(inline)]
    pub owner: Option<Owner>,
    /// Only open tasks past their due date (`true`), or not (`false`).
    pub overdue: Option<bool>,
}
