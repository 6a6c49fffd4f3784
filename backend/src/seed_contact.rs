//! The demo's contact routes and inquiries: the designated routes the consultation asks for —
//! the city's safety coordinators and the police's community officers (kommunpoliser) for each
//! other, per district and local police area; the police and the housing companies; routes
//! residents use — one of them stale; and a year of residents' inquiries in Järva and Södermalm
//! with realistic response times, some of them late.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ConnectionTrait, EntityTrait, PaginatorTrait, Set};
use serde_json::json;
use uuid::Uuid;

use crate::domain::contact_route::{FromAudience, RouteAudience, e164, target_seconds};
use crate::domain::inquiry::{InquirySource, InquiryStatus, MessageKind, new_reference, new_status_token};
use crate::entities::{area, contact_route, contact_route_area, inquiry, inquiry_message, organization, topic};
use crate::error::{ApiError, ApiResult};
use crate::store::links;

/// Local police areas (code slug, the police unit's name) and the districts they work with.
const LPOS: &[(&str, &str)] = &[
    ("norrmalm", "Norrmalm"),
    ("sodermalm", "Södermalm"),
    ("jarva", "Järva"),
    ("vallingby", "Vällingby"),
    ("globen", "Globen"),
    ("farsta", "Farsta"),
    ("skarholmen", "Skärholmen"),
];

/// Districts with their own administration: (area code, administration's name).
const DISTRICTS: &[(&str, &str)] = &[
    ("sdo-jarva", "Järva stadsdelsförvaltning"),
    ("sdo-sodermalm", "Södermalms stadsdelsförvaltning"),
    ("sdo-bromma", "Bromma stadsdelsförvaltning"),
    ("sdo-farsta", "Farsta stadsdelsförvaltning"),
    ("sdo-skarholmen", "Skärholmens stadsdelsförvaltning"),
    ("sdo-norra-innerstaden", "Norra innerstadens stadsdelsförvaltning"),
];

/// Weekdays from `opens` to `closes`.
fn weekdays(opens: &str, closes: &str) -> serde_json::Value {
    let days: Vec<_> = ["mon", "tue", "wed", "thu", "fri"]
        .iter()
        .map(|d| json!({"day": d, "opens": opens, "closes": closes}))
        .collect();
    json!({"weekly": days, "exceptions": []})
}

fn phone(v: &str) -> ApiResult<String> {
    e164(v).ok_or_else(|| ApiError::internal(format!("demo phone {v} is not E.164")))
}

struct Route<'a> {
    from: FromAudience,
    org: &'a str,
    function: String,
    topic: &'a str,
    areas: Vec<&'a str>,
    channels: serde_json::Value,
    hours: Option<serde_json::Value>,
    target: &'a str,
    audience: RouteAudience,
    verified_days_ago: i64,
    note: Option<&'a str>,
}

/// A small, fixed sequence of pseudo-random numbers: the demo is the same on every run.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// What residents write, per topic.
const MESSAGES: &[(&str, &[&str])] = &[
    (
        "otrygg-plats",
        &["Det känns otryggt vid gångtunneln på kvällarna.", "Mörkt och folktomt vid busshållplatsen efter 22."],
    ),
    ("belysning", &["Gatlampan vid lekplatsen har varit trasig i två veckor.", "Belysningen i parken är släckt."]),
    ("nedskrapning", &["Mycket skräp och klotter vid torget.", "Nedskräpat vid återvinningsstationen."]),
    ("ordningsstorning", &["Högljudda fester i trapphuset varje helg.", "Bråk utanför kiosken sent på kvällarna."]),
    (
        "narkotika",
        &["Misstänkt narkotikaförsäljning vid skolgården.", "Samma personer säljer vid tunnelbanan varje kväll."],
    ),
    ("trafik", &["Bilar kör för fort förbi skolan.", "Mopeder på gång- och cykelbanan."]),
    ("unga", &["Unga saknar något att göra på kvällarna.", "Oro för unga som dras in i kriminalitet."]),
    ("bostad", &["Dörren till källarförrådet står alltid öppen.", "Obehöriga i trapphuset på nätterna."]),
];

