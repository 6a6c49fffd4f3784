//! The demo's cooperation organisation: a central steering group of city and police, a local
//! steering group for each current district but one, a few working groups, made-up people in
//! their seats, and the city-wide and local agreements. Some gaps are left on purpose so the
//! reports have something to show: Skärholmen has no local steering group, some required seats
//! stand empty, one seat is held for the wrong organization and one term ends soon.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::api::agreements::{Agreements, NewAgreement, Signatory};
use crate::api::councils::{Councils, NewCouncil};
use crate::api::memberships::{Memberships, NewMembership};
use crate::api::people::{NewPerson, People};
use crate::api::seats::{NewSeat, Seats};
use crate::domain::agreement::AgreementPhase;
use crate::domain::cadence::{Cadence, DEFAULT_TIME_ZONE};
use crate::domain::council::{CouncilKind, CouncilRole, CouncilStatus, Mandate};
use crate::domain::text::{Bounded, Checked, Ids, Line, Name, Text};
use crate::domain::time::Day;
use crate::domain::time::today;
use crate::entities::area::{self, Entity as AreaEntity};
use crate::entities::council::{self, Entity as CouncilEntity};
use crate::entities::organization::{self, Entity as Org};
use crate::error::{ApiError, ApiResult};
use crate::kit::resource::{Create, ModelOf};
use crate::kit::{Caller, write};
use crate::store::councils;

/// Demo texts are written by us: a text that breaks its own rules is a bug here.
fn demo<T, E: std::fmt::Debug>(what: &str, r: Result<T, E>) -> ApiResult<T> {
    r.map_err(|e| ApiError::internal(format!("demo {what}: {e:?}")))
}
fn name<const M: usize>(s: impl AsRef<str>) -> ApiResult<Name<M>> {
    demo("name", Name::new(s))
}
fn line<const M: usize>(s: impl AsRef<str>) -> ApiResult<Option<Line<M>>> {
    demo("line", Line::new(s)).map(Some)
}
fn text(s: impl AsRef<str>) -> ApiResult<Option<Text>> {
    demo("text", Text::new(s)).map(Some)
}
fn list<T, const M: usize>(items: Vec<T>) -> ApiResult<Bounded<T, M>> {
    demo("list", Bounded::new(items))
}
fn ids<const M: usize>(items: Vec<Uuid>) -> ApiResult<Ids<M>> {
    demo("ids", Ids::new(items))
}

pub const CENTRAL: &str = "Central styrgrupp Stockholms stad – Polisregion Stockholm";
/// The council whose chair the member demo login is.
pub const MEMBER_CHAIRS: &str = "Lokal styrgrupp Södermalm";

const FIRST: &[&str] = &[
    "Anna", "Erik", "Sara", "Johan", "Maria", "Ahmed", "Elin", "Mikael", "Fatima", "Lars", "Karin", "Omar", "Linnea",
    "Per", "Emma", "Ali", "Ingrid", "Jonas", "Sofia", "Hassan", "Eva", "Oskar", "Amina", "Nils", "Helena", "Yusuf",
    "Lena", "Gustav", "Nadia", "Anders",
];
const LAST: &[&str] = &[
    "Lindqvist",
    "Berg",
    "Nyström",
    "Holm",
    "Sandberg",
    "Ekström",
    "Lund",
    "Forsberg",
    "Hedlund",
    "Öberg",
    "Åkesson",
    "Karlsson",
    "Nordin",
    "Sjöberg",
    "Wallin",
    "Blom",
    "Engström",
    "Dahl",
    "Lindgren",
    "Strand",
];

fn d(s: &str) -> NaiveDate {
    s.parse().expect("demo date")
}

struct Ctx<'a, C: ConnectionTrait> {
    db: &'a C,
    people: usize,
    orgs: HashMap<String, Uuid>,
}

