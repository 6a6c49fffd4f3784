//! RFC 9457 problem details: the one error type every handler returns.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, ResponseError};
use sea_orm::{DbErr, SqlErr, TransactionError};
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain_enum;

pub use crate::domain::validation::{FieldCode, FieldError};

domain_enum! {
    /// What went wrong, as a stable word; the web app shows a text in the user's language for each.
    ProblemCode (test problem_code_round_trips) {
        /// The body is not valid JSON.
        MalformedJson => "malformed_json",
        /// An id in the path is not a UUID.
        InvalidPathParameter => "invalid_path_parameter",
        /// A query parameter has the wrong form or is out of range.
        InvalidQueryParameter => "invalid_query_parameter",
        /// The query names a parameter this operation does not take.
        UnknownQueryParameter => "unknown_query_parameter",
        InvalidLimit => "invalid_limit",
        /// The cursor is not one this list issued.
        InvalidCursor => "invalid_cursor",
        InvalidIdempotencyKey => "invalid_idempotency_key",
        Unauthenticated => "unauthenticated",
        Forbidden => "forbidden",
        NotFound => "not_found",
        MethodNotAllowed => "method_not_allowed",
        /// A resource with these values exists already.
        Duplicate => "duplicate",
        /// The resource is referenced by, or refers to, another.
        Referenced => "referenced",
        /// Other resources sit under this one.
        HasChildren => "has_children",
        /// People have held this seat: its terms are history.
        HasHistory => "has_history",
        /// More people hold the seat than the new maximum.
        OverCapacity => "over_capacity",
        /// The seat has no room for another holder in this period.
        SeatFull => "seat_full",
        /// The person already holds this seat in this period.
        AlreadyHoldsSeat => "already_holds_seat",
        /// The person's data was erased.
        Erased => "erased",
        /// Another meeting of the council takes (part of) this time.
        MeetingOverlaps => "meeting_overlaps",
        /// The meeting was cancelled: it is history.
        MeetingCancelled => "meeting_cancelled",
        /// The meeting's minutes are adjusted: it is locked.
        MeetingLocked => "meeting_locked",
        /// The meeting has been held; it can no longer be cancelled.
        NotCancellable => "not_cancellable",
        /// The council is dissolved; it holds no more meetings.
        CouncilNotMeeting => "council_not_meeting",
        /// The council has no cadence to generate meetings from.
        NoCadence => "no_cadence",
        /// The agenda is published: its points keep their numbers.
        AgendaPublished => "agenda_published",
        /// The situation picture is adopted and locked: revise it (a new version) instead.
        SituationAdopted => "situation_adopted",
        /// Only an adopted situation picture is revised.
        SituationNotAdopted => "situation_not_adopted",
        /// This version has been revised already: revise the newest.
        AlreadyRevised => "already_revised",
        /// The agenda holds as many points as it may.
        AgendaFull => "agenda_full",
        /// The inquiry is no longer open.
        InquiryClosed => "inquiry_closed",
        /// No council covers the inquiry's area, or none of them has a coming meeting.
        NoCouncilMeeting => "no_council_meeting",
        /// The inquiry is on an agenda already.
        AlreadyProposed => "already_proposed",
        /// The minutes are with the adjusters.
        MinutesSubmitted => "minutes_submitted",
        /// The minutes are adjusted and locked: append a correction.
        MinutesLocked => "minutes_locked",
        /// The minutes are not with the adjusters now.
        MinutesNotSubmitted => "minutes_not_submitted",
        /// Corrections are for adjusted minutes.
        MinutesNotAdjusted => "minutes_not_adjusted",
        /// The adjuster has approved this revision already.
        AlreadyApproved => "already_approved",
        /// The minutes have no adjusters yet.
        NoAdjusters => "no_adjusters",
        /// The paragraph was adjusted at once and is locked.
        ParagraphAdjusted => "paragraph_adjusted",
        /// The paragraph has no text to adjust.
        ParagraphEmpty => "paragraph_empty",
        /// The document was removed; its file is gone.
        DocumentRemoved => "document_removed",
        /// The file is not of a kind a meeting's documents may be (judged by its bytes).
        FileTypeNotAllowed => "file_type_not_allowed",
        /// The file is larger than the server accepts.
        FileTooLarge => "file_too_large",
        /// The request carried no file.
        EmptyFile => "empty_file",
        IdempotencyKeyReused => "idempotency_key_reused",
        IdempotencyKeyInUse => "idempotency_key_in_use",
        IdempotencyKeyResourceGone => "idempotency_key_resource_gone",
        /// The If-Match version is not the current one.
        VersionMismatch => "version_mismatch",
        IfMatchRequired => "if_match_required",
        UnsupportedMediaType => "unsupported_media_type",
        PayloadTooLarge => "payload_too_large",
        /// One or more fields are invalid: see `errors`.
        ValidationFailed => "validation_failed",
        TooManyRequests => "too_many_requests",
        /// The database does not answer.
        NotReady => "not_ready",
        InternalError => "internal_error",
    }
}

