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
                resource_table("audit_events")
                    .col(uuid_null("actor_id"))
                    .col(string_len("action", 40))
                    .col(string_len("entity_type", 40))
                    .col(uuid_null("entity_id"))
                    .col(json_binary("changes"))
                    .col(string_len_null("request_id", 128))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("audit_events", &["entity_type", "entity_id"])).await?;
        manager.create_index(index("audit_events", &["actor_id"])).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, "audit_events").await
    }
}
