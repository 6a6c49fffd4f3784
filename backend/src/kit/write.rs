//! The one write path. Create: the input's own rules, idempotency replay, transaction, insert,
//! audit, remembered key, commit, 201 with `Location` and `ETag`. Update: transaction, If-Match, versioned
//! update, audit diff (nothing changed → nothing written), commit, 200 with `ETag`. Delete:
//! transaction, If-Match, the resource's checks, delete, audit, commit, 204. Reads: 200 with
//! `ETag`. A resource's [detail](Resource::detail) is computed after the transaction. A resource supplies only its types, rules and filters ([`super::resource`]).

use std::str::FromStr;

use actix_web::{HttpRequest, HttpResponse};
use chrono::Duration;
use sea_orm::sea_query::Value;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter, TransactionTrait,
};
use serde_json::Value as Json;
use uuid::Uuid;

use super::Caller;
use super::concurrency::{check_if_match, etag, ok_with_etag};
use super::idempotency::Idempotency;
use super::patch::PatchBody;
use super::resource::{ActiveOf, Create, Delete, ModelOf, Resource, Update};
use crate::audit::{self, AuditAction};
use crate::db::{Db, now};
use crate::entities::Row;
use crate::error::{ApiError, ApiResult, FieldCode, FieldError, ProblemCode};

/// Fields no audit record keeps: the caller's own view of a resource.
const CALLER_FIELDS: &[&str] = &["names", "allowed_actions"];

/// The audit log's default view of a presented resource (see [`Resource::audit`]).
pub fn audit_view<R: Resource>(out: &R::Out) -> Json {
    let mut v = serde_json::to_value(out).unwrap_or_default();
    if let Some(o) = v.as_object_mut() {
        for f in CALLER_FIELDS.iter().chain(R::NOT_AUDITED) {
            o.remove(*f);
        }
    }
    v
}

/// The presented resource of `row`, without its [detail](Resource::detail): what a write
/// presents inside its transaction (and records in the audit log).
pub async fn present_row<R: Resource>(
    db: &impl ConnectionTrait,
    caller: &Caller,
    row: ModelOf<R>,
) -> ApiResult<R::Out> {
    R::present(db, caller, vec![row]).await?.pop().ok_or_else(|| ApiError::internal("present returned nothing"))
}

/// The one presented resource of `row`, with its [detail](Resource::detail). Not inside a
/// transaction.
pub async fn present_one<R: Resource>(
    db: &impl ConnectionTrait,
    caller: &Caller,
    row: ModelOf<R>,
) -> ApiResult<R::Out> {
    R::detail(db, present_row::<R>(db, caller, row).await?).await
}

/// The row `id` of `R` in `scope`, or 404.
pub async fn find<R: Resource>(db: &impl ConnectionTrait, scope: R::Scope, id: Uuid) -> ApiResult<ModelOf<R>> {
    R::Entity::find_by_id(id).one(db).await?.filter(|row| R::in_scope(row, scope)).ok_or(ApiError::NotFound)
}

/// `GET` one resource: 200 with its `ETag`.
pub async fn get<R: Resource>(db: &Db, caller: &Caller, scope: R::Scope, id: Uuid) -> ApiResult<HttpResponse> {
    let row = find::<R>(&db.read, scope, id).await?;
    if !R::readable(&db.read, caller, &row).await? {
        return Err(ApiError::NotFound);
    }
    crate::store::access_log::record(&db.write, caller.actor(), R::restricted_reads(std::slice::from_ref(&row)))
        .await?;
    let version = row.version();
    Ok(ok_with_etag(version, &present_one::<R>(&db.read, caller, row).await?))
}

/// Insert `input` in `txn` and record it in the audit log; the presented resource (without
/// its detail) and its row. The seed uses this too, so the demo's audit log reads like anyone
/// else's.
pub async fn create_in<R: Create>(
    txn: &impl ConnectionTrait,
    caller: &Caller,
    scope: R::Scope,
    input: R::New,
) -> ApiResult<(R::Out, ModelOf<R>)> {
    let row = R::insert(txn, caller, scope, input).await?;
    let out = present_row::<R>(txn, caller, row.clone()).await?;
    audit::record(txn, caller.actor(), AuditAction::Create, R::ENTITY, Some(row.id()), audit::created(&R::audit(&out)))
        .await?;
    Ok((out, row))
}

