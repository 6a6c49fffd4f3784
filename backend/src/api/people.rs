//! People who sit on councils. Personal data: exportable and erasable (GDPR); contact details
//! of people outside the caller's own councils are shown only to coordinators and admins.

use std::collections::HashSet;

use actix_web::{HttpRequest, HttpResponse, get, patch, post, web};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
    TransactionTrait,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::access::{current_on, own_council_ids, person_of, today};
use crate::api::audit_events::AuditEventOut;
use crate::api::memberships::{self, Membership};
use crate::auth::{Auth, EDITORS};
use crate::concurrency::{check_if_match, ok_with_etag};
use crate::db::{name_contains, now, search_key};
use crate::entities::audit_event::{self, Entity as AuditEvent};
use crate::entities::membership::{self as membership_e, Entity as MembershipEntity};
use crate::entities::organization::Entity as Org;
use crate::entities::person::{self, Entity as PersonEntity};
use crate::entities::user::{self, Entity as User};
use crate::error::{ApiError, ApiResult, FieldError};
use crate::extract::{Json, check_query_len, double_option, non_null};
use crate::idempotency::{Created, Idempotency};
use crate::pagination::{self, Cursor, Page};
use crate::rules::{contact, text};
use crate::state::AppState;
use crate::audit;

pub const ERASED_NAME: &str = "Raderad person";

#[derive(Debug, Serialize, ToSchema)]
pub struct Person {
    pub id: Uuid,
    pub name: String,
    pub title: Option<String>,
    /// `null` when erased, or hidden from the caller (see `contact_hidden`).
    pub email: Option<String>,
    pub phone: Option<String>,
    pub organization_id: Option<Uuid>,
    /// The personal data was erased; memberships and minutes keep their history.
    pub erased: bool,
    /// Contact details exist but the caller may not see them (a member or viewer outside the
    /// person's councils).
    pub contact_hidden: bool,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPerson {
    #[schema(min_length = 1, max_length = 200, pattern = r"^[^\x00-\x1F\x7F-\x9F]*[^\s\x00-\x1F\x7F-\x9F][^\x00-\x1F\x7F-\x9F]*$")]
    pub name: String,
    #[serde(default)]
    #[schema(max_length = 200, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub title: Option<String>,
    #[serde(default)]
    #[schema(max_length = 254, example = "anna.andersson@example.se")]
    pub email: Option<String>,
    #[serde(default)]
    #[schema(max_length = 50, example = "08-508 000 00")]
    pub phone: Option<String>,
    #[serde(default)]
    pub organization_id: Option<Uuid>,
}

/// The fields to change; absent fields stay, `null` clears an optional field.
#[derive(Debug, Serialize, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct PersonPatch {
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false, min_length = 1, max_length = 200, pattern = r"^[^\x00-\x1F\x7F-\x9F]*[^\s\x00-\x1F\x7F-\x9F][^\x00-\x1F\x7F-\x9F]*$")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, max_length = 200, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub title: Option<Option<String>>,
    #[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, max_length = 254)]
    pub email: Option<Option<String>>,
    #[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, max_length = 50)]
    pub phone: Option<Option<String>>,
    #[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Uuid>)]
    pub organization_id: Option<Option<Uuid>>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PersonQuery {
    /// Case-insensitive search in the name.
    #[param(max_length = 200)]
    pub q: Option<String>,
    pub organization_id: Option<Uuid>,
    /// Only people who currently sit on this council.
    pub council_id: Option<Uuid>,
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    #[param(max_length = 500)]
    pub cursor: Option<String>,
}

/// Everything held about a person.
#[derive(Debug, Serialize, ToSchema)]
pub struct PersonExport {
    pub person: Person,
    pub memberships: Vec<Membership>,
    /// Logins linked to the person: e-mail and role.
    #[schema(value_type = Vec<Object>)]
    pub accounts: Vec<serde_json::Value>,
    /// Agreements the person signed: agreement id, organization id, date.
    #[schema(value_type = Vec<Object>)]
    pub signatures: Vec<serde_json::Value>,
    /// The audit log's record of changes to the person.
    pub audit_events: Vec<AuditEventOut>,
    pub exported_at: DateTime<Utc>,
}

// ---- rules ----

struct Fields {
    name: String,
    title: Option<String>,
    email: Option<String>,
    phone: Option<String>,
}

