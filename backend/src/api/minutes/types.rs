//! The wire types of minutes (protokoll) and their adjusting (justering).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::domain::agenda::{AgendaItemKind, ItemResult};
use crate::domain::classification::Classification;
use crate::domain::minutes::{MinutesStatus, Verdict};
use crate::domain::role::Action;
use crate::domain::text::{Ids, Prose, Text};
use crate::domain::time::Day;
use crate::kit::Names;

/// What the minutes say of one point of the agenda (a paragraph, §).
#[derive(Debug, Serialize, ToSchema)]
pub struct Paragraph {
    /// The agenda item (the paragraph has its id and version).
    pub id: Uuid,
    pub meeting_id: Uuid,
    pub number: i32,
    pub title: String,
    pub kind: AgendaItemKind,
    pub classification: Classification,
    pub minutes_text: Option<String>,
    pub decision: Option<String>,
    /// The decision's running number in the council's year, e.g. 7 (shown `2027:7`).
    pub decision_number: Option<i32>,
    pub decision_year: Option<i32>,
    pub result: Option<ItemResult>,
    /// Adjusted at once (omedelbar justering): locked from then on.
    pub adjusted_at: Option<DateTime<Utc>>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub names: Names,
    pub allowed_actions: Vec<Action>,
}

crate::patch_body! {
    /// What the minutes say of a point. Writing a decision gives it the council's next decision
    /// number of the meeting's year.
    pub struct ParagraphPatch {
        minutes_text: Text | null,
        decision: Text | null,
        result: ItemResult | null,
    }
}

/// An adjuster (justerare) and what they have approved.
#[derive(Debug, Serialize, ToSchema)]
pub struct Adjuster {
    pub person_id: Uuid,
    /// The revision they approved last, if any.
    pub approved_revision: Option<i32>,
    pub approved_at: Option<DateTime<Utc>>,
    /// They approved the current revision.
    pub approved: bool,
}

/// What an adjuster said of a revision (kept as the adjusting history).
#[derive(Debug, Serialize, ToSchema)]
pub struct Review {
    pub revision: i32,
    pub person_id: Uuid,
    /// The paragraph commented on, if any.
    pub agenda_item_id: Option<Uuid>,
    pub verdict: Verdict,
    pub comment: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// A correction appended to adjusted minutes: dated and attributed.
#[derive(Debug, Serialize, ToSchema)]
pub struct Correction {
    pub id: Uuid,
    pub agenda_item_id: Option<Uuid>,
    pub text: String,
    pub author_name: String,
    pub created_at: DateTime<Utc>,
}

/// The minutes of a meeting with their adjusting, as far as the caller may read them.
#[derive(Debug, Serialize, ToSchema)]
pub struct Minutes {
    pub id: Uuid,
    pub meeting_id: Uuid,
    pub council_id: Uuid,
    pub status: MinutesStatus,
    /// How many times the minutes were submitted: adjusters approve a revision.
    pub revision: i32,
    /// Adjusting should be done by this date.
    pub adjust_by: Option<NaiveDate>,
    /// Övrigt: what came up besides the agenda.
    pub other_business: Option<String>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub adjusted_at: Option<DateTime<Utc>>,
    pub adjusters: Vec<Adjuster>,
    /// The paragraphs the caller may read, in order.
    pub paragraphs: Vec<Paragraph>,
    pub reviews: Vec<Review>,
    pub corrections: Vec<Correction>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub names: Names,
    pub allowed_actions: Vec<Action>,
}

crate::patch_body! {
    /// The secretary's part of the minutes while they are a draft.
    pub struct MinutesPatch {
        other_business: Text | null,
        adjust_by: Day,
        /// The adjusters (justerare): people who attended the meeting (presence `attended`).
        adjuster_person_ids: Ids<10>,
    }
}

/// An adjuster's comment: the minutes go back to the secretary.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MinutesComment {
    /// The paragraph the comment is about, if one.
    pub agenda_item_id: Option<Uuid>,
    pub comment: Prose<5000>,
}

/// A correction to adjusted minutes.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCorrection {
    pub agenda_item_id: Option<Uuid>,
    pub text: Prose<5000>,
}

/// A public paragraph of adjusted minutes.
#[derive(Debug, Serialize, ToSchema)]
pub struct PublicParagraph {
    pub number: i32,
    pub title: String,
    pub minutes_text: Option<String>,
    pub decision: Option<String>,
    pub decision_number: Option<i32>,
    pub decision_year: Option<i32>,
    pub result: Option<ItemResult>,
    /// Corrections appended to this paragraph after adjusting, dated.
    pub corrections: Vec<PublicCorrection>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PublicCorrection {
    pub text: String,
    pub created_at: DateTime<Utc>,
}

/// The public part of adjusted minutes: the public paragraphs only (numbers kept, so gaps show
/// where non-public points were), derived from the minutes as they are.
#[derive(Debug, Serialize, ToSchema)]
pub struct PublicMinutes {
    pub meeting_id: Uuid,
    pub council_id: Uuid,
    pub council_name: String,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub location: Option<String>,
    pub adjusted_at: Option<DateTime<Utc>>,
    /// Those who adjusted the minutes (justerare).
    pub adjusters: Vec<String>,
    pub paragraphs: Vec<PublicParagraph>,
}
