//! Reference data: the headline measures of the city's safety survey, the police region's survey
//! and NTU (see DOMAIN.md, "Indicators for follow-up"), so every database can take their values.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::ConnectionTrait;
use uuid::Uuid;

use crate::domain::indicator::{BetterDirection as B, IndicatorSource as S};

/// (code, name, unit, better direction, source, description)
pub const REFERENCE_INDICATORS: &[(&str, &str, &str, B, S, &str)] = &[
    (
        "SST_ORO_BROTT",
        "Ofta orolig för brott",
        "%",
        B::Lower,
        S::CitySafetySurvey,
        "Andel (16–79 år) som ofta är oroliga för brottsligheten i samhället. Stockholms stads trygghetsmätning; 9 % år 2020.",
    ),
    (
        "SST_OTRYGG_KVALL",
        "Otrygg ute ensam sent en kväll i det egna området",
        "%",
        B::Lower,
        S::CitySafetySurvey,
        "Andel som känner sig otrygga när de går ut ensamma sent en kväll i sitt eget område. Stockholms stads trygghetsmätning; 10 % år 2020.",
    ),
    (
        "SST_UTSATT_MISSHANDEL",
        "Utsatt för misshandel",
        "%",
        B::Lower,
        S::CitySafetySurvey,
        "Andel som uppger att de utsatts för misshandel under det senaste året.",
    ),
    (
        "SST_UTSATT_HOT",
        "Utsatt för hot",
        "%",
        B::Lower,
        S::CitySafetySurvey,
        "Andel som uppger att de utsatts för hot under det senaste året.",
    ),
    (
        "SST_ORDNING_NEDSKRAPNING",
        "Nedskräpning ett problem i området",
        "%",
        B::Lower,
        S::CitySafetySurvey,
        "Andel som anser att nedskräpning är ett stort eller ganska stort problem i området.",
    ),
    (
        "SST_ORDNING_KLOTTER",
        "Klotter ett problem i området",
        "%",
        B::Lower,
        S::CitySafetySurvey,
        "Andel som anser att klotter och skadegörelse är ett stort eller ganska stort problem i området.",
    ),
    (
        "PTM_OTRYGG_KVALL",
        "Otrygg ute sent i området",
        "%",
        B::Lower,
        S::PoliceSurvey,
        "Andel (16–84 år) som känner sig otrygga ute sent på kvällen i området. Polisregion Stockholms trygghetsmätning.",
    ),
    (
        "PTM_ORO_BROTT",
        "Orolig för att utsättas för brott i området",
        "%",
        B::Lower,
        S::PoliceSurvey,
        "Andel som är oroliga för att utsättas för brott i området. Polisregion Stockholms trygghetsmätning.",
    ),
    (
        "PTM_PROBLEM_INDEX",
        "Problem i området (index)",
        "index 0–6",
        B::Lower,
        S::PoliceSurvey,
        "Polisens problemindex: hur stora ordnings- och brottsproblem de boende ser i området.",
    ),
    (
        "PTM_FORTROENDE",
        "Förtroende för polisens arbete i området",
        "%",
        B::Higher,
        S::PoliceSurvey,
        "Andel med mycket eller ganska stort förtroende för polisens arbete i området.",
    ),
    (
        "NTU_OTRYGG_KVALL",
        "Otrygg eller avstår från att gå ut sent",
        "%",
        B::Lower,
        S::Ntu,
        "Andel som känner sig otrygga eller avstår från att gå ut ensamma sent en kväll i det egna bostadsområdet. Brå, NTU; 27 % år 2022.",
    ),
];

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let now = crate::db::now();
        for (code, name, unit, better, source, description) in REFERENCE_INDICATORS {
            let insert = Query::insert()
                .into_table("indicators")
                .columns([
                    "id",
                    "version",
                    "created_at",
                    "updated_at",
                    "code",
                    "name",
                    "unit",
                    "better_direction",
                    "source",
                    "description",
                ])
                .values_panic([
                    Uuid::now_v7().into(),
                    1.into(),
                    now.into(),
                    now.into(),
                    (*code).into(),
                    (*name).into(),
                    (*unit).into(),
                    better.as_str().into(),
                    source.as_str().into(),
                    (*description).into(),
                ])
                .to_owned();
            db.execute(&insert).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let codes = REFERENCE_INDICATORS.iter().map(|r| r.0);
        let delete = Query::delete().from_table("indicators").and_where(Expr::col("code").is_in(codes)).to_owned();
        manager.get_connection().execute(&delete).await?;
        Ok(())
    }
}
