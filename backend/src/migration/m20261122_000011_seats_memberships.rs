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
                resource_table("seats")
                    .col(uuid("council_id"))
                    .col(string_len("label", 200))
                    .col(string_len("role", 20))
                    .col(uuid_null("organization_id"))
                    .col(boolean("required").default(false))
                    .col(integer("max_holders").default(1))
                    .col(boolean("restricted_access").default(false))
                    .foreign_key(&mut fk("seats", "council_id", "councils"))
                    .foreign_key(&mut fk("seats", "organization_id", "organizations"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("seats", &["council_id"])).await?;
        manager
            .create_table(
                resource_table("memberships")
                    .col(uuid("council_id"))
                    .col(uuid("person_id"))
                    .col(uuid_null("seat_id"))
                    .col(string_len("role", 20))
                    .col(uuid_null("on_behalf_of_id"))
                    .col(date("start_date"))
                    .col(date_null("end_date"))
                    .col(uuid_null("deputy_for_id"))
                    .foreign_key(&mut fk("memberships", "council_id", "councils"))
                    .foreign_key(&mut fk("memberships", "person_id", "people"))
                    .foreign_key(&mut fk("memberships", "seat_id", "seats"))
                    .foreign_key(&mut fk("memberships", "on_behalf_of_id", "organizations"))
                    .foreign_key(&mut fk("memberships", "deputy_for_id", "memberships"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("memberships", &["council_id"])).await?;
        manager.create_index(index("memberships", &["person_id"])).await?;
        manager.create_index(index("memberships", &["seat_id"])).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, "memberships").await?;
        drop(manager, "seats").await
    }
}