fn validate(name: &str, title: Option<&str>, email: Option<&str>, phone: Option<&str>) -> ApiResult<Fields> {
    let mut errors: Vec<FieldError> = vec![];
    let name = text::name("name", name, 200, &mut errors);
    let title = text::optional("title", title, 200, &mut errors);
    let email = text::optional("email", email, 254, &mut errors).map(|e| e.to_lowercase());
    if email.as_deref().is_some_and(|e| !contact::is_email(e)) {
        errors.push(FieldError::new("email", "invalid", "Not a valid e-mail address."));
    }
    let phone = text::optional("phone", phone, 50, &mut errors);
    if phone.as_deref().is_some_and(|p| !contact::is_phone(p)) {
        errors.push(FieldError::new("phone", "invalid", "Not a valid phone number."));
    }
    if errors.is_empty() { Ok(Fields { name, title, email, phone }) } else { Err(ApiError::Validation(errors)) }
}

async fn check_organization(db: &impl ConnectionTrait, id: Option<Uuid>) -> ApiResult<()> {
    if let Some(id) = id
        && Org::find_by_id(id).one(db).await?.is_none()
    {
        return Err(ApiError::field("organization_id", "not_found", "No organization has this id."));
    }
    Ok(())
}

/// Whose contact details the caller may see: everyone (`None`) for coordinators and admins,
/// else the people who sit on a council with the caller now, and the caller.
pub async fn visible_contacts(db: &impl ConnectionTrait, auth: &Auth) -> ApiResult<Option<HashSet<Uuid>>> {
    if EDITORS.contains(&auth.role) {
        return Ok(None);
    }
    let mut visible = HashSet::new();
    if let Some(me) = person_of(db, auth).await? {
        visible.insert(me);
    }
    let councils = own_council_ids(db, auth, None).await?;
    if !councils.is_empty() {
        let people: Vec<Uuid> = MembershipEntity::find()
            .filter(membership_e::Column::CouncilId.is_in(councils))
            .filter(current_on(today()))
            .select_only()
            .column(membership_e::Column::PersonId)
            .into_tuple()
            .all(db)
            .await?;
        visible.extend(people);
    }
    Ok(Some(visible))
}

pub fn to_api(m: person::Model, visible: &Option<HashSet<Uuid>>) -> Person {
    let show = visible.as_ref().is_none_or(|v| v.contains(&m.id));
    let has_contact = m.email.is_some() || m.phone.is_some();
    Person {
        id: m.id,
        name: m.name,
        title: m.title,
        email: if show { m.email } else { None },
        phone: if show { m.phone } else { None },
        organization_id: m.organization_id,
        erased: m.erased_at.is_some(),
        contact_hidden: !show && has_contact,
        version: m.version,
        created_at: m.created_at,
        updated_at: m.updated_at,
    }
}

pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> ApiResult<person::Model> {
    PersonEntity::find_by_id(id).one(db).await?.ok_or(ApiError::NotFound)
}

pub async fn insert(db: &impl ConnectionTrait, input: &NewPerson) -> ApiResult<person::Model> {
    let f = validate(&input.name, input.title.as_deref(), input.email.as_deref(), input.phone.as_deref())?;
    check_organization(db, input.organization_id).await?;
    let t = now();
    Ok(person::ActiveModel {
        id: Set(Uuid::now_v7()),
        version: Set(1),
        created_at: Set(t),
        updated_at: Set(t),
        search_name: Set(search_key(&f.name)),
        name: Set(f.name),
        title: Set(f.title),
        email: Set(f.email),
        phone: Set(f.phone),
        organization_id: Set(input.organization_id),
        erased_at: Set(None),
    }
    .insert(db)
    .await?)
}

async fn apply_patch(db: &impl ConnectionTrait, current: person::Model, p: &PersonPatch) -> ApiResult<person::Model> {
    if current.erased_at.is_some() {
        return Err(ApiError::conflict("erased", "This person's data was erased; it cannot be edited."));
    }
    let f = validate(
        p.name.as_deref().unwrap_or(&current.name),
        p.title.clone().unwrap_or(current.title.clone()).as_deref(),
        p.email.clone().unwrap_or(current.email.clone()).as_deref(),
        p.phone.clone().unwrap_or(current.phone.clone()).as_deref(),
    )?;
    let organization_id = p.organization_id.unwrap_or(current.organization_id);
    check_organization(db, organization_id).await?;
    let m = person::ActiveModel {
        version: Set(current.version + 1),
        updated_at: Set(now()),
        search_name: Set(search_key(&f.name)),
        name: Set(f.name),
        title: Set(f.title),
        email: Set(f.email),
        phone: Set(f.phone),
        organization_id: Set(organization_id),
        ..Default::default()
    };
    crate::db::update_versioned(db, m, current.id, current.version).await?;
    find(db, current.id).await
}

fn audit_value(p: &person::Model) -> serde_json::Value {
    serde_json::to_value(to_api(p.clone(), &None)).unwrap_or_default()
}

