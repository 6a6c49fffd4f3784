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
                resource_table("refresh_tokens")
                    .col(uuid("user_id"))
                    // SHA-256 of the token, hex; the token itself is never stored.
                    .col(string_len_uniq("token_hash", 64))
                    // All tokens rotated from one login share a family; reuse revokes the family.
                    .col(uuid("family_id"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("revoked_at"))
                    .foreign_key(&mut fk("refresh_tokens", "user_id", "users"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("refresh_tokens", &["family_id"])).await?;
        manager.create_index(index("refresh_tokens", &["user_id"])).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, "refresh_tokens").await
    }
}
