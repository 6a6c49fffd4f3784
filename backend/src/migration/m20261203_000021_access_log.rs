//! The access log: every read of restricted content (who, what, when), for admins.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::{drop, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("access_log")
                    .col(pk_uuid("id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(uuid_null("user_id"))
                    .col(string_len("entity_type", 40))
                    .col(uuid("entity_id"))
                    .col(uuid("council_id"))
                    .col(string_len_null("request_id", 100))
                    .to_owned(),
            )
            .await?;
        // Newest first; by user; by what was read.
        manager.create_index(index("access_log", &["user_id", "id"])).await?;
        manager.create_index(index("access_log", &["entity_id", "id"])).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, "access_log").await
    }
}
