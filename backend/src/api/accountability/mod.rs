//! Accountability: whether the contact routes' promises are kept. For staff, response and
//! closing times grouped by route, area, organisation or topic (JSON or CSV); for the public,
//! the same figures per organisation and topic per month, small counts suppressed.

use std::collections::BTreeMap;

use actix_web::{HttpRequest, HttpResponse, get, web};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::domain::accountability::{Figures, Timing, figures};
use crate::domain::inquiry::InquirySource;
use crate::domain::time::Day;
use crate::entities::{inquiry, topic};
use crate::error::{ApiError, ApiResult, ProblemCode};
use crate::kit::{Call, Named, Query, Refs, attachment, names, wants_csv};
use crate::state::AppState;

crate::domain_enum! {
    /// What the response-time report groups by.
    GroupBy (test group_by_round_trips) {
        Route => "route",
        Area => "area",
        Organization => "organization",
        Topic => "topic",
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ResponseTimeParams {
    /// Inquiries received on or after this day (default: a year before `to`).
    pub from: Option<Day>,
    /// Inquiries received on or before this day (default: today).
    pub to: Option<Day>,
    /// Default `organization`.
    pub group_by: Option<GroupBy>,
}

/// One group's figures.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResponseTimeRow {
    /// The route, area, organisation or topic; null for inquiries without one (not yet routed).
    pub group_id: Option<Uuid>,
    pub group_name: Option<String>,
    #[serde(flatten)]
    pub figures: Figures,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ResponseTimeReport {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub group_by: GroupBy,
    /// Every inquiry of the period together.
    pub total: Figures,
    /// Largest groups first.
    pub rows: Vec<ResponseTimeRow>,
}

/// The period a report covers: `from` and `to`; `to` is today (or `from`, if later) and `from`
/// a year before `to` when left out.
fn period(from: Option<Day>, to: Option<Day>) -> ApiResult<(NaiveDate, NaiveDate)> {
    let to = to.map(|d| *d).unwrap_or_else(|| crate::domain::time::today().max(from.map(|d| *d).unwrap_or_default()));
    let from =
        from.map(|d| *d).unwrap_or_else(|| to.with_year(to.year() - 1).unwrap_or(to) + chrono::Duration::days(1));
    if to < from {
        return Err(ApiError::bad_request(ProblemCode::InvalidQueryParameter, "to: before from."));
    }
    Ok((from, to))
}

/// The start of `d` and of the day after `to`, in UTC (Stockholm's days are close enough for a
/// report's bounds; the times themselves are exact).
fn bounds(from: NaiveDate, to: NaiveDate) -> (DateTime<Utc>, DateTime<Utc>) {
    let start = from.and_hms_opt(0, 0, 0).expect("midnight").and_utc();
    let end = (to + chrono::Duration::days(1)).and_hms_opt(0, 0, 0).expect("midnight").and_utc();
    (start, end)
}

type Row = (
    Uuid,
    Option<Uuid>,
    Option<Uuid>,
    Option<Uuid>,
    DateTime<Utc>,
    Option<DateTime<Utc>>,
    Option<DateTime<Utc>>,
    Option<DateTime<Utc>>,
);

/// The inquiries received in the period: topic, route, area, organisation and their times (one
/// query, only the columns the figures need).
async fn timings(db: &impl ConnectionTrait, from: NaiveDate, to: NaiveDate, public_only: bool) -> ApiResult<Vec<Row>> {
    let (start, end) = bounds(from, to);
    let mut select = inquiry::Entity::find()
        .filter(inquiry::Column::ReceivedAt.gte(start))
        .filter(inquiry::Column::ReceivedAt.lt(end));
    if public_only {
        select = select.filter(inquiry::Column::Source.is_in([InquirySource::Public, InquirySource::Open311]));
    }
    Ok(select
        .select_only()
        .columns([
            inquiry::Column::TopicId,
            inquiry::Column::RouteId,
            inquiry::Column::AreaId,
            inquiry::Column::OrganizationId,
            inquiry::Column::ReceivedAt,
            inquiry::Column::ExpectedAt,
            inquiry::Column::FirstResponseAt,
            inquiry::Column::ClosedAt,
        ])
        .into_tuple()
        .all(db)
        .await?)
}

fn timing(r: &Row) -> Timing {
    Timing { received_at: r.4, expected_at: r.5, first_response_at: r.6, closed_at: r.7 }
}

/// The response-time report
///
/// Coordinators and admins. Inquiries received in the period, grouped by `group_by`: how many,
/// the median and 90th percentile time to first response and to closing, and the share answered
/// within the route's target. JSON, or CSV with `Accept: text/csv`.
#[utoipa::path(
    operation_id = "getResponseTimeReport",
    tag = "reports",
    params(ResponseTimeParams),
    responses((status = 200, description = "The report", content(
        (ResponseTimeReport = "application/json"),
        (String = "text/csv")
    )), (status = 403, response = super::docs::Forbidden)),
    security(("bearer" = []))
)]
#[get("/reports/response-times")]
pub async fn response_times(call: Call, req: HttpRequest, q: Query<ResponseTimeParams>) -> ApiResult<HttpResponse> {
    call.require(crate::domain::role::EDITORS)?;
    let q = q.0;
    let (from, to) = period(q.from, q.to)?;
    let group_by = q.group_by.unwrap_or(GroupBy::Organization);
    let db = call.read();
    let rows = timings(db, from, to, false).await?;
    let key = |r: &Row| match group_by {
        GroupBy::Topic => Some(r.0),
        GroupBy::Route => r.1,
        GroupBy::Area => r.2,
        GroupBy::Organization => r.3,
    };
    let mut groups: BTreeMap<Option<Uuid>, Vec<Timing>> = BTreeMap::new();
    for r in &rows {
        groups.entry(key(r)).or_default().push(timing(r));
    }
    let kind = match group_by {
        GroupBy::Topic => Named::Topic,
        GroupBy::Route => Named::ContactRoute,
        GroupBy::Area => Named::Area,
        GroupBy::Organization => Named::Organization,
    };
    let names =
        names::resolve(db, &[Refs::new().all(kind, groups.keys().flatten().copied())]).await?.pop().unwrap_or_default();
    let now = crate::db::now();
    let all: Vec<Timing> = rows.iter().map(timing).collect();
    let mut out: Vec<ResponseTimeRow> = groups
        .into_iter()
        .map(|(id, ts)| ResponseTimeRow {
            group_id: id,
            group_name: id.and_then(|i| names.get(&i)).map(str::to_owned),
            figures: figures(&ts, now),
        })
        .collect();
    out.sort_by(|a, b| b.figures.count.cmp(&a.figures.count).then_with(|| a.group_name.cmp(&b.group_name)));
    let report = ResponseTimeReport { from, to, group_by, total: figures(&all, now), rows: out };
    if wants_csv(&req) {
        let name = format!("svarstider-{}-{from}-{to}.csv", group_by);
        return Ok(HttpResponse::Ok()
            .content_type("text/csv; charset=utf-8")
            .insert_header(attachment(actix_web::http::header::DispositionType::Attachment, &name))
            .body(csv(&report)?));
    }
    Ok(HttpResponse::Ok().json(report))
}

