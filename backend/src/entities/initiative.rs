use sea_orm::entity::prelude::*;

use crate::domain::initiative::{InitiativeKind, InitiativeStatus};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "initiatives")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub title: String,
    pub search_title: String,
    pub kind: InitiativeKind,
    pub council_id: Uuid,
    pub priority_area: Option<String>,
    pub lead_organization_id: Option<Uuid>,
    pub owner_person_id: Option<Uuid>,
    pub status: InitiativeStatus,
    pub starts_on: Option<Date>,
    pub ends_on: Option<Date>,
    pub is_public: bool,
    pub parent_id: Option<Uuid>,
    pub weight: i32,
    pub agenda_item_id: Option<Uuid>,
    pub target: Option<Json>,
    pub description: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
