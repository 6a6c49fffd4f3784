//! Building the application: one function used by the server and the tests.

use std::net::TcpListener;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use actix_files::NamedFile;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Server, ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::http::{Method, header};
use actix_web::middleware::{Compress, DefaultHeaders, Next, from_fn};
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::SwaggerUi;

use crate::api;
use crate::auth::keys::Keys;
use crate::config::Config;
use crate::kit::body;
use crate::state::AppState;

/// Connect, migrate (unless told not to) and load the keys.
pub async fn state(config: Config) -> Result<AppState, String> {
    let db = crate::db::connect(&config.database_url).await.map_err(|e| format!("database: {e}"))?;
    if config.migrate_on_start {
        crate::db::migrate(&db.write).await.map_err(|e| format!("migrations: {e}"))?;
    }
    let keys = Keys::load_or_generate(config.jwt_private_key_file.as_deref(), &config.data_dir)?;
    let files = crate::store::files::open(&config)?;
    crate::domain::contact_route::set_stale_days(config.contact_route_stale_days);
    let inquiry_batches = crate::store::inquiry_batches::InquiryBatches::start(db.write.clone());
    Ok(AppState {
        db,
        keys: Arc::new(keys),
        config: Arc::new(config),
        files,
        places: Default::default(),
        inquiry_batches,
    })
}

pub fn app(
    state: AppState,
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    let (app, _) = App::new()
        .into_utoipa_app()
        .openapi(api::openapi_cached())
        .app_data(web::Data::new(state))
        .app_data(body::path_config())
        .app_data(body::json_config())
        .configure(api::routes)
        .split_for_parts();
    app.service(SwaggerUi::new("/api/docs/{_:.*}").url("/api/openapi.json", api::openapi_cached()))
        .route(
            "/api/docs",
            web::get().to(|| async {
                HttpResponse::PermanentRedirect().insert_header((header::LOCATION, "/api/docs/")).finish()
            }),
        )
        .default_service(web::to(fallback))
        .wrap(Compress::default())
        .wrap(
            DefaultHeaders::new()
                .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
                .add((header::X_FRAME_OPTIONS, "DENY"))
                .add((header::REFERRER_POLICY, "same-origin")),
        )
        .wrap(from_fn(head_as_get))
        .wrap(from_fn(count_queries))
        .wrap(from_fn(crate::request_id::middleware))
}

/// Count the database queries of each request: a histogram in `/metrics`, and `X-Db-Queries`
/// on the response when the configuration asks for it (the tests do).
async fn count_queries(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let expose = req.app_data::<web::Data<AppState>>().is_some_and(|s| s.config.expose_query_count);
    let (res, count) = crate::db::queries::count(next.call(req)).await;
    let mut res = res?;
    let route = res.request().match_pattern().unwrap_or_else(|| "unmatched".into());
    crate::metrics::observe_queries(&route, count);
    if expose {
        res.headers_mut().insert(header::HeaderName::from_static("x-db-queries"), header::HeaderValue::from(count));
    }
    Ok(res)
}

/// HEAD is GET without the body (RFC 9110 9.3.2): the routes are declared for GET only.
async fn head_as_get(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let head = req.method() == Method::HEAD;
    if head {
        req.head_mut().method = Method::GET;
    }
    let res = next.call(req).await?;
    Ok(if head { res.map_body(|_, _| BoxBody::new(())) } else { res.map_into_boxed_body() })
}

/// Everything no route took: API paths get 404/405 problems; other GET requests get the web
/// app's files, or its `index.html` so that client-side routes work on reload.
async fn fallback(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    if api::is_api_path(req.path()) {
        return api::api_fallback(&req);
    }
    if req.method() != Method::GET && req.method() != Method::HEAD {
        use actix_web::ResponseError;
        return crate::error::ApiError::MethodNotAllowed { allow: vec!["GET".into(), "HEAD".into()] }.error_response();
    }
    let dir = &state.config.web_dir;
    let file = safe_join(dir, req.path()).filter(|p| p.is_file());
    let is_asset = file.is_some();
    match NamedFile::open(file.unwrap_or_else(|| dir.join("index.html"))) {
        Ok(f) => {
            let mut res = f.use_etag(true).into_response(&req);
            let cache = if is_asset && req.path().starts_with("/assets/") {
                "public, max-age=31536000, immutable"
            } else {
                "no-cache"
            };
            res.headers_mut().insert(header::CACHE_CONTROL, header::HeaderValue::from_static(cache));
            res
        }
        Err(_) => HttpResponse::NotFound()
            .content_type("text/plain; charset=utf-8")
            .body("The web app is not built. Run `make run`, or open /api/docs for the API."),
    }
}

/// `dir` joined with a URL path, refusing anything that could leave `dir`.
fn safe_join(dir: &Path, url_path: &str) -> Option<PathBuf> {
    let rel = Path::new(url_path.trim_start_matches('/'));
    if url_path.len() > 1024 || rel.as_os_str().is_empty() {
        return None;
    }
    if !rel.components().all(|c| matches!(c, Component::Normal(s) if !s.to_string_lossy().starts_with('.'))) {
        return None;
    }
    Some(dir.join(rel))
}

/// Start serving on `listener`; the returned server runs until stopped.
pub fn serve(state: AppState, listener: TcpListener) -> std::io::Result<Server> {
    let server = HttpServer::new(move || app(state.clone())).listen(listener)?.run();
    Ok(server)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_join_stays_inside_the_directory() {
        let dir = Path::new("/srv/web");
        assert_eq!(safe_join(dir, "/assets/app.js"), Some(PathBuf::from("/srv/web/assets/app.js")));
        assert_eq!(safe_join(dir, "/../etc/passwd"), None);
        assert_eq!(safe_join(dir, "/.env"), None);
        assert_eq!(safe_join(dir, "/"), None);
    }
}
