//! Calendar feeds (RFC 5545): a council's meetings for logged-in users, the same for public
//! councils to anyone (without descriptions), and a personal feed of the councils the caller
//! sits on today, reached through a revocable token in its address (calendar apps send no
//! login). Each shows the meetings from a year back to two years ahead; `ics` writes them.

mod ics;
mod types;

use actix_web::http::header::{self, DispositionType};
use actix_web::{HttpRequest, HttpResponse, delete, get, post, web};
use chrono::{DateTime, Months, Utc};
use sea_orm::TransactionTrait;
use serde_json::json;
use uuid::Uuid;

pub use types::{CalendarToken, CalendarTokenInfo, FeedToken};

use crate::audit::{self, AuditAction, EntityType};
use crate::domain::time::today;
use crate::entities::council;
use crate::error::{ApiError, ApiResult};
use crate::kit::{Call, attachment};
use crate::state::AppState;
use crate::store::{access, calendars, find as store_find};
use ics::{Audience, Feed};

/// The name of the personal feed in a calendar app.
const PERSONAL_FEED: &str = "Samverkan – mina råd";

/// The meetings a feed shows: those that start from a year before `now` to two years after.
pub fn window(now: DateTime<Utc>) -> (DateTime<Utc>, DateTime<Utc>) {
    let from = now.checked_sub_months(Months::new(12)).unwrap_or(now);
    let to = now.checked_add_months(Months::new(24)).unwrap_or(now);
    (from, to)
}

/// Where the web app is: the configured public address, else the one this request reached
/// (with the `Forwarded` / `X-Forwarded-*` headers believed only from a trusted proxy).
fn base_url(state: &AppState, req: &HttpRequest) -> String {
    if let Some(url) = &state.config.public_url {
        return url.trim_end_matches('/').to_owned();
    }
    let behind_proxy =
        req.peer_addr().is_some_and(|peer| state.config.trusted_proxies.iter().any(|net| net.contains(&peer.ip())));
    let (scheme, host) = if behind_proxy {
        let info = req.connection_info();
        (info.scheme().to_owned(), info.host().to_owned())
    } else {
        let scheme = if req.app_config().secure() { "https" } else { "http" };
        let host = req.headers().get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or_default();
        (scheme.to_owned(), host.to_owned())
    };
    let plausible = !host.is_empty()
        && host.len() <= 255
        && host.bytes().all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b));
    let host = if plausible { host } else { req.app_config().host().to_owned() };
    format!("{scheme}://{host}")
}

/// 200 with the calendar.
fn respond(feed: &Feed, file_name: &str, cache: &'static str) -> ApiResult<HttpResponse> {
    let body = ics::render(feed).map_err(ApiError::internal)?;
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header(attachment(DispositionType::Inline, &format!("{file_name}.ics")))
        .insert_header((header::CACHE_CONTROL, cache))
        .body(body))
}

/// A council's calendar
///
/// The council's meetings from a year back to two years ahead, as an RFC 5545 calendar in
/// Europe/Stockholm time: stable UIDs (`{meeting id}@samverkan`), `SEQUENCE` raised by every
/// change, cancelled meetings as `STATUS:CANCELLED`, and a link to each meeting's page. Any
/// logged-in user.
#[utoipa::path(
    operation_id = "getCouncilCalendar",
    tag = "calendars",
    params(("id" = Uuid, Path, description = "Council id")),
    responses((status = 200, description = "The council's calendar", content_type = "text/calendar", body = String,
        headers(("Content-Disposition" = String, description = "inline, with the council's name as the file name")))),
    security(("bearer" = []))
)]
#[get("/councils/{id}/calendar.ics")]
pub async fn council_calendar(
    call: Call,
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let c = store_find::<council::Entity>(call.read(), id.into_inner()).await?;
    let (from, to) = window(Utc::now());
    let meetings = calendars::meetings_of(call.read(), &[c.id], from, to).await?;
    let base = base_url(&state, &req);
    let feed = Feed { name: &c.name, base_url: &base, audience: Audience::Members, meetings: &meetings };
    respond(&feed, &c.name, "private, no-cache")
}

/// A public council's calendar
///
/// As the council's calendar, for anyone, of a public council only (404 for any other): each
/// meeting's title, time, place and status, never its description.
#[utoipa::path(
    operation_id = "getPublicCouncilCalendar",
    tag = "calendars",
    params(("id" = Uuid, Path, description = "Council id")),
    responses((status = 200, description = "The council's public calendar", content_type = "text/calendar", body = String,
        headers(("Content-Disposition" = String, description = "inline, with the council's name as the file name")))),
    security(())
)]
#[get("/public/councils/{id}/calendar.ics")]
pub async fn public_council_calendar(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let db = &state.db.read;
    let c = store_find::<council::Entity>(db, id.into_inner()).await?;
    if !c.is_public {
        return Err(ApiError::NotFound);
    }
    let (from, to) = window(Utc::now());
    let meetings = calendars::meetings_of(db, &[c.id], from, to).await?;
    let base = base_url(&state, &req);
    let feed = Feed { name: &c.name, base_url: &base, audience: Audience::Public, meetings: &meetings };
    respond(&feed, &c.name, "public, max-age=300")
}