/// `POST` a new resource: 201 with `Location` and `ETag`. A retry with the same
/// `Idempotency-Key` gets the resource the first request created, as it is now, marked
/// `Idempotent-Replayed: true` (409 when it has since been deleted).
pub async fn create<R: Create>(
    db: &Db,
    caller: &Caller,
    req: &HttpRequest,
    ttl: Duration,
    scope: R::Scope,
    input: R::New,
) -> ApiResult<HttpResponse> {
    R::validate(&input)?;
    editors_only(caller, R::editor_only_fields(&input))?;
    let idem = Idempotency::from_request(req, &input, ttl)?;
    let txn = db.write.begin().await?;
    let (row, replayed) = match idem.earlier(&txn, caller.user_id).await? {
        Some(earlier) => {
            let row = R::Entity::find_by_id(earlier.resource_id).one(&txn).await?.ok_or_else(|| {
                ApiError::conflict(
                    ProblemCode::IdempotencyKeyResourceGone,
                    "The resource first created with this Idempotency-Key has since been deleted; use a new key to create another.",
                )
            })?;
            (row, true)
        }
        None => {
            let (_, row) = create_in::<R>(&txn, caller, scope, input).await?;
            idem.remember(&txn, caller.user_id, row.id()).await?;
            (row, false)
        }
    };
    txn.commit().await?;
    let (id, version) = (row.id(), row.version());
    let out = present_one::<R>(&db.read, caller, row).await?;
    let mut res = HttpResponse::Created();
    res.insert_header(("Location", R::location(scope, id))).insert_header(("ETag", etag(version)));
    if replayed {
        res.insert_header(("Idempotent-Replayed", "true"));
    }
    Ok(res.json(out))
}

/// `PATCH` a resource: requires `If-Match`; 200 with the new `ETag`. A change that changes
/// nothing keeps the version and writes no audit event.
pub async fn update<R: Update>(
    db: &Db,
    caller: &Caller,
    req: &HttpRequest,
    scope: R::Scope,
    id: Uuid,
    patch: R::Patch,
) -> ApiResult<HttpResponse> {
    R::validate(&patch)?;
    editors_only(caller, patch.editor_only_fields())?;
    let txn = db.write.begin().await?;
    let current = find::<R>(&txn, scope, id).await?;
    check_if_match(req, current.version())?;
    let before = present_row::<R>(&txn, caller, current.clone()).await?;
    let changed = R::apply(&txn, caller, &current, patch).await?;
    save(&txn, &current, changed).await?;
    let after = find::<R>(&txn, scope, id).await?;
    let changes = audit::diff(&R::audit(&before), &R::audit(&present_row::<R>(&txn, caller, after.clone()).await?));
    let (row, version) = if audit::is_unchanged(&changes) {
        txn.rollback().await?;
        (current.clone(), current.version())
    } else {
        audit::record(&txn, caller.actor(), AuditAction::Update, R::ENTITY, Some(id), changes).await?;
        txn.commit().await?;
        (after, current.version() + 1)
    };
    Ok(ok_with_etag(version, &present_one::<R>(&db.read, caller, row).await?))
}

