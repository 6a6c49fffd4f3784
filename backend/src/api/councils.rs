//! Councils: the central and local steering groups, safety councils, working groups and
//! operative groups — with their areas, mandate, status and meeting cadence.

use std::collections::{HashMap, HashSet};

use actix_web::{HttpRequest, HttpResponse, get, patch, post, web};
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
    TransactionTrait,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::auth::{Auth, EDITORS};
use crate::concurrency::{check_if_match, ok_with_etag};
use crate::db::{name_contains, now, search_key};
use crate::entities::area::Entity as AreaEntity;
use crate::entities::area_overlap::{self, Entity as Overlap};
use crate::entities::council::{self, Entity as CouncilEntity};
use crate::entities::council_area::{self, Entity as CouncilArea};
use crate::entities::organization::Entity as Org;
use crate::error::{ApiError, ApiResult, FieldError};
use crate::extract::{Json, check_query_len, double_option, non_null};
use crate::idempotency::{Created, Idempotency};
use crate::pagination::{self, Cursor, Page};
use crate::rules::cadence::{self, Cadence};
use crate::rules::text;
use crate::state::AppState;
use crate::{audit, string_enum};

string_enum!(
    /// What kind of body a council is.
    CouncilKind {
        CentralSteeringGroup => "central_steering_group",
        LocalSteeringGroup => "local_steering_group",
        SafetyCouncil => "safety_council",
        WorkingGroup => "working_group",
        OperativeGroup => "operative_group",
    }
);

string_enum!(
    /// Where a council is in its life.
    CouncilStatus {
        Proposed => "proposed",
        Active => "active",
        Dissolved => "dissolved",
    }
);

/// Who created a council, and by which decision.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct Mandate {
    /// The council that decided (e.g. the central steering group).
    #[serde(default)]
    pub decided_by_council_id: Option<Uuid>,
    /// The organization whose body decided (e.g. a district committee).
    #[serde(default)]
    pub decided_by_organization_id: Option<Uuid>,
    /// The decision, e.g. "Beslut i central styrgrupp § 4".
    #[serde(default)]
    #[schema(max_length = 300, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub decision_reference: Option<String>,
    #[serde(default)]
    pub decided_on: Option<NaiveDate>,
    /// Diarienummer, e.g. `KS 2019/656`.
    #[serde(default)]
    #[schema(max_length = 100, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$", example = "KS 2019/656")]
    pub registration_number: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Council {
    pub id: Uuid,
    pub name: String,
    pub kind: CouncilKind,
    pub parent_id: Option<Uuid>,
    pub area_ids: Vec<Uuid>,
    pub status: CouncilStatus,
    pub founded_on: Option<NaiveDate>,
    pub dissolved_on: Option<NaiveDate>,
    pub cadence: Option<Cadence>,
    /// The next five meetings from the cadence, in the cadence's time zone (read-only).
    #[schema(value_type = Vec<String>, example = json!(["2026-12-08T18:00:00+01:00"]))]
    pub next_meetings: Vec<DateTime<FixedOffset>>,
    pub mandate: Option<Mandate>,
    pub description: Option<String>,
    /// Shown on the public pages.
    pub is_public: bool,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCouncil {
    #[schema(min_length = 1, max_length = 200, pattern = r"^[^\x00-\x1F\x7F-\x9F]*[^\s\x00-\x1F\x7F-\x9F][^\x00-\x1F\x7F-\x9F]*$")]
    pub name: String,
    pub kind: CouncilKind,
    #[serde(default)]
    pub parent_id: Option<Uuid>,
    #[serde(default)]
    #[schema(max_items = 200)]
    pub area_ids: Vec<Uuid>,
    /// Default `proposed`.
    #[serde(default)]
    pub status: Option<CouncilStatus>,
    #[serde(default)]
    pub founded_on: Option<NaiveDate>,
    #[serde(default)]
    pub dissolved_on: Option<NaiveDate>,
    #[serde(default)]
    pub cadence: Option<Cadence>,
    #[serde(default)]
    pub mandate: Option<Mandate>,
    #[serde(default)]
    #[schema(max_length = 5000)]
    pub description: Option<String>,
    #[serde(default)]
    pub is_public: bool,
}

/// The fields to change; absent fields stay, `null` clears an optional field.
#[derive(Debug, Serialize, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct CouncilPatch {
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false, min_length = 1, max_length = 200, pattern = r"^[^\x00-\x1F\x7F-\x9F]*[^\s\x00-\x1F\x7F-\x9F][^\x00-\x1F\x7F-\x9F]*$")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false)]
    pub kind: Option<CouncilKind>,
    #[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Uuid>)]
    pub parent_id: Option<Option<Uuid>>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false, max_items = 200)]
    pub area_ids: Option<Vec<Uuid>>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false)]
    pub status: Option<CouncilStatus>,
    #[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<NaiveDate>)]
    pub founded_on: Option<Option<NaiveDate>>,
    #[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<NaiveDate>)]
    pub dissolved_on: Option<Option<NaiveDate>>,
    #[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Cadence>)]
    pub cadence: Option<Option<Cadence>>,
    #[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Mandate>)]
    pub mandate: Option<Option<Mandate>>,
    #[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, max_length = 5000)]
    pub description: Option<Option<String>>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false)]
    pub is_public: Option<bool>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CouncilQuery {
    pub kind: Option<CouncilKind>,
    pub status: Option<CouncilStatus>,
    /// Only direct children of this council.
    pub parent_id: Option<Uuid>,
    /// Only councils whose areas are this area or overlap it.
    pub area_id: Option<Uuid>,
    /// Case-insensitive search in the name.
    #[param(max_length = 200)]
    pub q: Option<String>,
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    #[param(max_length = 500)]
    pub cursor: Option<String>,
}

