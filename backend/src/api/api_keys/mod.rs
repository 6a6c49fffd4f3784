//! API keys for Open311 clients: admins issue them (the key is shown once, stored hashed),
//! list them and revoke them.

use actix_web::{HttpResponse, get, post, web};
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, EntityTrait, Set, TransactionTrait};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::docs::{Forbidden, IfMatch};
use crate::audit::{self, AuditAction};
use crate::domain::audit::EntityType;
use crate::domain::role::{ADMINS, Action};
use crate::domain::text::Name;
use crate::entities::api_key::{ActiveModel, Column, Entity, Model};
use crate::error::ApiResult;
use crate::kit::{Call, Caller, Json, Keyset, ListQuery, NoParams, Page, PageParams, Resource, write};

pub struct ApiKeys;

/// A key an Open311 client sends as `api_key`.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiKey {
    pub id: Uuid,
    /// Whose client it is, e.g. "FixMyStreet Sverige".
    pub name: String,
    /// The key's first characters, to tell keys apart.
    pub prefix: String,
    pub created_by_name: String,
    pub revoked_at: Option<DateTime<Utc>>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub allowed_actions: Vec<Action>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewApiKey {
    pub name: Name,
}

/// A new key: `key` is shown this once and never again.
#[derive(Debug, Serialize, ToSchema)]
pub struct IssuedApiKey {
    pub api_key: ApiKey,
    pub key: String,
}

impl Resource for ApiKeys {
    type Entity = Entity;
    type Out = ApiKey;
    type Scope = ();
    const ENTITY: EntityType = EntityType::ApiKey;

    fn location(_: (), id: Uuid) -> String {
        format!("/api/v1/api-keys/{id}")
    }

    async fn present(_: &impl ConnectionTrait, caller: &Caller, rows: Vec<Model>) -> ApiResult<Vec<ApiKey>> {
        Ok(rows
            .into_iter()
            .map(|m| ApiKey {
                allowed_actions: if m.revoked_at.is_none() { caller.may(ADMINS, &[Action::Revoke]) } else { vec![] },
                id: m.id,
                name: m.name,
                prefix: m.prefix,
                created_by_name: m.created_by_name,
                revoked_at: m.revoked_at,
                last_used_at: m.last_used_at,
                version: m.version,
                created_at: m.created_at,
                updated_at: m.updated_at,
            })
            .collect())
    }
}

const NEWEST_FIRST: Keyset<Column> = Keyset::newest_first(Column::Id);

/// List API keys
///
/// Admins. Newest first; revoked ones too.
#[utoipa::path(
    operation_id = "listApiKeys",
    tag = "contact",
    params(PageParams),
    responses((status = 200, description = "A page of API keys", body = Page<ApiKey>), (status = 403, response = Forbidden)),
    security(("bearer" = []))
)]
#[get("/api-keys")]
pub async fn list(call: Call, q: ListQuery<NoParams>) -> ApiResult<HttpResponse> {
    call.require(ADMINS)?;
    call.list::<ApiKeys>(Entity::find(), &NEWEST_FIRST, &q.page, vec![Action::Create]).await
}

/// Issue an API key
///
/// Admins. For an Open311 client; the key is in the response this once (it is stored hashed),
/// so a retried request makes another key — revoke the one not used.
#[utoipa::path(
    operation_id = "createApiKey",
    tag = "contact",
    request_body = NewApiKey,
    responses((status = 201, description = "Issued", body = IssuedApiKey), (status = 403, response = Forbidden)),
    security(("bearer" = []))
)]
#[post("/api-keys")]
pub async fn create(call: Call, body: Json<NewApiKey>) -> ApiResult<HttpResponse> {
    call.require(ADMINS)?;
    let key = format!("sv_{}", crate::domain::inquiry::new_status_token().0);
    let hash = crate::domain::inquiry::token_hash(&key);
    let by = call.caller.display_name(call.read()).await?;
    let txn = call.db().write.begin().await?;
    let row = write::insert(
        &txn,
        ActiveModel {
            name: Set(body.0.name.into_string()),
            key_hash: Set(hash),
            prefix: Set(key.chars().take(8).collect()),
            created_by_name: Set(by),
            revoked_at: Set(None),
            last_used_at: Set(None),
            ..Default::default()
        },
    )
    .await?;
    let out = write::present_row::<ApiKeys>(&txn, &call.caller, row.clone()).await?;
    audit::record(
        &txn,
        call.caller.actor(),
        AuditAction::Create,
        EntityType::ApiKey,
        Some(row.id),
        audit::created(&ApiKeys::audit(&out)),
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", ApiKeys::location((), row.id)))
        .insert_header(("ETag", crate::kit::concurrency::etag(row.version)))
        .json(IssuedApiKey { api_key: out, key }))
}

/// Get an API key
#[utoipa::path(
    operation_id = "getApiKey",
    tag = "contact",
    params(("id" = Uuid, Path, description = "API key id")),
    responses((status = 200, description = "The API key", body = ApiKey), (status = 403, response = Forbidden)),
    security(("bearer" = []))
)]
#[get("/api-keys/{id:[0-9a-fA-F-]+}")]
pub async fn get_one(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.require(ADMINS)?;
    call.get::<ApiKeys>((), id.into_inner()).await
}

/// Revoke an API key
///
/// Admins. From now on requests with it are refused (403). Requires `If-Match`.
#[utoipa::path(
    operation_id = "revokeApiKey",
    tag = "contact",
    params(("id" = Uuid, Path, description = "API key id"), IfMatch),
    responses((status = 200, description = "Revoked", body = ApiKey), (status = 403, response = Forbidden)),
    security(("bearer" = []))
)]
#[post("/api-keys/{id}:revoke")]
pub async fn revoke(call: Call, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    call.require(ADMINS)?;
    call.act::<ApiKeys>((), id.into_inner(), AuditAction::Revoke, async |_, current| {
        Ok(ActiveModel { revoked_at: Set(current.revoked_at.or(Some(crate::db::now()))), ..Default::default() })
    })
    .await
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(create).service(revoke).service(get_one);
}
