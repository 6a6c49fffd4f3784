//! Organizations: the parties to councils and agreements (the city, its administrations and
//! companies, the police and its units, property owners, schools, civil society …).

use actix_web::{HttpRequest, HttpResponse, delete, get, patch, post, web};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, TransactionTrait,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::auth::{Auth, EDITORS};
use crate::concurrency::{check_if_match, ok_with_etag};
use crate::db::{name_contains, now, search_key};
use crate::entities::organization::{self, Entity as Org};
use crate::error::{ApiError, ApiResult, FieldError};
use crate::extract::{Json, check_query_len, double_option, non_null};
use crate::idempotency::{Created, Idempotency};
use crate::pagination::{self, Cursor, Page};
use crate::rules::{contact, orgnr, text};
use crate::state::AppState;
use crate::{audit, string_enum};

string_enum!(
    /// What kind of party an organization is.
    OrganizationKind {
        Municipality => "municipality",
        Administration => "administration",
        MunicipalCompany => "municipal_company",
        Police => "police",
        PoliceUnit => "police_unit",
        PropertyOwner => "property_owner",
        Business => "business",
        School => "school",
        CivilSociety => "civil_society",
        FaithCommunity => "faith_community",
        Transport => "transport",
        RescueService => "rescue_service",
        Other => "other",
    }
);

string_enum!(
    /// The channel of a contact detail.
    ContactType {
        Email => "email",
        Phone => "phone",
        Url => "url",
        Address => "address",
        Other => "other",
    }
);

/// A way to reach an organization: a shared mailbox or switchboard, not a private person.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ContactDetail {
    #[serde(rename = "type")]
    pub type_: ContactType,
    #[schema(min_length = 1, max_length = 300, pattern = r"^[^\x00-\x1F\x7F-\x9F]*[^\s\x00-\x1F\x7F-\x9F][^\x00-\x1F\x7F-\x9F]*$")]
    pub value: String,
    #[serde(default)]
    #[schema(max_length = 100, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub label: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Organization {
    pub id: Uuid,
    pub kind: OrganizationKind,
    pub name: String,
    pub parent_id: Option<Uuid>,
    /// Swedish organisation number, `NNNNNN-NNNN`.
    #[schema(example = "212000-0142")]
    pub organization_number: Option<String>,
    pub contact_details: Vec<ContactDetail>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

const NAME_MAX: usize = 200;
const MAX_CONTACTS: usize = 20;

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewOrganization {
    pub kind: OrganizationKind,
    #[schema(min_length = 1, max_length = 200, pattern = r"^[^\x00-\x1F\x7F-\x9F]*[^\s\x00-\x1F\x7F-\x9F][^\x00-\x1F\x7F-\x9F]*$")]
    pub name: String,
    #[serde(default)]
    pub parent_id: Option<Uuid>,
    /// Ten digits, `NNNNNN-NNNN`; the last digit is a Luhn check digit.
    #[serde(default)]
    #[schema(pattern = r"^\s*[0-9]{6}-?[0-9]{4}\s*$", example = "212000-0142")]
    pub organization_number: Option<String>,
    #[serde(default)]
    #[schema(max_items = 20)]
    pub contact_details: Vec<ContactDetail>,
}

/// The fields to change; absent fields stay as they are, `null` clears an optional field.
#[derive(Debug, Serialize, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct OrganizationPatch {
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false)]
    pub kind: Option<OrganizationKind>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false, min_length = 1, max_length = 200, pattern = r"^[^\x00-\x1F\x7F-\x9F]*[^\s\x00-\x1F\x7F-\x9F][^\x00-\x1F\x7F-\x9F]*$")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Uuid>)]
    pub parent_id: Option<Option<Uuid>>,
    #[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, pattern = r"^\s*[0-9]{6}-?[0-9]{4}\s*$")]
    pub organization_number: Option<Option<String>>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false, max_items = 20)]
    pub contact_details: Option<Vec<ContactDetail>>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OrganizationQuery {
    /// Only organizations of this kind.
    pub kind: Option<OrganizationKind>,
    /// Only direct children of this organization.
    pub parent_id: Option<Uuid>,
    /// Case-insensitive search in the name.
    #[param(max_length = 200)]
    pub q: Option<String>,
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    /// The `next_cursor` of the previous page.
    #[param(max_length = 500)]
    pub cursor: Option<String>,
}