// ---- rules ----

/// A council's fields after validation, before the checks that need the database.
struct Checked {
    name: String,
    description: Option<String>,
    mandate: Option<Mandate>,
}

fn validate(
    name: &str,
    status: CouncilStatus,
    founded_on: Option<NaiveDate>,
    dissolved_on: Option<NaiveDate>,
    cadence: Option<&Cadence>,
    mandate: Option<&Mandate>,
    description: Option<&str>,
) -> ApiResult<Checked> {
    let mut errors: Vec<FieldError> = vec![];
    let name = text::name("name", name, 200, &mut errors);
    if let (Some(f), Some(d)) = (founded_on, dissolved_on)
        && d < f
    {
        errors.push(FieldError::new("dissolved_on", "before_founded_on", "A council cannot be dissolved before it was founded."));
    }
    if status == CouncilStatus::Dissolved && dissolved_on.is_none() {
        errors.push(FieldError::new("dissolved_on", "required", "A dissolved council has a dissolution date."));
    }
    if let Some(c) = cadence {
        cadence::validate(c, &mut errors);
    }
    let mandate = mandate.map(|m| Mandate {
        decision_reference: text::optional("mandate.decision_reference", m.decision_reference.as_deref(), 300, &mut errors),
        registration_number: text::optional("mandate.registration_number", m.registration_number.as_deref(), 100, &mut errors),
        ..m.clone()
    });
    let description = description.map(str::trim).filter(|d| !d.is_empty()).map(str::to_owned);
    if description.as_ref().is_some_and(|d| d.chars().count() > 5000) {
        errors.push(FieldError::new("description", "too_long", "At most 5000 characters."));
    }
    if errors.is_empty() { Ok(Checked { name, description, mandate }) } else { Err(ApiError::Validation(errors)) }
}

/// Working groups sit under a steering group or a council.
fn parent_kind_allowed(kind: CouncilKind, parent: Option<CouncilKind>) -> Result<(), FieldError> {
    use CouncilKind::*;
    match (kind, parent) {
        (WorkingGroup, None) => Err(FieldError::new("parent_id", "required", "A working group sits under a steering group or a council.")),
        (WorkingGroup, Some(CentralSteeringGroup | LocalSteeringGroup | SafetyCouncil)) => Ok(()),
        (WorkingGroup, Some(_)) => Err(FieldError::new(
            "parent_id",
            "invalid_parent_kind",
            "A working group sits under a steering group or a safety council.",
        )),
        (CentralSteeringGroup, Some(_)) => {
            Err(FieldError::new("parent_id", "invalid_parent_kind", "A central steering group has no parent council."))
        }
        _ => Ok(()),
    }
}