/// The report as CSV: `;`-separated, decimal commas, hours, UTF-8 with a byte-order mark.
fn csv(report: &ResponseTimeReport) -> ApiResult<Vec<u8>> {
    let mut w = csv::WriterBuilder::new().delimiter(b';').from_writer(b"\xEF\xBB\xBF".to_vec());
    let hours = |s: Option<i64>| s.map(|s| format!("{:.1}", s as f64 / 3600.0).replace('.', ",")).unwrap_or_default();
    let share = |s: Option<f64>| s.map(|s| format!("{:.0}", s * 100.0)).unwrap_or_default();
    w.write_record([
        "grupp",
        "antal",
        "besvarade",
        "median till första svar (h)",
        "90:e percentil till första svar (h)",
        "avslutade",
        "median till avslut (h)",
        "90:e percentil till avslut (h)",
        "inom målet (%)",
    ])
    .map_err(ApiError::internal)?;
    let total = ResponseTimeRow { group_id: None, group_name: Some("Totalt".into()), figures: report.total.clone() };
    for r in report.rows.iter().chain(std::iter::once(&total)) {
        let f = &r.figures;
        w.write_record([
            r.group_name.clone().unwrap_or_else(|| "(inte fördelat)".into()),
            f.count.to_string(),
            f.responded.to_string(),
            hours(f.median_first_response_seconds),
            hours(f.p90_first_response_seconds),
            f.closed.to_string(),
            hours(f.median_close_seconds),
            hours(f.p90_close_seconds),
            share(f.share_within_target),
        ])
        .map_err(ApiError::internal)?;
    }
    w.into_inner().map_err(ApiError::internal)
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AccountabilityParams {
    /// Months from this day's month (default: the twelve months up to `to`).
    pub from: Option<Day>,
    /// Up to this day (default: today).
    pub to: Option<Day>,
}

/// One organisation's figures on one topic in one month; `figures` is null when fewer
/// inquiries than the threshold came in (so no one can be singled out).
#[derive(Debug, Serialize, ToSchema)]
pub struct AccountabilityRow {
    /// `YYYY-MM`.
    pub month: String,
    pub organization_id: Option<Uuid>,
    pub organization_name: Option<String>,
    pub topic_id: Uuid,
    pub topic_name_sv: String,
    pub topic_name_en: String,
    pub suppressed: bool,
    pub figures: Option<Figures>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Accountability {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Groups with fewer inquiries than this show no figures.
    pub threshold: i64,
    pub rows: Vec<AccountabilityRow>,
}

/// Accountability (public)
///
/// No login. For residents' concerns (the public form and Open311) received in the period: per
/// month, organisation and topic, how many, how fast the first answer came and the share
/// answered within the promised time. Groups with fewer inquiries than the threshold are
/// suppressed.
#[utoipa::path(
    operation_id = "getPublicAccountability",
    tag = "public",
    params(AccountabilityParams),
    responses((status = 200, description = "The figures", body = Accountability)),
    security(())
)]
#[get("/public/accountability")]
pub async fn public(state: web::Data<AppState>, q: Query<AccountabilityParams>) -> ApiResult<HttpResponse> {
    let q = q.0;
    let (from, to) = period(q.from, q.to)?;
    let from = from.with_day(1).expect("the first");
    let db = &state.db.read;
    let rows = timings(db, from, to, true).await?;
    let mut groups: BTreeMap<(String, Option<Uuid>, Uuid), Vec<Timing>> = BTreeMap::new();
    for r in &rows {
        groups.entry((r.4.format("%Y-%m").to_string(), r.3, r.0)).or_default().push(timing(r));
    }
    let topics: std::collections::HashMap<Uuid, topic::Model> =
        topic::Entity::find().all(db).await?.into_iter().map(|t| (t.id, t)).collect();
    let names = names::resolve(db, &[Refs::new().all(Named::Organization, groups.keys().filter_map(|k| k.1))])
        .await?
        .pop()
        .unwrap_or_default();
    let threshold = state.config.accountability_threshold;
    let now = crate::db::now();
    let out = groups
        .into_iter()
        .map(|((month, org, topic_id), ts)| {
            let t = topics.get(&topic_id);
            let suppressed = (ts.len() as i64) < threshold;
            AccountabilityRow {
                month,
                organization_id: org,
                organization_name: org.and_then(|o| names.get(&o)).map(str::to_owned),
                topic_id,
                topic_name_sv: t.map(|t| t.name_sv.clone()).unwrap_or_default(),
                topic_name_en: t.map(|t| t.name_en.clone()).unwrap_or_default(),
                suppressed,
                figures: (!suppressed).then(|| figures(&ts, now)),
            }
        })
        .collect();
    Ok(HttpResponse::Ok().json(Accountability { from, to, threshold, rows: out }))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(response_times).service(public);
}
