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
                resource_table("idempotency_keys")
                    .col(uuid("user_id"))
                    .col(string_len("key", 255))
                    .col(string_len("method", 10))
                    .col(string_len("path", 500))
                    // SHA-256 of the request body, hex: a reused key with another body is refused.
                    .col(string_len("request_hash", 64))
                    .col(integer("response_status"))
                    .col(json_binary("response_headers"))
                    .col(text("response_body"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("idempotency_keys", &["user_id", "key"]).unique().to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, "idempotency_keys").await
    }
}
