//! Topics as a resource: reference data that coordinators and admins keep.

use sea_orm::{ConnectionTrait, Set};
use uuid::Uuid;

use super::types::{NewTopic, Topic, TopicPatch};
use crate::domain::audit::EntityType;
use crate::domain::role::{Action, EDITORS};
use crate::entities::topic::{ActiveModel, Entity, Model};
use crate::error::ApiResult;
use crate::kit::{ActiveOf, Caller, Create, Resource, Update, write};

pub struct Topics;

impl Resource for Topics {
    type Entity = Entity;
    type Out = Topic;
    type Scope = ();
    const ENTITY: EntityType = EntityType::Topic;

    fn location(_: (), id: Uuid) -> String {
        format!("/api/v1/topics/{id}")
    }

    async fn present(_: &impl ConnectionTrait, caller: &Caller, rows: Vec<Model>) -> ApiResult<Vec<Topic>> {
        let actions = caller.may(EDITORS, &[Action::Update]);
        Ok(rows
            .into_iter()
            .map(|m| Topic {
                id: m.id,
                code: m.code,
                name_sv: m.name_sv,
                name_en: m.name_en,
                is_public: m.is_public,
                version: m.version,
                created_at: m.created_at,
                updated_at: m.updated_at,
                allowed_actions: actions.clone(),
            })
            .collect())
    }
}

impl Create for Topics {
    type New = NewTopic;

    async fn insert(db: &impl ConnectionTrait, _: &Caller, _: (), input: NewTopic) -> ApiResult<Model> {
        write::insert(
            db,
            ActiveModel {
                code: Set(input.code.into_string()),
                name_sv: Set(input.name_sv.into_string()),
                name_en: Set(input.name_en.into_string()),
                is_public: Set(input.is_public),
                ..Default::default()
            },
        )
        .await
    }
}

impl Update for Topics {
    type Patch = TopicPatch;

    async fn apply(_: &impl ConnectionTrait, _: &Caller, _: &Model, p: TopicPatch) -> ApiResult<ActiveOf<Self>> {
        let mut m = ActiveModel::default();
        if let Some(v) = p.name_sv {
            m.name_sv = Set(v.into_string());
        }
        if let Some(v) = p.name_en {
            m.name_en = Set(v.into_string());
        }
        if let Some(v) = p.is_public {
            m.is_public = Set(v);
        }
        Ok(m)
    }
}
