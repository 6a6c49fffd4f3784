//! Indexes for the one list path: every list is read in keyset order `(sort key, id)`, filtered
//! by its filter columns, so each sort key gets an index ending in `id`, and the filters that
//! come with a sort get `(filter, sort key, id)`. The query plans that justify each one are in
//! docs/benchmarks.md.

use sea_orm_migration::prelude::*;

use super::index;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// (table, columns) of indexes replaced by a wider one that serves the same queries.
const REPLACED: &[(&str, &[&str])] = &[
    ("areas", &["kind", "search_name"]),
    ("organizations", &["search_name"]),
    ("people", &["search_name"]),
    ("seats", &["council_id"]),
    ("memberships", &["council_id"]),
    ("memberships", &["person_id"]),
];

const ADDED: &[(&str, &[&str])] = &[
    ("areas", &["search_name", "id"]),
    ("areas", &["kind", "search_name", "id"]),
    ("organizations", &["search_name", "id"]),
    ("organizations", &["kind", "search_name", "id"]),
    ("people", &["search_name", "id"]),
    ("councils", &["search_name", "id"]),
    ("councils", &["kind", "search_name", "id"]),
    ("councils", &["status", "search_name", "id"]),
    ("agreements", &["search_name", "id"]),
    ("agreements", &["phase", "search_name", "id"]),
    ("seats", &["council_id", "id"]),
    ("memberships", &["council_id", "start_date", "id"]),
    ("memberships", &["person_id", "start_date", "id"]),
    ("audit_events", &["action", "id"]),
    ("audit_events", &["created_at"]),
    ("idempotency_keys", &["created_at"]),
];

fn name(table: &str, cols: &[&str]) -> String {
    format!("ix_{table}_{}", cols.join("_"))
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, cols) in ADDED {
            manager.create_index(index(table, cols)).await?;
        }
        for (table, cols) in REPLACED {
            manager.drop_index(Index::drop().name(name(table, cols)).table(*table).to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, cols) in REPLACED {
            manager.create_index(index(table, cols)).await?;
        }
        for (table, cols) in ADDED {
            manager.drop_index(Index::drop().name(name(table, cols)).table(*table).to_owned()).await?;
        }
        Ok(())
    }
}
