//! Indicator values as a resource: one per indicator × area × period × group.

use sea_orm::{ConnectionTrait, Set};
use uuid::Uuid;

use super::types::{IndicatorValue, IndicatorValuePatch, MAX_VALUE, NewIndicatorValue};
use crate::domain::audit::EntityType;
use crate::domain::indicator::Period;
use crate::domain::role::{Action, EDITORS};
use crate::domain::text::Blank;
use crate::domain::validation::{FieldCode, FieldError};
use crate::entities::indicator_value::{ActiveModel, Model};
use crate::entities::{area, indicator};
use crate::error::ApiResult;
use crate::kit::{ActiveOf, Caller, Create, Delete, Named, Refs, Resource, Update, names, write};
use crate::store::check_exists;

pub struct IndicatorValues;

fn check_value(v: f64) -> ApiResult<()> {
    if v.is_finite() && v.abs() <= MAX_VALUE {
        Ok(())
    } else {
        Err(FieldError::new("value", FieldCode::OutOfRange, "A number between −10¹² and 10¹².").into())
    }
}

fn check_n(n: Option<i32>) -> ApiResult<()> {
    match n {
        Some(n) if n < 0 => Err(FieldError::new("n", FieldCode::OutOfRange, "The sample size: 0 or more.").into()),
        _ => Ok(()),
    }
}

impl Resource for IndicatorValues {
    type Entity = crate::entities::indicator_value::Entity;
    type Out = IndicatorValue;
    type Scope = ();
    const ENTITY: EntityType = EntityType::IndicatorValue;

    fn location(_: (), id: Uuid) -> String {
        format!("/api/v1/indicator-values/{id}")
    }

    async fn present(db: &impl ConnectionTrait, caller: &Caller, rows: Vec<Model>) -> ApiResult<Vec<IndicatorValue>> {
        let refs: Vec<Refs> = rows
            .iter()
            .map(|m| Refs::new().one(Named::Indicator, Some(m.indicator_id)).one(Named::Area, Some(m.area_id)))
            .collect();
        let actions = caller.may(EDITORS, &[Action::Update, Action::Delete]);
        Ok(rows
            .into_iter()
            .zip(names::resolve(db, &refs).await?)
            .map(|(m, names)| IndicatorValue {
                id: m.id,
                indicator_id: m.indicator_id,
                area_id: m.area_id,
                period: Period::stored(&m.period),
                group: Some(m.grp).filter(|g| !g.is_empty()),
                value: m.value,
                n: m.n,
                note: m.note,
                version: m.version,
                created_at: m.created_at,
                updated_at: m.updated_at,
                names,
                allowed_actions: actions.clone(),
            })
            .collect())
    }
}

impl Create for IndicatorValues {
    type New = NewIndicatorValue;

    fn validate(input: &NewIndicatorValue) -> ApiResult<()> {
        check_value(input.value)?;
        check_n(input.n)
    }

    async fn insert(db: &impl ConnectionTrait, _: &Caller, _: (), input: NewIndicatorValue) -> ApiResult<Model> {
        check_exists::<indicator::Entity>(db, "indicator_id", Some(input.indicator_id), "indicator").await?;
        check_exists::<area::Entity>(db, "area_id", Some(input.area_id), "area").await?;
        write::insert(
            db,
            ActiveModel {
                indicator_id: Set(input.indicator_id),
                area_id: Set(input.area_id),
                period: Set(input.period.to_string()),
                period_start: Set(input.period.start()),
                period_end: Set(input.period.end()),
                grp: Set(input.group.or_none().unwrap_or_default()),
                value: Set(input.value),
                n: Set(input.n),
                note: Set(input.note.or_none()),
                ..Default::default()
            },
        )
        .await
    }
}

impl Update for IndicatorValues {
    type Patch = IndicatorValuePatch;

    async fn apply(
        _: &impl ConnectionTrait,
        _: &Caller,
        _: &Model,
        p: IndicatorValuePatch,
    ) -> ApiResult<ActiveOf<Self>> {
        let mut m = ActiveModel::default();
        if let Some(v) = p.value {
            check_value(v)?;
            m.value = Set(v);
        }
        if let Some(n) = p.n {
            let n = n.map(|w| w.0);
            check_n(n)?;
            m.n = Set(n);
        }
        if let Some(v) = p.note {
            m.note = Set(v.or_none());
        }
        Ok(m)
    }
}

impl Delete for IndicatorValues {}
