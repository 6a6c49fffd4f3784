//! Documents: files attached to a meeting or one of its agenda items. The bytes are in the
//! object store under `object_key`; a removed document keeps its row (who removed it, when)
//! and answers 410.

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
                resource_table("documents")
                    .col(uuid("meeting_id"))
                    .col(uuid("council_id"))
                    .col(uuid_null("agenda_item_id"))
                    .col(string_len("title", 200))
                    .col(string_len("file_name", 200))
                    .col(string_len("media_type", 100))
                    .col(big_integer("size_bytes"))
                    .col(string_len("sha256", 64))
                    .col(string_len("object_key", 100))
                    .col(string_len("classification", 20))
                    .col(uuid_null("uploaded_by"))
                    .col(string_len("uploaded_by_name", 200))
                    .col(timestamp_with_time_zone_null("removed_at"))
                    .col(uuid_null("removed_by"))
                    .foreign_key(&mut fk("documents", "meeting_id", "meetings"))
                    .foreign_key(&mut fk("documents", "council_id", "councils"))
                    .foreign_key(&mut fk("documents", "agenda_item_id", "agenda_items"))
                    .to_owned(),
            )
            .await?;
        // A meeting's documents are listed in the order uploaded (id, a UUIDv7).
        manager.create_index(index("documents", &["meeting_id", "id"])).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, "documents").await
    }
}
