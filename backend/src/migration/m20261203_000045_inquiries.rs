//! Inquiries (ärenden) and their messages (internal notes, public replies).

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
                resource_table("inquiries")
                    .col(string_len("reference", 20))
                    .col(string_len("status_token_hash", 64))
                    .col(string_len("source", 20))
                    .col(string_len("from_audience", 30))
                    .col(uuid("topic_id"))
                    .col(uuid_null("area_id"))
                    .col(double_null("lat"))
                    .col(double_null("lon"))
                    .col(text("message"))
                    // Personal data: never shown publicly, purged after closing.
                    .col(text_null("name"))
                    .col(text_null("contact"))
                    .col(string_len_null("address_hash", 64))
                    .col(boolean("consent"))
                    .col(uuid_null("filed_by_user_id"))
                    .col(uuid_null("route_id"))
                    .col(uuid_null("organization_id"))
                    .col(uuid_null("assignee_person_id"))
                    .col(string_len("status", 20))
                    .col(uuid_null("duplicate_of_id"))
                    .col(integer("supporters").default(0))
                    .col(timestamp_with_time_zone("received_at"))
                    .col(timestamp_with_time_zone_null("expected_at"))
                    .col(timestamp_with_time_zone_null("first_response_at"))
                    .col(timestamp_with_time_zone_null("closed_at"))
                    .col(timestamp_with_time_zone_null("purged_at"))
                    .col(uuid_null("agenda_item_id"))
                    .foreign_key(&mut fk("inquiries", "topic_id", "topics"))
                    .foreign_key(&mut fk("inquiries", "area_id", "areas"))
                    .foreign_key(&mut fk("inquiries", "route_id", "contact_routes"))
                    .foreign_key(&mut fk("inquiries", "organization_id", "organizations"))
                    .foreign_key(&mut fk("inquiries", "assignee_person_id", "people"))
                    .foreign_key(&mut fk("inquiries", "duplicate_of_id", "inquiries"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("inquiries", &["reference"]).unique().to_owned()).await?;
        // The inbox, newest first (by id), by status and organisation; the reports by time; the public form's similar inquiries (topic,
        // area, last 30 days); the rate limit (address, time); the purge (closed, time).
        manager.create_index(index("inquiries", &["received_at"])).await?;
        manager.create_index(index("inquiries", &["status", "id"])).await?;
        manager.create_index(index("inquiries", &["topic_id", "area_id", "received_at"])).await?;
        manager.create_index(index("inquiries", &["organization_id", "id"])).await?;
        manager.create_index(index("inquiries", &["address_hash", "received_at"])).await?;
        manager.create_index(index("inquiries", &["closed_at"])).await?;
        manager
            .create_table(
                resource_table("inquiry_messages")
                    .col(uuid("inquiry_id"))
                    .col(string_len("kind", 20))
                    .col(text("body"))
                    .col(text("author_name"))
                    .col(uuid_null("author_user_id"))
                    .foreign_key(&mut fk("inquiry_messages", "inquiry_id", "inquiries"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("inquiry_messages", &["inquiry_id", "id"])).await?;
        // One voice per address and inquiry (a salted hash of the address, purged with the rest).
        manager
            .create_table(
                resource_table("inquiry_supports")
                    .col(uuid("inquiry_id"))
                    .col(string_len("address_hash", 64))
                    .foreign_key(&mut fk("inquiry_supports", "inquiry_id", "inquiries"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("inquiry_supports", &["inquiry_id", "address_hash"]).unique().to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in ["inquiry_supports", "inquiry_messages", "inquiries"] {
            drop(manager, t).await?;
        }
        Ok(())
    }
}