/// An RFC 9457 problem details document (`application/problem+json`).
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// A URI reference identifying the problem type.
    #[serde(rename = "type")]
    pub type_: String,
    pub title: String,
    pub status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Stable machine-readable code.
    pub code: ProblemCode,
    /// The request id (also in the `X-Request-Id` header).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Per-field errors: what is invalid (422), or which fields the caller may not change (403).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<FieldError>>,
}

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("bad request: {detail}")]
    BadRequest { code: ProblemCode, detail: String },
    #[error("unauthenticated: {0}")]
    Unauthorized(String),
    #[error("forbidden")]
    Forbidden,
    /// The caller may make this change, but not to these fields (403 naming them).
    #[error("forbidden fields")]
    ForbiddenFields(Vec<FieldError>),
    #[error("not found")]
    NotFound,
    #[error("method not allowed")]
    MethodNotAllowed { allow: Vec<String> },
    #[error("conflict: {detail}")]
    Conflict { code: ProblemCode, detail: String },
    /// Another 4xx with its own code: 410 for something removed, 413 and 415 for a file.
    #[error("{status}: {detail}")]
    Refused { status: StatusCode, code: ProblemCode, detail: String },
    #[error("precondition failed")]
    PreconditionFailed,
    #[error("precondition required")]
    PreconditionRequired,
    #[error("unsupported media type")]
    UnsupportedMediaType,
    #[error("payload too large")]
    PayloadTooLarge,
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    #[error("too many requests")]
    TooManyRequests { retry_after_secs: u64 },
    #[error("service unavailable")]
    Unavailable,
    #[error("internal error: {0}")]
    Internal(String),
}

impl ApiError {
    pub fn bad_request(code: ProblemCode, detail: impl Into<String>) -> Self {
        ApiError::BadRequest { code, detail: detail.into() }
    }
    pub fn conflict(code: ProblemCode, detail: impl Into<String>) -> Self {
        ApiError::Conflict { code, detail: detail.into() }
    }
    /// 410: `code` says what was removed.
    pub fn gone(code: ProblemCode, detail: impl Into<String>) -> Self {
        ApiError::Refused { status: StatusCode::GONE, code, detail: detail.into() }
    }
    /// 413 or 415 for a file that is too large or of a kind not accepted.
    pub fn refused_file(status: StatusCode, code: ProblemCode, detail: impl Into<String>) -> Self {
        ApiError::Refused { status, code, detail: detail.into() }
    }
    pub fn field(field: impl Into<String>, code: FieldCode, message: impl Into<String>) -> Self {
        ApiError::Validation(vec![FieldError::new(field, code, message)])
    }
    pub fn internal(e: impl std::fmt::Display) -> Self {
        ApiError::Internal(e.to_string())
    }

    pub fn code(&self) -> ProblemCode {
        use ProblemCode as C;
        match self {
            ApiError::BadRequest { code, .. } | ApiError::Conflict { code, .. } | ApiError::Refused { code, .. } => {
                *code
            }
            ApiError::Unauthorized(_) => C::Unauthenticated,
            ApiError::Forbidden | ApiError::ForbiddenFields(_) => C::Forbidden,
            ApiError::NotFound => C::NotFound,
            ApiError::MethodNotAllowed { .. } => C::MethodNotAllowed,
            ApiError::PreconditionFailed => C::VersionMismatch,
            ApiError::PreconditionRequired => C::IfMatchRequired,
            ApiError::UnsupportedMediaType => C::UnsupportedMediaType,
            ApiError::PayloadTooLarge => C::PayloadTooLarge,
            ApiError::Validation(_) => C::ValidationFailed,
            ApiError::TooManyRequests { .. } => C::TooManyRequests,
            ApiError::Unavailable => C::NotReady,
            ApiError::Internal(_) => C::InternalError,
        }
    }

