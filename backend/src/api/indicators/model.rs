//! Indicators as a resource: reference data that coordinators and admins keep.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use uuid::Uuid;

use super::types::{Indicator, IndicatorPatch, NewIndicator};
use crate::domain::audit::EntityType;
use crate::domain::role::{Action, EDITORS};
use crate::domain::text::Blank;
use crate::entities::indicator::{ActiveModel, Entity, Model};
use crate::entities::indicator_value;
use crate::error::{ApiError, ApiResult, ProblemCode};
use crate::kit::{ActiveOf, Caller, Create, Delete, Resource, Update, write};

pub struct Indicators;

impl Resource for Indicators {
    type Entity = Entity;
    type Out = Indicator;
    type Scope = ();
    const ENTITY: EntityType = EntityType::Indicator;

    fn location(_: (), id: Uuid) -> String {
        format!("/api/v1/indicators/{id}")
    }

    async fn present(_: &impl ConnectionTrait, caller: &Caller, rows: Vec<Model>) -> ApiResult<Vec<Indicator>> {
        let actions = caller.may(EDITORS, &[Action::Update, Action::Delete]);
        Ok(rows
            .into_iter()
            .map(|m| Indicator {
                id: m.id,
                code: m.code,
                name: m.name,
                unit: m.unit,
                better_direction: m.better_direction,
                source: m.source,
                description: m.description,
                version: m.version,
                created_at: m.created_at,
                updated_at: m.updated_at,
                allowed_actions: actions.clone(),
            })
            .collect())
    }
}

impl Create for Indicators {
    type New = NewIndicator;

    async fn insert(db: &impl ConnectionTrait, _: &Caller, _: (), input: NewIndicator) -> ApiResult<Model> {
        write::insert(
            db,
            ActiveModel {
                code: Set(input.code.into_string()),
                name: Set(input.name.into_string()),
                unit: Set(input.unit.into_string()),
                better_direction: Set(input.better_direction),
                source: Set(input.source),
                description: Set(input.description.or_none()),
                ..Default::default()
            },
        )
        .await
    }
}

impl Update for Indicators {
    type Patch = IndicatorPatch;

    async fn apply(_: &impl ConnectionTrait, _: &Caller, _: &Model, p: IndicatorPatch) -> ApiResult<ActiveOf<Self>> {
        let mut m = ActiveModel::default();
        if let Some(v) = p.code {
            m.code = Set(v.into_string());
        }
        if let Some(v) = p.name {
            m.name = Set(v.into_string());
        }
        if let Some(v) = p.unit {
            m.unit = Set(v.into_string());
        }
        if let Some(v) = p.better_direction {
            m.better_direction = Set(v);
        }
        if let Some(v) = p.source {
            m.source = Set(v);
        }
        if let Some(v) = p.description {
            m.description = Set(v.or_none());
        }
        Ok(m)
    }
}

impl Delete for Indicators {
    async fn before_delete(db: &impl ConnectionTrait, current: &Model) -> ApiResult<()> {
        let values = indicator_value::Entity::find()
            .filter(indicator_value::Column::IndicatorId.eq(current.id))
            .count(db)
            .await?;
        if values > 0 {
            return Err(ApiError::conflict(
                ProblemCode::Referenced,
                format!("The indicator has {values} values; delete them first."),
            ));
        }
        Ok(())
    }
}
