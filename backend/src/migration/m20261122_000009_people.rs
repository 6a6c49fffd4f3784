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
                resource_table("people")
                    .col(string_len("name", 200))
                    .col(string_len("search_name", 200))
                    .col(string_len_null("title", 200))
                    .col(string_len_null("email", 254))
                    .col(string_len_null("phone", 50))
                    .col(uuid_null("organization_id"))
                    // Set when the person's personal data was erased (GDPR art. 17).
                    .col(timestamp_with_time_zone_null("erased_at"))
                    .foreign_key(&mut fk("people", "organization_id", "organizations"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("people", &["search_name"])).await?;
        manager.create_index(index("people", &["organization_id"])).await?;
        // A login may be a person who sits on councils: that decides their council roles.
        manager.alter_table(Table::alter().table("users").add_column(uuid_null("person_id")).to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table("users").drop_column("person_id").to_owned()).await?;
        drop(manager, "people").await
    }
}
