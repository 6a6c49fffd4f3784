//! Indicators and their values per area × period × group.

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
                resource_table("indicators")
                    .col(string_len("code", 50))
                    .col(text("name"))
                    .col(string_len("unit", 50))
                    .col(string_len("better_direction", 10))
                    .col(string_len("source", 30))
                    .col(text_null("description"))
                    .to_owned(),
            )
            .await?;
        // Listed by code; a code names one indicator (the import reads them by code).
        manager.create_index(index("indicators", &["code"]).unique().to_owned()).await?;
        manager
            .create_table(
                resource_table("indicator_values")
                    .col(uuid("indicator_id"))
                    .col(uuid("area_id"))
                    // As written (`2025-Q3`), and the day it starts (for ranges and order).
                    .col(string_len("period", 10))
                    .col(date("period_start"))
                    .col(date("period_end"))
                    // Empty for the whole population: one value per indicator × area × period × group.
                    .col(string_len("grp", 100))
                    .col(double("value"))
                    .col(integer_null("n"))
                    .col(text_null("note"))
                    .foreign_key(&mut fk("indicator_values", "indicator_id", "indicators"))
                    .foreign_key(&mut fk("indicator_values", "area_id", "areas"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index("indicator_values", &["indicator_id", "area_id", "period", "grp"]).unique().to_owned())
            .await?;
        // The follow-up report and the area filter read an area's values.
        manager.create_index(index("indicator_values", &["area_id", "indicator_id", "period_start", "id"])).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, "indicator_values").await?;
        drop(manager, "indicators").await
    }
}
