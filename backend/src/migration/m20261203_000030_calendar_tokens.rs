//! Personal calendar feeds: one revocable token per login, stored as its SHA-256 hash.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::{drop, fk, resource_table};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                resource_table("calendar_tokens")
                    // One live token per login: a new one replaces it, revoking removes it.
                    .col(uuid_uniq("user_id"))
                    // SHA-256 of the token, hex; the token itself is never stored. The feed is
                    // found by it (the unique index).
                    .col(string_len_uniq("token_hash", 64))
                    .foreign_key(fk("calendar_tokens", "user_id", "users").on_delete(ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, "calendar_tokens").await
    }
}
