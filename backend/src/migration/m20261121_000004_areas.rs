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
                resource_table("areas")
                    .col(string_len("kind", 40))
                    .col(string_len("name", 200))
                    // lower-cased name for case-insensitive search on both databases
                    .col(string_len("search_name", 200))
                    .col(string_len_null("code", 50))
                    .col(uuid_null("parent_id"))
                    .col(date_null("valid_from"))
                    .col(date_null("valid_to"))
                    .col(json_binary_null("geometry"))
                    .foreign_key(&mut fk("areas", "parent_id", "areas"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("areas", &["kind", "search_name"])).await?;
        manager.create_index(index("areas", &["parent_id"])).await?;
        // NULL codes are distinct on both databases, so only given codes must be unique per kind.
        manager.create_index(index("areas", &["kind", "code"]).unique().to_owned()).await?;
        manager
            .create_table(
                resource_table("area_successions")
                    .col(uuid("predecessor_id"))
                    .col(uuid("successor_id"))
                    .foreign_key(&mut fk("area_successions", "predecessor_id", "areas"))
                    .foreign_key(&mut fk("area_successions", "successor_id", "areas"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index("area_successions", &["predecessor_id", "successor_id"]).unique().to_owned())
            .await?;
        manager.create_index(index("area_successions", &["successor_id"])).await?;
        manager
            .create_table(
                // Stored in both directions: (a, b) and (b, a).
                resource_table("area_overlaps")
                    .col(uuid("area_id"))
                    .col(uuid("other_area_id"))
                    .foreign_key(&mut fk("area_overlaps", "area_id", "areas"))
                    .foreign_key(&mut fk("area_overlaps", "other_area_id", "areas"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("area_overlaps", &["area_id", "other_area_id"]).unique().to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, "area_overlaps").await?;
        drop(manager, "area_successions").await?;
        drop(manager, "areas").await
    }
}
