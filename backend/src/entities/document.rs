use sea_orm::entity::prelude::*;

use crate::domain::classification::Classification;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "documents")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub meeting_id: Uuid,
    pub council_id: Uuid,
    pub agenda_item_id: Option<Uuid>,
    pub title: String,
    pub file_name: String,
    pub media_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub object_key: String,
    pub classification: Classification,
    pub uploaded_by: Option<Uuid>,
    pub uploaded_by_name: String,
    pub removed_at: Option<DateTimeUtc>,
    pub removed_by: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
