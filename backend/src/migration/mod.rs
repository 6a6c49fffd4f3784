//! Schema and reference-data migrations, one file each; they run on SQLite and PostgreSQL.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

mod m20261121_000001_users;
mod m20261121_000002_refresh_tokens;
mod m20261121_000003_login_throttle;
mod m20261121_000004_areas;
mod m20261121_000005_organizations;
mod m20261121_000006_audit_events;
mod m20261121_000007_idempotency_keys;
mod m20261121_000008_stockholm_areas;
mod m20261122_000009_people;
mod m20261122_000010_councils;
mod m20261122_000011_seats_memberships;
mod m20261122_000012_agreements;
mod m20261123_000013_list_indexes;
mod m20261203_000014_idempotency_by_resource;
mod m20261203_000015_membership_confirmation;
mod m20261203_000016_meetings;
mod m20261203_000017_agenda_items;
mod m20261203_000018_attendance;
mod m20261203_000019_minutes;
mod m20261203_000020_action_items;
mod m20261203_000021_access_log;
mod m20261203_000030_calendar_tokens;
mod m20261203_000031_documents;
mod m20261203_000040_indicators;
pub(crate) mod m20261203_000041_reference_indicators;
mod m20261203_000042_initiatives;
mod m20261203_000043_situation_pictures;
pub(crate) mod m20261203_000044_contact_routes;
mod m20261203_000045_inquiries;
mod m20261203_000046_api_keys;
mod m20261203_000047_event_names;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261121_000001_users::Migration),
            Box::new(m20261121_000002_refresh_tokens::Migration),
            Box::new(m20261121_000003_login_throttle::Migration),
            Box::new(m20261121_000004_areas::Migration),
            Box::new(m20261121_000005_organizations::Migration),
            Box::new(m20261121_000006_audit_events::Migration),
            Box::new(m20261121_000007_idempotency_keys::Migration),
            Box::new(m20261121_000008_stockholm_areas::Migration),
            Box::new(m20261122_000009_people::Migration),
            Box::new(m20261122_000010_councils::Migration),
            Box::new(m20261122_000011_seats_memberships::Migration),
            Box::new(m20261122_000012_agreements::Migration),
            Box::new(m20261123_000013_list_indexes::Migration),
            Box::new(m20261203_000014_idempotency_by_resource::Migration),
            Box::new(m20261203_000015_membership_confirmation::Migration),
            Box::new(m20261203_000016_meetings::Migration),
            Box::new(m20261203_000017_agenda_items::Migration),
            Box::new(m20261203_000018_attendance::Migration),
            Box::new(m20261203_000019_minutes::Migration),
            Box::new(m20261203_000020_action_items::Migration),
            Box::new(m20261203_000021_access_log::Migration),
            Box::new(m20261203_000030_calendar_tokens::Migration),
            Box::new(m20261203_000031_documents::Migration),
            Box::new(m20261203_000040_indicators::Migration),
            Box::new(m20261203_000041_reference_indicators::Migration),
            Box::new(m20261203_000042_initiatives::Migration),
            Box::new(m20261203_000043_situation_pictures::Migration),
            Box::new(m20261203_000044_contact_routes::Migration),
            Box::new(m20261203_000045_inquiries::Migration),
            Box::new(m20261203_000046_api_keys::Migration),
            Box::new(m20261203_000047_event_names::Migration),
        ]
    }
}

/// A table with the columns every resource has: `id` (UUIDv7), `version`, `created_at`, `updated_at`.
pub(crate) fn resource_table(name: &'static str) -> TableCreateStatement {
    Table::create()
        .table(name)
        .col(pk_uuid("id"))
        .col(integer("version").default(1))
        .col(timestamp_with_time_zone("created_at"))
        .col(timestamp_with_time_zone("updated_at"))
        .to_owned()
}

pub(crate) fn fk(
    from_table: &'static str,
    from_col: &'static str,
    to_table: &'static str,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{from_table}_{from_col}"))
        .from(from_table, from_col)
        .to(to_table, "id")
        .to_owned()
}

pub(crate) fn index(table: &'static str, cols: &[&'static str]) -> IndexCreateStatement {
    let mut idx = Index::create();
    idx.name(format!("ix_{table}_{}", cols.join("_"))).table(table);
    for c in cols {
        idx.col(*c);
    }
    idx.to_owned()
}

pub(crate) async fn drop(manager: &SchemaManager<'_>, table: &'static str) -> Result<(), DbErr> {
    manager.drop_table(Table::drop().table(table).to_owned()).await
}
