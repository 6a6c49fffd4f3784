//! The demo's follow-up for two districts (Järva and Södermalm): three years of the reference
//! indicators' values (up to this year), written by the same import the API offers; and the
//! local steering groups' initiatives — a joint plan with two parts in Järva (a citizen promise
//! that is kept, a measure tied to an indicator), a citizen promise in Södermalm that is not, and
//! last year's walks there that ended without a final report — with reports through the year.

use chrono::{Datelike, NaiveDate};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;
use uuid::Uuid;

use crate::api::initiatives::{InitiativeUpdates, Initiatives, NewInitiative, NewInitiativeUpdate};
use crate::api::situation_pictures::{NewSituationPicture, SituationPictures, adoption};
use crate::domain::indicator::Period;
use crate::domain::indicator_import::ImportRow;
use crate::domain::time::today;
use crate::entities::{area, council, indicator, indicator_value, initiative, organization};
use crate::error::{ApiError, ApiResult};
use crate::kit::{Caller, write};
use crate::store::indicator_values;

/// The districts that get values: (area code, how much worse than the city they start).
pub const DISTRICTS: &[(&str, f64)] = &[("sdo-jarva", 1.6), ("sdo-sodermalm", 0.9)];

/// The years of values: the two before this one, and this one.
pub fn years() -> [i32; 3] {
    let y = today().year();
    [y - 2, y - 1, y]
}

/// (code, the city's level, the change per year) of the demo's values. Järva's trend is the
/// city's; its level is higher where lower is better.
const LEVELS: &[(&str, f64, f64)] = &[
    ("SST_ORO_BROTT", 9.0, -0.4),
    ("SST_OTRYGG_KVALL", 10.0, -0.8),
    ("SST_UTSATT_MISSHANDEL", 2.1, 0.1),
    ("SST_UTSATT_HOT", 4.5, -0.2),
    ("SST_ORDNING_NEDSKRAPNING", 31.0, -2.5),
    ("SST_ORDNING_KLOTTER", 22.0, 1.5),
    ("PTM_OTRYGG_KVALL", 18.0, -1.2),
    ("PTM_ORO_BROTT", 24.0, -0.9),
    ("PTM_PROBLEM_INDEX", 1.4, -0.05),
    ("PTM_FORTROENDE", 62.0, 1.8),
];

