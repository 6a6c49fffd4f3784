//! Documents: files attached to a meeting or one of its agenda items (an invitation, annexes).
//! The bytes go to the object store; their kind is judged from the bytes, their SHA-256 kept,
//! and they are given only to those whose clearance reads the document's classification.

mod model;
mod types;

use actix_web::http::StatusCode;
use actix_web::http::header::{self, DispositionType};
use actix_web::{HttpResponse, delete, get, patch, post, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use sha2::{Digest, Sha256};
use uuid::Uuid;

pub use model::Documents;
pub use types::{Document, DocumentPatch, FileBytes, NewDocument, UploadParams};

use super::docs::{Conflict, FileTooLarge, FileTypeNotAllowed, Forbidden, Gone, IdempotencyKey, IfMatch};
use crate::audit::AuditAction;
use crate::domain::document::{accepted_list, file_name, sniff};
use crate::entities::document::{Column, Entity, Model};
use crate::entities::meeting;
use crate::error::{ApiError, ApiResult, ProblemCode};
use crate::kit::{Call, Json, Keyset, ListQuery, NoParams, Page, PageParams, Query, Resource, attachment, read_file};
use crate::store::{files, find};

const IN_ORDER: Keyset<Column> = Keyset::by_id(Column::Id);

/// What an upload is, from its parameters and its bytes: 415 for a kind not accepted, 422 for
/// a name that does not fit it.
fn describe(q: UploadParams, bytes: &[u8], uploader: String) -> ApiResult<NewDocument> {
    let kind = sniff(bytes).ok_or_else(|| {
        ApiError::refused_file(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ProblemCode::FileTypeNotAllowed,
            format!("The file's content is not of a kind accepted ({}).", accepted_list()),
        )
    })?;
    let file_name = file_name(&q.file_name, kind)?;
    let title = match q.title.as_deref().map(str::trim) {
        Some(t) if !t.is_empty() => t.to_owned(),
        _ => model::default_title(&file_name),
    };
    Ok(NewDocument {
        agenda_item_id: q.agenda_item_id,
        title,
        file_name,
        media_type: kind.media_type.to_owned(),
        size_bytes: bytes.len() as i64,
        sha256: crate::auth::keys::hex(&Sha256::digest(bytes)),
        classification: q.classification,
        object_key: files::new_key(),
        uploaded_by_name: uploader,
    })
}

/// The document `id` of `meeting` if the caller may read it (404 otherwise; 410 once removed);
/// a read of a restricted one is recorded.
async fn readable(call: &Call, meeting: Uuid, id: Uuid) -> ApiResult<Model> {
    let row = crate::kit::write::find::<Documents>(call.read(), meeting, id).await?;
    if !Documents::readable(call.read(), &call.caller, &row).await? {
        return Err(ApiError::NotFound);
    }
    model::check_present(&row)?;
    crate::store::access_log::record(
        &call.db().write,
        call.caller.actor(),
        Documents::restricted_reads(std::slice::from_ref(&row)),
    )
    .await?;
    Ok(row)
}

/// List a meeting's documents
///
/// The documents the caller may read (as for agenda items: public for everyone, internal for
/// the council's members, coordinators and admins, restricted for members whose seat has
/// restricted access and admins), in the order uploaded; removed ones are left out.
#[utoipa::path(
    operation_id = "listDocuments",
    tag = "meetings",
    params(("id" = Uuid, Path, description = "Meeting id"), PageParams),
    responses((status = 200, description = "A page of documents", body = Page<Document>)),
    security(("bearer" = []))
)]
#[get("/meetings/{id}/documents")]
pub async fn list(call: Call, id: web::Path<Uuid>, q: ListQuery<NoParams>) -> ApiResult<HttpResponse> {
    let meeting = find::<meeting::Entity>(call.read(), id.into_inner()).await?;
    let readable = call.caller.clearance(call.read(), meeting.council_id).await?.readable();
    let select = Entity::find()
        .filter(Column::MeetingId.eq(meeting.id))
        .filter(Column::RemovedAt.is_null())
        .filter(Column::Classification.is_in(readable));
    let open = model::check_meeting_open(&meeting).is_ok();
    let actions = if open && call.manages(meeting.council_id).await? {
        vec![crate::domain::role::Action::Create]
    } else {
        vec![]
    };
    call.list::<Documents>(select, &IN_ORDER, &q.page, actions).await
}

