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
                resource_table("councils")
                    .col(string_len("name", 200))
                    .col(string_len("search_name", 200))
                    .col(string_len("kind", 40))
                    .col(uuid_null("parent_id"))
                    .col(string_len("status", 20))
                    .col(date_null("founded_on"))
                    .col(date_null("dissolved_on"))
                    // { rrule, start_time, duration_minutes, time_zone }
                    .col(json_binary_null("cadence"))
                    // { decided_by_council_id, decided_by_organization_id, decision_reference, decided_on, registration_number }
                    .col(json_binary_null("mandate"))
                    .col(text_null("description"))
                    .col(boolean("is_public").default(false))
                    .foreign_key(&mut fk("councils", "parent_id", "councils"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("councils", &["kind", "status"])).await?;
        manager.create_index(index("councils", &["parent_id"])).await?;
        manager
            .create_table(
                resource_table("council_areas")
                    .col(uuid("council_id"))
                    .col(uuid("area_id"))
                    .foreign_key(&mut fk("council_areas", "council_id", "councils"))
                    .foreign_key(&mut fk("council_areas", "area_id", "areas"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("council_areas", &["council_id", "area_id"]).unique().to_owned()).await?;
        manager.create_index(index("council_areas", &["area_id"])).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, "council_areas").await?;
        drop(manager, "councils").await
    }
}
