//! Authentication and authorisation: access tokens (EdDSA JWT), refresh tokens, roles, and the
//! extractor every protected handler takes.

pub mod keys;
pub mod password;
pub mod refresh;
pub mod throttle;

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};
use jsonwebtoken::{Algorithm, Header, Validation};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::error::ApiError;
use crate::state::AppState;

pub const ACCESS_TOKEN_TTL_SECS: i64 = 15 * 60;
const ISSUER: &str = "samverkan";
const AUDIENCE: &str = "samverkan-api";

/// A global role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Admin,
    Coordinator,
    Member,
    Viewer,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Coordinator => "coordinator",
            Role::Member => "member",
            Role::Viewer => "viewer",
        }
    }
    pub fn parse(s: &str) -> Option<Role> {
        Some(match s {
            "admin" => Role::Admin,
            "coordinator" => Role::Coordinator,
            "member" => Role::Member,
            "viewer" => Role::Viewer,
            _ => return None,
        })
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub sub: Uuid,
    pub role: Role,
    pub iat: i64,
    pub exp: i64,
    pub iss: String,
    pub aud: String,
    pub jti: Uuid,
}

/// The authenticated caller of a request.
#[derive(Debug, Clone)]
pub struct Auth {
    pub user_id: Uuid,
    pub role: Role,
}

impl Auth {
    /// Refuse with 403 unless the caller has one of `roles`.
    pub fn require(&self, roles: &[Role]) -> Result<(), ApiError> {
        if roles.contains(&self.role) { Ok(()) } else { Err(ApiError::Forbidden) }
    }
}

/// Roles that may change shared registers (organizations).
pub const EDITORS: &[Role] = &[Role::Admin, Role::Coordinator];
pub const ADMINS: &[Role] = &[Role::Admin];

pub fn issue_access_token(state: &AppState, user_id: Uuid, role: Role) -> Result<String, ApiError> {
    let now = chrono::Utc::now().timestamp();
    let claims = Claims {
        sub: user_id,
        role,
        iat: now,
        exp: now + ACCESS_TOKEN_TTL_SECS,
        iss: ISSUER.into(),
        aud: AUDIENCE.into(),
        jti: Uuid::now_v7(),
    };
    let mut header = Header::new(Algorithm::EdDSA);
    header.kid = Some(state.keys.kid.clone());
    jsonwebtoken::encode(&header, &claims, &state.keys.encoding).map_err(ApiError::internal)
}

pub fn verify_access_token(state: &AppState, token: &str) -> Result<Claims, ApiError> {
    let mut validation = Validation::new(Algorithm::EdDSA);
    validation.set_issuer(&[ISSUER]);
    validation.set_audience(&[AUDIENCE]);
    validation.leeway = 5;
    jsonwebtoken::decode::<Claims>(token, &state.keys.decoding, &validation)
        .map(|d| d.claims)
        .map_err(|_| ApiError::Unauthorized("The access token is missing, invalid or expired.".into()))
}

impl FromRequest for Auth {
    type Error = ApiError;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready((|| {
            let state = req
                .app_data::<web::Data<AppState>>()
                .ok_or_else(|| ApiError::internal("application state missing"))?;
            let header = req
                .headers()
                .get(actix_web::http::header::AUTHORIZATION)
                .and_then(|v| v.to_str().ok())
                .ok_or_else(|| ApiError::Unauthorized("This endpoint requires a Bearer access token.".into()))?;
            let token = header
                .strip_prefix("Bearer ")
                .or_else(|| header.strip_prefix("bearer "))
                .ok_or_else(|| ApiError::Unauthorized("Use the Bearer authentication scheme.".into()))?;
            let claims = verify_access_token(state, token.trim())?;
            Ok(Auth { user_id: claims.sub, role: claims.role })
        })())
    }
}
