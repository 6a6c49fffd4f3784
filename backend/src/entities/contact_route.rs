use sea_orm::entity::prelude::*;

use crate::domain::contact_route::{FromAudience, RouteAudience};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "contact_routes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub from_audience: FromAudience,
    pub organization_id: Uuid,
    pub function: String,
    pub search_function: String,
    pub topic_id: Uuid,
    pub channels: Json,
    pub opening_hours: Option<Json>,
    pub response_target: Option<String>,
    pub response_target_seconds: Option<i64>,
    pub backup_route_id: Option<Uuid>,
    pub escalation_route_id: Option<Uuid>,
    pub audience: RouteAudience,
    pub valid_from: Option<Date>,
    pub valid_to: Option<Date>,
    pub last_verified_at: DateTimeUtc,
    pub last_verified_by: String,
    pub stale_notified_at: Option<DateTimeUtc>,
    pub note: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