// ---- rules ----

fn validate_contacts(contacts: &[ContactDetail], errors: &mut Vec<FieldError>) -> Vec<ContactDetail> {
    if contacts.len() > MAX_CONTACTS {
        errors.push(FieldError::new("contact_details", "too_many", format!("At most {MAX_CONTACTS} contact details.")));
    }
    contacts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let field = format!("contact_details[{i}].value");
            let value = text::name(&field, &c.value, 300, errors);
            let ok = match c.type_ {
                ContactType::Email => contact::is_email(&value),
                ContactType::Phone => contact::is_phone(&value),
                ContactType::Url => contact::is_url(&value),
                ContactType::Address | ContactType::Other => true,
            };
            if !ok && !value.is_empty() {
                errors.push(FieldError::new(&field, "invalid", format!("Not a valid {}.", c.type_.as_str())));
            }
            let label = text::optional(&format!("contact_details[{i}].label"), c.label.as_deref(), 100, errors);
            ContactDetail { type_: c.type_, value, label }
        })
        .collect()
}

fn validate_orgnr(value: Option<&str>, errors: &mut Vec<FieldError>) -> Option<String> {
    let v = value.map(str::trim).filter(|v| !v.is_empty())?;
    match orgnr::normalize("organization_number", v) {
        Ok(n) => Some(n),
        Err(e) => {
            errors.push(e);
            None
        }
    }
}

fn fail_if_any(errors: Vec<FieldError>) -> ApiResult<()> {
    if errors.is_empty() { Ok(()) } else { Err(ApiError::Validation(errors)) }
}


// ---- persistence ----

pub fn to_api(m: organization::Model) -> ApiResult<Organization> {
    Ok(Organization {
        id: m.id,
        kind: OrganizationKind::parse(&m.kind)?,
        name: m.name,
        parent_id: m.parent_id,
        organization_number: m.organization_number,
        contact_details: serde_json::from_value(m.contact_details).map_err(ApiError::internal)?,
        version: m.version,
        created_at: m.created_at,
        updated_at: m.updated_at,
    })
}

pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> ApiResult<organization::Model> {
    Org::find_by_id(id).one(db).await?.ok_or(ApiError::NotFound)
}

pub async fn insert(db: &impl ConnectionTrait, input: &NewOrganization) -> ApiResult<organization::Model> {
    let mut errors = vec![];
    let name = text::name("name", &input.name, NAME_MAX, &mut errors);
    let number = validate_orgnr(input.organization_number.as_deref(), &mut errors);
    let contacts = validate_contacts(&input.contact_details, &mut errors);
    fail_if_any(errors)?;
    if let Some(parent) = input.parent_id {
        crate::hierarchy::check_parent::<Org>(db, organization::Column::ParentId, None, parent).await?;
    }
    let t = now();
    let model = organization::ActiveModel {
        id: Set(Uuid::now_v7()),
        version: Set(1),
        created_at: Set(t),
        updated_at: Set(t),
        kind: Set(input.kind.as_str().to_owned()),
        search_name: Set(search_key(&name)),
        name: Set(name),
        parent_id: Set(input.parent_id),
        organization_number: Set(number),
        contact_details: Set(serde_json::to_value(contacts).map_err(ApiError::internal)?),
    };
    Ok(model.insert(db).await?)
}

