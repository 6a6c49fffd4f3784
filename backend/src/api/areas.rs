//! Areas: the city and its districts and neighbourhoods, and the police region, districts and
//! local police areas, with validity dates, predecessor links and overlaps.

use std::collections::HashMap;

use actix_web::{HttpRequest, HttpResponse, delete, get, patch, post, web};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, Iterable, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Select, Set, TransactionTrait,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::auth::{ADMINS, Auth};
use crate::concurrency::{check_if_match, ok_with_etag};
use crate::db::{name_contains, now, search_key};
use crate::entities::area::{self, Entity as AreaEntity};
use crate::entities::area_overlap::{self, Entity as Overlap};
use crate::entities::area_succession::{self, Entity as Succession};
use crate::error::{ApiError, ApiResult, FieldError};
use crate::extract::{Json, check_query_len, double_option, non_null};
use crate::idempotency::{Created, Idempotency};
use crate::pagination::{self, Cursor, Page};
use crate::rules::text;
use crate::state::AppState;
use crate::{audit, string_enum};

string_enum!(
    /// What kind of place an area is.
    AreaKind {
        Municipality => "municipality",
        District => "district",
        Neighbourhood => "neighbourhood",
        PoliceRegion => "police_region",
        PoliceDistrict => "police_district",
        LocalPoliceArea => "local_police_area",
    }
);

