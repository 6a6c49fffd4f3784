//! Attendance at a meeting: invitations and answers, who came, deputies and guests.

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
                resource_table("attendances")
                    .col(uuid("meeting_id"))
                    .col(uuid_null("person_id"))
                    // The term the person was invited for (members); null for guests.
                    .col(uuid_null("membership_id"))
                    // A deputy attending for this member's term.
                    .col(uuid_null("substitute_for_membership_id"))
                    .col(string_len_null("guest_name", 200))
                    .col(string_len_null("guest_organization", 200))
                    .col(string_len("rsvp", 20))
                    .col(string_len("presence", 20))
                    .foreign_key(&mut fk("attendances", "meeting_id", "meetings"))
                    .foreign_key(&mut fk("attendances", "person_id", "people"))
                    .foreign_key(&mut fk("attendances", "membership_id", "memberships"))
                    .foreign_key(&mut fk("attendances", "substitute_for_membership_id", "memberships"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("attendances", &["meeting_id", "id"])).await?;
        manager.create_index(index("attendances", &["person_id"])).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, "attendances").await
    }
}