// ---- handlers ----

/// List people
///
/// Sorted by name. Contact details of people outside the caller's councils are left out for
/// members and viewers.
#[utoipa::path(
    operation_id = "listPeople",
    tag = "people",
    params(PersonQuery),
    responses((status = 200, description = "A page of people", body = Page<Person>)),
    security(("bearer" = []))
)]
#[get("/people")]
pub async fn list(state: web::Data<AppState>, auth: Auth, query: web::Query<PersonQuery>) -> ApiResult<HttpResponse> {
    let q = query.into_inner();
    let limit = pagination::checked_limit(q.limit)?;
    check_query_len("q", q.q.as_deref(), 200)?;
    check_query_len("cursor", q.cursor.as_deref(), 500)?;
    let mut s = PersonEntity::find();
    if let Some(org) = q.organization_id {
        s = s.filter(person::Column::OrganizationId.eq(org));
    }
    if let Some(council) = q.council_id {
        let ids: Vec<Uuid> = MembershipEntity::find()
            .filter(membership_e::Column::CouncilId.eq(council))
            .filter(current_on(today()))
            .select_only()
            .column(membership_e::Column::PersonId)
            .into_tuple()
            .all(&state.db)
            .await?;
        s = s.filter(person::Column::Id.is_in(ids));
    }
    if let Some(term) = q.q.as_deref().filter(|t| !t.trim().is_empty()) {
        s = s.filter(name_contains(person::Column::SearchName, term));
    }
    if let Some(c) = q.cursor.as_deref() {
        s = s.filter(pagination::after(c, person::Column::SearchName, person::Column::Id)?);
    }
    let rows = s
        .order_by_asc(person::Column::SearchName)
        .order_by_asc(person::Column::Id)
        .limit(limit + 1)
        .all(&state.db)
        .await?;
    let visible = visible_contacts(&state.db, &auth).await?;
    let page = pagination::finish(rows, limit, |m| Cursor { key: m.search_name.clone(), id: m.id }, |m| to_api(m, &visible));
    Ok(HttpResponse::Ok().json(page))
}

/// Get a person
#[utoipa::path(
    operation_id = "getPerson",
    tag = "people",
    params(("id" = Uuid, Path, description = "Person id")),
    responses((status = 200, description = "The person", body = Person, headers(("ETag" = String, description = "The current version")))),
    security(("bearer" = []))
)]
#[get("/people/{id}")]
pub async fn get_one(state: web::Data<AppState>, auth: Auth, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    let p = find(&state.db, id.into_inner()).await?;
    let visible = visible_contacts(&state.db, &auth).await?;
    let p = to_api(p, &visible);
    Ok(ok_with_etag(p.version, &p))
}

/// Create a person
///
/// Admins and coordinators.
#[utoipa::path(
    operation_id = "createPerson",
    tag = "people",
    request_body = NewPerson,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes a retried request return the first response", pattern = "^[!-~]{1,255}$")),
    responses((status = 201, description = "Created", body = Person,
        headers(("Location" = String, description = "The new person's URL"), ("ETag" = String, description = "Its version")))),
    security(("bearer" = []))
)]
#[post("/people")]
pub async fn create(state: web::Data<AppState>, auth: Auth, req: HttpRequest, body: Json<NewPerson>) -> ApiResult<HttpResponse> {
    auth.require(EDITORS)?;
    let input = body.0;
    let idem = Idempotency::from_request(&req, &input)?;
    let txn = state.db.begin().await?;
    if let Some(replayed) = idem.replay::<PersonEntity>(&txn, auth.user_id).await? {
        return Ok(replayed);
    }
    let m = insert(&txn, &input).await?;
    let audit = audit_value(&m);
    let p = to_api(m, &None);
    idem.commit_created(
        txn,
        auth.user_id,
        Created { entity_type: "person", id: p.id, version: p.version, location: format!("/api/v1/people/{}", p.id), body: &p, audit },
    )
    .await
}