#[derive(Debug, Serialize, ToSchema)]
pub struct Area {
    pub id: Uuid,
    pub kind: AreaKind,
    pub name: String,
    /// A stable code, e.g. `0180` for the city or `sdo-jarva` for the district Järva.
    pub code: Option<String>,
    pub parent_id: Option<Uuid>,
    /// First day the area exists in this form (inclusive); `null` when not known.
    pub valid_from: Option<NaiveDate>,
    /// Last day the area exists in this form (inclusive); `null` while it still does.
    pub valid_to: Option<NaiveDate>,
    /// Areas this one replaced.
    pub predecessor_ids: Vec<Uuid>,
    /// Areas that replaced this one.
    pub successor_ids: Vec<Uuid>,
    /// GeoJSON geometry (CRS84); only with `include_geometry=true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geometry: Option<serde_json::Value>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

const NAME_MAX: usize = 200;
const CODE_MAX: usize = 50;

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewArea {
    pub kind: AreaKind,
    #[schema(min_length = 1, max_length = 200, pattern = r"^[^\x00-\x1F\x7F-\x9F]*[^\s\x00-\x1F\x7F-\x9F][^\x00-\x1F\x7F-\x9F]*$")]
    pub name: String,
    #[serde(default)]
    #[schema(max_length = 50, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub code: Option<String>,
    #[serde(default)]
    pub parent_id: Option<Uuid>,
    #[serde(default)]
    pub valid_from: Option<NaiveDate>,
    #[serde(default)]
    pub valid_to: Option<NaiveDate>,
    #[serde(default)]
    #[schema(max_items = 50)]
    pub predecessor_ids: Vec<Uuid>,
    /// Areas of other hierarchies this one overlaps (e.g. a district and a local police area).
    #[serde(default)]
    #[schema(max_items = 500)]
    pub overlap_ids: Vec<Uuid>,
    /// A GeoJSON geometry object (CRS84).
    #[serde(default)]
    #[schema(value_type = Option<Object>)]
    pub geometry: Option<serde_json::Value>,
}

/// The fields to change; absent fields stay, `null` clears an optional field.
#[derive(Debug, Serialize, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct AreaPatch {
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false, min_length = 1, max_length = 200, pattern = r"^[^\x00-\x1F\x7F-\x9F]*[^\s\x00-\x1F\x7F-\x9F][^\x00-\x1F\x7F-\x9F]*$")]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>, max_length = 50, pattern = r"^[^\x00-\x1F\x7F-\x9F]*$")]
    pub code: Option<Option<String>>,
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
    pub predecessor_ids: Option<Vec<Uuid>>,
    #[serde(default, deserialize_with = "non_null")]
    #[schema(nullable = false, max_items = 500)]
    pub overlap_ids: Option<Vec<Uuid>>,
    #[serde(default, deserialize_with = "double_option", skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub geometry: Option<Option<serde_json::Value>>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AreaQuery {
    /// Only areas of this kind.
    pub kind: Option<AreaKind>,
    /// Only direct children of this area.
    pub parent_id: Option<Uuid>,
    /// Only areas valid on this date.
    pub valid_at: Option<NaiveDate>,
    /// Case-insensitive search in the name.
    #[param(max_length = 200)]
    pub q: Option<String>,
    /// Include each area's GeoJSON geometry.
    pub include_geometry: Option<bool>,
    #[param(minimum = 1, maximum = 200)]
    pub limit: Option<u64>,
    /// The `next_cursor` of the previous page.
    #[param(max_length = 500)]
    pub cursor: Option<String>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AreaGetQuery {
    /// Include the GeoJSON geometry.
    pub include_geometry: Option<bool>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OverlapQuery {
    /// Only overlapping areas of this kind.
    pub kind: Option<AreaKind>,
    /// Only overlapping areas valid on this date.
    pub valid_at: Option<NaiveDate>,
}

// ---- rules ----

const GEOMETRY_TYPES: &[&str] = &["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"];

fn validate_geometry(g: &serde_json::Value, errors: &mut Vec<FieldError>) {
    let ok = g.get("type").and_then(|t| t.as_str()).is_some_and(|t| GEOMETRY_TYPES.contains(&t))
        && g.get("coordinates").is_some_and(|c| c.is_array());
    if !ok {
        errors.push(FieldError::new(
            "geometry",
            "invalid",
            "A GeoJSON geometry object with `type` (Polygon, MultiPolygon …) and `coordinates`.",
        ));
    }
}

fn validate_period(from: Option<NaiveDate>, to: Option<NaiveDate>, errors: &mut Vec<FieldError>) {
    if let (Some(f), Some(t)) = (from, to)
        && t < f
    {
        errors.push(FieldError::new("valid_to", "before_valid_from", "valid_to must not be before valid_from."));
    }
}


async fn check_ids_exist(db: &impl ConnectionTrait, field: &str, own: Option<Uuid>, ids: &[Uuid]) -> ApiResult<()> {
    if own.is_some_and(|o| ids.contains(&o)) {
        return Err(ApiError::field(field, "self_reference", "An area cannot refer to itself here."));
    }
    let found = AreaEntity::find().filter(area::Column::Id.is_in(ids.iter().copied())).count(db).await?;
    let distinct: std::collections::BTreeSet<_> = ids.iter().collect();
    if found as usize != distinct.len() {
        return Err(ApiError::field(field, "not_found", "One or more of these areas do not exist."));
    }
    Ok(())
}

// ---- persistence ----

/// Select areas, leaving the (large) geometry out unless asked for.
fn select(include_geometry: bool) -> Select<AreaEntity> {
    let s = AreaEntity::find();
    if include_geometry {
        return s;
    }
    s.select_only()
        .columns(area::Column::iter().filter(|c| !matches!(c, area::Column::Geometry)))
        .column_as(Expr::cust("NULL"), "geometry")
}

fn valid_at(d: NaiveDate) -> Condition {
    Condition::all()
        .add(Condition::any().add(area::Column::ValidFrom.is_null()).add(area::Column::ValidFrom.lte(d)))
        .add(Condition::any().add(area::Column::ValidTo.is_null()).add(area::Column::ValidTo.gte(d)))
}

/// Attach predecessor and successor ids to `rows` with one query.
async fn to_api_many(db: &impl ConnectionTrait, rows: Vec<area::Model>) -> ApiResult<Vec<Area>> {
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let links = Succession::find()
        .filter(
            Condition::any()
                .add(area_succession::Column::PredecessorId.is_in(ids.clone()))
                .add(area_succession::Column::SuccessorId.is_in(ids)),
        )
        .all(db)
        .await?;
    let mut preds: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    let mut succs: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    for l in links {
        preds.entry(l.successor_id).or_default().push(l.predecessor_id);
        succs.entry(l.predecessor_id).or_default().push(l.successor_id);
    }
    rows.into_iter()
        .map(|m| {
            Ok(Area {
                id: m.id,
                kind: AreaKind::parse(&m.kind)?,
                name: m.name,
                code: m.code,
                parent_id: m.parent_id,
                valid_from: m.valid_from,
                valid_to: m.valid_to,
                predecessor_ids: preds.remove(&m.id).unwrap_or_default(),
                successor_ids: succs.remove(&m.id).unwrap_or_default(),
                geometry: m.geometry,
                version: m.version,
                created_at: m.created_at,
                updated_at: m.updated_at,
            })
        })
        .collect()
}

async fn to_api(db: &impl ConnectionTrait, m: area::Model) -> ApiResult<Area> {
    Ok(to_api_many(db, vec![m]).await?.remove(0))
}

pub async fn find(db: &impl ConnectionTrait, id: Uuid, include_geometry: bool) -> ApiResult<area::Model> {
    select(include_geometry).filter(area::Column::Id.eq(id)).one(db).await?.ok_or(ApiError::NotFound)
}

async fn set_predecessors(db: &impl ConnectionTrait, id: Uuid, preds: &[Uuid]) -> ApiResult<()> {
    Succession::delete_many().filter(area_succession::Column::SuccessorId.eq(id)).exec(db).await?;
    let t = now();
    let mut unique = preds.to_vec();
    unique.sort();
    unique.dedup();
    for p in unique {
        area_succession::ActiveModel {
            id: Set(Uuid::now_v7()),
            version: Set(1),
            created_at: Set(t),
            updated_at: Set(t),
            predecessor_id: Set(p),
            successor_id: Set(id),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

async fn set_overlaps(db: &impl ConnectionTrait, id: Uuid, others: &[Uuid]) -> ApiResult<()> {
    Overlap::delete_many()
        .filter(Condition::any().add(area_overlap::Column::AreaId.eq(id)).add(area_overlap::Column::OtherAreaId.eq(id)))
        .exec(db)
        .await?;
    let t = now();
    let mut unique = others.to_vec();
    unique.sort();
    unique.dedup();
    for o in unique {
        for (a, b) in [(id, o), (o, id)] {
            area_overlap::ActiveModel {
                id: Set(Uuid::now_v7()),
                version: Set(1),
                created_at: Set(t),
                updated_at: Set(t),
                area_id: Set(a),
                other_area_id: Set(b),
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

async fn overlap_ids(db: &impl ConnectionTrait, id: Uuid) -> ApiResult<Vec<Uuid>> {
    Ok(Overlap::find()
        .filter(area_overlap::Column::AreaId.eq(id))
        .select_only()
        .column(area_overlap::Column::OtherAreaId)
        .into_tuple::<Uuid>()
        .all(db)
        .await?)
}

pub async fn insert(db: &impl ConnectionTrait, input: &NewArea) -> ApiResult<area::Model> {
    let mut errors = vec![];
    let name = text::name("name", &input.name, NAME_MAX, &mut errors);
    let code = text::optional("code", input.code.as_deref(), CODE_MAX, &mut errors);
    validate_period(input.valid_from, input.valid_to, &mut errors);
    if let Some(g) = &input.geometry {
        validate_geometry(g, &mut errors);
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    if let Some(p) = input.parent_id {
        crate::hierarchy::check_parent::<AreaEntity>(db, area::Column::ParentId, None, p).await?;
    }
    check_ids_exist(db, "predecessor_ids", None, &input.predecessor_ids).await?;
    check_ids_exist(db, "overlap_ids", None, &input.overlap_ids).await?;
    let t = now();
    let model = area::ActiveModel {
        id: Set(Uuid::now_v7()),
        version: Set(1),
        created_at: Set(t),
        updated_at: Set(t),
        kind: Set(input.kind.as_str().to_owned()),
        search_name: Set(search_key(&name)),
        name: Set(name),
        code: Set(code),
        parent_id: Set(input.parent_id),
        valid_from: Set(input.valid_from),
        valid_to: Set(input.valid_to),
        geometry: Set(input.geometry.clone()),
    }
    .insert(db)
    .await?;
    set_predecessors(db, model.id, &input.predecessor_ids).await?;
    set_overlaps(db, model.id, &input.overlap_ids).await?;
    Ok(model)
}

async fn apply_patch(db: &impl ConnectionTrait, current: area::Model, patch: &AreaPatch) -> ApiResult<area::Model> {
    let mut errors = vec![];
    let mut m: area::ActiveModel = current.clone().into();
    if let Some(name) = &patch.name {
        let name = text::name("name", name, NAME_MAX, &mut errors);
        m.search_name = Set(search_key(&name));
        m.name = Set(name);
    }
    if let Some(code) = &patch.code {
        m.code = Set(text::optional("code", code.as_deref(), CODE_MAX, &mut errors));
    }
    let from = patch.valid_from.unwrap_or(current.valid_from);
    let to = patch.valid_to.unwrap_or(current.valid_to);
    validate_period(from, to, &mut errors);
    m.valid_from = Set(from);
    m.valid_to = Set(to);
    if let Some(g) = &patch.geometry {
        if let Some(g) = g {
            validate_geometry(g, &mut errors);
        }
        m.geometry = Set(g.clone());
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    if let Some(parent) = patch.parent_id {
        if let Some(p) = parent {
            crate::hierarchy::check_parent::<AreaEntity>(db, area::Column::ParentId, Some(current.id), p).await?;
        }
        m.parent_id = Set(parent);
    }
    if let Some(preds) = &patch.predecessor_ids {
        check_ids_exist(db, "predecessor_ids", Some(current.id), preds).await?;
        set_predecessors(db, current.id, preds).await?;
    }
    if let Some(others) = &patch.overlap_ids {
        check_ids_exist(db, "overlap_ids", Some(current.id), others).await?;
        set_overlaps(db, current.id, others).await?;
    }
    m.version = Set(current.version + 1);
    m.updated_at = Set(now());
    crate::db::update_versioned(db, m, current.id, current.version).await?;
    find(db, current.id, false).await
}

/// The audit view of an area: its fields and links, without the (large) geometry.
async fn audit_value(db: &impl ConnectionTrait, a: &Area) -> ApiResult<serde_json::Value> {
    let mut v = serde_json::to_value(a).map_err(ApiError::internal)?;
    if let Some(o) = v.as_object_mut() {
        o.remove("geometry");
    }
    v["overlap_ids"] = serde_json::to_value(overlap_ids(db, a.id).await?).map_err(ApiError::internal)?;
    Ok(v)
}

// ---- handlers ----


/// List areas
///
/// Sorted by name. Filter by kind, parent, validity date or a search term.
#[utoipa::path(
    operation_id = "listAreas",
    tag = "areas",
    params(AreaQuery),
    responses((status = 200, description = "A page of areas", body = Page<Area>)),
    security(("bearer" = []))
)]
#[get("/areas")]
pub async fn list(state: web::Data<AppState>, _auth: Auth, query: web::Query<AreaQuery>) -> ApiResult<HttpResponse> {
    let q = query.into_inner();
    let limit = pagination::checked_limit(q.limit)?;
    check_query_len("q", q.q.as_deref(), 200)?;
    check_query_len("cursor", q.cursor.as_deref(), 500)?;
    let mut s = select(q.include_geometry.unwrap_or(false));
    if let Some(kind) = q.kind {
        s = s.filter(area::Column::Kind.eq(kind.as_str()));
    }
    if let Some(parent) = q.parent_id {
        s = s.filter(area::Column::ParentId.eq(parent));
    }
    if let Some(d) = q.valid_at {
        s = s.filter(valid_at(d));
    }
    if let Some(term) = q.q.as_deref().filter(|t| !t.trim().is_empty()) {
        s = s.filter(name_contains(area::Column::SearchName, term));
    }
    if let Some(c) = q.cursor.as_deref() {
        s = s.filter(pagination::after(c, area::Column::SearchName, area::Column::Id)?);
    }
    let rows = s
        .order_by_asc(area::Column::SearchName)
        .order_by_asc(area::Column::Id)
        .limit(limit + 1)
        .all(&state.db)
        .await?;
    let page = pagination::finish(rows, limit, |m| Cursor { key: m.search_name.clone(), id: m.id }, |m| m);
    let items = to_api_many(&state.db, page.items).await?;
    Ok(HttpResponse::Ok().json(Page { items, next_cursor: page.next_cursor }))
}

/// Get an area
#[utoipa::path(
    operation_id = "getArea",
    tag = "areas",
    params(("id" = Uuid, Path, description = "Area id"), AreaGetQuery),
    responses((status = 200, description = "The area", body = Area,
        headers(("ETag" = String, description = "The current version, for If-Match")))),
    security(("bearer" = []))
)]
#[get("/areas/{id}")]
pub async fn get_one(
    state: web::Data<AppState>,
    _auth: Auth,
    id: web::Path<Uuid>,
    query: web::Query<AreaGetQuery>,
) -> ApiResult<HttpResponse> {
    let m = find(&state.db, id.into_inner(), query.include_geometry.unwrap_or(false)).await?;
    Ok(ok_with_etag(m.version, &to_api(&state.db, m).await?))
}

/// List the areas an area overlaps
///
/// Areas of other hierarchies that share ground with this one: the local police areas a
/// district lies in, the districts a local police area covers, and so on.
#[utoipa::path(
    operation_id = "listAreaOverlaps",
    tag = "areas",
    params(("id" = Uuid, Path, description = "Area id"), OverlapQuery),
    responses((status = 200, description = "The overlapping areas, sorted by name (one page)", body = Page<Area>)),
    security(("bearer" = []))
)]
#[get("/areas/{id}/overlaps")]
pub async fn overlaps(
    state: web::Data<AppState>,
    _auth: Auth,
    id: web::Path<Uuid>,
    query: web::Query<OverlapQuery>,
) -> ApiResult<HttpResponse> {
    let area = find(&state.db, id.into_inner(), false).await?;
    let others = overlap_ids(&state.db, area.id).await?;
    let mut s = select(false).filter(area::Column::Id.is_in(others));
    if let Some(kind) = query.kind {
        s = s.filter(area::Column::Kind.eq(kind.as_str()));
    }
    if let Some(d) = query.valid_at {
        s = s.filter(valid_at(d));
    }
    let rows = s.order_by_asc(area::Column::SearchName).order_by_asc(area::Column::Id).all(&state.db).await?;
    let items = to_api_many(&state.db, rows).await?;
    Ok(HttpResponse::Ok().json(Page { items, next_cursor: None }))
}

/// Create an area
///
/// Admins only: areas are reference data.
#[utoipa::path(
    operation_id = "createArea",
    tag = "areas",
    request_body = NewArea,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes a retried request return the first response", pattern = "^[!-~]{1,255}$")),
    responses((status = 201, description = "Created", body = Area,
        headers(("Location" = String, description = "The new area's URL"), ("ETag" = String, description = "Its version")))),
    security(("bearer" = []))
)]
#[post("/areas")]
pub async fn create(state: web::Data<AppState>, auth: Auth, req: HttpRequest, body: Json<NewArea>) -> ApiResult<HttpResponse> {
    auth.require(ADMINS)?;
    let input = body.0;
    let idem = Idempotency::from_request(&req, &input)?;
    let txn = state.db.begin().await?;
    if let Some(replayed) = idem.replay::<AreaEntity>(&txn, auth.user_id).await? {
        return Ok(replayed);
    }
    let model = insert(&txn, &input).await?;
    let a = to_api(&txn, find(&txn, model.id, false).await?).await?;
    let audit = audit_value(&txn, &a).await?;
    idem.commit_created(
        txn,
        auth.user_id,
        Created { entity_type: "area", id: a.id, version: a.version, location: format!("/api/v1/areas/{}", a.id), body: &a, audit },
    )
    .await
}

/// Update an area
///
/// Admins only. Requires `If-Match` with the current ETag.
#[utoipa::path(
    operation_id = "updateArea",
    tag = "areas",
    request_body = AreaPatch,
    params(("id" = Uuid, Path, description = "Area id"), ("If-Match" = String, Header, description = "The ETag from the last read")),
    responses((status = 200, description = "Updated", body = Area, headers(("ETag" = String, description = "The new version")))),
    security(("bearer" = []))
)]
#[patch("/areas/{id}")]
pub async fn update(
    state: web::Data<AppState>,
    auth: Auth,
    req: HttpRequest,
    id: web::Path<Uuid>,
    body: Json<AreaPatch>,
) -> ApiResult<HttpResponse> {
    auth.require(ADMINS)?;
    let txn = state.db.begin().await?;
    let current = find(&txn, id.into_inner(), false).await?;
    check_if_match(&req, current.version)?;
    let unchanged = to_api(&txn, current.clone()).await?;
    let before = audit_value(&txn, &unchanged).await?;
    let updated = apply_patch(&txn, current, &body.0).await?;
    let a = to_api(&txn, updated).await?;
    let mut changes = audit::diff(&before, &audit_value(&txn, &a).await?);
    if let Some(g) = &body.0.geometry {
        changes["after"]["geometry"] = (if g.is_some() { "replaced" } else { "removed" }).into();
    }
    if !audit::commit_update(txn, auth.user_id, "area", a.id, changes).await? {
        return Ok(ok_with_etag(unchanged.version, &unchanged));
    }
    Ok(ok_with_etag(a.version, &a))
}

