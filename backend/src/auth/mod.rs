//! Authentication: access tokens (EdDSA JWT), refresh tokens, passwords, the failed-login
//! throttle and the client's address. Who may do what is [`crate::kit::Caller`]'s business.

pub mod address;
pub mod keys;
pub mod password;
pub mod refresh;
pub mod throttle;

use jsonwebtoken::{Algorithm, Header, Validation};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::role::Role;
use crate::error::ApiError;
use crate::state::AppState;

pub const ACCESS_TOKEN_TTL_SECS: i64 = 15 * 60;
const ISSUER: &str = "samverkan";
const AUDIENCE: &str = "samverkan-api";

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