async fn apply_patch(
    db: &impl ConnectionTrait,
    current: organization::Model,
    patch: &OrganizationPatch,
) -> ApiResult<organization::Model> {
    let mut errors = vec![];
    let mut m: organization::ActiveModel = current.clone().into();
    if let Some(kind) = patch.kind {
        m.kind = Set(kind.as_str().to_owned());
    }
    if let Some(name) = &patch.name {
        let name = text::name("name", name, NAME_MAX, &mut errors);
        m.search_name = Set(search_key(&name));
        m.name = Set(name);
    }
    if let Some(number) = &patch.organization_number {
        m.organization_number = Set(validate_orgnr(number.as_deref(), &mut errors));
    }
    if let Some(contacts) = &patch.contact_details {
        let contacts = validate_contacts(contacts, &mut errors);
        m.contact_details = Set(serde_json::to_value(contacts).map_err(ApiError::internal)?);
    }
    fail_if_any(errors)?;
    if let Some(parent) = patch.parent_id {
        if let Some(p) = parent {
            crate::hierarchy::check_parent::<Org>(db, organization::Column::ParentId, Some(current.id), p).await?;
        }
        m.parent_id = Set(parent);
    }
    m.version = Set(current.version + 1);
    m.updated_at = Set(now());
    // The version check in the WHERE clause makes a concurrent writer lose cleanly.
    crate::db::update_versioned(db, m, current.id, current.version).await?;
    find(db, current.id).await
}

// ---- handlers ----

fn json_value(o: &Organization) -> ApiResult<serde_json::Value> {
    serde_json::to_value(o).map_err(ApiError::internal)
}


/// List organizations
///
/// Sorted by name; filter by kind, parent or a search term.
#[utoipa::path(
    operation_id = "listOrganizations",
    tag = "organizations",
    params(OrganizationQuery),
    responses((status = 200, description = "A page of organizations", body = Page<Organization>)),
    security(("bearer" = []))
)]
#[get("/organizations")]
pub async fn list(state: web::Data<AppState>, _auth: Auth, query: web::Query<OrganizationQuery>) -> ApiResult<HttpResponse> {
    let q = query.into_inner();
    let limit = pagination::checked_limit(q.limit)?;
    check_query_len("q", q.q.as_deref(), 200)?;
    check_query_len("cursor", q.cursor.as_deref(), 500)?;
    let mut select = Org::find();
    if let Some(kind) = q.kind {
        select = select.filter(organization::Column::Kind.eq(kind.as_str()));
    }
    if let Some(parent) = q.parent_id {
        select = select.filter(organization::Column::ParentId.eq(parent));
    }
    if let Some(term) = q.q.as_deref().filter(|t| !t.trim().is_empty()) {
        select = select.filter(name_contains(organization::Column::SearchName, term));
    }
    if let Some(c) = q.cursor.as_deref() {
        select = select.filter(pagination::after(c, organization::Column::SearchName, organization::Column::Id)?);
    }
    let rows = select
        .order_by_asc(organization::Column::SearchName)
        .order_by_asc(organization::Column::Id)
        .limit(limit + 1)
        .all(&state.db)
        .await?;
    let page = pagination::finish(rows, limit, |m| Cursor { key: m.search_name.clone(), id: m.id }, |m| m);
    let items = page.items.into_iter().map(to_api).collect::<ApiResult<Vec<_>>>()?;
    Ok(HttpResponse::Ok().json(Page { items, next_cursor: page.next_cursor }))
}

/// Get an organization
#[utoipa::path(
    operation_id = "getOrganization",
    tag = "organizations",
    params(("id" = Uuid, Path, description = "Organization id")),
    responses((status = 200, description = "The organization", body = Organization,
        headers(("ETag" = String, description = "The current version, for If-Match")))),
    security(("bearer" = []))
)]
#[get("/organizations/{id}")]
pub async fn get_one(state: web::Data<AppState>, _auth: Auth, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    let org = to_api(find(&state.db, id.into_inner()).await?)?;
    Ok(ok_with_etag(org.version, &org))
}

/// Create an organization
///
/// Admins and coordinators. Send an `Idempotency-Key` to make retries safe.
#[utoipa::path(
    operation_id = "createOrganization",
    tag = "organizations",
    request_body = NewOrganization,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes a retried request return the first response", pattern = "^[!-~]{1,255}$")),
    responses((status = 201, description = "Created", body = Organization,
        headers(("Location" = String, description = "The new organization's URL"), ("ETag" = String, description = "Its version")))),
    security(("bearer" = []))
)]
#[post("/organizations")]
pub async fn create(
    state: web::Data<AppState>,
    auth: Auth,
    req: HttpRequest,
    body: Json<NewOrganization>,
) -> ApiResult<HttpResponse> {
    auth.require(EDITORS)?;
    let input = body.0;
    let idem = Idempotency::from_request(&req, &input)?;
    let txn = state.db.begin().await?;
    if let Some(replayed) = idem.replay::<Org>(&txn, auth.user_id).await? {
        return Ok(replayed);
    }
    let org = to_api(insert(&txn, &input).await?)?;
    idem.commit_created(
        txn,
        auth.user_id,
        Created { entity_type: "organization", id: org.id, version: org.version, location: format!("/api/v1/organizations/{}", org.id), body: &org, audit: json_value(&org)? },
    )
    .await
}

