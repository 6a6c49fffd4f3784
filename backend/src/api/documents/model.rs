//! Documents as a resource: files attached to a meeting, read by those whose clearance in the
//! council reads their classification. Removing one keeps its row (410 from then on).

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set};
use uuid::Uuid;

use super::types::{Document, DocumentPatch, NewDocument};
use crate::domain::audit::EntityType;
use crate::domain::classification::Classification;
use crate::domain::meeting::MeetingStatus;
use crate::domain::role::Action;
use crate::domain::validation::{FieldCode, FieldError};
use crate::entities::document::{ActiveModel, Entity, Model};
use crate::entities::{agenda_item, meeting};
use crate::error::{ApiError, ApiResult, ProblemCode};
use crate::kit::{ActiveOf, Caller, Create, Named, Refs, Resource, Update, names, write};
use crate::store::access_log::{self, Read};

pub struct Documents;

/// 409 unless `m` takes changes to its documents: a cancelled meeting is history, and an
/// adjusted one's documents belong to its record.
pub fn check_meeting_open(m: &meeting::Model) -> ApiResult<()> {
    match m.status {
        MeetingStatus::Cancelled => {
            Err(ApiError::conflict(ProblemCode::MeetingCancelled, "The meeting was cancelled; it is history."))
        }
        MeetingStatus::MinutesAdjusted => Err(ApiError::conflict(
            ProblemCode::MeetingLocked,
            "The meeting's minutes are adjusted: its documents are part of the record.",
        )),
        _ => Ok(()),
    }
}

/// 410 for a removed document: its file is gone.
pub fn check_present(row: &Model) -> ApiResult<()> {
    match row.removed_at {
        Some(at) => Err(ApiError::gone(
            ProblemCode::DocumentRemoved,
            format!("The document was removed on {}.", at.format("%Y-%m-%d")),
        )),
        None => Ok(()),
    }
}

/// The classification a document attached to `item` gets: `wanted`, or the item's own (at
/// least internal) when none is given; never below the item's, so the document reveals no
/// more than the item does.
async fn classification_for(
    db: &impl ConnectionTrait,
    meeting: Uuid,
    item: Option<Uuid>,
    wanted: Option<Classification>,
) -> ApiResult<Classification> {
    let floor = match item {
        None => None,
        Some(id) => {
            let item = agenda_item::Entity::find_by_id(id).one(db).await?.filter(|i| i.meeting_id == meeting);
            let item = item.ok_or_else(|| {
                FieldError::new("agenda_item_id", FieldCode::NotFound, "No agenda item of this meeting has this id.")
            })?;
            Some(item.classification)
        }
    };
    match (wanted, floor) {
        (Some(w), Some(f)) if w < f => Err(FieldError::new(
            "classification",
            FieldCode::BelowAgendaItem,
            format!("The agenda item is {f}; a document attached to it is at least {f}."),
        )
        .into()),
        (Some(w), _) => Ok(w),
        (None, f) => Ok(f.unwrap_or(Classification::Internal).max(Classification::Internal)),
    }
}

impl Resource for Documents {
    type Entity = Entity;
    type Out = Document;
    /// The meeting.
    type Scope = Uuid;
    const ENTITY: EntityType = EntityType::Document;

    fn location(meeting: Uuid, id: Uuid) -> String {
        format!("/api/v1/meetings/{meeting}/documents/{id}")
    }

    fn in_scope(row: &Model, meeting: Uuid) -> bool {
        row.meeting_id == meeting
    }

    async fn readable(db: &impl ConnectionTrait, caller: &Caller, row: &Model) -> ApiResult<bool> {
        Ok(caller.clearance(db, row.council_id).await?.may_read(row.classification))
    }

    fn restricted_reads(rows: &[Model]) -> Vec<Read> {
        access_log::restricted_reads(EntityType::Document, rows.iter().map(|r| (r.id, r.council_id, r.classification)))
    }