async fn check_references(
    db: &impl ConnectionTrait,
    id: Option<Uuid>,
    kind: CouncilKind,
    parent_id: Option<Uuid>,
    area_ids: &[Uuid],
    mandate: Option<&Mandate>,
) -> ApiResult<()> {
    let parent_kind = match parent_id {
        Some(p) => {
            crate::hierarchy::check_parent::<CouncilEntity>(db, council::Column::ParentId, id, p).await?;
            Some(CouncilKind::parse(&find(db, p).await?.kind)?)
        }
        None => None,
    };
    parent_kind_allowed(kind, parent_kind).map_err(|e| ApiError::Validation(vec![e]))?;
    let distinct: HashSet<_> = area_ids.iter().collect();
    let found = AreaEntity::find()
        .filter(crate::entities::area::Column::Id.is_in(area_ids.iter().copied()))
        .select_only()
        .column(crate::entities::area::Column::Id)
        .into_tuple::<Uuid>()
        .all(db)
        .await?;
    if found.len() != distinct.len() {
        return Err(ApiError::field("area_ids", "not_found", "One or more of these areas do not exist."));
    }
    if let Some(m) = mandate {
        if let Some(c) = m.decided_by_council_id
            && (Some(c) == id || CouncilEntity::find_by_id(c).one(db).await?.is_none())
        {
            return Err(ApiError::field("mandate.decided_by_council_id", "not_found", "No other council has this id."));
        }
        if let Some(o) = m.decided_by_organization_id
            && Org::find_by_id(o).one(db).await?.is_none()
        {
            return Err(ApiError::field("mandate.decided_by_organization_id", "not_found", "No organization has this id."));
        }
    }
    Ok(())
}

// ---- persistence ----

pub async fn find(db: &impl ConnectionTrait, id: Uuid) -> ApiResult<council::Model> {
    CouncilEntity::find_by_id(id).one(db).await?.ok_or(ApiError::NotFound)
}

/// The area ids of each council, with one query.
pub async fn area_ids_of(db: &impl ConnectionTrait, ids: &[Uuid]) -> ApiResult<HashMap<Uuid, Vec<Uuid>>> {
    let rows = CouncilArea::find()
        .filter(council_area::Column::CouncilId.is_in(ids.iter().copied()))
        .order_by_asc(council_area::Column::Id)
        .all(db)
        .await?;
    let mut map: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    for r in rows {
        map.entry(r.council_id).or_default().push(r.area_id);
    }
    Ok(map)
}

pub fn mandate_of(m: &council::Model) -> Option<Mandate> {
    m.mandate.clone().and_then(|v| serde_json::from_value(v).ok())
}

fn cadence_of(m: &council::Model) -> Option<Cadence> {
    m.cadence.clone().and_then(|v| serde_json::from_value(v).ok())
}

pub async fn to_api_many(db: &impl ConnectionTrait, rows: Vec<council::Model>) -> ApiResult<Vec<Council>> {
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let mut areas = area_ids_of(db, &ids).await?;
    let now = Utc::now();
    rows.into_iter()
        .map(|m| {
            let cadence = cadence_of(&m);
            let starts_on = m.founded_on.unwrap_or_else(|| m.created_at.date_naive());
            let next_meetings = match (&cadence, m.status.as_str()) {
                (Some(c), "active" | "proposed") => cadence::next_meetings(c, starts_on, now, 5),
                _ => vec![],
            };
            Ok(Council {
                id: m.id,
                area_ids: areas.remove(&m.id).unwrap_or_default(),
                kind: CouncilKind::parse(&m.kind)?,
                status: CouncilStatus::parse(&m.status)?,
                mandate: mandate_of(&m),
                name: m.name,
                parent_id: m.parent_id,
                founded_on: m.founded_on,
                dissolved_on: m.dissolved_on,
                cadence,
                next_meetings,
                description: m.description,
                is_public: m.is_public,
                version: m.version,
                created_at: m.created_at,
                updated_at: m.updated_at,
            })
        })
        .collect()
}