/// Update a person
///
/// Admins and coordinators. Requires `If-Match`.
#[utoipa::path(
    operation_id = "updatePerson",
    tag = "people",
    request_body = PersonPatch,
    params(("id" = Uuid, Path, description = "Person id"), ("If-Match" = String, Header, description = "The ETag from the last read")),
    responses((status = 200, description = "Updated", body = Person, headers(("ETag" = String, description = "The new version")))),
    security(("bearer" = []))
)]
#[patch("/people/{id}")]
pub async fn update(
    state: web::Data<AppState>,
    auth: Auth,
    req: HttpRequest,
    id: web::Path<Uuid>,
    body: Json<PersonPatch>,
) -> ApiResult<HttpResponse> {
    auth.require(EDITORS)?;
    let txn = state.db.begin().await?;
    let current = find(&txn, id.into_inner()).await?;
    check_if_match(&req, current.version)?;
    let unchanged = to_api(current.clone(), &None);
    let before = audit_value(&current);
    let m = apply_patch(&txn, current, &body.0).await?;
    let changes = audit::diff(&before, &audit_value(&m));
    if !audit::commit_update(txn, auth.user_id, "person", m.id, changes).await? {
        return Ok(ok_with_etag(unchanged.version, &unchanged));
    }
    let p = to_api(m, &None);
    Ok(ok_with_etag(p.version, &p))
}

/// Export everything held about a person (GDPR art. 15)
///
/// Admins and coordinators. The export is itself recorded in the audit log.
#[utoipa::path(
    operation_id = "exportPerson",
    tag = "people",
    params(("id" = Uuid, Path, description = "Person id")),
    responses((status = 200, description = "Everything held about the person", body = PersonExport)),
    security(("bearer" = []))
)]
#[get("/people/{id}/export")]
pub async fn export(state: web::Data<AppState>, auth: Auth, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    auth.require(EDITORS)?;
    let txn = state.db.begin().await?;
    let p = find(&txn, id.into_inner()).await?;
    let memberships = memberships::of_person(&txn, p.id).await?;
    let accounts = User::find()
        .filter(user::Column::PersonId.eq(p.id))
        .all(&txn)
        .await?
        .into_iter()
        .map(|u| serde_json::json!({"email": u.email, "role": u.role, "created_at": u.created_at}))
        .collect();
    let signatures = crate::api::agreements::signatures_of(&txn, p.id).await?;
    let audit_events = AuditEvent::find()
        .filter(audit_event::Column::EntityType.eq("person"))
        .filter(audit_event::Column::EntityId.eq(p.id))
        .order_by_asc(audit_event::Column::Id)
        .all(&txn)
        .await?
        .into_iter()
        .map(AuditEventOut::from)
        .collect();
    audit::record(&txn, Some(auth.user_id), "export", "person", Some(p.id), serde_json::json!({})).await?;
    txn.commit().await?;
    Ok(HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(PersonExport {
        person: to_api(p, &None),
        memberships,
        accounts,
        signatures,
        audit_events,
        exported_at: now(),
    }))
}

/// Erase a person's personal data (GDPR art. 17)
///
/// Admins and coordinators. Name, title, e-mail and phone are replaced by a placeholder and the
/// audit log's copies of them are removed; memberships, signatures and minutes keep their
/// history, now pointing at "Raderad person". Requires `If-Match`. Erasing twice changes nothing.
#[utoipa::path(
    operation_id = "erasePerson",
    tag = "people",
    params(("id" = Uuid, Path, description = "Person id"), ("If-Match" = String, Header, description = "The ETag from the last read")),
    responses((status = 200, description = "Erased", body = Person, headers(("ETag" = String, description = "The new version")))),
    security(("bearer" = []))
)]
#[post("/people/{id}/erase")]
pub async fn erase(state: web::Data<AppState>, auth: Auth, req: HttpRequest, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    auth.require(EDITORS)?;
    let txn = state.db.begin().await?;
    let current = find(&txn, id.into_inner()).await?;
    check_if_match(&req, current.version)?;
    if current.erased_at.is_some() {
        let p = to_api(current, &None);
        return Ok(ok_with_etag(p.version, &p));
    }
    let t = now();
    let m = person::ActiveModel {
        id: Set(current.id),
        version: Set(current.version + 1),
        updated_at: Set(t),
        name: Set(ERASED_NAME.into()),
        search_name: Set(search_key(ERASED_NAME)),
        title: Set(None),
        email: Set(None),
        phone: Set(None),
        erased_at: Set(Some(t)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    // The audit log keeps that changes happened, not the personal data they carried.
    AuditEvent::update_many()
        .col_expr(audit_event::Column::Changes, Expr::value(serde_json::json!({"redacted": "erased"})))
        .filter(audit_event::Column::EntityType.eq("person"))
        .filter(audit_event::Column::EntityId.eq(current.id))
        .exec(&txn)
        .await?;
    audit::record(&txn, Some(auth.user_id), "erase", "person", Some(current.id), serde_json::json!({})).await?;
    txn.commit().await?;
    let p = to_api(m, &None);
    Ok(ok_with_etag(p.version, &p))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list)
        .service(create)
        .service(get_one)
        .service(update)
        .service(export)
        .service(erase)
        .service(memberships::of_person_handler);
}