/// Delete an area
///
/// Admins only. Refused (409) while other areas sit under it; its succession and overlap
/// links go with it.
#[utoipa::path(
    operation_id = "deleteArea",
    tag = "areas",
    params(("id" = Uuid, Path, description = "Area id"), ("If-Match" = String, Header, description = "The ETag from the last read")),
    responses((status = 204, description = "Deleted")),
    security(("bearer" = []))
)]
#[delete("/areas/{id}")]
pub async fn remove(state: web::Data<AppState>, auth: Auth, req: HttpRequest, id: web::Path<Uuid>) -> ApiResult<HttpResponse> {
    auth.require(ADMINS)?;
    let txn = state.db.begin().await?;
    let current = find(&txn, id.into_inner(), false).await?;
    check_if_match(&req, current.version)?;
    if AreaEntity::find().filter(area::Column::ParentId.eq(current.id)).count(&txn).await? > 0 {
        return Err(ApiError::conflict("has_children", "Other areas sit under this one; move or delete them first."));
    }
    let before = audit_value(&txn, &to_api(&txn, current.clone()).await?).await?;
    Succession::delete_many()
        .filter(
            Condition::any()
                .add(area_succession::Column::PredecessorId.eq(current.id))
                .add(area_succession::Column::SuccessorId.eq(current.id)),
        )
        .exec(&txn)
        .await?;
    set_overlaps(&txn, current.id, &[]).await?;
    AreaEntity::delete_by_id(current.id).exec(&txn).await?;
    audit::record(&txn, Some(auth.user_id), "delete", "area", Some(current.id), audit::deleted(&before)).await?;
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list).service(create).service(get_one).service(overlaps).service(update).service(remove);
}