/// An action on one resource (`POST /meetings/{id}:cancel`): requires `If-Match`; in one
/// transaction `change` returns the row's changed fields (and may write more: links, outbox
/// events), which are saved with the version check and the next version and recorded in the
/// audit log as `action`; 200 with the new `ETag`.
pub async fn act<R: Resource>(
    db: &Db,
    caller: &Caller,
    req: &HttpRequest,
    scope: R::Scope,
    id: Uuid,
    action: AuditAction,
    change: impl AsyncFnOnce(&DatabaseTransaction, &ModelOf<R>) -> ApiResult<ActiveOf<R>>,
) -> ApiResult<HttpResponse> {
    let txn = db.write.begin().await?;
    let current = find::<R>(&txn, scope, id).await?;
    check_if_match(req, current.version())?;
    let before = present_row::<R>(&txn, caller, current.clone()).await?;
    let changed = change(&txn, &current).await?;
    save(&txn, &current, changed).await?;
    let after = find::<R>(&txn, scope, id).await?;
    let changes = audit::diff(&R::audit(&before), &R::audit(&present_row::<R>(&txn, caller, after.clone()).await?));
    audit::record(&txn, caller.actor(), action, R::ENTITY, Some(id), changes).await?;
    txn.commit().await?;
    Ok(ok_with_etag(after.version(), &present_one::<R>(&db.read, caller, after).await?))
}

/// `DELETE` a resource: requires `If-Match`; 204.
pub async fn delete<R: Delete>(
    db: &Db,
    caller: &Caller,
    req: &HttpRequest,
    scope: R::Scope,
    id: Uuid,
) -> ApiResult<HttpResponse> {
    let txn = db.write.begin().await?;
    let current = find::<R>(&txn, scope, id).await?;
    check_if_match(req, current.version())?;
    let before = present_row::<R>(&txn, caller, current.clone()).await?;
    R::before_delete(&txn, &current).await?;
    R::Entity::delete_by_id(id).exec(&txn).await?;
    audit::record(&txn, caller.actor(), AuditAction::Delete, R::ENTITY, Some(id), audit::deleted(&R::audit(&before)))
        .await?;
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}

/// 403 naming `fields` unless the caller is a coordinator or admin (or none is set).
pub fn editors_only(caller: &Caller, fields: Vec<&'static str>) -> ApiResult<()> {
    if caller.is_editor() || fields.is_empty() {
        return Ok(());
    }
    Err(ApiError::ForbiddenFields(
        fields
            .into_iter()
            .map(|f| FieldError::new(f, FieldCode::NotAllowed, "Only coordinators and admins may change this."))
            .collect(),
    ))
}

fn column<A: ActiveModelTrait>(name: &str) -> ApiResult<<A::Entity as EntityTrait>::Column>
where
    <A::Entity as EntityTrait>::Column: FromStr,
{
    <A::Entity as EntityTrait>::Column::from_str(name).map_err(|_| ApiError::internal(format!("no column {name}")))
}

/// Insert a new row: the kit sets its id (UUIDv7), version 1 and timestamps.
pub async fn insert<A>(db: &impl ConnectionTrait, mut row: A) -> ApiResult<<A::Entity as EntityTrait>::Model>
where
    A: ActiveModelTrait + sea_orm::ActiveModelBehavior + Send,
    <A::Entity as EntityTrait>::Model: sea_orm::IntoActiveModel<A>,
    <A::Entity as EntityTrait>::Column: FromStr,
{
    let t = now();
    row.set(column::<A>("id")?, Value::Uuid(Some(Uuid::now_v7())));
    row.set(column::<A>("version")?, Value::Int(Some(1)));
    row.set(column::<A>("created_at")?, t.into());
    row.set(column::<A>("updated_at")?, t.into());
    Ok(row.insert(db).await?)
}

/// Write the changed fields of `row` to the row `current` — only if it still has
/// `current`'s version, which a concurrent writer would have changed (412). The version goes
/// up by one and `updated_at` is now. (The update path calls it; so may anything that changes
/// a row outside it, like erasing a person.)
pub async fn save<A>(db: &impl ConnectionTrait, current: &impl Row, mut row: A) -> ApiResult<()>
where
    A: ActiveModelTrait,
    <A::Entity as EntityTrait>::Column: FromStr,
{
    row.set(column::<A>("version")?, Value::Int(Some(current.version() + 1)));
    row.set(column::<A>("updated_at")?, now().into());
    let res = A::Entity::update_many()
        .set(row)
        .filter(column::<A>("id")?.eq(current.id()))
        .filter(column::<A>("version")?.eq(current.version()))
        .exec(db)
        .await?;
    if res.rows_affected == 1 { Ok(()) } else { Err(ApiError::PreconditionFailed) }
}
