use sea_orm::entity::prelude::*;

use crate::domain::agenda::{AgendaItemKind, ItemResult};
use crate::domain::classification::Classification;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "agenda_items")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub meeting_id: Uuid,
    pub council_id: Uuid,
    pub number: i32,
    pub title: String,
    pub kind: AgendaItemKind,
    pub presenter_person_id: Option<Uuid>,
    pub organization_id: Option<Uuid>,
    pub duration_minutes: Option<i32>,
    pub classification: Classification,
    pub description: Option<String>,
    pub standing: bool,
    pub minutes_text: Option<String>,
    pub decision: Option<String>,
    pub decision_number: Option<i32>,
    pub decision_year: Option<i32>,
    pub result: Option<ItemResult>,
    pub adjusted_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