    async fn present(db: &impl ConnectionTrait, caller: &Caller, rows: Vec<Model>) -> ApiResult<Vec<Document>> {
        let refs: Vec<Refs> = rows.iter().map(|d| Refs::new().one(Named::Meeting, Some(d.meeting_id))).collect();
        // The meetings whose documents no longer change (one query for the page).
        let meeting_ids: Vec<Uuid> = rows.iter().map(|d| d.meeting_id).collect();
        let closed: std::collections::HashSet<Uuid> = meeting::Entity::find()
            .filter(meeting::Column::Id.is_in(meeting_ids))
            .filter(meeting::Column::Status.is_in([MeetingStatus::Cancelled, MeetingStatus::MinutesAdjusted]))
            .select_only()
            .column(meeting::Column::Id)
            .into_tuple::<Uuid>()
            .all(db)
            .await?
            .into_iter()
            .collect();
        let mut out = Vec::with_capacity(rows.len());
        for (d, names) in rows.into_iter().zip(names::resolve(db, &refs).await?) {
            let open = d.removed_at.is_none() && !closed.contains(&d.meeting_id);
            let allowed_actions = if open && caller.manages(db, d.council_id).await? {
                vec![Action::Update, Action::Delete]
            } else {
                vec![]
            };
            out.push(Document {
                content_url: format!("{}/content", Self::location(d.meeting_id, d.id)),
                id: d.id,
                meeting_id: d.meeting_id,
                council_id: d.council_id,
                agenda_item_id: d.agenda_item_id,
                title: d.title,
                file_name: d.file_name,
                media_type: d.media_type,
                size_bytes: d.size_bytes,
                sha256: d.sha256,
                classification: d.classification,
                uploaded_by_name: d.uploaded_by_name,
                version: d.version,
                created_at: d.created_at,
                updated_at: d.updated_at,
                names,
                allowed_actions,
            });
        }
        Ok(out)
    }
}

impl Create for Documents {
    type New = NewDocument;

    async fn insert(db: &impl ConnectionTrait, caller: &Caller, meeting: Uuid, input: NewDocument) -> ApiResult<Model> {
        let m = meeting::Entity::find_by_id(meeting).one(db).await?.ok_or(ApiError::NotFound)?;
        check_meeting_open(&m)?;
        let classification = classification_for(db, m.id, input.agenda_item_id, input.classification).await?;
        write::insert(
            db,
            ActiveModel {
                meeting_id: Set(m.id),
                council_id: Set(m.council_id),
                agenda_item_id: Set(input.agenda_item_id),
                title: Set(input.title),
                file_name: Set(input.file_name),
                media_type: Set(input.media_type),
                size_bytes: Set(input.size_bytes),
                sha256: Set(input.sha256),
                object_key: Set(input.object_key),
                classification: Set(classification),
                uploaded_by: Set(caller.actor()),
                uploaded_by_name: Set(input.uploaded_by_name),
                removed_at: Set(None),
                removed_by: Set(None),
                ..Default::default()
            },
        )
        .await
    }
}

impl Update for Documents {
    type Patch = DocumentPatch;

    async fn apply(
        db: &impl ConnectionTrait,
        _: &Caller,
        current: &Model,
        p: DocumentPatch,
    ) -> ApiResult<ActiveOf<Self>> {
        check_present(current)?;
        let mut m = ActiveModel::default();
        if let Some(t) = p.title {
            m.title = Set(t.into_string());
        }
        if let Some(c) = p.classification {
            m.classification = Set(classification_for(db, current.meeting_id, current.agenda_item_id, Some(c)).await?);
        }
        Ok(m)
    }
}

/// Mark `current` removed by `actor` (its bytes go once the transaction has committed).
pub fn removal(actor: Option<Uuid>, current: &Model) -> ApiResult<ActiveModel> {
    check_present(current)?;
    Ok(ActiveModel { removed_at: Set(Some(crate::db::now())), removed_by: Set(actor), ..Default::default() })
}

/// A document's title when none is given: its file name without the ending.
pub fn default_title(file_name: &str) -> String {
    match file_name.rsplit_once('.') {
        Some((stem, _)) if !stem.trim().is_empty() => stem.trim().to_owned(),
        _ => file_name.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_is_the_file_name_without_its_ending() {
        assert_eq!(default_title("Kallelse maj.pdf"), "Kallelse maj");
        assert_eq!(default_title(".txt"), ".txt");
        assert_eq!(default_title("Bilaga 1.lägesbild.docx"), "Bilaga 1.lägesbild");
    }
}