/// Load the demo's routes and inquiries (once): how many of each.
pub async fn load(db: &impl ConnectionTrait) -> ApiResult<(usize, usize)> {
    if contact_route::Entity::find().count(db).await? > 0 {
        return Ok((0, 0));
    }
    let topics: HashMap<String, Uuid> =
        topic::Entity::find().all(db).await?.into_iter().map(|t| (t.code, t.id)).collect();
    let orgs: HashMap<String, Uuid> =
        organization::Entity::find().all(db).await?.into_iter().map(|o| (o.name, o.id)).collect();
    let areas: HashMap<String, area::Model> =
        area::Entity::find().all(db).await?.into_iter().filter_map(|a| Some((a.code.clone()?, a))).collect();
    let switchboard = phone("010-563 00 00")?;
    // Each local police area's routes: its own unit, its own area.
    let lpo_names: Vec<String> = LPOS.iter().map(|(_, n)| format!("Lokalpolisområde {n}")).collect();
    let lpo_codes: Vec<String> = LPOS.iter().map(|(s, _)| format!("lpo-{s}")).collect();
    let mut routes: Vec<Route> = vec![];
    for (slug, name) in LPOS {
        routes.push(Route {
            from: FromAudience::CityStaff,
            org: "",
            function: format!("Kommunpolis, Lokalpolisområde {name}"),
            topic: "samverkan",
            areas: vec![],
            channels: json!([
                {"type": "email", "value": format!("kommunpolis.{slug}@polisen.exempel.se")},
                {"type": "phone", "value": switchboard, "note": format!("Växeln, be om kommunpolisen i {name}")}
            ]),
            hours: Some(weekdays("08:00", "16:30")),
            target: "P1D",
            audience: RouteAudience::Internal,
            verified_days_ago: 20,
            note: None,
        });
        routes.push(Route {
            from: FromAudience::HousingCompany,
            org: "",
            function: format!("Polisen, kontakt för bostadsbolag i Lokalpolisområde {name}"),
            topic: "bostad",
            areas: vec![],
            channels: json!([{"type": "email", "value": format!("bostad.{slug}@polisen.exempel.se")}]),
            hours: None,
            target: "P2D",
            audience: RouteAudience::Internal,
            verified_days_ago: 45,
            note: None,
        });
    }
    for (i, r) in routes.iter_mut().enumerate() {
        r.org = &lpo_names[i / 2];
        r.areas = vec![lpo_codes[i / 2].as_str()];
    }
    for (code, admin) in DISTRICTS {
        let district = admin.trim_end_matches(" stadsdelsförvaltning").trim_end_matches('s');
        let mail = crate::reference::slug(district);
        routes.push(Route {
            from: FromAudience::Police,
            org: admin,
            function: format!("Trygghetssamordnare, {admin}"),
            topic: "samverkan",
            areas: vec![code],
            channels: json!([{"type": "email", "value": format!("trygghet.{mail}@stockholm.exempel.se")}]),
            hours: Some(weekdays("08:00", "16:00")),
            target: "P2D",
            audience: RouteAudience::Internal,
            verified_days_ago: 30,
            note: None,
        });
    }
    routes.push(Route {
        from: FromAudience::Police,
        org: "AB Svenska Bostäder",
        function: "Trygghetsvärdar Järva, AB Svenska Bostäder".into(),
        topic: "bostad",
        areas: vec!["sdo-jarva"],
        channels: json!([{"type": "phone", "value": phone("08-508 370 00")?, "note": "Dygnet runt"}]),
        hours: None,
        target: "PT4H",
        audience: RouteAudience::Internal,
        verified_days_ago: 60,
        note: None,
    });
    // Routes residents use.
    let contact_center = json!([
        {"type": "phone", "value": phone("08-508 00 508")?},
        {"type": "web", "value": "https://start.stockholm/"}
    ]);
    for t in ["belysning", "nedskrapning", "trafik"] {
        routes.push(Route {
            from: FromAudience::Resident,
            org: crate::seed::STOCKHOLMS_STAD,
            function: "Stadens kontaktcenter".into(),
            topic: t,
            areas: vec![],
            channels: contact_center.clone(),
            hours: Some(weekdays("08:00", "18:00")),
            target: "P5D",
            audience: RouteAudience::Public,
            verified_days_ago: 10,
            note: None,
        });
    }
    for t in ["narkotika", "ordningsstorning"] {
        routes.push(Route {
            from: FromAudience::Resident,
            org: crate::seed::POLISMYNDIGHETEN,
            function: "Polisen, tips och anmälan".into(),
            topic: t,
            areas: vec![],
            channels: json!([{"type": "web", "value": "https://polisen.se/"}]),
            hours: None,
            target: "P3D",
            audience: RouteAudience::Public,
            verified_days_ago: 15,
            note: Some("Pågående brott: ring 112. Tips och frågor som inte är akuta: 114 14."),
        });
    }
    for (code, admin, stale) in
        [("sdo-jarva", "Järva stadsdelsförvaltning", false), ("sdo-sodermalm", "Södermalms stadsdelsförvaltning", true)]
    {
        let name = if stale { "Södermalm" } else { "Järva" };
        for t in ["otrygg-plats", "unga", "bostad"] {
            routes.push(Route {
                from: FromAudience::Resident,
                org: admin,
                function: format!("Trygghetssamordnare {name}"),
                topic: t,
                areas: vec![code],
                channels: json!([{"type": "email", "value": format!("trygghet.{}@stockholm.exempel.se", crate::reference::slug(name))}]),
                hours: Some(weekdays("09:00", "15:00")),
                target: "P3D",
                audience: RouteAudience::Public,
                // Södermalm's has not been checked for over half a year: the stale one.
                verified_days_ago: if stale { 200 } else { 25 },
                note: None,
            });
        }
    }
    let now = crate::db::now();
    let mut made: Vec<(contact_route::Model, Route)> = vec![];
    for r in routes {
        let org = *orgs.get(r.org).ok_or_else(|| ApiError::internal(format!("demo organization {} missing", r.org)))?;
        let topic = *topics.get(r.topic).ok_or_else(|| ApiError::internal(format!("topic {} missing", r.topic)))?;
        let row = crate::kit::write::insert(
            db,
            contact_route::ActiveModel {
                from_audience: Set(r.from),
                organization_id: Set(org),
                function: Set(r.function.clone()),
                search_function: Set(crate::db::search_key(&r.function)),
                topic_id: Set(topic),
                channels: Set(r.channels.clone()),
                opening_hours: Set(r.hours.clone()),
                response_target: Set(Some(r.target.to_owned())),
                response_target_seconds: Set(target_seconds(r.target)),
                backup_route_id: Set(None),
                escalation_route_id: Set(None),
                audience: Set(r.audience),
                valid_from: Set(None),
                valid_to: Set(None),
                last_verified_at: Set(now - Duration::days(r.verified_days_ago)),
                last_verified_by: Set("Samordnare Demo".into()),
                stale_notified_at: Set(None),
                note: Set(r.note.map(str::to_owned)),
                ..Default::default()
            },
        )
        .await?;
        let ids: Vec<Uuid> = r.areas.iter().filter_map(|c| areas.get(*c).map(|a| a.id)).collect();
        links::replace::<contact_route_area::Entity>(
            db,
            contact_route_area::Column::RouteId,
            contact_route_area::Column::AreaId,
            row.id,
            &ids,
        )
        .await?;
        made.push((row, r));
    }
    // The police's community officers escalate to the police district's local chief… kept
    // simple: each LPO's route for housing companies backs up on the community officer.
    for pair in made.chunks(2).take(LPOS.len()) {
        if let [officer, housing] = pair {
            contact_route::Entity::update(contact_route::ActiveModel {
                id: Set(housing.0.id),
                backup_route_id: Set(Some(officer.0.id)),
                ..Default::default()
            })
            .exec(db)
            .await?;
        }
    }
    let inquiries = load_inquiries(db, &made, &areas, &topics, now).await?;
    Ok((made.len(), inquiries))
}

