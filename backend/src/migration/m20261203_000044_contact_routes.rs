//! Topics (a managed list, Swedish and English names; the public ones are Open311's services)
//! and contact routes: who to contact for what, where, how and when.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::ConnectionTrait;
use uuid::Uuid;

use super::{drop, fk, index, resource_table};

/// The topics every database starts with: (code, Swedish name, English name, public).
pub const REFERENCE_TOPICS: &[(&str, &str, &str, bool)] = &[
    ("otrygg-plats", "Otrygg plats", "A place that feels unsafe", true),
    ("belysning", "Trasig eller dålig belysning", "Broken or poor lighting", true),
    ("nedskrapning", "Nedskräpning och klotter", "Litter and graffiti", true),
    ("ordningsstorning", "Ordningsstörning", "Public disorder", true),
    ("narkotika", "Narkotikahandel eller öppen narkotikaförsäljning", "Drug dealing", true),
    ("trafik", "Trafik och fortkörning", "Traffic and speeding", true),
    ("unga", "Unga i riskzon", "Young people at risk", true),
    ("bostad", "Trygghet i bostadsområdet", "Safety in a housing area", true),
    ("samverkan", "Samverkan stad–polis", "City–police cooperation", false),
    ("lagesbild", "Lägesbild och underrättelser", "Situation picture and intelligence", false),
];

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                resource_table("topics")
                    .col(string_len("code", 50))
                    .col(text("name_sv"))
                    .col(text("name_en"))
                    .col(boolean("is_public"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("topics", &["code"]).unique().to_owned()).await?;
        manager
            .create_table(
                resource_table("contact_routes")
                    .col(string_len("from_audience", 30))
                    .col(uuid("organization_id"))
                    .col(text("function"))
                    // The function as searched (`q`): lower-cased, accents kept.
                    .col(text("search_function"))
                    .col(uuid("topic_id"))
                    .col(json("channels"))
                    .col(json_null("opening_hours"))
                    .col(string_len_null("response_target", 40))
                    .col(big_integer_null("response_target_seconds"))
                    .col(uuid_null("backup_route_id"))
                    .col(uuid_null("escalation_route_id"))
                    .col(string_len("audience", 20))
                    .col(date_null("valid_from"))
                    .col(date_null("valid_to"))
                    .col(timestamp_with_time_zone("last_verified_at"))
                    .col(text("last_verified_by"))
                    // When the stale event went to the outbox (once per verification).
                    .col(timestamp_with_time_zone_null("stale_notified_at"))
                    .col(text_null("note"))
                    .foreign_key(&mut fk("contact_routes", "organization_id", "organizations"))
                    .foreign_key(&mut fk("contact_routes", "topic_id", "topics"))
                    .foreign_key(&mut fk("contact_routes", "backup_route_id", "contact_routes"))
                    .foreign_key(&mut fk("contact_routes", "escalation_route_id", "contact_routes"))
                    .to_owned(),
            )
            .await?;
        // Listed by function; looked up by topic; the stale report and job read by verification.
        manager.create_index(index("contact_routes", &["function", "id"])).await?;
        manager.create_index(index("contact_routes", &["topic_id", "id"])).await?;
        manager.create_index(index("contact_routes", &["last_verified_at", "id"])).await?;
        manager.create_index(index("contact_routes", &["organization_id", "function", "id"])).await?;
        manager
            .create_table(
                resource_table("contact_route_areas")
                    .col(uuid("route_id"))
                    .col(uuid("area_id"))
                    .foreign_key(&mut fk("contact_route_areas", "route_id", "contact_routes"))
                    .foreign_key(&mut fk("contact_route_areas", "area_id", "areas"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("contact_route_areas", &["route_id", "area_id"]).unique().to_owned()).await?;
        manager.create_index(index("contact_route_areas", &["area_id", "route_id"])).await?;

        let db = manager.get_connection();
        let now = crate::db::now();
        for (code, sv, en, public) in REFERENCE_TOPICS {
            let insert = Query::insert()
                .into_table("topics")
                .columns(["id", "version", "created_at", "updated_at", "code", "name_sv", "name_en", "is_public"])
                .values_panic([
                    Uuid::now_v7().into(),
                    1.into(),
                    now.into(),
                    now.into(),
                    (*code).into(),
                    (*sv).into(),
                    (*en).into(),
                    (*public).into(),
                ])
                .to_owned();
            db.execute(&insert).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in ["contact_route_areas", "contact_routes", "topics"] {
            drop(manager, t).await?;
        }
        Ok(())
    }
}