impl<C: ConnectionTrait> Ctx<'_, C> {
    fn org(&self, name: &str) -> ApiResult<Uuid> {
        self.orgs.get(name).copied().ok_or_else(|| ApiError::internal(format!("demo organization {name} missing")))
    }

    async fn area(&self, code: &str) -> ApiResult<Uuid> {
        Ok(AreaEntity::find()
            .filter(area::Column::Code.eq(code))
            .one(self.db)
            .await?
            .ok_or_else(|| ApiError::internal(format!("reference area {code} missing")))?
            .id)
    }

    /// Create through the same path the API takes, audit log included.
    async fn create<R: Create>(&self, scope: R::Scope, input: R::New) -> ApiResult<ModelOf<R>> {
        Ok(write::create_in::<R>(self.db, &Caller::system(), scope, input).await?.1)
    }

    /// A made-up person working for `org`.
    async fn person(&mut self, title: &str, org: &str) -> ApiResult<Uuid> {
        let n = self.people;
        self.people += 1;
        let first = FIRST[n % FIRST.len()];
        let last = LAST[(n * 7 + n / FIRST.len()) % LAST.len()];
        let ascii = |s: &str| crate::reference::slug(s).replace('-', "");
        let input = NewPerson {
            name: name(format!("{first} {last}"))?,
            title: line(title)?,
            email: Some(demo("email", Checked::new(format!("{}.{}{}@exempel.se", ascii(first), ascii(last), n)))?),
            phone: Some(demo("phone", Checked::new(format!("08-508 {:03} {:02}", 100 + n, n % 100)))?),
            organization_id: Some(self.org(org)?),
        };
        Ok(self.create::<People>((), input).await?.id)
    }

    async fn council(&self, input: NewCouncil) -> ApiResult<Uuid> {
        Ok(self.create::<Councils>((), input).await?.id)
    }

    async fn seat(
        &self,
        council: Uuid,
        label: &str,
        role: CouncilRole,
        org: Option<&str>,
        required: bool,
    ) -> ApiResult<Uuid> {
        let input = NewSeat {
            label: name(label)?,
            role,
            organization_id: org.map(|o| self.org(o)).transpose()?,
            required,
            max_holders: Some(1),
            restricted_access: matches!(role, CouncilRole::Chair | CouncilRole::ViceChair),
        };
        Ok(self.create::<Seats>(council, input).await?.id)
    }

    async fn member(
        &self,
        council: Uuid,
        seat: Uuid,
        person: Uuid,
        for_org: &str,
        start: NaiveDate,
        end: Option<NaiveDate>,
    ) -> ApiResult<Uuid> {
        let input = NewMembership {
            person_id: person,
            seat_id: Some(seat),
            role: None,
            on_behalf_of_id: Some(self.org(for_org)?),
            start_date: Day::stored(start),
            end_date: end.map(Day::stored),
            deputy_for_id: None,
        };
        Ok(self.create::<Memberships>(council, input).await?.id)
    }
}

/// The Tuesday on or before `day`: the central steering group meets on Tuesdays.
fn tuesday_before(day: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    day - Duration::days(((day.weekday().num_days_from_monday() + 6) % 7) as i64)
}

fn cadence(rrule: &str, start: &str, minutes: i32) -> Option<Cadence> {
    Some(Cadence {
        rrule: rrule.into(),
        start_time: start.into(),
        duration_minutes: minutes,
        time_zone: DEFAULT_TIME_ZONE.into(),
    })
}

