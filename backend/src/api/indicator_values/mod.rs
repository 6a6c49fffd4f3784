//! Indicator values: an indicator's value for an area, a period (year, half-year, quarter or
//! month) and optionally a group. One by one, or many at once from a CSV file (all or none).

mod model;
mod types;

use actix_web::http::header::CONTENT_TYPE;
use actix_web::{HttpRequest, HttpResponse, delete, get, patch, post, web};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryTrait, TransactionTrait};
use uuid::Uuid;

pub use model::IndicatorValues;
pub use types::{CsvFile, ImportParams, IndicatorValue, IndicatorValueFilters, IndicatorValuePatch, NewIndicatorValue};

use super::docs::{Conflict, FileTooLarge, Forbidden, IdempotencyKey, IfMatch};
use crate::domain::indicator_import;
use crate::domain::role::{Action, EDITORS};
use crate::entities::indicator_value::{Column, Entity};
use actix_web::http::StatusCode;

use crate::error::{ApiError, ApiResult, ProblemCode};
use crate::kit::{Call, Json, Keyset, ListQuery, Page, PageParams, Query, read_file};
use crate::store::indicator_values::{self as store, ImportSummary};

const IN_ORDER_MADE: Keyset<Column> = Keyset::by_id(Column::Id);

/// The largest import file.
const MAX_IMPORT_BYTES: usize = 8 * 1024 * 1024;

/// List indicator values
///
/// In the order they were written; filter by indicator, area and years.
#[utoipa::path(
    operation_id = "listIndicatorValues",
    tag = "follow-up",
    params(IndicatorValueFilters, PageParams),
    responses((status = 200, description = "A page of values", body = Page<IndicatorValue>)),
    security(("bearer" = []))
)]
#[get("/indicator-values")]
pub async fn list(call: Call, q: ListQuery<IndicatorValueFilters>) -> ApiResult<HttpResponse> {
    let f = q.filters;
    let first_day = |y: i32| chrono::NaiveDate::from_ymd_opt(y, 1, 1);
    let last_day = |y: i32| chrono::NaiveDate::from_ymd_opt(y, 12, 31);
    let select = Entity::find()
        .apply_if(f.indicator_id, |s, v| s.filter(Column::IndicatorId.eq(v)))
        .apply_if(f.area_id, |s, v| s.filter(Column::AreaId.eq(v)))
        .apply_if(f.from_year.and_then(first_day), |s, d| s.filter(Column::PeriodStart.gte(d)))
        .apply_if(f.to_year.and_then(last_day), |s, d| s.filter(Column::PeriodEnd.lte(d)));
    let actions = call.caller.may(EDITORS, &[Action::Create]);
    call.list::<IndicatorValues>(select, &IN_ORDER_MADE, &q.page, actions).await
}

/// Get an indicator value
#[utoipa::path(
    operation_id = "getIndicatorValue",
    tag = "follow-up",
    params(("id" = Uuid, Path, description = "Indicator value id")),
    responses((status = 200, description = "The value", body = IndicatorValue)),
    security(("bearer" = []))
)]
#[get("/indicator-values/{id:[0-9a-fA-F-]+}")]
pub async fn get_one(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.get::<IndicatorValues>((), id.into_inner()).await
}

/// Create an indicator value
///
/// Admins and coordinators. One value per indicator × area × period × group (409 `duplicate`).
#[utoipa::path(
    operation_id = "createIndicatorValue",
    tag = "follow-up",
    request_body = NewIndicatorValue,
    params(IdempotencyKey),
    responses((status = 201, description = "Created", body = IndicatorValue), (status = 403, response = Forbidden), (status = 409, response = Conflict)),
    security(("bearer" = []))
)]
#[post("/indicator-values")]
pub async fn create(call: Call, body: Json<NewIndicatorValue>) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    call.create::<IndicatorValues>((), body.0).await
}

/// Update an indicator value
///
/// Admins and coordinators. Requires `If-Match`.
#[utoipa::path(
    operation_id = "updateIndicatorValue",
    tag = "follow-up",
    request_body = IndicatorValuePatch,
    params(("id" = Uuid, Path, description = "Indicator value id"), IfMatch),
    responses((status = 200, description = "Updated", body = IndicatorValue), (status = 403, response = Forbidden)),
    security(("bearer" = []))
)]
#[patch("/indicator-values/{id:[0-9a-fA-F-]+}")]
pub async fn update(call: Call, id: web::Path<Uuid>, body: Json<IndicatorValuePatch>) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    call.update::<IndicatorValues>((), id.into_inner(), body.0).await
}

/// Delete an indicator value
///
/// Admins and coordinators. Requires `If-Match`.
#[utoipa::path(
    operation_id = "deleteIndicatorValue",
    tag = "follow-up",
    params(("id" = Uuid, Path, description = "Indicator value id"), IfMatch),
    responses((status = 204, description = "Deleted"), (status = 403, response = Forbidden)),
    security(("bearer" = []))
)]
#[delete("/indicator-values/{id:[0-9a-fA-F-]+}")]
pub async fn remove(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    call.delete::<IndicatorValues>((), id.into_inner()).await
}

/// Import indicator values from a CSV file
///
/// Admins and coordinators. The body is the file (`text/csv`, UTF-8, at most 8 MB and 50,000
/// rows): a header row naming `indicator_code, area_id, period, value` and optionally `group, n,
/// note`, separated by `,` or `;`, with decimal commas or points. Every row is checked; one bad
/// cell and nothing is written: 422 with each bad cell named `row[N].column` (the header is row
/// 1). A value already there for the same indicator, area, period and group is replaced, so an
/// import can be repeated. `dry_run=true` checks the file and says what would be written.
#[utoipa::path(
    operation_id = "importIndicatorValues",
    tag = "follow-up",
    request_body(content = CsvFile, content_type = "text/csv", description = "The CSV file"),
    params(ImportParams),
    responses(
        (status = 200, description = "What was written (or, on a dry run, would be)", body = ImportSummary),
        (status = 403, response = Forbidden),
        (status = 413, response = FileTooLarge)
    ),
    security(("bearer" = []))
)]
#[post("/indicator-values/import")]
pub async fn import(
    call: Call,
    req: HttpRequest,
    q: Query<ImportParams>,
    body: web::Payload,
) -> ApiResult<HttpResponse> {
    call.require(EDITORS)?;
    let csv = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(';').next().is_some_and(|t| t.trim().eq_ignore_ascii_case("text/csv")));
    if !csv {
        return Err(ApiError::refused_file(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ProblemCode::UnsupportedMediaType,
            "The body must be a CSV file (Content-Type: text/csv).",
        ));
    }
    let bytes = read_file(body, MAX_IMPORT_BYTES, "An import file").await?;
    // Cells that cannot be read and rows the database does not know are named in one answer.
    let (rows, errors) = indicator_import::parse(&bytes).map_err(ApiError::Validation)?;
    let txn = call.db().write.begin().await?;
    let summary = store::import(&txn, rows, errors, q.0.dry_run).await?;
    if !q.0.dry_run {
        crate::audit::record(
            &txn,
            call.caller.actor(),
            crate::audit::AuditAction::Import,
            crate::audit::EntityType::IndicatorValue,
            None,
            serde_json::json!({ "after": { "import": &summary } }),
        )
        .await?;
        txn.commit().await?;
    }
    Ok(HttpResponse::Ok().json(summary))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    // An id is hexadecimal digits and dashes, so `import` is never read as one: another method
    // on the import's path is 405.
    cfg.service(import).service(list).service(create).service(get_one).service(update).service(remove);
}
