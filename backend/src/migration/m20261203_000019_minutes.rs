//! Minutes of a meeting and their adjusting: the adjusters, what each said of each revision
//! (kept as history), and corrections appended after adjusting.

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
                resource_table("minutes")
                    .col(uuid_uniq("meeting_id"))
                    .col(uuid("council_id"))
                    .col(string_len("status", 20))
                    // Submissions so far: the adjusters approve a revision.
                    .col(integer("revision").default(0))
                    .col(date_null("adjust_by"))
                    // Övrigt.
                    .col(text_null("other_business"))
                    .col(timestamp_with_time_zone_null("submitted_at"))
                    .col(timestamp_with_time_zone_null("adjusted_at"))
                    .foreign_key(&mut fk("minutes", "meeting_id", "meetings"))
                    .foreign_key(&mut fk("minutes", "council_id", "councils"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                resource_table("minutes_adjusters")
                    .col(uuid("minutes_id"))
                    .col(uuid("person_id"))
                    .col(integer_null("approved_revision"))
                    .col(timestamp_with_time_zone_null("approved_at"))
                    .foreign_key(&mut fk("minutes_adjusters", "minutes_id", "minutes"))
                    .foreign_key(&mut fk("minutes_adjusters", "person_id", "people"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("minutes_adjusters", &["minutes_id", "person_id"]).unique().to_owned()).await?;
        manager
            .create_table(
                resource_table("minutes_reviews")
                    .col(uuid("minutes_id"))
                    .col(integer("revision"))
                    .col(uuid("person_id"))
                    .col(uuid_null("agenda_item_id"))
                    .col(string_len("verdict", 20))
                    .col(text_null("comment"))
                    .foreign_key(&mut fk("minutes_reviews", "minutes_id", "minutes"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("minutes_reviews", &["minutes_id", "id"])).await?;
        manager
            .create_table(
                resource_table("minutes_corrections")
                    .col(uuid("minutes_id"))
                    .col(uuid_null("agenda_item_id"))
                    .col(text("text"))
                    .col(uuid_null("author_user_id"))
                    .col(string_len("author_name", 200))
                    .foreign_key(&mut fk("minutes_corrections", "minutes_id", "minutes"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("minutes_corrections", &["minutes_id", "id"])).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in ["minutes_corrections", "minutes_reviews", "minutes_adjusters", "minutes"] {
            drop(manager, t).await?;
        }
        Ok(())
    }
}
