//! Log in, refresh, log out, and who am I.

use actix_web::cookie::{Cookie, SameSite, time};
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::{DateTime, Utc};
use sea_orm::{EntityTrait, TransactionTrait};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::audit::{self, AuditAction, EntityType};
use crate::auth::address::client_address;
use crate::auth::{ACCESS_TOKEN_TTL_SECS, issue_access_token, password, refresh, throttle};
use crate::domain::role::Role;
use crate::domain::text::{Name, Secret};
use crate::entities::user::Entity as User;
use crate::error::{ApiError, ApiResult, FieldCode};
use crate::kit::concurrency::ok_with_etag;
use crate::kit::{Caller, Json, OptionalJson};
use crate::state::AppState;
use crate::users::{find_by_email, normalize_email};

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    #[schema(example = "coordinator@samverkan.test")]
    pub email: Name<254>,
    pub password: Secret<1024>,
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefreshRequest {
    /// The refresh token; when absent the HttpOnly cookie is used.
    #[serde(default)]
    #[schema(max_length = 200)] // REFRESH_TOKEN_MAX
    pub refresh_token: Option<String>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct TokenResponse {
    /// An EdDSA-signed JWT; send it as `Authorization: Bearer …`.
    pub access_token: String,
    #[schema(example = "Bearer")]
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    /// Single use: exchange it at `/api/v1/auth/refresh` for a new pair.
    pub refresh_token: String,
}

/// The logged-in user.
#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// The person this login is, if any: their seats decide what they run and read, and the
    /// attendance, adjusting and tasks that are theirs are the ones naming this person.
    pub person_id: Option<Uuid>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

fn cookie(state: &AppState, value: &str, max_age: time::Duration) -> Cookie<'static> {
    Cookie::build(refresh::COOKIE, value.to_owned())
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(state.config.secure_cookies)
        .path("/api/v1/auth")
        .max_age(max_age)
        .finish()
}

fn token_response(state: &AppState, access: String, refresh_token: String) -> HttpResponse {
    HttpResponse::Ok()
        .cookie(cookie(state, &refresh_token, time::Duration::days(refresh::TTL_DAYS)))
        .insert_header(("Cache-Control", "no-store"))
        .json(TokenResponse {
            access_token: access,
            token_type: "Bearer".into(),
            expires_in: ACCESS_TOKEN_TTL_SECS,
            refresh_token,
        })
}

/// Log in
///
/// Exchange e-mail and password for an access token (15 minutes) and a refresh token, which is
/// also set as an HttpOnly cookie for the web app. Repeated failures for one account or address
/// are answered with 429 for a growing while.
#[utoipa::path(
    operation_id = "login",
    tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Logged in", body = TokenResponse),
        (status = 401, description = "Wrong e-mail address or password", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many failed attempts; see Retry-After", body = crate::error::Problem, content_type = "application/problem+json",
            headers(("Retry-After" = String, description = "Seconds to wait"))),
    ),
    security(())
)]
#[post("/auth/login")]
pub async fn login(state: web::Data<AppState>, req: HttpRequest, body: Json<LoginRequest>) -> ApiResult<HttpResponse> {
    let email = normalize_email(&body.0.email);
    let address =
        client_address(&req, &state.config.trusted_proxies).map(|a| a.to_string()).unwrap_or_else(|| "unknown".into());
    let (account, address) = (format!("account:{email}"), format!("address:{address}"));
    let (account, address) = ((account.as_str(), &throttle::ACCOUNT), (address.as_str(), &throttle::ADDRESS));
    throttle::attempt(&state.db.write, &[account, address]).await?;
    let user = find_by_email(&state.db.read, &email).await?;
    let ok =
        password::verify(body.0.password.expose().to_owned(), user.as_ref().map(|u| u.password_hash.clone())).await?;
    let Some(user) = user.filter(|_| ok) else {
        return Err(ApiError::Unauthorized("The e-mail address or password is wrong.".into()));
    };
    let txn = state.db.write.begin().await?;
    throttle::succeeded(&txn, account, address).await?;
    let refresh_token = refresh::issue(&txn, user.id, None).await?;
    audit::record(&txn, Some(user.id), AuditAction::Login, EntityType::User, Some(user.id), serde_json::json!({}))
        .await?;
    txn.commit().await?;
    let access = issue_access_token(&state, user.id, user.role)?;
    Ok(token_response(&state, access, refresh_token))
}

