use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "memberships")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub council_id: Uuid,
    pub person_id: Uuid,
    pub seat_id: Option<Uuid>,
    pub role: crate::domain::council::CouncilRole,
    pub on_behalf_of_id: Option<Uuid>,
    pub start_date: Date,
    pub end_date: Option<Date>,
    pub deputy_for_id: Option<Uuid>,
    /// When a coordinator or admin created or confirmed the term (see `store::access`).
    pub confirmed_at: Option<DateTimeUtc>,
    /// The user who did.
    pub confirmed_by: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
