use sea_orm::entity::prelude::*;

use crate::domain::contact_route::FromAudience;
use crate::domain::inquiry::{InquirySource, InquiryStatus};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "inquiries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub reference: String,
    pub status_token_hash: String,
    pub source: InquirySource,
    pub from_audience: FromAudience,
    pub topic_id: Uuid,
    pub area_id: Option<Uuid>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub message: String,
    pub name: Option<String>,
    pub contact: Option<String>,
    pub address_hash: Option<String>,
    pub consent: bool,
    pub filed_by_user_id: Option<Uuid>,
    pub route_id: Option<Uuid>,
    pub organization_id: Option<Uuid>,
    pub assignee_person_id: Option<Uuid>,
    pub status: InquiryStatus,
    pub duplicate_of_id: Option<Uuid>,
    pub supporters: i32,
    pub received_at: DateTimeUtc,
    pub expected_at: Option<DateTimeUtc>,
    pub first_response_at: Option<DateTimeUtc>,
    pub closed_at: Option<DateTimeUtc>,
    pub purged_at: Option<DateTimeUtc>,
    pub agenda_item_id: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
