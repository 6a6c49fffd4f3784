//! Idempotency keys remember what a request created (`resource_id`), not the response: a replay
//! answers with the resource as it is now, and no copy of a person's data stays behind after
//! erasure. Keys stored before this migration (at most a day's worth) are dropped with their
//! stored responses.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLE: &str = "idempotency_keys";
const RESPONSE_COLUMNS: &[&str] = &["response_status", "response_headers", "response_body"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared(&format!("DELETE FROM {TABLE}")).await?;
        for col in RESPONSE_COLUMNS {
            db.execute_unprepared(&format!("ALTER TABLE {TABLE} DROP COLUMN {col}")).await?;
        }
        manager.alter_table(Table::alter().table(TABLE).add_column(uuid_null("resource_id")).to_owned()).await?;
        manager.create_index(super::index(TABLE, &["resource_id"])).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared(&format!("DELETE FROM {TABLE}")).await?;
        manager.drop_index(Index::drop().name("ix_idempotency_keys_resource_id").table(TABLE).to_owned()).await?;
        manager.alter_table(Table::alter().table(TABLE).drop_column("resource_id").to_owned()).await?;
        // SQLite takes one change per ALTER TABLE.
        for col in [
            integer("response_status").default(201).to_owned(),
            json_binary("response_headers").default("[]").to_owned(),
            text("response_body").default("").to_owned(),
        ] {
            let mut col = col;
            manager.alter_table(Table::alter().table(TABLE).add_column(&mut col).to_owned()).await?;
        }
        Ok(())
    }
}