/// District → (its administration, its local police areas, the housing company most present).
const DISTRICTS: &[(&str, &str, &[&str], &str)] = &[
    ("Bromma", "Bromma stadsdelsförvaltning", &["Vällingby"], "AB Familjebostäder"),
    ("Enskede-Årsta-Vantör", "Enskede-Årsta-Vantörs stadsdelsförvaltning", &["Globen", "Farsta"], "AB Stockholmshem"),
    ("Farsta", "Farsta stadsdelsförvaltning", &["Farsta"], "AB Stockholmshem"),
    ("Hägersten-Älvsjö", "Hägersten-Älvsjö stadsdelsförvaltning", &["Skärholmen", "Globen"], "AB Familjebostäder"),
    ("Hässelby-Vällingby", "Hässelby-Vällingby stadsdelsförvaltning", &["Vällingby"], "AB Svenska Bostäder"),
    ("Järva", "Järva stadsdelsförvaltning", &["Järva"], "AB Svenska Bostäder"),
    ("Kungsholmen", "Kungsholmens stadsdelsförvaltning", &["Norrmalm"], "AB Familjebostäder"),
    ("Norra innerstaden", "Norra innerstadens stadsdelsförvaltning", &["Norrmalm"], "AB Svenska Bostäder"),
    ("Skarpnäck", "Skarpnäcks stadsdelsförvaltning", &["Globen"], "AB Stockholmshem"),
    ("Södermalm", "Södermalms stadsdelsförvaltning", &["Södermalm"], "AB Familjebostäder"),
    // Skärholmen is left without a local steering group: the coverage report shows the gap.
];

const PRIORITIES_2019: &[&str] = &[
    "Riktat arbete mot platser och utsatta områden",
    "Unga i riskzon",
    "Skolan som brottsplats",
    "Avhopparverksamhet",
    "Våldsbejakande extremism",
    "Särskilt utsatta brottsoffer",
    "Otillåten påverkan",
    "Otillåtna bosättningar",
    "Ordningsvakter",
    "Kamerabevakning",
];

const PRIORITIES_2024: &[&str] = &[
    "Unga som riskerar att hamna i destruktiva beteenden",
    "Otrygga och brottsutsatta platser",
    "Systemhotande brottslighet",
    "Särskilt utsatta brottsoffer",
    "Kriminella miljöer och livsstilar",
];

pub struct Summary {
    pub councils: usize,
    pub people: usize,
}

