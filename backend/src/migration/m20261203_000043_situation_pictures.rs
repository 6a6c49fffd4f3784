//! Situation pictures (lägesbilder) of an area and period.

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
                resource_table("situation_pictures")
                    .col(uuid("area_id"))
                    .col(uuid("council_id"))
                    .col(date("period_start"))
                    .col(date("period_end"))
                    .col(text("title"))
                    .col(text_null("crime_mapping"))
                    .col(string_len("crime_mapping_classification", 20))
                    .col(text_null("other_information"))
                    .col(string_len("other_information_classification", 20))
                    .col(text_null("analysis"))
                    .col(string_len("analysis_classification", 20))
                    .col(json("problems"))
                    // The area's indicator values of the period, copied when it was adopted.
                    .col(json_null("indicator_snapshot"))
                    .col(string_len("status", 20))
                    .col(timestamp_with_time_zone_null("adopted_at"))
                    .col(text_null("adopted_by_name"))
                    // The version this one revises.
                    .col(uuid_null("replaces_id"))
                    .foreign_key(&mut fk("situation_pictures", "area_id", "areas"))
                    .foreign_key(&mut fk("situation_pictures", "council_id", "councils"))
                    .foreign_key(&mut fk("situation_pictures", "replaces_id", "situation_pictures"))
                    .to_owned(),
            )
            .await?;
        // Listed newest period first by area or council; a version's revision is found by it.
        manager.create_index(index("situation_pictures", &["area_id", "period_start", "id"])).await?;
        manager.create_index(index("situation_pictures", &["council_id", "period_start", "id"])).await?;
        manager.create_index(index("situation_pictures", &["replaces_id"]).unique().to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, "situation_pictures").await
    }
}
