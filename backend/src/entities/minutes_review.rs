use sea_orm::entity::prelude::*;

use crate::domain::minutes::Verdict;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "minutes_reviews")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub minutes_id: Uuid,
    pub revision: i32,
    pub person_id: Uuid,
    pub agenda_item_id: Option<Uuid>,
    pub verdict: Verdict,
    pub comment: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
