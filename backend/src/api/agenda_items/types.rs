//! The wire types of agenda items.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::domain::agenda::AgendaItemKind;
use crate::domain::classification::Classification;
use crate::domain::role::Action;
use crate::domain::text::{Ids, Name, Text};
use crate::domain::validation::Whole;
use crate::kit::Names;

pub use crate::domain::agenda::MAX_ITEMS;

#[derive(Debug, Serialize, ToSchema)]
pub struct AgendaItem {
    pub id: Uuid,
    pub meeting_id: Uuid,
    pub council_id: Uuid,
    /// § number: 1, 2, … in order; fixed once the agenda is published.
    pub number: i32,
    pub title: String,
    pub kind: AgendaItemKind,
    pub presenter_person_id: Option<Uuid>,
    /// The organization that brings the point.
    pub organization_id: Option<Uuid>,
    pub duration_minutes: Option<i32>,
    /// Who may read it: `public` (anyone), `internal` (the council's members, coordinators,
    /// admins), `restricted` (members whose seat has restricted access, and admins).
    pub classification: Classification,
    pub description: Option<String>,
    /// A standing point: it comes back when the next agenda is drafted from this one.
    pub standing: bool,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub names: Names,
    pub allowed_actions: Vec<Action>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAgendaItem {
    pub title: Name,
    /// Default `information`.
    pub kind: Option<AgendaItemKind>,
    pub presenter_person_id: Option<Uuid>,
    pub organization_id: Option<Uuid>,
    #[serde(default, deserialize_with = "crate::domain::validation::whole::optional")]
    #[schema(minimum = 1, maximum = 600)]
    pub duration_minutes: Option<i32>,
    /// Default `internal`.
    pub classification: Option<Classification>,
    pub description: Option<Text>,
    #[serde(default)]
    pub standing: bool,
}

crate::patch_body! {
    /// The fields to change; absent fields stay, `null` clears an optional field. The number is
    /// changed by reordering the agenda.
    pub struct AgendaItemPatch {
        title: Name,
        kind: AgendaItemKind,
        presenter_person_id: Uuid | null,
        organization_id: Uuid | null,
        #[schema(minimum = 1, maximum = 600)]
        duration_minutes: Whole as i32 | null,
        classification: Classification,
        description: Text | null,
        standing: bool,
    }
}

/// The agenda's points in their new order: every point of the meeting, once.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Reorder {
    pub item_ids: Ids<100>,
}
