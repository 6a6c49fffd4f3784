//! Areas as a resource: reference data that admins keep, with succession and overlap links.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::types::{Area, AreaPatch, NewArea};
use crate::db::search_key;
use crate::domain::area::is_geometry;
use crate::domain::audit::EntityType;
use crate::domain::role::{ADMINS, Action};
use crate::domain::text::Blank;
use crate::domain::time::Naive;
use crate::domain::validation::{FieldCode, Problems};
use crate::entities::area::{self, ActiveModel, Column, Entity};
use crate::error::{ApiError, ApiResult, ProblemCode};
use crate::kit::{ActiveOf, Caller, Create, Delete, Named, Refs, Resource, Update, names, write};
use crate::store::{areas, check_all_exist, hierarchy::check_parent};

pub struct Areas;

fn check_period(from: Option<chrono::NaiveDate>, to: Option<chrono::NaiveDate>, problems: &mut Problems) {
    if let (Some(f), Some(t)) = (from, to)
        && t < f
    {
        problems.add("valid_to", FieldCode::BeforeValidFrom, "valid_to must not be before valid_from.");
    }
}

fn check_geometry(g: Option<&serde_json::Value>, problems: &mut Problems) {
    if g.is_some_and(|g| !is_geometry(g)) {
        problems.add(
            "geometry",
            FieldCode::Invalid,
            "A GeoJSON geometry object with `type` (Polygon, MultiPolygon …) and `coordinates`.",
        );
    }
}

/// The links of an area name other areas that exist, never itself.
async fn check_links(db: &impl ConnectionTrait, field: &str, own: Option<Uuid>, ids: &[Uuid]) -> ApiResult<()> {
    if own.is_some_and(|o| ids.contains(&o)) {
        return Err(ApiError::field(field, FieldCode::SelfReference, "An area cannot refer to itself here."));
    }
    check_all_exist::<Entity, _>(db, field, Column::Id, ids, "areas").await
}

impl Resource for Areas {
    type Entity = Entity;
    type Out = Area;
    type Scope = ();
    const ENTITY: EntityType = EntityType::Area;

    fn location(_: (), id: Uuid) -> String {
        format!("/api/v1/areas/{id}")
    }

    /// Geometry is large: the audit log keeps its fingerprint, so a change still shows.
    fn audit(out: &Area) -> serde_json::Value {
        let mut v = write::audit_view::<Self>(out);
        if let Some(g) = &out.geometry {
            let digest = Sha256::digest(serde_json::to_vec(g).unwrap_or_default());
            v["geometry"] = serde_json::json!({ "sha256": crate::auth::keys::hex(&digest) });
        }
        v
    }

    async fn present(db: &impl ConnectionTrait, caller: &Caller, rows: Vec<area::Model>) -> ApiResult<Vec<Area>> {
        let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
        let (mut preds, mut succs) = areas::successions(db, &ids).await?;
        let mut overlaps = areas::overlaps_of(db, &ids).await?;
        let mut out = Vec::with_capacity(rows.len());
        let mut refs = Vec::with_capacity(rows.len());
        for m in rows {
            let (p, s, o) = (
                preds.remove(&m.id).unwrap_or_default(),
                succs.remove(&m.id).unwrap_or_default(),
                overlaps.remove(&m.id).unwrap_or_default(),
            );
            refs.push(
                Refs::new().one(Named::Area, m.parent_id).all(Named::Area, p.iter().chain(&s).chain(&o).copied()),
            );
            out.push(Area {
                id: m.id,
                kind: m.kind,
                name: m.name,
                code: m.code,
                parent_id: m.parent_id,
                valid_from: m.valid_from,
                valid_to: m.valid_to,
                predecessor_ids: p,
                successor_ids: s,
                overlap_ids: o,
                geometry: m.geometry,
                version: m.version,
                created_at: m.created_at,
                updated_at: m.updated_at,
                names: Default::default(),
                allowed_actions: caller.may(ADMINS, &[Action::Update, Action::Delete]),
            });
        }
        for (a, names) in out.iter_mut().zip(names::resolve(db, &refs).await?) {
            a.names = names;
        }
        Ok(out)
    }
}

impl Create for Areas {
    type New = NewArea;

    async fn insert(db: &impl ConnectionTrait, _: &Caller, _: (), input: NewArea) -> ApiResult<area::Model> {
        let mut problems = Problems::default();
        check_period(input.valid_from.naive(), input.valid_to.naive(), &mut problems);
        check_geometry(input.geometry.as_ref(), &mut problems);
        problems.finish()?;
        if let Some(p) = input.parent_id {
            check_parent::<Entity>(db, Column::ParentId, None, p).await?;
        }
        check_links(db, "predecessor_ids", None, &input.predecessor_ids).await?;
        check_links(db, "overlap_ids", None, &input.overlap_ids).await?;
        let row = write::insert(
            db,
            ActiveModel {
                kind: Set(input.kind),
                search_name: Set(search_key(&input.name)),
                name: Set(input.name.into_string()),
                code: Set(input.code.or_none()),
                parent_id: Set(input.parent_id),
                valid_from: Set(input.valid_from.naive()),
                valid_to: Set(input.valid_to.naive()),
                geometry: Set(input.geometry),
                ..Default::default()
            },
        )
        .await?;
        areas::set_predecessors(db, row.id, &input.predecessor_ids).await?;
        areas::set_overlaps(db, row.id, &input.overlap_ids).await?;
        Ok(row)
    }
}

impl Update for Areas {
    type Patch = AreaPatch;

    async fn apply(
        db: &impl ConnectionTrait,
        _: &Caller,
        current: &area::Model,
        p: AreaPatch,
    ) -> ApiResult<ActiveOf<Self>> {
        let mut m = ActiveModel::default();
        let mut problems = Problems::default();
        let from = p.valid_from.naive().unwrap_or(current.valid_from);
        let to = p.valid_to.naive().unwrap_or(current.valid_to);
        check_period(from, to, &mut problems);
        if let Some(g) = &p.geometry {
            check_geometry(g.as_ref(), &mut problems);
        }
        problems.finish()?;
        if let Some(name) = p.name {
            m.search_name = Set(search_key(&name));
            m.name = Set(name.into_string());
        }
        if let Some(code) = p.code {
            m.code = Set(code.or_none());
        }
        (m.valid_from, m.valid_to) = (Set(from), Set(to));
        if let Some(g) = p.geometry {
            m.geometry = Set(g);
        }
        if let Some(parent) = p.parent_id {
            if let Some(parent) = parent {
                check_parent::<Entity>(db, Column::ParentId, Some(current.id), parent).await?;
            }
            m.parent_id = Set(parent);
        }
        if let Some(preds) = p.predecessor_ids {
            check_links(db, "predecessor_ids", Some(current.id), &preds).await?;
            areas::set_predecessors(db, current.id, &preds).await?;
        }
        if let Some(others) = p.overlap_ids {
            check_links(db, "overlap_ids", Some(current.id), &others).await?;
            areas::set_overlaps(db, current.id, &others).await?;
        }
        Ok(m)
    }
}

impl Delete for Areas {
    /// Refused while other areas sit under it; its succession and overlap links go with it.
    async fn before_delete(db: &impl ConnectionTrait, current: &area::Model) -> ApiResult<()> {
        if Entity::find().filter(Column::ParentId.eq(current.id)).count(db).await? > 0 {
            return Err(ApiError::conflict(
                ProblemCode::HasChildren,
                "Other areas sit under this one; move or delete them first.",
            ));
        }
        areas::unlink(db, current.id).await
    }
}
