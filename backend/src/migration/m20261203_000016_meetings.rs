//! Meetings of a council, and the outbox where changes worth telling someone about wait for
//! delivery (written in the same transaction as the change).

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
                resource_table("meetings")
                    .col(uuid("council_id"))
                    .col(string_len("title", 200))
                    .col(timestamp_with_time_zone("starts_at"))
                    .col(timestamp_with_time_zone("ends_at"))
                    .col(string_len_null("location", 300))
                    .col(string_len_null("online_url", 500))
                    .col(string_len("mode", 20))
                    .col(string_len("status", 30))
                    .col(text_null("description"))
                    .col(text_null("cancel_reason"))
                    .col(timestamp_with_time_zone_null("cancelled_at"))
                    .col(timestamp_with_time_zone_null("agenda_published_at"))
                    .foreign_key(&mut fk("meetings", "council_id", "councils"))
                    .to_owned(),
            )
            .await?;
        // A council's meetings in time order (its list, the overlap check, its next meetings);
        // everyone's in time order (the list without a council); by status in time order.
        manager.create_index(index("meetings", &["council_id", "starts_at", "id"])).await?;
        manager.create_index(index("meetings", &["starts_at", "id"])).await?;
        manager.create_index(index("meetings", &["status", "starts_at", "id"])).await?;
        manager
            .create_table(
                Table::create()
                    .table("outbox_events")
                    .col(pk_uuid("id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(string_len("event", 50))
                    .col(string_len("entity_type", 40))
                    .col(uuid("entity_id"))
                    .col(json_binary("payload"))
                    .col(timestamp_with_time_zone_null("delivered_at"))
                    .col(integer("attempts").default(0))
                    .to_owned(),
            )
            .await?;
        // Delivery reads the undelivered ones oldest first.
        manager.create_index(index("outbox_events", &["delivered_at", "id"])).await?;
        manager.create_index(index("outbox_events", &["entity_id"])).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, "outbox_events").await?;
        drop(manager, "meetings").await
    }
}
