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
                resource_table("organizations")
                    .col(string_len("kind", 40))
                    .col(string_len("name", 200))
                    .col(string_len("search_name", 200))
                    .col(uuid_null("parent_id"))
                    .col(string_len_null("organization_number", 11))
                    .col(json_binary("contact_details"))
                    .foreign_key(&mut fk("organizations", "parent_id", "organizations"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("organizations", &["search_name"])).await?;
        manager.create_index(index("organizations", &["parent_id"])).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, "organizations").await
    }
}
