//! A call to the API as a handler sees it: who is calling, the database, and the request's
//! headers (`Idempotency-Key`, `If-Match`). One extractor, so a handler's signature names only
//! what is its own (path ids, query, body) and its body reads "check access, call, respond":
//!
//! ```ignore
//! pub async fn update(call: Call, id: web::Path<Uuid>, body: Json<OrganizationPatch>) -> ApiResult<HttpResponse> {
//!     call.require(EDITORS)?;
//!     call.update::<Organizations>((), id.into_inner(), body.0).await
//! }
//! ```

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, HttpResponse, web};
use sea_orm::{DatabaseConnection, EntityTrait, Select};
use uuid::Uuid;

use super::concurrency::{check_if_match, check_if_match_tag};
use super::page::{self, Keyset};
use super::query::PageRequest;
use super::resource::{Create, Delete, Resource, Update};
use super::{Caller, write};
use crate::db::Db;
use crate::domain::role::{Action, Role};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

pub struct Call {
    pub caller: Caller,
    state: web::Data<AppState>,
    req: HttpRequest,
}

impl Call {
    /// The read connections (on SQLite, read-only ones beside the writer).
    pub fn read(&self) -> &DatabaseConnection {
        &self.state.db.read
    }

    pub fn db(&self) -> &Db {
        &self.state.db
    }

    /// Where documents' bytes are kept.
    pub fn files(&self) -> &crate::store::files::Files {
        &self.state.files
    }

    pub fn config(&self) -> &crate::config::Config {
        &self.state.config
    }

    /// Where areas lie among each other (kept in memory for a minute).
    pub async fn places(&self) -> ApiResult<std::sync::Arc<crate::store::places::Places>> {
        self.state.places.get(&self.state.db.read).await
    }

    /// Refuse with 403 unless the caller has one of `roles`.
    pub fn require(&self, roles: &[Role]) -> ApiResult<()> {
        self.caller.require(roles)
    }

    /// Refuse with 403 unless the caller runs `council` (an editor, or its chair or secretary).
    pub async fn require_manager(&self, council: Uuid) -> ApiResult<()> {
        self.caller.require_manager(self.read(), council).await
    }

    /// Whether the caller runs `council`.
    pub async fn manages(&self, council: Uuid) -> ApiResult<bool> {
        self.caller.manages(self.read(), council).await
    }

    /// Refuse unless `If-Match` names `version` (428 without it, 412 for another).
    pub fn check_if_match(&self, version: i32) -> ApiResult<()> {
        check_if_match(&self.req, version)
    }

    /// Refuse unless `If-Match` names the ETag `tag` (428 without it, 412 for another).
    pub fn check_if_match_tag(&self, tag: &str) -> ApiResult<()> {
        check_if_match_tag(&self.req, tag)
    }

    /// 200 with the page of `select` that `page` asks for; `actions` are the page's own (`create`).
    pub async fn list<R: Resource>(
        &self,
        select: Select<R::Entity>,
        order: &Keyset<<R::Entity as EntityTrait>::Column>,
        page: &PageRequest,
        actions: Vec<Action>,
    ) -> ApiResult<HttpResponse> {
        page::respond::<R>(self.db(), &self.caller, select, order, page, actions).await
    }

    /// See [`write::get`].
    pub async fn get<R: Resource>(&self, scope: R::Scope, id: Uuid) -> ApiResult<HttpResponse> {
        write::get::<R>(self.db(), &self.caller, scope, id).await
    }

    /// See [`write::create`].
    pub async fn create<R: Create>(&self, scope: R::Scope, input: R::New) -> ApiResult<HttpResponse> {
        write::create::<R>(self.db(), &self.caller, &self.req, self.state.config.idempotency_ttl, scope, input).await
    }

    /// See [`write::update`].
    pub async fn update<R: Update>(&self, scope: R::Scope, id: Uuid, patch: R::Patch) -> ApiResult<HttpResponse> {
        write::update::<R>(self.db(), &self.caller, &self.req, scope, id, patch).await
    }

    /// See [`write::act`].
    pub async fn act<R: Resource>(
        &self,
        scope: R::Scope,
        id: Uuid,
        action: crate::audit::AuditAction,
        change: impl AsyncFnOnce(&sea_orm::DatabaseTransaction, &super::ModelOf<R>) -> ApiResult<super::ActiveOf<R>>,
    ) -> ApiResult<HttpResponse> {
        write::act::<R>(self.db(), &self.caller, &self.req, scope, id, action, change).await
    }

    /// See [`write::delete`].
    pub async fn delete<R: Delete>(&self, scope: R::Scope, id: Uuid) -> ApiResult<HttpResponse> {
        write::delete::<R>(self.db(), &self.caller, &self.req, scope, id).await
    }
}

impl FromRequest for Call {
    type Error = ApiError;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let caller = Caller::from_request(req, payload).into_inner();
        ready((|| {
            let state = state.ok_or_else(|| ApiError::internal("application state missing"))?;
            Ok(Call { caller: caller?, state, req: req.clone() })
        })())
    }
}
