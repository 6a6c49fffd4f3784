//! Cooperation agreements (samverkansöverenskommelser): the city-wide one holds local ones;
//! each has parties, a period, priority areas, a phase, the councils that run it and its
//! signatories.

use std::collections::{HashMap, HashSet};

use actix_web::{HttpRequest, HttpResponse, get, patch, post, web};
use chrono::{DateTime, NaiveDate, Utc};
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
use crate::entities::agreement::{self, Entity as AgreementEntity};
use crate::entities::agreement_council::{self, Entity as AgreementCouncil};
use crate::entities::agreement_party::{self, Entity as AgreementParty};
use crate::entities::agreement_signatory::{self, Entity as SignatoryEntity};
use crate::entities::council::Entity as CouncilEntity;
use crate::entities::organization::Entity as Org;
use crate::entities::person::Entity as PersonEntity;
use crate::error::{ApiError, ApiResult, FieldError};
use crate::extract::{Json, check_query_len, double_option, non_null};
use crate::idempotency::{Created, Idempotency};
use crate::pagination::{self, Cursor, Page};
use crate::rules::text;
use crate::state::AppState;
use crate::{audit, string_enum};

string_enum!(
    /// Brå's five steps of an agreement.
    AgreementPhase {
        Initiate => "initiate",
        OwnPreparation => "own_preparation",
        JointPreparation => "joint_preparation",
        Implementation => "implementation",
        FollowUp => "follow_up",
    }
);

/// Who signed for which party, and when.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    pub person_id: Uuid,
    pub organization_id: Uuid,
    #[serde(default)]
    pub signed_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Agreement {
    pub id: Uuid,
    pub name: String,
    pub phase: AgreementPhase,
    /// The agreement this one sits under (a local agreement under the city-wide one).
    pub parent_id: Option<Uuid>,
    /// First day of the period.
    pub valid_from: Option<NaiveDate>,
    /// Last day of the period.
    pub valid_to: Option<NaiveDate>,
    /// The organizations that are parties.
    pub party_ids: Vec<Uuid>,
    /// The prioritised challenges, e.g. "Unga i riskzon".
    pub priority_areas: Vec<String>,
    /// The councils that run the agreement.
    pub council_ids: Vec<Uuid>,
    pub signatories: Vec<Signatory>,
    pub description: Option<String>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAgreement {
    #[schema(min_length = 1, max_length = 200, pattern = r"^[^\x00-\x1F\x7F-\x9F]*[^\s\x00-\x1F\x7F-\x9F][^\x00-\x1F\x7F-\x9F]*$")]
    pub name: String,
    /// Default `initiate`.
    #[serde(default)]
    pub phase: Option<AgreementPhase>,
    #[serde(default)]
    pub parent_id: Option<Uuid>,
    #[serde(default)]
    pub valid_from: Option<NaiveDate>,
    #[serde(default)]
    pub valid_to: Option<NaiveDate>,
    #[serde(default)]
    #[schema(max_items = 50)]
    pub party_ids: Vec<Uuid>,
    #[serde(default)]
    #[schema(max_items = 30)]
    pub priority_areas: Vec<String>,
    #[serde(default)]
    #[schema(max_items = 50)]
    pub council_ids: Vec<Uuid>,
    #[serde(default)]
    #[schema(max_items = 50)]
    pub signatories: Vec<Signatory>,
    #[serde(default)]
    #[schema(max_length = 5000)]
    pub description: Option<String>,
}

/// The fields to change; absent fields stay, `null` clears an optional field; lists replace.
#[derive(Debug, Serialize, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct AgreementPatch {
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false, min_length = 1, max_length = 200, pattern = r"^[^\x00-\x1F\x7F-\x9F]*[^\s\x00-\x1F\x7F-\x9F][^\x00-\x1F\x7F-\x9F]*$")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false)]
    pub phase: Option<AgreementPhase>,
    #[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Uuid>)]
    pub parent_id: Option<Option<Uuid>>,
    #[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<NaiveDate>)]
    pub valid_from: Option<Option<NaiveDate>>,
    #[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<NaiveDate>)]
    pub valid_to: Option<Option<NaiveDate>>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false, max_items = 50)]
    pub party_ids: Option<Vec<Uuid>>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false, max_items = 30)]
    pub priority_areas: Option<Vec<String>>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false, max_items = 50)]
    pub council_ids: Option<Vec<Uuid>>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false, max_items = 50)]
    pub signatories: Option<Vec<Signatory>>,
    #[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, max_length = 5000)]
    pub description: Option<Option<String>>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AgreementQuery {
    pub phase: Option<AgreementPhase>,
    pub parent_id: Option<Uuid>,
    /// Only agreements this council runs.
    pub council_id: Option<Uuid>,
    /// Only agreements this organization is a party to.
    pub party_id: Option<Uuid>,
    #[param(max_length = 200)]
    pub q: Option<String>,
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    #[param(max_length = 500)]
    pub cursor: Option<String>,
}

