//! Reference data: Stockholm's areas (see `crate::reference`).

use std::collections::HashMap;

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::ConnectionTrait;
use uuid::Uuid;

use crate::reference::stockholm_areas;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let now = crate::db::now();
        let data = stockholm_areas();
        let ids: HashMap<&str, Uuid> = data.areas.iter().map(|a| (a.code.as_str(), Uuid::now_v7())).collect();

        // Parents before children: the list is ordered that way.
        for area in &data.areas {
            let insert = Query::insert()
                .into_table("areas")
                .columns([
                    "id",
                    "version",
                    "created_at",
                    "updated_at",
                    "kind",
                    "name",
                    "search_name",
                    "code",
                    "parent_id",
                    "valid_from",
                    "valid_to",
                    "geometry",
                ])
                .values_panic([
                    ids[area.code.as_str()].into(),
                    1.into(),
                    now.into(),
                    now.into(),
                    area.kind.into(),
                    area.name.clone().into(),
                    crate::db::search_key(&area.name).into(),
                    area.code.clone().into(),
                    area.parent_code.as_deref().map(|c| ids[c]).into(),
                    area.valid_from.into(),
                    area.valid_to.into(),
                    area.geometry.clone().into(),
                ])
                .to_owned();
            db.execute(&insert).await?;
        }
        for (pred, succ) in &data.successions {
            let insert = Query::insert()
                .into_table("area_successions")
                .columns(["id", "version", "created_at", "updated_at", "predecessor_id", "successor_id"])
                .values_panic([
                    Uuid::now_v7().into(),
                    1.into(),
                    now.into(),
                    now.into(),
                    ids[pred.as_str()].into(),
                    ids[succ.as_str()].into(),
                ])
                .to_owned();
            db.execute(&insert).await?;
        }
        let mut overlaps = Query::insert()
            .into_table("area_overlaps")
            .columns(["id", "version", "created_at", "updated_at", "area_id", "other_area_id"])
            .to_owned();
        for (a, b) in &data.overlaps {
            for (x, y) in [(a, b), (b, a)] {
                overlaps.values_panic([
                    Uuid::now_v7().into(),
                    1.into(),
                    now.into(),
                    now.into(),
                    ids[x.as_str()].into(),
                    ids[y.as_str()].into(),
                ]);
            }
        }
        db.execute(&overlaps).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for table in ["area_overlaps", "area_successions"] {
            db.execute(&Query::delete().from_table(table).to_owned()).await?;
        }
        // children first
        for kind in
            ["neighbourhood", "local_police_area", "district", "police_district", "police_region", "municipality"]
        {
            db.execute(&Query::delete().from_table("areas").and_where(Expr::col("kind").eq(kind)).to_owned()).await?;
        }
        Ok(())
    }
}