    fn title(&self) -> &'static str {
        match self {
            ApiError::BadRequest { .. } => "Bad request",
            ApiError::Unauthorized(_) => "Authentication required",
            ApiError::Forbidden | ApiError::ForbiddenFields(_) => "Forbidden",
            ApiError::NotFound => "Not found",
            ApiError::MethodNotAllowed { .. } => "Method not allowed",
            ApiError::Conflict { .. } => "Conflict",
            ApiError::Refused { status, .. } => status.canonical_reason().unwrap_or("Refused"),
            ApiError::PreconditionFailed => "Precondition failed",
            ApiError::PreconditionRequired => "Precondition required",
            ApiError::UnsupportedMediaType => "Unsupported media type",
            ApiError::PayloadTooLarge => "Payload too large",
            ApiError::Validation(_) => "Validation failed",
            ApiError::TooManyRequests { .. } => "Too many requests",
            ApiError::Unavailable => "Service unavailable",
            ApiError::Internal(_) => "Internal server error",
        }
    }

    fn detail(&self) -> Option<String> {
        Some(match self {
            ApiError::BadRequest { detail, .. }
            | ApiError::Conflict { detail, .. }
            | ApiError::Refused { detail, .. } => detail.clone(),
            ApiError::Unauthorized(d) => d.clone(),
            ApiError::Forbidden => "Your role does not allow this operation.".into(),
            ApiError::ForbiddenFields(_) => {
                "Only coordinators and admins may change the fields named in `errors`.".into()
            }
            ApiError::NotFound => "The requested resource does not exist.".into(),
            ApiError::MethodNotAllowed { allow } => {
                format!("This resource supports: {}.", allow.join(", "))
            }
            ApiError::PreconditionFailed => {
                "The resource has changed since you read it: fetch it again and retry with its current ETag.".into()
            }
            ApiError::PreconditionRequired => {
                "This request must carry an If-Match header with the resource's current ETag.".into()
            }
            ApiError::UnsupportedMediaType => "The request body must be application/json.".into(),
            ApiError::PayloadTooLarge => "The request body is too large.".into(),
            ApiError::Validation(_) => "One or more fields are invalid.".into(),
            ApiError::TooManyRequests { retry_after_secs } => {
                format!("Too many attempts; try again in {retry_after_secs} seconds.")
            }
            ApiError::Unavailable => "The database does not answer; try again shortly.".into(),
            ApiError::Internal(_) => "An unexpected error occurred; it has been logged.".into(),
        })
    }

    /// The problem document for this error, tagged with a request id.
    pub fn to_problem(&self, request_id: Option<String>) -> Problem {
        let code = self.code();
        Problem {
            type_: format!("urn:samverkan:problem:{code}"),
            title: self.title().into(),
            status: self.status_code().as_u16(),
            detail: self.detail(),
            code,
            request_id,
            errors: match self {
                ApiError::Validation(errors) | ApiError::ForbiddenFields(errors) => Some(errors.clone()),
                _ => None,
            },
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            ApiError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden | ApiError::ForbiddenFields(_) => StatusCode::FORBIDDEN,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::Conflict { .. } => StatusCode::CONFLICT,
            ApiError::Refused { status, .. } => *status,
            ApiError::PreconditionFailed => StatusCode::PRECONDITION_FAILED,
            ApiError::PreconditionRequired => StatusCode::PRECONDITION_REQUIRED,
            ApiError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let ApiError::Internal(msg) = self {
            tracing::error!(error = %msg, "internal error");
        }
        let mut res = HttpResponse::build(self.status_code());
        res.content_type("application/problem+json");
        match self {
            ApiError::MethodNotAllowed { allow } => {
                res.insert_header((header::ALLOW, allow.join(", ")));
            }
            ApiError::TooManyRequests { retry_after_secs } => {
                res.insert_header((header::RETRY_AFTER, retry_after_secs.to_string()));
            }
            ApiError::Unauthorized(_) => {
                res.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
            }
            _ => {}
        }
        res.json(self.to_problem(crate::request_id::current()))
    }
}

impl From<DbErr> for ApiError {
    fn from(e: DbErr) -> Self {
        match e.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => {
                ApiError::conflict(ProblemCode::Duplicate, "A resource with these values already exists.")
            }
            Some(SqlErr::ForeignKeyConstraintViolation(_)) => ApiError::conflict(
                ProblemCode::Referenced,
                "The resource is referenced by, or refers to, another resource.",
            ),
            _ => ApiError::Internal(e.to_string()),
        }
    }
}

impl<E: Into<ApiError> + std::error::Error> From<TransactionError<E>> for ApiError {
    fn from(e: TransactionError<E>) -> Self {
        match e {
            TransactionError::Connection(db) => db.into(),
            TransactionError::Transaction(inner) => inner.into(),
        }
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

impl From<Vec<FieldError>> for ApiError {
    fn from(errors: Vec<FieldError>) -> Self {
        ApiError::Validation(errors)
    }
}

impl From<FieldError> for ApiError {
    fn from(e: FieldError) -> Self {
        ApiError::Validation(vec![e])
    }
}
