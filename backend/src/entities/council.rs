use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "councils")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub name: String,
    pub search_name: String,
    pub kind: crate::domain::council::CouncilKind,
    pub parent_id: Option<Uuid>,
    pub status: crate::domain::council::CouncilStatus,
    pub founded_on: Option<Date>,
    pub dissolved_on: Option<Date>,
    pub cadence: Option<Json>,
    pub mandate: Option<Json>,
    pub description: Option<String>,
    pub is_public: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