/// Update an organization
///
/// Admins and coordinators. Requires `If-Match` with the current ETag.
#[utoipa::path(
    operation_id = "updateOrganization",
    tag = "organizations",
    request_body = OrganizationPatch,
    params(
        ("id" = Uuid, Path, description = "Organization id"),
        ("If-Match" = String, Header, description = "The ETag from the last read")
    ),
    responses((status = 200, description = "Updated", body = Organization,
        headers(("ETag" = String, description = "The new version")))),
    security(("bearer" = []))
)]
#[patch("/organizations/{id}")]
pub async fn update(
    state: web::Data<AppState>,
    auth: Auth,
    req: HttpRequest,
    id: web::Path<Uuid>,
    body: Json<OrganizationPatch>,
) -> ApiResult<HttpResponse> {
    auth.require(EDITORS)?;
    let txn = state.db.begin().await?;
    let current = find(&txn, id.into_inner()).await?;
    check_if_match(&req, current.version)?;
    let unchanged = to_api(current.clone())?;
    let before = json_value(&unchanged)?;
    let org = to_api(apply_patch(&txn, current, &body.0).await?)?;
    let changes = audit::diff(&before, &json_value(&org)?);
    if !audit::commit_update(txn, auth.user_id, "organization", org.id, changes).await? {
        return Ok(ok_with_etag(unchanged.version, &unchanged));
    }
    Ok(ok_with_etag(org.version, &org))
}

/// Delete an organization
///
/// Admins and coordinators. Refused (409) while other organizations sit under it.
#[utoipa::path(
    operation_id = "deleteOrganization",
    tag = "organizations",
    params(
        ("id" = Uuid, Path, description = "Organization id"),
        ("If-Match" = String, Header, description = "The ETag from the last read")
    ),
    responses((status = 204, description = "Deleted")),
    security(("bearer" = []))
)]
#[delete("/organizations/{id}")]
pub async fn remove(state: web::Data<AppState>, auth: Auth, req: HttpRequest, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    auth.require(EDITORS)?;
    let txn = state.db.begin().await?;
    let current = find(&txn, id.into_inner()).await?;
    check_if_match(&req, current.version)?;
    let children = Org::find().filter(organization::Column::ParentId.eq(current.id)).count(&txn).await?;
    if children > 0 {
        return Err(ApiError::conflict("has_children", "Other organizations sit under this one; move or delete them first."));
    }
    let before = json_value(&to_api(current.clone())?)?;
    Org::delete_by_id(current.id).exec(&txn).await?;
    audit::record(&txn, Some(auth.user_id), "delete", "organization", Some(current.id), audit::deleted(&before)).await?;
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(create).service(get_one).service(update).service(remove);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(type_: ContactType, value: &str) -> ContactDetail {
        ContactDetail { type_, value: value.into(), label: None }
    }

    #[test]
    fn contact_details_are_checked_by_type() {
        let mut e = vec![];
        validate_contacts(
            &[
                contact(ContactType::Email, "registrator@stockholm.se"),
                contact(ContactType::Phone, "08-508 290 00"),
                contact(ContactType::Url, "https://start.stockholm"),
            ],
            &mut e,
        );
        assert!(e.is_empty(), "{e:?}");
        validate_contacts(
            &[contact(ContactType::Email, "not an email"), contact(ContactType::Phone, "call me"), contact(ContactType::Url, "start.stockholm")],
            &mut e,
        );
        let fields: Vec<_> = e.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["contact_details[0].value", "contact_details[1].value", "contact_details[2].value"]);
    }
}
