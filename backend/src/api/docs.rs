//! What the handlers document besides their own types: the request headers of writes, and the
//! problem responses a handler itself decides on (403 from its access check, 409 from its
//! rules). The responses every operation has because of its shape (400, 401, 404, 413, 415,
//! 422, 412/428 for If-Match) are added to the document by `api::add_standard_errors`.

use serde::Deserialize;
use utoipa::openapi::{ContentBuilder, Ref, RefOr, Response, ResponseBuilder};
use utoipa::{IntoParams, ToResponse};

/// `Idempotency-Key` on a create (documented here; read by the kit's write path).
#[derive(Deserialize, IntoParams)]
#[allow(dead_code)]
#[into_params(parameter_in = Header)]
pub struct IdempotencyKey {
    /// Makes a retried request safe (1 to 255 visible ASCII characters): within 24 hours, the
    /// same key and body answer 201 with what the first request created, as it is now, and
    /// `Idempotent-Replayed: true`; the same key with another body is 409.
    #[serde(rename = "Idempotency-Key")]
    #[param(pattern = "^[!-~]{1,255}$")]
    pub idempotency_key: Option<String>,
}

/// `If-Match` on a change or removal (documented here; read by the kit's write path).
#[derive(Deserialize, IntoParams)]
#[allow(dead_code)]
#[into_params(parameter_in = Header)]
pub struct IfMatch {
    /// The ETag from the last read.
    #[serde(rename = "If-Match")]
    pub if_match: String,
}

fn problem(description: &str) -> RefOr<Response> {
    ResponseBuilder::new()
        .description(description)
        .content(
            "application/problem+json",
            ContentBuilder::new().schema(Some(Ref::from_schema_name("Problem"))).build(),
        )
        .build()
        .into()
}

/// 403: the handler checks the caller's role (or council role) before it does anything.
pub struct Forbidden;

impl<'s> ToResponse<'s> for Forbidden {
    fn response() -> (&'s str, RefOr<Response>) {
        ("Forbidden", problem("Forbidden: the caller's role (or role on the council) does not allow this"))
    }
}

/// 409: the change would break a rule that involves other resources, or duplicate one.
pub struct Conflict;

impl<'s> ToResponse<'s> for Conflict {
    fn response() -> (&'s str, RefOr<Response>) {
        ("Conflict", problem("Conflict: a duplicate, or a rule that involves other resources (see `code`)"))
    }
}

/// 410: the thing was there and has been removed (see `code`).
pub struct Gone;

impl<'s> ToResponse<'s> for Gone {
    fn response() -> (&'s str, RefOr<Response>) {
        ("Gone", problem("Gone: it was removed (`document_removed`)"))
    }
}

/// 413 for an upload: the file is larger than the server accepts.
pub struct FileTooLarge;

impl<'s> ToResponse<'s> for FileTooLarge {
    fn response() -> (&'s str, RefOr<Response>) {
        ("FileTooLarge", problem("The file is larger than the server accepts (`file_too_large`)"))
    }
}

/// 415 for an upload: the file's bytes are not of a kind accepted.
pub struct FileTypeNotAllowed;

impl<'s> ToResponse<'s> for FileTypeNotAllowed {
    fn response() -> (&'s str, RefOr<Response>) {
        ("FileTypeNotAllowed", problem("The file's content is not of a kind accepted (`file_type_not_allowed`)"))
    }
}
