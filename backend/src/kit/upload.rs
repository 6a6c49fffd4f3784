//! What the API takes as a file (a document, an import): the raw request body, held to a size.

use actix_web::http::StatusCode;
use actix_web::web;
use futures_util::StreamExt;

use crate::error::{ApiError, ApiResult, ProblemCode};

/// The request body, up to `max` bytes: 413 beyond ("`what` is at most … MB"), 400 when empty.
pub async fn read_file(mut body: web::Payload, max: usize, what: &str) -> ApiResult<bytes::Bytes> {
    let mut buf = bytes::BytesMut::new();
    while let Some(chunk) = body.next().await {
        let chunk = chunk.map_err(|e| ApiError::bad_request(ProblemCode::EmptyFile, e.to_string()))?;
        if buf.len() + chunk.len() > max {
            return Err(ApiError::refused_file(
                StatusCode::PAYLOAD_TOO_LARGE,
                ProblemCode::FileTooLarge,
                format!("{what} is at most {} MB.", max / (1024 * 1024)),
            ));
        }
        buf.extend_from_slice(&chunk);
    }
    if buf.is_empty() {
        return Err(ApiError::bad_request(ProblemCode::EmptyFile, "The request body is the file; it was empty."));
    }
    Ok(buf.freeze())
}
