//! The yearly follow-up (the law's and the consultation's "see whether the actions taken led to
//! more safety and less crime"): for an area and a year, how each indicator moved against
//! earlier periods and the targets set, the initiatives active there with their progress, the
//! year's citizen promises kept or not, and the situation pictures of the period.

mod report;
mod types;

use actix_web::{HttpRequest, HttpResponse, get};

pub use types::{FollowUpParams, FollowUpReport};

use crate::error::ApiResult;
use crate::kit::{Call, Query, attachment, wants_csv};

/// The follow-up report
///
/// Anyone logged in. JSON, or CSV with `Accept: text/csv` (`;`-separated, decimal commas, UTF-8
/// with a byte-order mark, as Swedish spreadsheets open it). 404 for an area that does not exist.
#[utoipa::path(
    operation_id = "getFollowUpReport",
    tag = "follow-up",
    params(FollowUpParams),
    responses((status = 200, description = "The report", content(
        (FollowUpReport = "application/json"),
        (String = "text/csv")
    ))),
    security(("bearer" = []))
)]
#[get("/reports/follow-up")]
pub async fn follow_up(call: Call, req: HttpRequest, q: Query<FollowUpParams>) -> ApiResult<HttpResponse> {
    let report = report::build(call.read(), q.0.area_id, q.0.year).await?;
    if wants_csv(&req) {
        let name = format!("uppfoljning-{}-{}.csv", crate::reference::slug(&report.area_name), report.year);
        return Ok(HttpResponse::Ok()
            .content_type("text/csv; charset=utf-8")
            .insert_header(attachment(actix_web::http::header::DispositionType::Attachment, &name))
            .body(report::csv(&report)?));
    }
    Ok(HttpResponse::Ok().json(report))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(follow_up);
}
