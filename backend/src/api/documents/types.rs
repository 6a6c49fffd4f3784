//! The wire types of documents.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::domain::classification::Classification;
use crate::domain::role::Action;
use crate::domain::text::Name;
use crate::kit::Names;

/// A file attached to a meeting or one of its agenda items (an invitation, an annex).
#[derive(Debug, Serialize, ToSchema)]
pub struct Document {
    pub id: Uuid,
    pub meeting_id: Uuid,
    pub council_id: Uuid,
    /// The agenda item it belongs to, if any.
    pub agenda_item_id: Option<Uuid>,
    /// What the document is (the file name without its ending, unless one was given).
    pub title: String,
    /// The name it is downloaded under.
    pub file_name: String,
    /// What the file's bytes are (not what its name says).
    #[schema(example = "application/pdf")]
    pub media_type: String,
    pub size_bytes: i64,
    /// SHA-256 of the bytes, in lower-case hex.
    #[schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]
    pub sha256: String,
    /// Who may read it, as for agenda items: `public`, `internal`, `restricted`.
    pub classification: Classification,
    /// Who uploaded it (their name then).
    pub uploaded_by_name: String,
    /// Where its bytes are: `GET` it for the file.
    #[schema(
        example = "/api/v1/meetings/0190a0b2-5c3e-7d2f-9a41-3b5e8c7d6f10/documents/0190a0b2-5c3e-7d2f-9a41-3b5e8c7d6f11/content"
    )]
    pub content_url: String,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub names: Names,
    pub allowed_actions: Vec<Action>,
}

/// A file's bytes, as they are (the body of an upload and of a download).
#[derive(ToSchema)]
#[schema(value_type = String, format = Binary)]
pub struct FileBytes(#[allow(dead_code)] Vec<u8>);

/// What an upload says about the file; the file itself is the request body.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UploadParams {
    /// The file's name, with the ending its content has (`.pdf` for a PDF). No folders.
    #[param(min_length = 1, max_length = 200)]
    pub file_name: String,
    /// What the document is; default: the file name without its ending.
    #[param(min_length = 1, max_length = 200)]
    pub title: Option<String>,
    /// Default `internal`; at least the agenda item's own classification.
    pub classification: Option<Classification>,
    /// Attach it to this agenda item of the meeting.
    pub agenda_item_id: Option<Uuid>,
}

/// What the kit stores of an upload: everything but the bytes, which are in the object store
/// under `object_key` before the row is written. The key is left out of the idempotency hash, so
/// a retry of the same file with the same `Idempotency-Key` is recognised.
#[derive(Debug, Serialize, Deserialize)]
pub struct NewDocument {
    pub agenda_item_id: Option<Uuid>,
    pub title: String,
    pub file_name: String,
    pub media_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub classification: Option<Classification>,
    #[serde(skip)]
    pub object_key: String,
    #[serde(skip)]
    pub uploaded_by_name: String,
}

crate::patch_body! {
    /// The fields to change; absent fields stay. The file itself does not change: upload
    /// another and remove this one.
    pub struct DocumentPatch {
        title: Name,
        classification: Classification,
    }
}