/// Rounded to one decimal, as surveys report.
fn tenth(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// The demo's rows: every indicator × district × year, and the feeling of safety late at night
/// for women and men as well.
async fn rows(db: &impl ConnectionTrait) -> ApiResult<Vec<ImportRow>> {
    let mut rows = vec![];
    for (code, factor) in DISTRICTS {
        let area = area::Entity::find()
            .filter(area::Column::Code.eq(*code))
            .one(db)
            .await?
            .ok_or_else(|| ApiError::internal(format!("reference area {code} missing")))?;
        for (i, year) in years().iter().enumerate() {
            for (indicator, level, trend) in LEVELS {
                // Trust in the police is higher where things are better.
                let base = if indicator.ends_with("FORTROENDE") { level / factor.sqrt() } else { level * factor };
                let value = tenth(base + trend * i as f64);
                let mut push = |group: &str, value: f64, n: i32| {
                    rows.push(ImportRow {
                        row: rows.len() + 2,
                        indicator_code: (*indicator).to_owned(),
                        area_id: area.id,
                        period: Period::parse(&year.to_string()).unwrap_or_else(|_| Period::stored("2025")),
                        group: group.to_owned(),
                        value,
                        n: Some(n),
                        note: None,
                    });
                };
                push("", value, 1_800);
                if *indicator == "SST_OTRYGG_KVALL" {
                    push("kvinnor", tenth(value * 1.5), 950);
                    push("män", tenth(value * 0.5), 850);
                }
            }
        }
    }
    Ok(rows)
}

/// Load the demo's follow-up data; a second run writes nothing new. Returns the values and the
/// initiatives created.
pub async fn load(db: &impl ConnectionTrait) -> ApiResult<(usize, usize)> {
    let summary = indicator_values::import(db, rows(db).await?, Default::default(), false).await?;
    Ok((summary.created, initiatives(db).await?))
}

fn internal(e: impl std::fmt::Display) -> ApiError {
    ApiError::internal(format!("demo initiative: {e}"))
}

async fn council_named(db: &impl ConnectionTrait, name: &str) -> ApiResult<Uuid> {
    Ok(council::Entity::find()
        .filter(council::Column::Name.eq(name))
        .one(db)
        .await?
        .ok_or_else(|| internal(format!("council {name} missing")))?
        .id)
}

async fn id_of<E: EntityTrait>(db: &impl ConnectionTrait, column: E::Column, value: &str) -> ApiResult<Uuid>
where
    E::Column: ColumnTrait,
    E::Model: crate::entities::Row,
{
    use crate::entities::Row;
    Ok(E::find().filter(column.eq(value)).one(db).await?.ok_or_else(|| internal(format!("{value} missing")))?.id())
}

/// A demo report: (date, status, per cent, count achieved, narrative).
type Report<'a> = (NaiveDate, &'a str, Option<i32>, Option<i32>, &'a str);

/// Create an initiative (and its reports) through the API's own path, audit log included.
async fn make(db: &impl ConnectionTrait, body: serde_json::Value, reports: &[Report<'_>]) -> ApiResult<Uuid> {
    let input: NewInitiative = serde_json::from_value(body).map_err(internal)?;
    let caller = Caller::system();
    let (_, row) = write::create_in::<Initiatives>(db, &caller, (), input).await?;
    for (on, status, percent, count, narrative) in reports {
        let report: NewInitiativeUpdate = serde_json::from_value(json!({
            "reported_on": on.to_string(), "status": status, "percent": percent, "achieved_count": count,
            "narrative": narrative, "is_public": true,
        }))
        .map_err(internal)?;
        write::create_in::<InitiativeUpdates>(db, &caller, row.id, (report, "Systemet".to_owned())).await?;
    }
    Ok(row.id)
}

async fn initiatives(db: &impl ConnectionTrait) -> ApiResult<usize> {
    let jarva = council_named(db, "Lokal styrgrupp Järva").await?;
    if initiative::Entity::find().filter(initiative::Column::CouncilId.eq(jarva)).count(db).await? > 0 {
        return Ok(0);
    }
    let soder = council_named(db, "Lokal styrgrupp Södermalm").await?;
    let jarva_area = id_of::<area::Entity>(db, area::Column::Code, "sdo-jarva").await?;
    let soder_area = id_of::<area::Entity>(db, area::Column::Code, "sdo-sodermalm").await?;
    let police = id_of::<organization::Entity>(db, organization::Column::Name, "Polisområde Nord").await?;
    let police_city = id_of::<organization::Entity>(db, organization::Column::Name, "Polisområde City").await?;
    let sdf_jarva = id_of::<organization::Entity>(db, organization::Column::Name, "Järva stadsdelsförvaltning").await?;
    let sdf_soder =
        id_of::<organization::Entity>(db, organization::Column::Name, "Södermalms stadsdelsförvaltning").await?;
    let housing = id_of::<organization::Entity>(db, organization::Column::Name, "AB Svenska Bostäder").await?;
    let unsafe_late = id_of::<indicator::Entity>(db, indicator::Column::Code, "SST_OTRYGG_KVALL").await?;
    let [first, _, this] = years();
    let day = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| internal("a date"));
    // Reports and the promises' periods are dated from today: never a report in the future.
    let now = today();
    let ago = |days: i64| now - chrono::Duration::days(days);
    // The baseline: Järva's value of the first year.
    let baseline = indicator_value::Entity::find()
        .filter(indicator_value::Column::IndicatorId.eq(unsafe_late))
        .filter(indicator_value::Column::AreaId.eq(jarva_area))
        .filter(indicator_value::Column::Period.eq(first.to_string()))
        .filter(indicator_value::Column::Grp.eq(""))
        .one(db)
        .await?
        .map(|v| v.value)
        .unwrap_or(16.0);
    let plan = make(
        db,
        json!({
            "title": "Trygg i Järva – gemensam handlingsplan", "kind": "joint_action", "council_id": jarva,
            "area_ids": [jarva_area], "priority_area": "Platssamverkan", "lead_organization_id": sdf_jarva,
            "partners": [{"organization_id": police, "commitment": "Kommunpolis och områdespoliser"},
                         {"organization_id": housing, "commitment": "Fastighetsvärdar och belysning"}],
            "status": "in_progress", "starts_on": day(first, 1, 1)?.to_string(), "ends_on": day(this, 12, 31)?.to_string(),
            "is_public": false,
            "description": "Stadsdelsförvaltningen, polisen och Svenska Bostäder arbetar tillsammans med de platser som lägesbilden pekar ut.",
        }),
        &[],
    )
    .await?;
    make(
        db,
        json!({
            "title": "Nattvandring varje helg i Tensta och Rinkeby", "kind": "citizen_promise", "council_id": jarva,
            "area_ids": [jarva_area], "priority_area": "Unga i riskzon", "lead_organization_id": sdf_jarva,
            "partners": [{"organization_id": police, "commitment": "Områdespoliser möter nattvandrarna fredag och lördag"}],
            "status": "in_progress", "starts_on": ago(330).to_string(), "ends_on": ago(-35).to_string(),
            "is_public": true, "parent_id": plan, "weight": 2,
            "target": {"type": "count", "target": 40, "unit": "helger med nattvandring", "per": 52},
            "description": "Vi lovar att vuxna nattvandrar i Tensta och Rinkeby minst 40 av årets 52 helger.",
        }),
        &[
            (ago(270), "in_progress", Some(25), Some(12), "12 helger med nattvandring under första kvartalet."),
            (ago(180), "in_progress", Some(50), Some(24), "24 helger hittills; fler vandrare på kvällarna."),
            (ago(90), "in_progress", Some(75), Some(36), "36 helger; samarbetet med områdespoliserna fungerar väl."),
            (ago(3), "completed", Some(100), Some(44), "44 helger med nattvandring: löftet är uppfyllt."),
        ],
    )
    .await?;
    make(
        db,
        json!({
            "title": "Bättre belysning i Tensta centrum", "kind": "preventive_measure", "council_id": jarva,
            "area_ids": [jarva_area], "priority_area": "Platssamverkan", "lead_organization_id": housing,
            "status": "in_progress", "starts_on": day(first, 6, 1)?.to_string(), "ends_on": day(this, 12, 31)?.to_string(),
            "parent_id": plan, "weight": 1,
            "target": {"type": "indicator", "indicator_id": unsafe_late, "baseline_value": baseline,
                       "baseline_period": first.to_string(), "target_value": ((baseline - 2.0) * 10.0).round() / 10.0,
                       "target_period": this.to_string()},
        }),
        &[
            (ago(350), "in_progress", Some(40), None, "Belysningen längs gångvägarna är utbytt."),
            (ago(60), "in_progress", Some(80), None, "Torget och parkeringen har fått ny belysning."),
        ],
    )
    .await?;
    make(
        db,
        json!({
            "title": "Ren och trygg Medborgarplats", "kind": "citizen_promise", "council_id": soder,
            "area_ids": [soder_area], "priority_area": "Platssamverkan", "lead_organization_id": sdf_soder,
            "partners": [{"organization_id": police_city, "commitment": "Närvaro kvällstid"}],
            "status": "in_progress", "starts_on": ago(365).to_string(), "ends_on": ago(3).to_string(),
            "is_public": true,
            "target": {"type": "count", "target": 12, "unit": "månader med extra städning och trygghetsvandring", "per": 12},
            "description": "Vi lovar extra städning och en trygghetsvandring varje månad runt Medborgarplatsen.",
        }),
        &[
            (ago(240), "in_progress", Some(30), Some(4), "Fyra månader enligt plan."),
            (ago(120), "in_progress", Some(55), Some(6), "Två vandringar uteblev under sommaren."),
            (ago(3), "evaluated", Some(75), Some(9), "Nio av tolv månader: löftet hölls inte fullt ut. Sommarens uteblivna vandringar ska tas igen nästa år."),
        ],
    )
    .await?;
    make(
        db,
        json!({
            "title": "Trygghetsvandringar på Södermalm", "kind": "joint_action", "council_id": soder,
            "area_ids": [soder_area], "lead_organization_id": sdf_soder,
            "status": "in_progress", "starts_on": ago(730).to_string(), "ends_on": ago(370).to_string(),
        }),
        &[(ago(550), "in_progress", Some(50), None, "Tre av sex vandringar genomförda.")],
    )
    .await?;
    situation_picture(db, jarva, jarva_area, plan, first, this).await?;
    Ok(5)
}

/// Järva's situation picture of the two years before this one, adopted at the start of this year,
/// with the problems the joint plan addresses; the crime mapping is restricted.
async fn situation_picture(
    db: &impl ConnectionTrait,
    council: Uuid,
    area: Uuid,
    plan: Uuid,
    first: i32,
    this: i32,
) -> ApiResult<()> {
    let input: NewSituationPicture = serde_json::from_value(json!({
        "area_id": area, "council_id": council,
        "period_start": format!("{first}-01-01"), "period_end": format!("{}-12-31", this - 1),
        "title": format!("Lägesbild Järva {first}–{}", this - 1),
        "crime_mapping": "Anmälda brott har minskat i området som helhet, men rån och hot mot unga är koncentrerade till Tensta centrum och gångvägarna mot tunnelbanan kvällstid. Öppen narkotikaförsäljning har rapporterats vid två platser.",
        "crime_mapping_classification": "restricted",
        "other_information": "Trygghetsmätningen visar att var femte invånare känner sig otrygg ute sent på kvällen; bland kvinnor är andelen dubbelt så hög. EST-rapporterna nämner nedskräpning, dålig belysning och grupper av unga vid centrumet.",
        "other_information_classification": "internal",
        "analysis": "Otryggheten hänger ihop med några få platser kvällstid. Vuxennärvaro och bättre belysning är de åtgärder som parterna bedömer ger mest effekt på kort sikt.",
        "analysis_classification": "public",
        "problems": [
            {"title": "Otrygga gångvägar och centrum kvällstid", "priority": 1,
             "description": "Dålig belysning och få vuxna i rörelse.", "initiative_ids": [plan]},
            {"title": "Unga i riskzon rekryteras till kriminalitet", "priority": 2,
             "description": "Signaler från skola och socialtjänst.", "initiative_ids": [plan]},
            {"title": "Nedskräpning och klotter", "priority": 4},
        ],
    }))
    .map_err(internal)?;
    let caller = Caller::system();
    let (_, row) = write::create_in::<SituationPictures>(db, &caller, (), input).await?;
    let change = adoption(db, &row, "Lokal styrgrupp Järva".to_owned()).await?;
    write::save(db, &row, change).await?;
    crate::audit::record(
        db,
        None,
        crate::audit::AuditAction::Adopt,
        crate::audit::EntityType::SituationPicture,
        Some(row.id),
        json!({"after": {"status": "adopted"}}),
    )
    .await
}