pub async fn to_api(db: &impl ConnectionTrait, m: council::Model) -> ApiResult<Council> {
    Ok(to_api_many(db, vec![m]).await?.remove(0))
}

async fn set_areas(db: &impl ConnectionTrait, council_id: Uuid, area_ids: &[Uuid]) -> ApiResult<()> {
    CouncilArea::delete_many().filter(council_area::Column::CouncilId.eq(council_id)).exec(db).await?;
    let mut seen = HashSet::new();
    let t = now();
    for a in area_ids.iter().filter(|a| seen.insert(**a)) {
        council_area::ActiveModel {
            id: Set(Uuid::now_v7()),
            version: Set(1),
            created_at: Set(t),
            updated_at: Set(t),
            council_id: Set(council_id),
            area_id: Set(*a),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

fn to_json<T: Serialize>(v: &Option<T>) -> ApiResult<Option<serde_json::Value>> {
    v.as_ref().map(|v| serde_json::to_value(v).map_err(ApiError::internal)).transpose()
}

pub async fn insert(db: &impl ConnectionTrait, input: &NewCouncil) -> ApiResult<council::Model> {
    let status = input.status.unwrap_or(CouncilStatus::Proposed);
    let c = validate(
        &input.name,
        status,
        input.founded_on,
        input.dissolved_on,
        input.cadence.as_ref(),
        input.mandate.as_ref(),
        input.description.as_deref(),
    )?;
    check_references(db, None, input.kind, input.parent_id, &input.area_ids, c.mandate.as_ref()).await?;
    let t = now();
    let model = council::ActiveModel {
        id: Set(Uuid::now_v7()),
        version: Set(1),
        created_at: Set(t),
        updated_at: Set(t),
        search_name: Set(search_key(&c.name)),
        name: Set(c.name),
        kind: Set(input.kind.as_str().into()),
        parent_id: Set(input.parent_id),
        status: Set(status.as_str().into()),
        founded_on: Set(input.founded_on),
        dissolved_on: Set(input.dissolved_on),
        cadence: Set(to_json(&input.cadence)?),
        mandate: Set(to_json(&c.mandate)?),
        description: Set(c.description),
        is_public: Set(input.is_public),
    }
    .insert(db)
    .await?;
    set_areas(db, model.id, &input.area_ids).await?;
    Ok(model)
}

async fn apply_patch(db: &impl ConnectionTrait, current: council::Model, p: &CouncilPatch) -> ApiResult<council::Model> {
    let kind = p.kind.unwrap_or(CouncilKind::parse(&current.kind)?);
    let status = p.status.unwrap_or(CouncilStatus::parse(&current.status)?);
    let founded_on = p.founded_on.unwrap_or(current.founded_on);
    let dissolved_on = p.dissolved_on.unwrap_or(current.dissolved_on);
    let cadence = p.cadence.clone().unwrap_or_else(|| cadence_of(&current));
    let mandate = p.mandate.clone().unwrap_or_else(|| mandate_of(&current));
    let description = p.description.clone().unwrap_or(current.description.clone());
    let parent_id = p.parent_id.unwrap_or(current.parent_id);
    let c = validate(
        p.name.as_deref().unwrap_or(&current.name),
        status,
        founded_on,
        dissolved_on,
        cadence.as_ref(),
        mandate.as_ref(),
        description.as_deref(),
    )?;
    let area_ids = match &p.area_ids {
        Some(a) => a.clone(),
        None => area_ids_of(db, &[current.id]).await?.remove(&current.id).unwrap_or_default(),
    };
    check_references(db, Some(current.id), kind, parent_id, &area_ids, c.mandate.as_ref()).await?;
    if p.area_ids.is_some() {
        set_areas(db, current.id, &area_ids).await?;
    }
    let m = council::ActiveModel {
        version: Set(current.version + 1),
        updated_at: Set(now()),
        search_name: Set(search_key(&c.name)),
        name: Set(c.name),
        kind: Set(kind.as_str().into()),
        parent_id: Set(parent_id),
        status: Set(status.as_str().into()),
        founded_on: Set(founded_on),
        dissolved_on: Set(dissolved_on),
        cadence: Set(to_json(&cadence)?),
        mandate: Set(to_json(&c.mandate)?),
        description: Set(c.description),
        is_public: Set(p.is_public.unwrap_or(current.is_public)),
        ..Default::default()
    };
    crate::db::update_versioned(db, m, current.id, current.version).await?;
    find(db, current.id).await
}

/// The area and every area overlapping it.
pub async fn area_and_overlaps(db: &impl ConnectionTrait, area_id: Uuid) -> ApiResult<Vec<Uuid>> {
    let mut ids: Vec<Uuid> = Overlap::find()
        .filter(area_overlap::Column::AreaId.eq(area_id))
        .select_only()
        .column(area_overlap::Column::OtherAreaId)
        .into_tuple()
        .all(db)
        .await?;
    ids.push(area_id);
    Ok(ids)
}

fn json(c: &Council) -> serde_json::Value {
    let mut v = serde_json::to_value(c).unwrap_or_default();
    if let Some(o) = v.as_object_mut() {
        o.remove("next_meetings");
    }
    v
}

// ---- handlers ----

/// List councils
///
/// Sorted by name. `area_id` finds the councils whose areas are that area or overlap it.
#[utoipa::path(
    operation_id = "listCouncils",
    tag = "councils",
    params(CouncilQuery),
    responses((status = 200, description = "A page of councils", body = Page<Council>)),
    security(("bearer" = []))
)]
#[get("/councils")]
pub async fn list(state: web::Data<AppState>, _auth: Auth, query: web::Query<CouncilQuery>) -> ApiResult<HttpResponse> {
    let q = query.into_inner();
    let limit = pagination::checked_limit(q.limit)?;
    check_query_len("q", q.q.as_deref(), 200)?;
    check_query_len("cursor", q.cursor.as_deref(), 500)?;
    let mut s = CouncilEntity::find();
    if let Some(kind) = q.kind {
        s = s.filter(council::Column::Kind.eq(kind.as_str()));
    }
    if let Some(status) = q.status {
        s = s.filter(council::Column::Status.eq(status.as_str()));
    }
    if let Some(parent) = q.parent_id {
        s = s.filter(council::Column::ParentId.eq(parent));
    }
    if let Some(area) = q.area_id {
        let areas = area_and_overlaps(&state.db, area).await?;
        let councils: Vec<Uuid> = CouncilArea::find()
            .filter(council_area::Column::AreaId.is_in(areas))
            .select_only()
            .column(council_area::Column::CouncilId)
            .distinct()
            .into_tuple()
            .all(&state.db)
            .await?;
        s = s.filter(council::Column::Id.is_in(councils));
    }
    if let Some(term) = q.q.as_deref().filter(|t| !t.trim().is_empty()) {
        s = s.filter(name_contains(council::Column::SearchName, term));
    }
    if let Some(c) = q.cursor.as_deref() {
        s = s.filter(pagination::after(c, council::Column::SearchName, council::Column::Id)?);
    }
    let rows = s
        .order_by_asc(council::Column::SearchName)
        .order_by_asc(council::Column::Id)
        .limit(limit + 1)
        .all(&state.db)
        .await?;
    let page = pagination::finish(rows, limit, |m| Cursor { key: m.search_name.clone(), id: m.id }, |m| m);
    let items = to_api_many(&state.db, page.items).await?;
    Ok(HttpResponse::Ok().json(Page { items, next_cursor: page.next_cursor }))
}

/// Get a council
#[utoipa::path(
    operation_id = "getCouncil",
    tag = "councils",
    params(("id" = Uuid, Path, description = "Council id")),
    responses((status = 200, description = "The council", body = Council, headers(("ETag" = String, description = "The current version")))),
    security(("bearer" = []))
)]
#[get("/councils/{id}")]
pub async fn get_one(state: web::Data<AppState>, _auth: Auth, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    let c = to_api(&state.db, find(&state.db, id.into_inner()).await?).await?;
    Ok(ok_with_etag(c.version, &c))
}

