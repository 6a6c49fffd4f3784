//! Optimistic concurrency: the `version` of a resource is its ETag, and writes must carry it in
//! `If-Match`.

use actix_web::HttpRequest;
use actix_web::http::header;

use crate::error::ApiError;

pub fn etag(version: i32) -> String {
    format!("\"{version}\"")
}

/// 200 with the resource and its version as `ETag`.
pub fn ok_with_etag(version: i32, body: &impl serde::Serialize) -> actix_web::HttpResponse {
    actix_web::HttpResponse::Ok().insert_header((header::ETAG, etag(version))).json(body)
}

/// Check `If-Match` against the current version: 428 when missing, 412 when it does not match.
pub fn check_if_match(req: &HttpRequest, current_version: i32) -> Result<(), ApiError> {
    check_if_match_tag(req, &etag(current_version))
}

/// Check `If-Match` against the current ETag `current` (quoted, as sent): 428 when missing, 412
/// when none of its tags is `current` or `*`.
pub fn check_if_match_tag(req: &HttpRequest, current: &str) -> Result<(), ApiError> {
    let value = req
        .headers()
        .get(header::IF_MATCH)
        .ok_or(ApiError::PreconditionRequired)?
        .to_str()
        .map_err(|_| ApiError::PreconditionFailed)?;
    let matches = value.split(',').map(str::trim).any(|tag| {
        let tag = tag.strip_prefix("W/").unwrap_or(tag);
        tag == "*" || tag == current
    });
    if matches { Ok(()) } else { Err(ApiError::PreconditionFailed) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    #[test]
    fn if_match_must_name_the_current_version() {
        let req = TestRequest::default().to_http_request();
        assert!(matches!(check_if_match(&req, 1), Err(ApiError::PreconditionRequired)));
        let req = TestRequest::default().insert_header((header::IF_MATCH, "\"2\"")).to_http_request();
        assert!(check_if_match(&req, 2).is_ok());
        assert!(matches!(check_if_match(&req, 3), Err(ApiError::PreconditionFailed)));
        let req = TestRequest::default().insert_header((header::IF_MATCH, "W/\"1\", \"3\"")).to_http_request();
        assert!(check_if_match(&req, 3).is_ok());
        let req = TestRequest::default().insert_header((header::IF_MATCH, "garbage")).to_http_request();
        assert!(matches!(check_if_match(&req, 1), Err(ApiError::PreconditionFailed)));
    }
}