/// The whole of an agreement as it is to be stored.
struct Content {
    name: String,
    phase: AgreementPhase,
    parent_id: Option<Uuid>,
    valid_from: Option<NaiveDate>,
    valid_to: Option<NaiveDate>,
    party_ids: Vec<Uuid>,
    priority_areas: Vec<String>,
    council_ids: Vec<Uuid>,
    signatories: Vec<Signatory>,
    description: Option<String>,
}

fn dedup(ids: &[Uuid]) -> Vec<Uuid> {
    let mut seen = HashSet::new();
    ids.iter().copied().filter(|i| seen.insert(*i)).collect()
}

async fn check(db: &impl ConnectionTrait, id: Option<Uuid>, c: &mut Content) -> ApiResult<()> {
    let mut errors: Vec<FieldError> = vec![];
    c.name = text::name("name", &c.name, 200, &mut errors);
    if let (Some(f), Some(t)) = (c.valid_from, c.valid_to)
        && t < f
    {
        errors.push(FieldError::new("valid_to", "before_valid_from", "The period cannot end before it starts."));
    }
    c.priority_areas = c
        .priority_areas
        .iter()
        .enumerate()
        .map(|(i, p)| text::name(&format!("priority_areas[{i}]"), p, 200, &mut errors))
        .collect();
    c.description = c.description.as_deref().map(str::trim).filter(|d| !d.is_empty()).map(str::to_owned);
    if c.description.as_ref().is_some_and(|d| d.chars().count() > 5000) {
        errors.push(FieldError::new("description", "too_long", "At most 5000 characters."));
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    if let Some(p) = c.parent_id {
        crate::hierarchy::check_parent::<AgreementEntity>(db, agreement::Column::ParentId, id, p).await?;
    }
    c.party_ids = dedup(&c.party_ids);
    c.council_ids = dedup(&c.council_ids);
    let orgs: HashSet<Uuid> = c.party_ids.iter().chain(c.signatories.iter().map(|s| &s.organization_id)).copied().collect();
    let found = Org::find().filter(crate::entities::organization::Column::Id.is_in(orgs.iter().copied())).count(db).await? as usize;
    if found != orgs.len() {
        return Err(ApiError::field("party_ids", "not_found", "One or more of these organizations do not exist."));
    }
    let councils = CouncilEntity::find()
        .filter(crate::entities::council::Column::Id.is_in(c.council_ids.iter().copied()))
        .count(db)
        .await? as usize;
    if councils != c.council_ids.len() {
        return Err(ApiError::field("council_ids", "not_found", "One or more of these councils do not exist."));
    }
    for (i, s) in c.signatories.iter().enumerate() {
        if PersonEntity::find_by_id(s.person_id).one(db).await?.is_none() {
            return Err(ApiError::field(format!("signatories[{i}].person_id"), "not_found", "No person has this id."));
        }
        if !c.party_ids.contains(&s.organization_id) {
            return Err(ApiError::field(
                format!("signatories[{i}].organization_id"),
                "not_a_party",
                "A signatory signs for one of the agreement's parties.",
            ));
        }
    }
    Ok(())
}

async fn save_links(db: &impl ConnectionTrait, id: Uuid, c: &Content) -> ApiResult<()> {
    AgreementParty::delete_many().filter(agreement_party::Column::AgreementId.eq(id)).exec(db).await?;
    AgreementCouncil::delete_many().filter(agreement_council::Column::AgreementId.eq(id)).exec(db).await?;
    SignatoryEntity::delete_many().filter(agreement_signatory::Column::AgreementId.eq(id)).exec(db).await?;
    let t = now();
    for o in &c.party_ids {
        agreement_party::ActiveModel {
            id: Set(Uuid::now_v7()),
            version: Set(1),
            created_at: Set(t),
            updated_at: Set(t),
            agreement_id: Set(id),
            organization_id: Set(*o),
        }
        .insert(db)
        .await?;
    }
    for council in &c.council_ids {
        agreement_council::ActiveModel {
            id: Set(Uuid::now_v7()),
            version: Set(1),
            created_at: Set(t),
            updated_at: Set(t),
            agreement_id: Set(id),
            council_id: Set(*council),
        }
        .insert(db)
        .await?;
    }
    for s in &c.signatories {
        agreement_signatory::ActiveModel {
            id: Set(Uuid::now_v7()),
            version: Set(1),
            created_at: Set(t),
            updated_at: Set(t),
            agreement_id: Set(id),
            person_id: Set(s.person_id),
            organization_id: Set(s.organization_id),
            signed_on: Set(s.signed_on),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> ApiResult<agreement::Model> {
    AgreementEntity::find_by_id(id).one(db).await?.ok_or(ApiError::NotFound)
}

pub async fn to_api_many(db: &impl ConnectionTrait, rows: Vec<agreement::Model>) -> ApiResult<Vec<Agreement>> {
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let mut parties: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    for p in AgreementParty::find().filter(agreement_party::Column::AgreementId.is_in(ids.clone())).order_by_asc(agreement_party::Column::Id).all(db).await? {
        parties.entry(p.agreement_id).or_default().push(p.organization_id);
    }
    let mut councils: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    for c in AgreementCouncil::find().filter(agreement_council::Column::AgreementId.is_in(ids.clone())).order_by_asc(agreement_council::Column::Id).all(db).await? {
        councils.entry(c.agreement_id).or_default().push(c.council_id);
    }
    let mut signatories: HashMap<Uuid, Vec<Signatory>> = HashMap::new();
    for s in SignatoryEntity::find().filter(agreement_signatory::Column::AgreementId.is_in(ids)).order_by_asc(agreement_signatory::Column::Id).all(db).await? {
        signatories.entry(s.agreement_id).or_default().push(Signatory {
            person_id: s.person_id,
            organization_id: s.organization_id,
            signed_on: s.signed_on,
        });
    }
    rows.into_iter()
        .map(|m| {
            Ok(Agreement {
                phase: AgreementPhase::parse(&m.phase)?,
                priority_areas: serde_json::from_value(m.priority_areas).map_err(ApiError::internal)?,
                party_ids: parties.remove(&m.id).unwrap_or_default(),
                council_ids: councils.remove(&m.id).unwrap_or_default(),
                signatories: signatories.remove(&m.id).unwrap_or_default(),
                id: m.id,
                name: m.name,
                parent_id: m.parent_id,
                valid_from: m.valid_from,
                valid_to: m.valid_to,
                description: m.description,
                version: m.version,
                created_at: m.created_at,
                updated_at: m.updated_at,
            })
        })
        .collect()
}

async fn to_api(db: &impl ConnectionTrait, m: agreement::Model) -> ApiResult<Agreement> {
    Ok(to_api_many(db, vec![m]).await?.remove(0))
}

/// The agreements a person signed, for the GDPR export.
pub async fn signatures_of(db: &impl ConnectionTrait, person_id: Uuid) -> ApiResult<Vec<serde_json::Value>> {
    Ok(SignatoryEntity::find()
        .filter(agreement_signatory::Column::PersonId.eq(person_id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| serde_json::json!({"agreement_id": s.agreement_id, "organization_id": s.organization_id, "signed_on": s.signed_on}))
        .collect())
}

pub async fn insert(db: &impl ConnectionTrait, input: &NewAgreement) -> ApiResult<agreement::Model> {
    let mut c = Content {
        name: input.name.clone(),
        phase: input.phase.unwrap_or(AgreementPhase::Initiate),
        parent_id: input.parent_id,
        valid_from: input.valid_from,
        valid_to: input.valid_to,
        party_ids: input.party_ids.clone(),
        priority_areas: input.priority_areas.clone(),
        council_ids: input.council_ids.clone(),
        signatories: input.signatories.clone(),
        description: input.description.clone(),
    };
    check(db, None, &mut c).await?;
    let t = now();
    let m = agreement::ActiveModel {
        id: Set(Uuid::now_v7()),
        version: Set(1),
        created_at: Set(t),
        updated_at: Set(t),
        search_name: Set(search_key(&c.name)),
        name: Set(c.name.clone()),
        phase: Set(c.phase.as_str().into()),
        parent_id: Set(c.parent_id),
        valid_from: Set(c.valid_from),
        valid_to: Set(c.valid_to),
        priority_areas: Set(serde_json::to_value(&c.priority_areas).map_err(ApiError::internal)?),
        description: Set(c.description.clone()),
    }
    .insert(db)
    .await?;
    save_links(db, m.id, &c).await?;
    Ok(m)
}

async fn apply_patch(db: &impl ConnectionTrait, current: Agreement, p: &AgreementPatch) -> ApiResult<agreement::Model> {
    let mut c = Content {
        name: p.name.clone().unwrap_or(current.name),
        phase: p.phase.unwrap_or(current.phase),
        parent_id: p.parent_id.unwrap_or(current.parent_id),
        valid_from: p.valid_from.unwrap_or(current.valid_from),
        valid_to: p.valid_to.unwrap_or(current.valid_to),
        party_ids: p.party_ids.clone().unwrap_or(current.party_ids),
        priority_areas: p.priority_areas.clone().unwrap_or(current.priority_areas),
        council_ids: p.council_ids.clone().unwrap_or(current.council_ids),
        signatories: p.signatories.clone().unwrap_or(current.signatories),
        description: p.description.clone().unwrap_or(current.description),
    };
    check(db, Some(current.id), &mut c).await?;
    let m = agreement::ActiveModel {
        version: Set(current.version + 1),
        updated_at: Set(now()),
        search_name: Set(search_key(&c.name)),
        name: Set(c.name.clone()),
        phase: Set(c.phase.as_str().into()),
        parent_id: Set(c.parent_id),
        valid_from: Set(c.valid_from),
        valid_to: Set(c.valid_to),
        priority_areas: Set(serde_json::to_value(&c.priority_areas).map_err(ApiError::internal)?),
        description: Set(c.description.clone()),
        ..Default::default()
    };
    crate::db::update_versioned(db, m, current.id, current.version).await?;
    save_links(db, current.id, &c).await?;
    find(db, current.id).await
}

fn json(a: &Agreement) -> serde_json::Value {
    serde_json::to_value(a).unwrap_or_default()
}

/// List agreements
#[utoipa::path(
    operation_id = "listAgreements",
    tag = "agreements",
    params(AgreementQuery),
    responses((status = 200, description = "A page of agreements", body = Page<Agreement>)),
    security(("bearer" = []))
)]
#[get("/agreements")]
pub async fn list(state: web::Data<AppState>, _auth: Auth, query: web::Query<AgreementQuery>) -> ApiResult<HttpResponse> {
    let q = query.into_inner();
    let limit = pagination::checked_limit(q.limit)?;
    check_query_len("q", q.q.as_deref(), 200)?;
    check_query_len("cursor", q.cursor.as_deref(), 500)?;
    let mut s = AgreementEntity::find();
    if let Some(phase) = q.phase {
        s = s.filter(agreement::Column::Phase.eq(phase.as_str()));
    }
    if let Some(parent) = q.parent_id {
        s = s.filter(agreement::Column::ParentId.eq(parent));
    }
    if let Some(council) = q.council_id {
        let ids: Vec<Uuid> = AgreementCouncil::find()
            .filter(agreement_council::Column::CouncilId.eq(council))
            .select_only()
            .column(agreement_council::Column::AgreementId)
            .into_tuple()
            .all(&state.db)
            .await?;
        s = s.filter(agreement::Column::Id.is_in(ids));
    }
    if let Some(party) = q.party_id {
        let ids: Vec<Uuid> = AgreementParty::find()
            .filter(agreement_party::Column::OrganizationId.eq(party))
            .select_only()
            .column(agreement_party::Column::AgreementId)
            .into_tuple()
            .all(&state.db)
            .await?;
        s = s.filter(agreement::Column::Id.is_in(ids));
    }
    if let Some(term) = q.q.as_deref().filter(|t| !t.trim().is_empty()) {
        s = s.filter(name_contains(agreement::Column::SearchName, term));
    }
    if let Some(c) = q.cursor.as_deref() {
        s = s.filter(pagination::after(c, agreement::Column::SearchName, agreement::Column::Id)?);
    }
    let rows = s
        .order_by_asc(agreement::Column::SearchName)
        .order_by_asc(agreement::Column::Id)
        .limit(limit + 1)
        .all(&state.db)
        .await?;
    let page = pagination::finish(rows, limit, |m| Cursor { key: m.search_name.clone(), id: m.id }, |m| m);
    let items = to_api_many(&state.db, page.items).await?;
    Ok(HttpResponse::Ok().json(Page { items, next_cursor: page.next_cursor }))
}

/// Get an agreement
#[utoipa::path(
    operation_id = "getAgreement",
    tag = "agreements",
    params(("id" = Uuid, Path, description = "Agreement id")),
    responses((status = 200, description = "The agreement", body = Agreement, headers(("ETag" = String, description = "The current version")))),
    security(("bearer" = []))
)]
#[get("/agreements/{id}")]
pub async fn get_one(state: web::Data<AppState>, _auth: Auth, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    let a = to_api(&state.db, find(&state.db, id.into_inner()).await?).await?;
    Ok(ok_with_etag(a.version, &a))
}

/// Create an agreement
///
/// Admins and coordinators. Signatories sign for one of the parties.
#[utoipa::path(
    operation_id = "createAgreement",
    tag = "agreements",
    request_body = NewAgreement,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes a retried request return the first response", pattern = "^[!-~]{1,255}$")),
    responses((status = 201, description = "Created", body = Agreement,
        headers(("Location" = String, description = "The agreement's URL"), ("ETag" = String, description = "Its version")))),
    security(("bearer" = []))
)]
#[post("/agreements")]
pub async fn create(state: web::Data<AppState>, auth: Auth, req: HttpRequest, body: Json<NewAgreement>) -> ApiResult<HttpResponse> {
    auth.require(EDITORS)?;
    let input = body.0;
    let idem = Idempotency::from_request(&req, &input)?;
    let txn = state.db.begin().await?;
    if let Some(replayed) = idem.replay::<AgreementEntity>(&txn, auth.user_id).await? {
        return Ok(replayed);
    }
    let a = to_api(&txn, insert(&txn, &input).await?).await?;
    idem.commit_created(
        txn,
        auth.user_id,
        Created { entity_type: "agreement", id: a.id, version: a.version, location: format!("/api/v1/agreements/{}", a.id), body: &a, audit: json(&a) },
    )
    .await
}