/// Load the demo's councils, people and agreements unless they are there already.
pub async fn load(db: &impl ConnectionTrait) -> ApiResult<Option<Summary>> {
    if CouncilEntity::find().filter(council::Column::Name.eq(CENTRAL)).one(db).await?.is_some() {
        return Ok(None);
    }
    let orgs = Org::find().all(db).await?.into_iter().map(|o: organization::Model| (o.name, o.id)).collect();
    let mut cx = Ctx { db, people: 0, orgs };
    let today = today();
    let mut count = 0;

    // The central steering group of city and police.
    let central = cx
        .council(NewCouncil {
            name: name(CENTRAL)?,
            kind: CouncilKind::CentralSteeringGroup,
            parent_id: None,
            area_ids: ids(vec![cx.area(crate::reference::MUNICIPALITY_CODE).await?, cx.area("pr-stockholm").await?])?,
            status: Some(CouncilStatus::Active),
            founded_on: Some(Day::stored(d("2019-11-04"))),
            dissolved_on: None,
            cadence: cadence("FREQ=MONTHLY;INTERVAL=2;BYDAY=1WE", "09:00", 120),
            mandate: Some(Mandate {
                decided_by_organization_id: Some(cx.org("Stockholms stad")?),
                decision_reference: line("Kommunfullmäktige 2019-11-04: övergripande samverkansöverenskommelse")?,
                decided_on: Some(d("2019-11-04")),
                registration_number: line("KS 2019/656")?,
                ..Default::default()
            }),
            description: text("Leder det gemensamma brottsförebyggande och trygghetsskapande arbetet och ger mandat åt de lokala styrgrupperna.")?,
            is_public: true,
        })
        .await?;
    count += 1;
    let chair_seat = cx.seat(central, "Stadsdirektör", CouncilRole::Chair, Some("Stadsledningskontoret"), true).await?;
    let police_seat =
        cx.seat(central, "Regionpolischef", CouncilRole::ViceChair, Some("Polisregion Stockholm"), true).await?;
    let secretary_seat =
        cx.seat(central, "Säkerhetsdirektör", CouncilRole::Secretary, Some("Stadsledningskontoret"), true).await?;
    let housing_seat = cx
        .seat(central, "Representant för bostadsbolagen", CouncilRole::Member, Some("Stockholms Stadshus AB"), true)
        .await?;
    let city_chief = cx.person("Stadsdirektör", "Stadsledningskontoret").await?;
    let police_chief = cx.person("Regionpolischef", "Polisregion Stockholm").await?;
    cx.member(central, chair_seat, city_chief, "Stadsledningskontoret", d("2019-11-04"), None).await?;
    cx.member(central, police_seat, police_chief, "Polisregion Stockholm", d("2019-11-04"), None).await?;
    let security = cx.person("Säkerhetsdirektör", "Stadsledningskontoret").await?;
    cx.member(central, secretary_seat, security, "Stadsledningskontoret", d("2021-01-01"), None).await?;
    let housing = cx.person("Säkerhetschef", "AB Svenska Bostäder").await?;
    cx.member(
        central,
        housing_seat,
        housing,
        "Stockholms Stadshus AB",
        d("2020-01-01"),
        Some(today + Duration::days(45)),
    )
    .await?;

    // Local steering groups, one per district.
    let mut local: HashMap<&str, Uuid> = HashMap::new();
    for (i, (district, sdf, lpos, housing_co)) in DISTRICTS.iter().enumerate() {
        let founded = match *district {
            "Järva" | "Norra innerstaden" => d("2023-07-01"),
            "Hägersten-Älvsjö" => d("2020-07-01"),
            _ => d("2020-03-01"),
        };
        // The group names its district; the local police areas it works with are reached
        // through the district's overlaps (naming a whole police area would also cover the
        // neighbouring districts it reaches into).
        let areas = vec![cx.area(&format!("sdo-{}", crate::reference::slug(district))).await?];
        let council = cx
            .council(NewCouncil {
                name: name(format!("Lokal styrgrupp {district}"))?,
                kind: CouncilKind::LocalSteeringGroup,
                parent_id: Some(central),
                area_ids: ids(areas)?,
                status: Some(CouncilStatus::Active),
                founded_on: Some(Day::stored(founded)),
                dissolved_on: None,
                cadence: cadence("FREQ=MONTHLY;BYDAY=2TU", "14:00", 90),
                mandate: Some(Mandate {
                    decided_by_council_id: Some(central),
                    decision_reference: line(format!("Central styrgrupp, protokoll § {}", 4 + i))?,
                    decided_on: Some(tuesday_before(founded - Duration::days(14))),
                    registration_number: line(format!("KS {}/{}", founded.format("%Y"), 120 + i))?,
                    ..Default::default()
                }),
                description: text(format!(
                    "Lokal styrgrupp för stadsdelsområdet {district} och lokalpolisområdet {}.",
                    lpos.join(" och ")
                ))?,
                is_public: true,
            })
            .await?;
        count += 1;
        local.insert(district, council);
        let lpo = format!("Lokalpolisområde {}", lpos[0]);
        let s_chair = cx.seat(council, "Stadsdelsdirektör", CouncilRole::Chair, Some(sdf), true).await?;
        let s_police = cx.seat(council, "Lokalpolisområdeschef", CouncilRole::ViceChair, Some(&lpo), true).await?;
        let s_coord = cx.seat(council, "Trygghetssamordnare", CouncilRole::Secretary, Some(sdf), true).await?;
        let s_kp = cx.seat(council, "Kommunpolis", CouncilRole::Member, Some(&lpo), true).await?;
        let s_school =
            cx.seat(council, "Skolrepresentant", CouncilRole::Member, Some("Utbildningsförvaltningen"), true).await?;
        let s_housing = cx
            .seat(council, &format!("Representant {housing_co}"), CouncilRole::Member, Some(housing_co), false)
            .await?;
        let s_fire = cx
            .seat(council, "Räddningstjänst", CouncilRole::Adjunct, Some("Storstockholms brandförsvar"), false)
            .await?;

        let p = cx.person("Stadsdelsdirektör", sdf).await?;
        cx.member(council, s_chair, p, sdf, founded, None).await?;
        let p = cx.person("Lokalpolisområdeschef", &lpo).await?;
        cx.member(council, s_police, p, &lpo, founded, None).await?;
        let p = cx.person("Trygghetssamordnare", sdf).await?;
        // In Bromma the safety coordinator's seat is held for the social services: a mismatch.
        let for_org = if *district == "Bromma" { "Socialförvaltningen" } else { sdf };
        cx.member(council, s_coord, p, for_org, founded, None).await?;
        // Farsta has no community police officer: an empty required seat.
        if *district != "Farsta" {
            let p = cx.person("Kommunpolis", &lpo).await?;
            cx.member(council, s_kp, p, &lpo, founded + Duration::days(30), None).await?;
        }
        // Only every other district has a school representative.
        if i % 2 == 0 {
            let p = cx.person("Rektor", "Utbildningsförvaltningen").await?;
            cx.member(council, s_school, p, "Utbildningsförvaltningen", founded, None).await?;
        }
        let p = cx.person("Områdeschef", housing_co).await?;
        // An earlier holder's term, ended: history.
        let earlier = cx.person("Förvaltare", housing_co).await?;
        cx.member(council, s_housing, earlier, housing_co, founded, Some(d("2023-12-31"))).await?;
        cx.member(council, s_housing, p, housing_co, d("2024-01-01"), None).await?;
        if i % 3 == 0 {
            let p = cx.person("Brandinspektör", "Storstockholms brandförsvar").await?;
            cx.member(council, s_fire, p, "Storstockholms brandförsvar", founded, None).await?;
        }
    }

    // The local steering groups of the districts merged in 2023: history.
    for old in ["Rinkeby-Kista", "Spånga-Tensta", "Norrmalm", "Östermalm"] {
        cx.council(NewCouncil {
            name: name(format!("Lokal styrgrupp {old}"))?,
            kind: CouncilKind::LocalSteeringGroup,
            parent_id: Some(central),
            area_ids: ids(vec![cx.area(&format!("sdo-{}", crate::reference::slug(old))).await?])?,
            status: Some(CouncilStatus::Dissolved),
            founded_on: Some(Day::stored(d("2020-03-01"))),
            dissolved_on: Some(Day::stored(d("2023-06-30"))),
            cadence: None,
            mandate: Some(Mandate {
                decided_by_council_id: Some(central),
                decision_reference: line("Central styrgrupp, protokoll § 3")?,
                decided_on: Some(d("2020-02-12")),
                registration_number: line("KS 2020/118")?,
                ..Default::default()
            }),
            description: text("Upphörde när stadsdelsområdena slogs samman 2023-07-01.")?,
            is_public: true,
        })
        .await?;
        count += 1;
    }

    // Working groups and an operative group.
    for (group, kind, under, rrule) in [
        ("Arbetsgrupp Trygg skolväg Järva", CouncilKind::WorkingGroup, "Järva", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"),
        (
            "Arbetsgrupp Platssamverkan Medborgarplatsen",
            CouncilKind::WorkingGroup,
            "Södermalm",
            "FREQ=MONTHLY;BYDAY=1MO",
        ),
        ("Operativ grupp Unga Farsta", CouncilKind::OperativeGroup, "Farsta", "FREQ=WEEKLY;BYDAY=MO"),
    ] {
        let parent = local[under];
        let areas = councils::area_ids_of(db, &[parent]).await?.remove(&parent).unwrap_or_default();
        let g = cx
            .council(NewCouncil {
                name: name(group)?,
                kind,
                parent_id: Some(parent),
                area_ids: ids(areas.into_iter().take(1).collect())?,
                status: Some(CouncilStatus::Active),
                founded_on: Some(Day::stored(d("2024-02-01"))),
                dissolved_on: None,
                cadence: cadence(rrule, "10:00", 60),
                mandate: Some(Mandate {
                    decided_by_council_id: Some(parent),
                    decided_on: Some(d("2024-01-16")),
                    ..Default::default()
                }),
                description: None,
                is_public: false,
            })
            .await?;
        count += 1;
        cx.seat(g, "Sammankallande", CouncilRole::Chair, None, true).await?;
    }

    // Safety councils (trygghetsråd), as the 2017 motion proposed: the police, property owners,
    // businesses, civil society and schools around one table, monthly, in the open.
    for district in ["Järva", "Södermalm"] {
        let (_, sdf, lpos, housing_co) = *DISTRICTS.iter().find(|x| x.0 == district).expect("district");
        let lpo = format!("Lokalpolisområde {}", lpos[0]);
        let parent = local[district];
        let areas = councils::area_ids_of(db, &[parent]).await?.remove(&parent).unwrap_or_default();
        let council = cx
            .council(NewCouncil {
                name: name(format!("Trygghetsråd {district}"))?,
                kind: CouncilKind::SafetyCouncil,
                parent_id: Some(parent),
                area_ids: ids(areas)?,
                status: Some(CouncilStatus::Active),
                founded_on: Some(Day::stored(d("2024-09-01"))),
                dissolved_on: None,
                cadence: cadence("FREQ=MONTHLY;BYDAY=1TH", "18:00", 120),
                mandate: Some(Mandate {
                    decided_by_council_id: Some(parent),
                    decision_reference: line("Lokal styrgrupp, protokoll § 7")?,
                    decided_on: Some(d("2024-08-20")),
                    ..Default::default()
                }),
                description: text(format!(
                    "Ett forum där boende och företagare i {district} möter polisen och staden, delar information och tar gemensamma initiativ mot otrygghet."
                ))?,
                is_public: true,
            })
            .await?;
        count += 1;
        let chair = cx.seat(council, "Trygghetssamordnare", CouncilRole::Chair, Some(sdf), true).await?;
        let police = cx.seat(council, "Kommunpolis", CouncilRole::Member, Some(&lpo), true).await?;
        let owners = (district == "Järva").then_some("Fastighetsägare i Järva (exempel)");
        let owner = cx.seat(council, "Fastighetsägare", CouncilRole::Member, owners, false).await?;
        let housing = cx.seat(council, "Bostadsbolag", CouncilRole::Member, Some(housing_co), true).await?;
        let business = cx
            .seat(council, "Näringsliv", CouncilRole::Member, Some("Företagare i stadsdelen (exempel)"), true)
            .await?;
        let civil = cx
            .seat(council, "Civilsamhälle", CouncilRole::Member, Some("Föreningen Trygga grannar (exempel)"), true)
            .await?;
        cx.seat(council, "Skola", CouncilRole::Member, Some("Utbildningsförvaltningen"), true).await?;
        let start = d("2024-09-01");
        for (seat, title, org) in [
            (chair, "Trygghetssamordnare", sdf),
            (police, "Kommunpolis", lpo.as_str()),
            (housing, "Trygghetsvärd", housing_co),
            (business, "Ordförande, företagarförening", "Företagare i stadsdelen (exempel)"),
            (civil, "Samordnare, grannsamverkan", "Föreningen Trygga grannar (exempel)"),
        ] {
            let p = cx.person(title, org).await?;
            cx.member(council, seat, p, org, start, None).await?;
        }
        if district == "Järva" {
            let p = cx.person("Fastighetschef", "Fastighetsägare i Järva (exempel)").await?;
            cx.member(council, owner, p, "Fastighetsägare i Järva (exempel)", start, None).await?;
        }
    }

    // Agreements: the city-wide ones and a local one.
    let city = cx.org("Stockholms stad")?;
    let police = cx.org("Polisregion Stockholm")?;
    let signatories = vec![
        Signatory { person_id: city_chief, organization_id: city, signed_on: Some(Day::stored(d("2019-11-20"))) },
        Signatory { person_id: police_chief, organization_id: police, signed_on: Some(Day::stored(d("2019-11-20"))) },
    ];
    let priorities = |list: &[&str]| -> ApiResult<Bounded<Name, 30>> {
        demo("priorities", Bounded::new(list.iter().map(name).collect::<ApiResult<_>>()?))
    };
    let first = NewAgreement {
        name: name("Övergripande samverkansöverenskommelse 2020–2023")?,
        phase: Some(AgreementPhase::FollowUp),
        parent_id: None,
        valid_from: Some(Day::stored(d("2020-01-01"))),
        valid_to: Some(Day::stored(d("2023-12-31"))),
        party_ids: ids(vec![city, police])?,
        priority_areas: priorities(PRIORITIES_2019)?,
        council_ids: ids(vec![central])?,
        signatories: list(signatories.clone())?,
        description: text("Mål: halvera otryggheten till 2025. Lägesbilder tas fram och följs upp årligen.")?,
    };
    cx.create::<Agreements>((), first).await?;
    let current = NewAgreement {
        name: name("Övergripande samverkansöverenskommelse 2024–2027")?,
        phase: Some(AgreementPhase::Implementation),
        parent_id: None,
        valid_from: Some(Day::stored(d("2024-01-01"))),
        valid_to: Some(Day::stored(d("2027-12-31"))),
        party_ids: ids(vec![city, police])?,
        priority_areas: priorities(PRIORITIES_2024)?,
        council_ids: ids(vec![central])?,
        signatories: list(
            signatories.into_iter().map(|s| Signatory { signed_on: Some(Day::stored(d("2024-02-15"))), ..s }).collect(),
        )?,
        description: text("Reviderad 2024 med fem fokusområden.")?,
    };
    let parent = cx.create::<Agreements>((), current).await?;
    for district in ["Järva", "Södermalm"] {
        let sdf = DISTRICTS.iter().find(|x| x.0 == district).map(|x| x.1).unwrap_or_default();
        let lpo_unit = format!("Lokalpolisområde {district}");
        // The implemented agreement is signed by the chair and the vice chair of the local group.
        let signed = if district == "Järva" {
            let holders = crate::entities::membership::Entity::find()
                .filter(crate::entities::membership::Column::CouncilId.eq(local[district]))
                .filter(crate::entities::membership::Column::Role.is_in([CouncilRole::Chair, CouncilRole::ViceChair]))
                .all(db)
                .await?;
            holders
                .iter()
                .map(|m| Signatory {
                    person_id: m.person_id,
                    organization_id: m.on_behalf_of_id.unwrap_or_default(),
                    signed_on: Some(Day::stored(d("2024-03-19"))),
                })
                .collect()
        } else {
            vec![]
        };
        let local_agreement = NewAgreement {
            name: name(format!("Lokal samverkansöverenskommelse {district} 2024–2027"))?,
            phase: Some(if district == "Järva" {
                AgreementPhase::Implementation
            } else {
                AgreementPhase::JointPreparation
            }),
            parent_id: Some(parent.id),
            valid_from: Some(Day::stored(if district == "Järva" { d("2024-04-01") } else { d("2026-07-01") })),
            valid_to: Some(Day::stored(d("2027-12-31"))),
            party_ids: ids(vec![cx.org(sdf)?, cx.org(&lpo_unit)?])?,
            priority_areas: priorities(&PRIORITIES_2024[..2])?,
            council_ids: ids(vec![local[district]])?,
            signatories: list(signed)?,
            description: None,
        };
        cx.create::<Agreements>((), local_agreement).await?;
    }
    Ok(Some(Summary { councils: count, people: cx.people }))
}
