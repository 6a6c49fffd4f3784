//! Action items: tasks decided at meetings, with an owner and a due date.

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
                resource_table("action_items")
                    .col(uuid("council_id"))
                    .col(uuid_null("meeting_id"))
                    .col(uuid_null("agenda_item_id"))
                    .col(text("description"))
                    .col(uuid_null("owner_person_id"))
                    .col(uuid_null("owner_organization_id"))
                    .col(date_null("due_on"))
                    .col(string_len("status", 20))
                    .col(timestamp_with_time_zone_null("completed_at"))
                    // When the overdue event went to the outbox (once).
                    .col(timestamp_with_time_zone_null("overdue_notified_at"))
                    .foreign_key(&mut fk("action_items", "council_id", "councils"))
                    .foreign_key(&mut fk("action_items", "meeting_id", "meetings"))
                    .foreign_key(&mut fk("action_items", "agenda_item_id", "agenda_items"))
                    .foreign_key(&mut fk("action_items", "owner_person_id", "people"))
                    .foreign_key(&mut fk("action_items", "owner_organization_id", "organizations"))
                    .to_owned(),
            )
            .await?;
        // Lists are in the order made (id), filtered by council, meeting, owner and status; the
        // overdue job and filter read open tasks by due date.
        manager.create_index(index("action_items", &["council_id", "status", "id"])).await?;
        manager.create_index(index("action_items", &["meeting_id", "id"])).await?;
        manager.create_index(index("action_items", &["owner_person_id", "status", "id"])).await?;
        manager.create_index(index("action_items", &["status", "due_on", "id"])).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, "action_items").await
    }
}