/// An inquiry's topic (its index in `MESSAGES`) and its neighbourhood with the district, fixed.
type Fixed = (usize, (Uuid, Uuid));

/// A year of residents' inquiries in Järva and Södermalm, routed as the form routes them.
async fn load_inquiries(
    db: &impl ConnectionTrait,
    routes: &[(contact_route::Model, Route<'_>)],
    areas: &HashMap<String, area::Model>,
    topics: &HashMap<String, Uuid>,
    now: DateTime<Utc>,
) -> ApiResult<usize> {
    let mut dice = Dice(0x5a3c_91e7_2b4d_6f01);
    let districts: Vec<Uuid> =
        ["sdo-jarva", "sdo-sodermalm"].iter().filter_map(|c| areas.get(*c).map(|a| a.id)).collect();
    let hoods: Vec<(Uuid, Uuid)> = areas
        .values()
        .filter(|a| a.kind == crate::domain::area::AreaKind::Neighbourhood)
        .filter_map(|a| a.parent_id.filter(|p| districts.contains(p)).map(|p| (a.id, p)))
        .collect();
    if hoods.is_empty() {
        return Ok(0);
    }
    let district_code = |id: Uuid| areas.iter().find(|(_, a)| a.id == id).map(|(c, _)| c.as_str()).unwrap_or("");
    // The public route for a topic in a district: the district's own, else the one for everywhere.
    let route_for = |topic: &str, district: &str| {
        let public = routes.iter().filter(|(m, r)| r.topic == topic && m.audience == RouteAudience::Public);
        let local = public.clone().find(|(_, r)| r.areas.contains(&district));
        local.or_else(|| public.clone().find(|(_, r)| r.areas.is_empty())).map(|(m, _)| m)
    };
    let mut rows = vec![];
    let mut replies = vec![];
    // Spread over the last year, more of them recently; oldest first, so ids (UUIDv7, the
    // inbox's order) follow the dates.
    let mut ages: Vec<(u64, u64)> =
        (0..300).map(|_| ((dice.below(365) * dice.below(365)) / 365, dice.below(24 * 60))).collect();
    ages.sort_by(|a, b| b.cmp(a));
    let mut plans: Vec<(u64, u64, Option<Fixed>)> = ages.into_iter().map(|(d, m)| (d, m, None)).collect();
    // And, newest of all, one not yet answered for each organisation a district's own public route
    // leads to: whatever the hour of seeding, every such inbox has open inquiries to handle.
    let mut fresh = vec![];
    for &district in &districts {
        let mut orgs = vec![];
        for (t, (topic, _)) in MESSAGES.iter().enumerate() {
            let Some(route) = route_for(topic, district_code(district)) else { continue };
            let local = routes.iter().any(|(m, r)| m.id == route.id && !r.areas.is_empty());
            let hood = hoods.iter().find(|(_, d)| *d == district);
            if let (true, false, Some(&hood)) = (local, orgs.contains(&route.organization_id), hood) {
                orgs.push(route.organization_id);
                fresh.push((t, hood));
            }
        }
    }
    let count = fresh.len() as u64;
    plans.extend(fresh.into_iter().enumerate().map(|(i, f)| (0, count - i as u64, Some(f))));
    for (n, (days_ago, minutes, fixed)) in plans.into_iter().enumerate() {
        let n = n as u64;
        let (topic, texts) = MESSAGES[fixed.map_or_else(|| dice.below(MESSAGES.len() as u64) as usize, |(t, _)| t)];
        let (hood, district) = fixed.map_or_else(|| hoods[dice.below(hoods.len() as u64) as usize], |(_, h)| h);
        let received = now - Duration::days(days_ago as i64) - Duration::minutes(minutes as i64);
        let route = route_for(topic, district_code(district));
        let target = route.and_then(|r| r.response_target_seconds);
        let expected = target.map(|s| received + Duration::seconds(s));
        // Most are answered within the target; about one in six late; the newest not yet.
        let roll = dice.below(100);
        let hours = match target {
            Some(s) if roll < 83 => (s as u64 / 3600).max(2) * (20 + dice.below(70)) / 100,
            Some(s) => (s as u64 / 3600) + 4 + dice.below(120),
            None => 24 + dice.below(96),
        };
        let first = received + Duration::hours(hours as i64);
        let answered = fixed.is_none() && first < now && !(days_ago < 3 && roll.is_multiple_of(2));
        let closed_at = answered.then(|| first + Duration::days(1 + dice.below(14) as i64)).filter(|c| *c < now);
        let status = match (answered, closed_at) {
            (_, Some(_)) => InquiryStatus::Closed,
            (true, None) => InquiryStatus::Answered,
            (false, _) if route.is_some() && roll.is_multiple_of(3) => InquiryStatus::InProgress,
            (false, _) => InquiryStatus::Received,
        };
        let id = Uuid::now_v7();
        rows.push(inquiry::ActiveModel {
            id: Set(id),
            version: Set(1),
            created_at: Set(received),
            updated_at: Set(closed_at.unwrap_or(received)),
            reference: Set(new_reference()),
            status_token_hash: Set(new_status_token().1),
            source: Set(if n.is_multiple_of(9) { InquirySource::Open311 } else { InquirySource::Public }),
            from_audience: Set(FromAudience::Resident),
            topic_id: Set(topics[topic]),
            area_id: Set(Some(hood)),
            lat: Set(None),
            lon: Set(None),
            message: Set(texts[dice.below(texts.len() as u64) as usize].to_owned()),
            name: Set(None),
            contact: Set(None),
            address_hash: Set(None),
            consent: Set(true),
            filed_by_user_id: Set(None),
            route_id: Set(route.map(|r| r.id)),
            organization_id: Set(route.map(|r| r.organization_id)),
            assignee_person_id: Set(None),
            status: Set(status),
            duplicate_of_id: Set(None),
            supporters: Set(dice.below(4) as i32),
            received_at: Set(received),
            expected_at: Set(expected),
            first_response_at: Set(answered.then_some(first)),
            closed_at: Set(closed_at),
            purged_at: Set(None),
            agenda_item_id: Set(None),
        });
        if answered {
            replies.push(inquiry_message::ActiveModel {
                id: Set(Uuid::now_v7()),
                version: Set(1),
                created_at: Set(first),
                updated_at: Set(first),
                inquiry_id: Set(id),
                kind: Set(MessageKind::PublicReply),
                body: Set(
                    "Tack för att du hörde av dig. Vi har tagit emot ärendet och återkommer när det är åtgärdat."
                        .into(),
                ),
                author_name: Set("Handläggare".into()),
                author_user_id: Set(None),
            });
        }
    }
    let count = rows.len();
    for chunk in rows.chunks(100) {
        inquiry::Entity::insert_many(chunk.to_vec()).exec_without_returning(db).await?;
    }
    for chunk in replies.chunks(200) {
        inquiry_message::Entity::insert_many(chunk.to_vec()).exec_without_returning(db).await?;
    }
    Ok(count)
}
