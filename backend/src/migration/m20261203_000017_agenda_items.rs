//! The agenda of a meeting: numbered points, and what the minutes say of each (the minutes'
//! paragraphs are the agenda's points).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::{drop, fk, index, resource_table};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                resource_table("agenda_items")
                    .col(uuid("meeting_id"))
                    // The meeting's council, for access checks and decision numbers.
                    .col(uuid("council_id"))
                    // § number: 1, 2, … in order.
                    .col(integer("number"))
                    .col(string_len("title", 200))
                    .col(string_len("kind", 20))
                    .col(uuid_null("presenter_person_id"))
                    .col(uuid_null("organization_id"))
                    .col(integer_null("duration_minutes"))
                    .col(string_len("classification", 20))
                    .col(text_null("description"))
                    // A standing item comes back on the next meeting's agenda.
                    .col(boolean("standing").default(false))
                    .col(text_null("minutes_text"))
                    .col(text_null("decision"))
                    .col(integer_null("decision_number"))
                    .col(integer_null("decision_year"))
                    .col(string_len_null("result", 20))
                    // Adjusted at once (omedelbar justering): the paragraph is locked.
                    .col(timestamp_with_time_zone_null("adjusted_at"))
                    .foreign_key(&mut fk("agenda_items", "meeting_id", "meetings"))
                    .foreign_key(&mut fk("agenda_items", "council_id", "councils"))
                    .foreign_key(&mut fk("agenda_items", "presenter_person_id", "people"))
                    .foreign_key(&mut fk("agenda_items", "organization_id", "organizations"))
                    .to_owned(),
            )
            .await?;
        // A meeting's agenda in order (its list and numbering).
        manager.create_index(index("agenda_items", &["meeting_id", "number", "id"])).await?;
        // A council's decisions of a year (the next decision number).
        manager.create_index(index("agenda_items", &["council_id", "decision_year", "decision_number"])).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, "agenda_items").await
    }
}
