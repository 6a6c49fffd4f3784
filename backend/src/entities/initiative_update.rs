use sea_orm::entity::prelude::*;

use crate::domain::initiative::InitiativeStatus;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "initiative_updates")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub initiative_id: Uuid,
    pub reported_on: Date,
    pub status: InitiativeStatus,
    pub percent: Option<i32>,
    pub narrative: Option<String>,
    pub achieved_count: Option<i32>,
    pub measured_value: Option<f64>,
    pub is_public: bool,
    pub reported_by_name: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
