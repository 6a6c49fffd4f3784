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
                resource_table("agreements")
                    .col(string_len("name", 200))
                    .col(string_len("search_name", 200))
                    .col(string_len("phase", 30))
                    .col(uuid_null("parent_id"))
                    .col(date_null("valid_from"))
                    .col(date_null("valid_to"))
                    // ["Unga i riskzon", …]
                    .col(json_binary("priority_areas"))
                    .col(text_null("description"))
                    .foreign_key(&mut fk("agreements", "parent_id", "agreements"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("agreements", &["parent_id"])).await?;
        for (table, col, target) in [
            ("agreement_parties", "organization_id", "organizations"),
            ("agreement_councils", "council_id", "councils"),
        ] {
            manager
                .create_table(
                    resource_table(table)
                        .col(uuid("agreement_id"))
                        .col(uuid(col))
                        .foreign_key(&mut fk(table, "agreement_id", "agreements"))
                        .foreign_key(&mut fk(table, col, target))
                        .to_owned(),
                )
                .await?;
            manager.create_index(index(table, &["agreement_id", col]).unique().to_owned()).await?;
            manager.create_index(index(table, &[col])).await?;
        }
        manager
            .create_table(
                resource_table("agreement_signatories")
                    .col(uuid("agreement_id"))
                    .col(uuid("person_id"))
                    .col(uuid("organization_id"))
                    .col(date_null("signed_on"))
                    .foreign_key(&mut fk("agreement_signatories", "agreement_id", "agreements"))
                    .foreign_key(&mut fk("agreement_signatories", "person_id", "people"))
                    .foreign_key(&mut fk("agreement_signatories", "organization_id", "organizations"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("agreement_signatories", &["agreement_id"])).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in ["agreement_signatories", "agreement_councils", "agreement_parties", "agreements"] {
            drop(manager, t).await?;
        }
        Ok(())
    }
}
