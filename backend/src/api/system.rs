//! Health, readiness, metrics and the public signing keys.

use actix_web::{HttpResponse, get, web};
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

#[derive(Serialize, ToSchema)]
pub struct Health {
    #[schema(example = "ok")]
    pub status: String,
}

/// Liveness
///
/// The process is up and answering.
#[utoipa::path(operation_id = "healthz", tag = "system", responses((status = 200, description = "Alive", body = Health)), security(()))]
#[get("/healthz")]
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(Health { status: "ok".into() })
}

/// Readiness
///
/// The database answers.
#[utoipa::path(
    operation_id = "readyz",
    tag = "system",
    responses(
        (status = 200, description = "Ready", body = Health),
        (status = 503, description = "The database does not answer", body = crate::error::Problem, content_type = "application/problem+json"),
    ),
    security(())
)]
#[get("/readyz")]
pub async fn readyz(state: web::Data<AppState>) -> ApiResult<HttpResponse> {
    state.db.read.ping().await.map_err(|e| {
        tracing::warn!(error = %e, "database not ready");
        ApiError::Unavailable
    })?;
    Ok(HttpResponse::Ok().json(Health { status: "ok".into() }))
}

/// Metrics
///
/// Prometheus text exposition: request counts and latencies by route.
#[utoipa::path(
    operation_id = "metrics",
    tag = "system",
    responses((status = 200, description = "Metrics", body = String, content_type = "text/plain")),
    security(())
)]
#[get("/metrics")]
pub async fn metrics() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain; version=0.0.4").body(crate::metrics::render())
}

/// Public signing keys
///
/// The JSON Web Key Set that verifies access tokens (EdDSA / Ed25519).
#[utoipa::path(
    operation_id = "jwks",
    tag = "system",
    responses((status = 200, description = "The key set", body = Object)),
    security(())
)]
#[get("/.well-known/jwks.json")]
pub async fn jwks(state: web::Data<AppState>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "public, max-age=300")).json(&state.keys.jwks))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(healthz).service(readyz).service(metrics).service(jwks);
}
