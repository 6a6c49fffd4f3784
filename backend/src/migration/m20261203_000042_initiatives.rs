//! Initiatives (joint actions, citizen promises, preventive measures), their areas and partners,
//! and their progress reports.

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
                resource_table("initiatives")
                    .col(text("title"))
                    .col(text("search_title"))
                    .col(string_len("kind", 30))
                    .col(uuid("council_id"))
                    .col(text_null("priority_area"))
                    .col(uuid_null("lead_organization_id"))
                    .col(uuid_null("owner_person_id"))
                    .col(string_len("status", 20))
                    .col(date_null("starts_on"))
                    .col(date_null("ends_on"))
                    .col(boolean("is_public"))
                    .col(uuid_null("parent_id"))
                    // Its weight in its parent's progress.
                    .col(integer("weight"))
                    .col(uuid_null("agenda_item_id"))
                    .col(json_null("target"))
                    .col(text_null("description"))
                    .foreign_key(&mut fk("initiatives", "council_id", "councils"))
                    .foreign_key(&mut fk("initiatives", "lead_organization_id", "organizations"))
                    .foreign_key(&mut fk("initiatives", "owner_person_id", "people"))
                    .foreign_key(&mut fk("initiatives", "parent_id", "initiatives"))
                    .foreign_key(&mut fk("initiatives", "agenda_item_id", "agenda_items"))
                    .to_owned(),
            )
            .await?;
        // Listed by title; filtered by council, status and kind; children read by parent.
        manager.create_index(index("initiatives", &["search_title", "id"])).await?;
        manager.create_index(index("initiatives", &["council_id", "id"])).await?;
        manager.create_index(index("initiatives", &["kind", "is_public", "id"])).await?;
        manager.create_index(index("initiatives", &["parent_id", "id"])).await?;
        manager
            .create_table(
                resource_table("initiative_areas")
                    .col(uuid("initiative_id"))
                    .col(uuid("area_id"))
                    .foreign_key(&mut fk("initiative_areas", "initiative_id", "initiatives"))
                    .foreign_key(&mut fk("initiative_areas", "area_id", "areas"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("initiative_areas", &["initiative_id", "area_id"]).unique().to_owned()).await?;
        manager.create_index(index("initiative_areas", &["area_id", "initiative_id"])).await?;
        manager
            .create_table(
                resource_table("initiative_partners")
                    .col(uuid("initiative_id"))
                    .col(uuid("organization_id"))
                    .col(text_null("commitment"))
                    .foreign_key(&mut fk("initiative_partners", "initiative_id", "initiatives"))
                    .foreign_key(&mut fk("initiative_partners", "organization_id", "organizations"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(index("initiative_partners", &["initiative_id", "organization_id"]).unique().to_owned())
            .await?;
        manager.create_index(index("initiative_partners", &["organization_id", "initiative_id"])).await?;
        manager
            .create_table(
                resource_table("initiative_updates")
                    .col(uuid("initiative_id"))
                    .col(date("reported_on"))
                    .col(string_len("status", 20))
                    .col(integer_null("percent"))
                    .col(text_null("narrative"))
                    .col(integer_null("achieved_count"))
                    .col(double_null("measured_value"))
                    .col(boolean("is_public"))
                    .col(text("reported_by_name"))
                    .foreign_key(&mut fk("initiative_updates", "initiative_id", "initiatives"))
                    .to_owned(),
            )
            .await?;
        // An initiative's reports in the order made; the latest read per initiative.
        manager.create_index(index("initiative_updates", &["initiative_id", "id"])).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in ["initiative_updates", "initiative_partners", "initiative_areas", "initiatives"] {
            drop(manager, t).await?;
        }
        Ok(())
    }
}
