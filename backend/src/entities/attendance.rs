use sea_orm::entity::prelude::*;

use crate::domain::attendance::{Presence, Rsvp};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "attendances")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub meeting_id: Uuid,
    pub person_id: Option<Uuid>,
    pub membership_id: Option<Uuid>,
    pub substitute_for_membership_id: Option<Uuid>,
    pub guest_name: Option<String>,
    pub guest_organization: Option<String>,
    pub rsvp: Rsvp,
    pub presence: Presence,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