const REFRESH_TOKEN_MAX: usize = 200;

/// The refresh token from the body, else from the cookie.
fn presented_token(req: &HttpRequest, body: Option<RefreshRequest>) -> ApiResult<Option<String>> {
    if let Some(t) = body.as_ref().and_then(|b| b.refresh_token.as_ref())
        && t.len() > REFRESH_TOKEN_MAX
    {
        return Err(ApiError::field("refresh_token", FieldCode::TooLong, "Not a refresh token this API issued."));
    }
    Ok(body
        .and_then(|b| b.refresh_token)
        .filter(|t| !t.is_empty())
        .or_else(|| req.cookie(refresh::COOKIE).map(|c| c.value().to_owned())))
}

/// Refresh the tokens
///
/// Use a refresh token (from the body, or the cookie) once; get a new access token and a new
/// refresh token. A refresh token used twice revokes its whole family.
#[utoipa::path(
    operation_id = "refreshTokens",
    tag = "auth",
    request_body(content = Option<RefreshRequest>, description = "Optional; the cookie is used when absent"),
    responses(
        (status = 200, description = "New tokens", body = TokenResponse),
        (status = 401, description = "No refresh token, or one that is invalid, expired or already used", body = crate::error::Problem, content_type = "application/problem+json"),
    ),
    security(())
)]
#[post("/auth/refresh")]
pub async fn refresh_tokens(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: OptionalJson<RefreshRequest>,
) -> ApiResult<HttpResponse> {
    let token = presented_token(&req, body.0)?
        .ok_or_else(|| ApiError::Unauthorized("No refresh token was presented.".into()))?;
    let txn = state.db.write.begin().await?;
    let result = refresh::rotate(&txn, &token).await;
    // A detected reuse revoked the family: keep that even though the request fails.
    txn.commit().await?;
    let (user_id, next) = result?;
    let user = User::find_by_id(user_id)
        .one(&state.db.write)
        .await?
        .ok_or_else(|| ApiError::Unauthorized("The account no longer exists.".into()))?;
    let access = issue_access_token(&state, user.id, user.role)?;
    Ok(token_response(&state, access, next))
}

/// Log out
///
/// Revoke the refresh token (from the body, or the cookie) and everything rotated from it, and
/// clear the cookie. Always succeeds.
#[utoipa::path(
    operation_id = "logout",
    tag = "auth",
    request_body(content = Option<RefreshRequest>, description = "Optional; the cookie is used when absent"),
    responses((status = 204, description = "Logged out")),
    security(())
)]
#[post("/auth/logout")]
pub async fn logout(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: OptionalJson<RefreshRequest>,
) -> ApiResult<HttpResponse> {
    if let Some(token) = presented_token(&req, body.0)? {
        refresh::revoke(&state.db.write, &token).await?;
    }
    Ok(HttpResponse::NoContent().cookie(cookie(&state, "", time::Duration::ZERO)).finish())
}

/// Who am I
#[utoipa::path(
    operation_id = "getMe",
    tag = "auth",
    responses((status = 200, description = "The logged-in user", body = Me)),
    security(("bearer" = []))
)]
#[get("/me")]
pub async fn me(state: web::Data<AppState>, caller: Caller) -> ApiResult<HttpResponse> {
    let u = User::find_by_id(caller.user_id)
        .one(&state.db.read)
        .await?
        .ok_or_else(|| ApiError::Unauthorized("The account no longer exists.".into()))?;
    Ok(ok_with_etag(
        u.version,
        &Me {
            id: u.id,
            role: u.role,
            email: u.email,
            display_name: u.display_name,
            person_id: u.person_id,
            version: u.version,
            created_at: u.created_at,
            updated_at: u.updated_at,
        },
    ))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(login).service(refresh_tokens).service(logout).service(me);
}