/// Upload a document
///
/// Coordinators and admins, and the council's chair or secretary. The request body is the file
/// itself (any `Content-Type`: the kind is read from the bytes): PDF, PNG, JPEG, WebP, Word,
/// Excel, PowerPoint, OpenDocument text, spreadsheet or presentation, or UTF-8 plain text, at
/// most 20 MB (`SAMVERKAN_MAX_UPLOAD_MB`). Its name must end as its content is (`.pdf` for a
/// PDF). Not for a cancelled meeting, nor one whose minutes are adjusted (its documents are then
/// part of the record: 409 `meeting_locked`, for changes and removal too).
#[utoipa::path(
    operation_id = "uploadDocument",
    tag = "meetings",
    request_body(content = FileBytes, content_type = "application/octet-stream", description = "The file's bytes"),
    params(("id" = Uuid, Path, description = "Meeting id"), UploadParams, IdempotencyKey),
    responses(
        (status = 201, description = "Uploaded", body = Document),
        (status = 403, response = Forbidden),
        (status = 409, response = Conflict),
        (status = 413, response = FileTooLarge),
        (status = 415, response = FileTypeNotAllowed)
    ),
    security(("bearer" = []))
)]
#[post("/meetings/{id}/documents")]
pub async fn upload(
    call: Call,
    id: web::Path<Uuid>,
    q: Query<UploadParams>,
    body: web::Payload,
) -> ApiResult<HttpResponse> {
    let meeting = find::<meeting::Entity>(call.read(), id.into_inner()).await?;
    call.require_manager(meeting.council_id).await?;
    let bytes = read_file(body, call.config().max_upload_bytes, "A document").await?;
    let uploader = call.caller.display_name(call.read()).await?;
    let input = describe(q.0, &bytes, uploader)?;
    let key = input.object_key.clone();
    files::put(call.files(), &key, bytes).await?;
    let res = call.create::<Documents>(meeting.id, input).await;
    // The bytes stay only with the row that names them: not after a failed insert, nor when a
    // retry found the document its key created the first time.
    if res.as_ref().map_or(true, |r| r.headers().contains_key("Idempotent-Replayed")) {
        files::remove(call.files(), &key).await;
    }
    res
}

/// Get a document's description
///
/// 404 when the caller may not read it; 410 once it is removed.
#[utoipa::path(
    operation_id = "getDocument",
    tag = "meetings",
    params(("id" = Uuid, Path, description = "Meeting id"), ("document_id" = Uuid, Path, description = "Document id")),
    responses((status = 200, description = "The document", body = Document), (status = 410, response = Gone)),
    security(("bearer" = []))
)]
#[get("/meetings/{id}/documents/{document_id}")]
pub async fn get_one(call: Call, path: web::Path<(Uuid, Uuid)>) -> ApiResult<HttpResponse> {
    let (meeting, id) = path.into_inner();
    let row = readable(&call, meeting, id).await?;
    let version = row.version;
    let out = crate::kit::write::present_one::<Documents>(call.read(), &call.caller, row).await?;
    Ok(crate::kit::concurrency::ok_with_etag(version, &out))
}