/// Update an agreement
///
/// Admins and coordinators. Requires `If-Match`. Lists given replace the old ones.
#[utoipa::path(
    operation_id = "updateAgreement",
    tag = "agreements",
    request_body = AgreementPatch,
    params(("id" = Uuid, Path, description = "Agreement id"), ("If-Match" = String, Header, description = "The ETag from the last read")),
    responses((status = 200, description = "Updated", body = Agreement, headers(("ETag" = String, description = "The new version")))),
    security(("bearer" = []))
)]
#[patch("/agreements/{id}")]
pub async fn update(
    state: web::Data<AppState>,
    auth: Auth,
    req: HttpRequest,
    id: web::Path<Uuid>,
    body: Json<AgreementPatch>,
) -> ApiResult<HttpResponse> {
    auth.require(EDITORS)?;
    let txn = state.db.begin().await?;
    let current = find(&txn, id.into_inner()).await?;
    check_if_match(&req, current.version)?;
    let unchanged = to_api(&txn, current).await?;
    let before = json(&unchanged);
    let a = to_api(&txn, apply_patch(&txn, unchanged.clone(), &body.0).await?).await?;
    if !audit::commit_update(txn, auth.user_id, "agreement", a.id, audit::diff(&before, &json(&a))).await? {
        return Ok(ok_with_etag(unchanged.version, &unchanged));
    }
    Ok(ok_with_etag(a.version, &a))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(create).service(get_one).service(update);
}
