use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "areas")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub kind: crate::domain::area::AreaKind,
    pub name: String,
    pub search_name: String,
    pub code: Option<String>,
    pub parent_id: Option<Uuid>,
    pub valid_from: Option<Date>,
    pub valid_to: Option<Date>,
    pub geometry: Option<Json>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
