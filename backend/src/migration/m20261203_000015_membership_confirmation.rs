//! A term counts for seeing the other members' contact details (and, later, for restricted
//! content) only once a coordinator or admin has created or confirmed it: a chair cannot gain
//! either by seating someone themselves. Terms that exist already predate the rule and count
//! as confirmed when they were made.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLE: &str = "memberships";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite takes one change per ALTER TABLE.
        manager
            .alter_table(
                Table::alter().table(TABLE).add_column(timestamp_with_time_zone_null("confirmed_at")).to_owned(),
            )
            .await?;
        manager.alter_table(Table::alter().table(TABLE).add_column(uuid_null("confirmed_by")).to_owned()).await?;
        manager.get_connection().execute_unprepared(&format!("UPDATE {TABLE} SET confirmed_at = created_at")).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(TABLE).drop_column("confirmed_by").to_owned()).await?;
        manager.alter_table(Table::alter().table(TABLE).drop_column("confirmed_at").to_owned()).await
    }
}