/// Create a personal calendar feed
///
/// A new address for the caller's personal feed (the meetings of every council they sit on,
/// read when the feed is fetched), replacing any earlier one, which stops working at once. The
/// token is shown only now; a calendar app needs no login to read the address.
#[utoipa::path(
    operation_id = "createCalendarToken",
    tag = "calendars",
    responses((status = 201, description = "The new feed address", body = CalendarToken)),
    security(("bearer" = []))
)]
#[post("/me/calendar-token")]
pub async fn create_token(call: Call, state: web::Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let user = call.caller.user_id;
    let txn = call.db().write.begin().await?;
    let (token, id, before) = calendars::issue(&txn, user).await?;
    let changes = json!({"before": {"calendar_token": before}, "after": {"calendar_token": id}});
    audit::record(&txn, call.caller.actor(), AuditAction::Update, EntityType::User, Some(user), changes).await?;
    txn.commit().await?;
    let url = format!("{}/api/v1/calendar/{token}.ics", base_url(&state, &req));
    Ok(HttpResponse::Created().insert_header((header::CACHE_CONTROL, "no-store")).json(CalendarToken { url, token }))
}

/// Whether the caller has a personal calendar feed
///
/// Since when, if there is one (404 `not_found` when there is none). The address itself is
/// shown only once, when it is made.
#[utoipa::path(
    operation_id = "getCalendarToken",
    tag = "calendars",
    responses(
        (status = 200, description = "The caller has a feed", body = CalendarTokenInfo),
        (status = 404, description = "The caller has no feed", body = crate::error::Problem, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
#[get("/me/calendar-token")]
pub async fn get_token(call: Call) -> ApiResult<HttpResponse> {
    let created_at = calendars::issued_at(call.read(), call.caller.user_id).await?.ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok().insert_header((header::CACHE_CONTROL, "no-store")).json(CalendarTokenInfo { created_at }))
}

/// Revoke the personal calendar feed
///
/// The caller's feed address stops working. Revoking when there is none is not an error.
#[utoipa::path(
    operation_id = "revokeCalendarToken",
    tag = "calendars",
    responses((status = 204, description = "Revoked")),
    security(("bearer" = []))
)]
#[delete("/me/calendar-token")]
pub async fn revoke_token(call: Call) -> ApiResult<HttpResponse> {
    let user = call.caller.user_id;
    let txn = call.db().write.begin().await?;
    if let Some(id) = calendars::revoke(&txn, user).await? {
        let changes = json!({"before": {"calendar_token": id}, "after": {"calendar_token": null}});
        audit::record(&txn, call.caller.actor(), AuditAction::Update, EntityType::User, Some(user), changes).await?;
    }
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}

/// A personal calendar feed
///
/// The meetings of every council the token's owner sits on today, from a year back to two
/// years ahead. The token in the address is the credential (no `Authorization`); a revoked or
/// replaced token is 404. A login that is no person (an administrator, say) has an empty feed.
#[utoipa::path(
    operation_id = "getPersonalCalendar",
    tag = "calendars",
    params(FeedToken),
    responses((status = 200, description = "The personal calendar", content_type = "text/calendar", body = String,
        headers(("Content-Disposition" = String, description = "inline; filename=\"samverkan.ics\"")))),
    security(())
)]
#[get("/calendar/{token}.ics")]
pub async fn personal_calendar(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<FeedToken>,
) -> ApiResult<HttpResponse> {
    let db = &state.db.read;
    let user = calendars::user_of(db, &path.token).await?.ok_or(ApiError::NotFound)?;
    let seats = access::seats_of(db, user, today()).await?;
    let mut councils: Vec<Uuid> = seats.councils().collect();
    councils.sort();
    councils.dedup();
    let (from, to) = window(Utc::now());
    let meetings = calendars::meetings_of(db, &councils, from, to).await?;
    let base = base_url(&state, &req);
    let feed = Feed { name: PERSONAL_FEED, base_url: &base, audience: Audience::Members, meetings: &meetings };
    respond(&feed, "samverkan", "private, no-cache")
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(council_calendar)
        .service(public_council_calendar)
        .service(get_token)
        .service(create_token)
        .service(revoke_token)
        .service(personal_calendar);
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn a_feed_shows_a_year_back_and_two_years_ahead() {
        let now = Utc.with_ymd_and_hms(2028, 2, 29, 12, 0, 0).unwrap();
        let (from, to) = window(now);
        assert_eq!(from, Utc.with_ymd_and_hms(2027, 2, 28, 12, 0, 0).unwrap());
        assert_eq!(to, Utc.with_ymd_and_hms(2030, 2, 28, 12, 0, 0).unwrap());
    }
}
