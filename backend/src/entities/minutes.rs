use sea_orm::entity::prelude::*;

use crate::domain::minutes::MinutesStatus;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "minutes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub meeting_id: Uuid,
    pub council_id: Uuid,
    pub status: MinutesStatus,
    pub revision: i32,
    pub adjust_by: Option<Date>,
    pub other_business: Option<String>,
    pub submitted_at: Option<DateTimeUtc>,
    pub adjusted_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
