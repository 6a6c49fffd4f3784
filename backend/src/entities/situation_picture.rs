use sea_orm::entity::prelude::*;

use crate::domain::classification::Classification;
use crate::domain::situation::SituationStatus;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "situation_pictures")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub area_id: Uuid,
    pub council_id: Uuid,
    pub period_start: Date,
    pub period_end: Date,
    pub title: String,
    pub crime_mapping: Option<String>,
    pub crime_mapping_classification: Classification,
    pub other_information: Option<String>,
    pub other_information_classification: Classification,
    pub analysis: Option<String>,
    pub analysis_classification: Classification,
    pub problems: Json,
    pub indicator_snapshot: Option<Json>,
    pub status: SituationStatus,
    pub adopted_at: Option<DateTimeUtc>,
    pub adopted_by_name: Option<String>,
    pub replaces_id: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
