//! API keys an admin issues to Open311 clients (stored hashed; shown once).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::{drop, index, resource_table};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                resource_table("api_keys")
                    .col(text("name"))
                    .col(string_len("key_hash", 64))
                    // The first characters, to tell keys apart in a list.
                    .col(string_len("prefix", 12))
                    .col(text("created_by_name"))
                    .col(timestamp_with_time_zone_null("revoked_at"))
                    .col(timestamp_with_time_zone_null("last_used_at"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("api_keys", &["key_hash"]).unique().to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, "api_keys").await
    }
}