/// Create a council
///
/// Admins and coordinators.
#[utoipa::path(
    operation_id = "createCouncil",
    tag = "councils",
    request_body = NewCouncil,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes a retried request return the first response", pattern = "^[!-~]{1,255}$")),
    responses((status = 201, description = "Created", body = Council,
        headers(("Location" = String, description = "The council's URL"), ("ETag" = String, description = "Its version")))),
    security(("bearer" = []))
)]
#[post("/councils")]
pub async fn create(state: web::Data<AppState>, auth: Auth, req: HttpRequest, body: Json<NewCouncil>) -> ApiResult<HttpResponse> {
    auth.require(EDITORS)?;
    let input = body.0;
    let idem = Idempotency::from_request(&req, &input)?;
    let txn = state.db.begin().await?;
    if let Some(replayed) = idem.replay::<CouncilEntity>(&txn, auth.user_id).await? {
        return Ok(replayed);
    }
    let c = to_api(&txn, insert(&txn, &input).await?).await?;
    idem.commit_created(
        txn,
        auth.user_id,
        Created { entity_type: "council", id: c.id, version: c.version, location: format!("/api/v1/councils/{}", c.id), body: &c, audit: json(&c) },
    )
    .await
}

/// Update a council
///
/// Admins and coordinators; a council's chair or secretary may update it too. Requires
/// `If-Match`. Councils are dissolved (status `dissolved` with `dissolved_on`), never deleted.
#[utoipa::path(
    operation_id = "updateCouncil",
    tag = "councils",
    request_body = CouncilPatch,
    params(("id" = Uuid, Path, description = "Council id"), ("If-Match" = String, Header, description = "The ETag from the last read")),
    responses((status = 200, description = "Updated", body = Council, headers(("ETag" = String, description = "The new version")))),
    security(("bearer" = []))
)]
#[patch("/councils/{id}")]
pub async fn update(
    state: web::Data<AppState>,
    auth: Auth,
    req: HttpRequest,
    id: web::Path<Uuid>,
    body: Json<CouncilPatch>,
) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    crate::access::require_council_manager(&state.db, &auth, id).await?;
    let txn = state.db.begin().await?;
    let current = find(&txn, id).await?;
    check_if_match(&req, current.version)?;
    let unchanged = to_api(&txn, current.clone()).await?;
    let before = json(&unchanged);
    let c = to_api(&txn, apply_patch(&txn, current, &body.0).await?).await?;
    if !audit::commit_update(txn, auth.user_id, "council", c.id, audit::diff(&before, &json(&c))).await? {
        return Ok(ok_with_etag(unchanged.version, &unchanged));
    }
    Ok(ok_with_etag(c.version, &c))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(create).service(get_one).service(update);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn working_groups_sit_under_a_steering_group_or_council() {
        use CouncilKind::*;
        assert!(parent_kind_allowed(WorkingGroup, None).is_err());
        assert!(parent_kind_allowed(WorkingGroup, Some(LocalSteeringGroup)).is_ok());
        assert!(parent_kind_allowed(WorkingGroup, Some(SafetyCouncil)).is_ok());
        assert_eq!(parent_kind_allowed(WorkingGroup, Some(WorkingGroup)).unwrap_err().code, "invalid_parent_kind");
        assert!(parent_kind_allowed(CentralSteeringGroup, Some(LocalSteeringGroup)).is_err());
        assert!(parent_kind_allowed(LocalSteeringGroup, Some(CentralSteeringGroup)).is_ok());
    }
}
