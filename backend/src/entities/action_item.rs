use sea_orm::entity::prelude::*;

use crate::domain::action_item::ActionStatus;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "action_items")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub council_id: Uuid,
    pub meeting_id: Option<Uuid>,
    pub agenda_item_id: Option<Uuid>,
    pub description: String,
    pub owner_person_id: Option<Uuid>,
    pub owner_organization_id: Option<Uuid>,
    pub due_on: Option<Date>,
    pub status: ActionStatus,
    pub completed_at: Option<DateTimeUtc>,
    pub overdue_notified_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
