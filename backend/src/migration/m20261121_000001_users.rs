use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::{drop, resource_table};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                resource_table("users")
                    .col(string_len_uniq("email", 254))
                    .col(string_len("display_name", 200))
                    .col(string_len("role", 20))
                    .col(text("password_hash"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, "users").await
    }
}
