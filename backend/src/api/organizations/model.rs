//! Organizations as a resource: how they are shown, created, changed and removed.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

use super::types::{NewOrganization, Organization, OrganizationPatch};
use crate::db::search_key;
use crate::domain::audit::EntityType;
use crate::domain::organization::check_contacts;
use crate::domain::role::{Action, EDITORS};
use crate::domain::text::Blank;
use crate::domain::validation::Problems;
use crate::entities::organization::{self, ActiveModel, Column, Entity};
use crate::error::{ApiError, ApiResult, ProblemCode};
use crate::kit::{ActiveOf, Caller, Create, Delete, Named, Refs, Resource, Update, names, write};
use crate::store::hierarchy::check_parent;

pub struct Organizations;

fn json<T: serde::Serialize>(v: T) -> ApiResult<serde_json::Value> {
    serde_json::to_value(v).map_err(ApiError::internal)
}

impl Resource for Organizations {
    type Entity = Entity;
    type Out = Organization;
    type Scope = ();
    const ENTITY: EntityType = EntityType::Organization;

    fn location(_: (), id: Uuid) -> String {
        format!("/api/v1/organizations/{id}")
    }

    async fn present(
        db: &impl ConnectionTrait,
        caller: &Caller,
        rows: Vec<organization::Model>,
    ) -> ApiResult<Vec<Organization>> {
        let refs: Vec<Refs> = rows.iter().map(|m| Refs::new().one(Named::Organization, m.parent_id)).collect();
        let names = names::resolve(db, &refs).await?;
        let actions = caller.may(EDITORS, &[Action::Update, Action::Delete]);
        rows.into_iter()
            .zip(names)
            .map(|(m, names)| {
                Ok(Organization {
                    id: m.id,
                    kind: m.kind,
                    name: m.name,
                    parent_id: m.parent_id,
                    organization_number: m.organization_number,
                    contact_details: serde_json::from_value(m.contact_details).map_err(ApiError::internal)?,
                    version: m.version,
                    created_at: m.created_at,
                    updated_at: m.updated_at,
                    names,
                    allowed_actions: actions.clone(),
                })
            })
            .collect()
    }
}

impl Create for Organizations {
    type New = NewOrganization;

    async fn insert(
        db: &impl ConnectionTrait,
        _: &Caller,
        _: (),
        input: NewOrganization,
    ) -> ApiResult<organization::Model> {
        let mut problems = Problems::default();
        let contacts = check_contacts(input.contact_details.into_vec(), &mut problems);
        problems.finish()?;
        if let Some(parent) = input.parent_id {
            check_parent::<Entity>(db, Column::ParentId, None, parent).await?;
        }
        write::insert(
            db,
            ActiveModel {
                kind: Set(input.kind),
                search_name: Set(search_key(&input.name)),
                name: Set(input.name.into_string()),
                parent_id: Set(input.parent_id),
                organization_number: Set(input.organization_number.or_none()),
                contact_details: Set(json(contacts)?),
                ..Default::default()
            },
        )
        .await
    }
}

impl Update for Organizations {
    type Patch = OrganizationPatch;

    async fn apply(
        db: &impl ConnectionTrait,
        _: &Caller,
        current: &organization::Model,
        p: OrganizationPatch,
    ) -> ApiResult<ActiveOf<Self>> {
        let mut m = ActiveModel::default();
        if let Some(contacts) = p.contact_details {
            let mut problems = Problems::default();
            let contacts = check_contacts(contacts.into_vec(), &mut problems);
            problems.finish()?;
            m.contact_details = Set(json(contacts)?);
        }
        if let Some(parent) = p.parent_id {
            if let Some(parent) = parent {
                check_parent::<Entity>(db, Column::ParentId, Some(current.id), parent).await?;
            }
            m.parent_id = Set(parent);
        }
        if let Some(kind) = p.kind {
            m.kind = Set(kind);
        }
        if let Some(name) = p.name {
            m.search_name = Set(search_key(&name));
            m.name = Set(name.into_string());
        }
        if let Some(number) = p.organization_number {
            m.organization_number = Set(number.or_none());
        }
        Ok(m)
    }
}

impl Delete for Organizations {
    async fn before_delete(db: &impl ConnectionTrait, current: &organization::Model) -> ApiResult<()> {
        if Entity::find().filter(Column::ParentId.eq(current.id)).count(db).await? > 0 {
            return Err(ApiError::conflict(
                ProblemCode::HasChildren,
                "Other organizations sit under this one; move or delete them first.",
            ));
        }
        Ok(())
    }
}