/// Download a document
///
/// The file, as an attachment under its name, with the media type its bytes were found to be
/// and `ETag` its SHA-256. 404 when the caller may not read it; 410 once it is removed.
#[utoipa::path(
    operation_id = "downloadDocument",
    tag = "meetings",
    params(("id" = Uuid, Path, description = "Meeting id"), ("document_id" = Uuid, Path, description = "Document id")),
    responses(
        (status = 200, description = "The file, with the media type its bytes were found to be",
            content(
                (FileBytes = "application/pdf"), (FileBytes = "image/png"), (FileBytes = "image/jpeg"),
                (FileBytes = "image/webp"),
                (FileBytes = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                (FileBytes = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                (FileBytes = "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
                (FileBytes = "application/vnd.oasis.opendocument.text"),
                (FileBytes = "application/vnd.oasis.opendocument.spreadsheet"),
                (FileBytes = "application/vnd.oasis.opendocument.presentation"),
                (FileBytes = "text/plain")
            ),
            headers(("Content-Disposition" = String, description = "attachment, with the document's file name"),
                    ("ETag" = String, description = "The SHA-256 of the bytes, quoted"))),
        (status = 410, response = Gone)
    ),
    security(("bearer" = []))
)]
#[get("/meetings/{id}/documents/{document_id}/content")]
pub async fn download(call: Call, path: web::Path<(Uuid, Uuid)>) -> ApiResult<HttpResponse> {
    let (meeting, id) = path.into_inner();
    let row = readable(&call, meeting, id).await?;
    let bytes = files::get(call.files(), &row.object_key)
        .await?
        .ok_or_else(|| ApiError::internal(format!("document {} has no file under {}", row.id, row.object_key)))?;
    Ok(HttpResponse::Ok()
        .content_type(row.media_type.as_str())
        .insert_header(attachment(DispositionType::Attachment, &row.file_name))
        .insert_header((header::ETAG, format!("\"{}\"", row.sha256)))
        .insert_header((header::CACHE_CONTROL, "private, no-cache"))
        .body(bytes))
}

/// Update a document
///
/// Its title and classification (never below its agenda item's). Coordinators and admins, and
/// the council's chair or secretary. Requires `If-Match`.
#[utoipa::path(
    operation_id = "updateDocument",
    tag = "meetings",
    request_body = DocumentPatch,
    params(("id" = Uuid, Path, description = "Meeting id"), ("document_id" = Uuid, Path, description = "Document id"), IfMatch),
    responses((status = 200, description = "Updated", body = Document), (status = 403, response = Forbidden), (status = 409, response = Conflict), (status = 410, response = Gone)),
    security(("bearer" = []))
)]
#[patch("/meetings/{id}/documents/{document_id}")]
pub async fn update(call: Call, path: web::Path<(Uuid, Uuid)>, body: Json<DocumentPatch>) -> ApiResult<HttpResponse> {
    let (meeting, id) = path.into_inner();
    let meeting = find::<meeting::Entity>(call.read(), meeting).await?;
    call.require_manager(meeting.council_id).await?;
    // Removed is removed, whatever version the caller last saw (it answers 410 to a read).
    model::check_present(&crate::kit::write::find::<Documents>(call.read(), meeting.id, id).await?)?;
    model::check_meeting_open(&meeting)?;
    call.update::<Documents>(meeting.id, id, body.0).await
}

/// Remove a document
///
/// Its file is deleted; its description stays (who removed it, when, in the audit log) and
/// answers 410 from then on. Coordinators and admins, and the council's chair or secretary.
/// Requires `If-Match`.
#[utoipa::path(
    operation_id = "removeDocument",
    tag = "meetings",
    params(("id" = Uuid, Path, description = "Meeting id"), ("document_id" = Uuid, Path, description = "Document id"), IfMatch),
    responses((status = 204, description = "Removed"), (status = 403, response = Forbidden), (status = 409, response = Conflict), (status = 410, response = Gone)),
    security(("bearer" = []))
)]
#[delete("/meetings/{id}/documents/{document_id}")]
pub async fn remove(call: Call, path: web::Path<(Uuid, Uuid)>) -> ApiResult<HttpResponse> {
    let (meeting, id) = path.into_inner();
    let meeting = find::<meeting::Entity>(call.read(), meeting).await?;
    call.require_manager(meeting.council_id).await?;
    model::check_present(&crate::kit::write::find::<Documents>(call.read(), meeting.id, id).await?)?;
    model::check_meeting_open(&meeting)?;
    let mut key = None;
    let actor = call.caller.actor();
    call.act::<Documents>(meeting.id, id, AuditAction::Delete, async |_, current| {
        key = Some(current.object_key.clone());
        model::removal(actor, current)
    })
    .await?;
    if let Some(key) = key {
        files::remove(call.files(), &key).await;
    }
    Ok(HttpResponse::NoContent().finish())
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(upload).service(get_one).service(download).service(update).service(remove);
}

#[cfg(test)]
mod tests {
    use crate::domain::document::ACCEPTED;

    #[test]
    fn the_download_documents_every_accepted_kind() {
        let doc = serde_json::to_value(crate::api::openapi()).unwrap();
        let op = &doc["paths"]["/api/v1/meetings/{id}/documents/{document_id}/content"]["get"];
        let mut documented: Vec<&str> =
            op["responses"]["200"]["content"].as_object().unwrap().keys().map(String::as_str).collect();
        let mut accepted: Vec<&str> = ACCEPTED.iter().map(|k| k.media_type.split(';').next().unwrap()).collect();
        documented.sort();
        accepted.sort();
        assert_eq!(documented, accepted);
    }
}
