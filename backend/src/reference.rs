//! Stockholm's reference areas: the city, its districts across the 2007, 2020 and 2023
//! organisations, its 117 neighbourhoods with boundaries, and the police region, districts and
//! local police areas, with the overlaps between them. Built from the data files in `backend/data`
//! (see DOMAIN.md) and loaded by a data migration, so every database has them.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

const NEIGHBOURHOODS_CSV: &str = include_str!("../data/stockholm-stadsdelar-sdo.csv");
const BOUNDARIES_GEOJSON: &str = include_str!("../data/stockholm-stadsdelar.geo.json");

#[derive(Debug, Clone)]
pub struct RefArea {
    pub code: String,
    pub kind: &'static str,
    pub name: String,
    pub parent_code: Option<String>,
    pub valid_from: Option<NaiveDate>,
    pub valid_to: Option<NaiveDate>,
    pub geometry: Option<serde_json::Value>,
}

#[derive(Debug, Default)]
pub struct ReferenceAreas {
    pub areas: Vec<RefArea>,
    /// (predecessor code, successor code)
    pub successions: Vec<(String, String)>,
    /// Unordered pairs of codes; stored in both directions.
    pub overlaps: BTreeSet<(String, String)>,
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("valid reference date")
}

/// A stable, ASCII code from a Swedish name: "Hägersten-Älvsjö" → "hagersten-alvsjo".
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.to_lowercase().chars() {
        let c = match c {
            'å' | 'ä' | 'á' | 'à' => 'a',
            'ö' | 'ó' => 'o',
            'é' | 'è' => 'e',
            'ü' => 'u',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if c == '-' && (out.is_empty() || out.ends_with('-')) {
            continue;
        }
        out.push(c);
    }
    out.trim_end_matches('-').to_string()
}

pub const MUNICIPALITY_CODE: &str = "0180";
const REORG_2020: &str = "2020-07-01";
const REORG_2023: &str = "2023-07-01";

/// District → (valid_from, valid_to, predecessors).
/// (name, valid from, valid to, predecessors).
type District = (&'static str, Option<&'static str>, Option<&'static str>, &'static [&'static str]);

const DISTRICTS: &[District] = &[
    ("Bromma", Some("2007-01-01"), None, &[]),
    ("Enskede-Årsta-Vantör", Some("2007-01-01"), None, &[]),
    ("Farsta", Some("2007-01-01"), None, &[]),
    ("Hägersten-Liljeholmen", Some("2007-01-01"), Some("2020-06-30"), &[]),
    ("Hässelby-Vällingby", Some("2007-01-01"), None, &[]),
    ("Kungsholmen", Some("2007-01-01"), None, &[]),
    ("Norrmalm", Some("2007-01-01"), Some("2023-06-30"), &[]),
    ("Rinkeby-Kista", Some("2007-01-01"), Some("2023-06-30"), &[]),
    ("Skarpnäck", Some("2007-01-01"), None, &[]),
    ("Skärholmen", Some("2007-01-01"), None, &[]),
    ("Spånga-Tensta", Some("2007-01-01"), Some("2023-06-30"), &[]),
    ("Södermalm", Some("2007-01-01"), None, &[]),
    ("Älvsjö", Some("2007-01-01"), Some("2020-06-30"), &[]),
    ("Östermalm", Some("2007-01-01"), Some("2023-06-30"), &[]),
    ("Hägersten-Älvsjö", Some(REORG_2020), None, &["Hägersten-Liljeholmen", "Älvsjö"]),
    ("Järva", Some(REORG_2023), None, &["Rinkeby-Kista", "Spånga-Tensta"]),
    ("Norra innerstaden", Some(REORG_2023), None, &["Norrmalm", "Östermalm"]),
];

/// Police district → its local police areas in Stockholm city.
const POLICE: &[(&str, &[&str])] = &[
    ("City", &["Norrmalm", "Södermalm"]),
    ("Nord", &["Järva", "Vällingby"]),
    ("Syd", &["Globen", "Farsta", "Skärholmen"]),
];

/// The neighbourhoods of Vantör, which the police count to Farsta, not Globen.
const VANTOR: &[&str] = &["Bandhagen", "Hagsätra", "Högdalen", "Rågsved", "Örby"];

/// The local police area of a neighbourhood, from its district in the 2007 organisation.
fn local_police_area(neighbourhood: &str, district_2007: &str) -> &'static str {
    match district_2007 {
        "Norrmalm" | "Östermalm" | "Kungsholmen" => "Norrmalm",
        "Södermalm" => "Södermalm",
        "Rinkeby-Kista" | "Spånga-Tensta" => "Järva",
        "Hässelby-Vällingby" | "Bromma" => "Vällingby",
        "Enskede-Årsta-Vantör" if VANTOR.contains(&neighbourhood) => "Farsta",
        "Enskede-Årsta-Vantör" | "Skarpnäck" | "Älvsjö" => "Globen",
        "Farsta" => "Farsta",
        "Skärholmen" | "Hägersten-Liljeholmen" => "Skärholmen",
        other => panic!("no local police area for district {other}"),
    }
}

fn district_code(name: &str) -> String {
    format!("sdo-{}", slug(name))
}
fn lpo_code(name: &str) -> String {
    format!("lpo-{}", slug(name))
}

#[derive(serde::Deserialize)]
struct NeighbourhoodRow {
    name_in_geojson: String,
    stadsdel: String,
    sdo_2007: String,
    sdo_2020: String,
    sdo_2023: String,
}

pub fn stockholm_areas() -> ReferenceAreas {
    let mut r = ReferenceAreas::default();
    let mut overlap = |a: &str, b: &str| {
        let (x, y) = if a < b { (a, b) } else { (b, a) };
        r.overlaps.insert((x.to_string(), y.to_string()));
    };
    let mut areas = Vec::new();
    let mut successions = Vec::new();

    areas.push(RefArea {
        code: MUNICIPALITY_CODE.into(),
        kind: "municipality",
        name: "Stockholms stad".into(),
        parent_code: None,
        valid_from: None,
        valid_to: None,
        geometry: None,
    });
    for (name, from, to, preds) in DISTRICTS {
        areas.push(RefArea {
            code: district_code(name),
            kind: "district",
            name: (*name).into(),
            parent_code: Some(MUNICIPALITY_CODE.into()),
            valid_from: from.map(date),
            valid_to: to.map(date),
            geometry: None,
        });
        for p in *preds {
            successions.push((district_code(p), district_code(name)));
        }
    }

    areas.push(RefArea {
        code: "pr-stockholm".into(),
        kind: "police_region",
        name: "Polisregion Stockholm".into(),
        parent_code: None,
        valid_from: Some(date("2015-01-01")),
        valid_to: None,
        geometry: None,
    });
    overlap(MUNICIPALITY_CODE, "pr-stockholm");
    for (district, lpos) in POLICE {
        let pd = format!("po-{}", slug(district));
        areas.push(RefArea {
            code: pd.clone(),
            kind: "police_district",
            name: format!("Polisområde {district}"),
            parent_code: Some("pr-stockholm".into()),
            valid_from: Some(date("2015-01-01")),
            valid_to: None,
            geometry: None,
        });
        overlap(MUNICIPALITY_CODE, &pd);
        for lpo in *lpos {
            areas.push(RefArea {
                code: lpo_code(lpo),
                kind: "local_police_area",
                name: format!("Lokalpolisområde {lpo}"),
                parent_code: Some(pd.clone()),
                valid_from: Some(date("2015-01-01")),
                valid_to: None,
                geometry: None,
            });
        }
    }

    let boundaries = boundaries();
    let mut reader = csv::Reader::from_reader(NEIGHBOURHOODS_CSV.as_bytes());
    for row in reader.deserialize::<NeighbourhoodRow>() {
        let row = row.expect("valid neighbourhood row");
        let code = format!("sd-{}", slug(&row.stadsdel));
        let lpo = local_police_area(&row.stadsdel, &row.sdo_2007);
        overlap(&code, &lpo_code(lpo));
        let parent = district_code(&row.sdo_2023);
        let districts: BTreeSet<String> =
            [&row.sdo_2007, &row.sdo_2020, &row.sdo_2023].iter().map(|d| district_code(d)).collect();
        for d in &districts {
            overlap(d, &lpo_code(lpo));
            if *d != parent {
                overlap(&code, d);
            }
        }
        areas.push(RefArea {
            geometry: boundaries.get(row.name_in_geojson.as_str()).cloned(),
            code,
            kind: "neighbourhood",
            name: row.stadsdel,
            parent_code: Some(parent),
            valid_from: None,
            valid_to: None,
        });
    }
    r.areas = areas;
    r.successions = successions;
    r
}

/// Neighbourhood boundaries by their upper-case name in the GeoJSON file.
fn boundaries() -> BTreeMap<String, serde_json::Value> {
    let doc: serde_json::Value = serde_json::from_str(BOUNDARIES_GEOJSON).expect("valid GeoJSON");
    doc["features"]
        .as_array()
        .expect("features")
        .iter()
        .filter_map(|f| Some((f["properties"]["name"].as_str()?.to_string(), f["geometry"].clone())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn districts_valid_on(r: &ReferenceAreas, on: &str) -> usize {
        let d = date(on);
        r.areas
            .iter()
            .filter(|a| a.kind == "district")
            .filter(|a| a.valid_from.is_none_or(|f| f <= d) && a.valid_to.is_none_or(|t| t >= d))
            .count()
    }

    #[test]
    fn stockholm_has_14_then_13_then_11_districts() {
        let r = stockholm_areas();
        assert_eq!(districts_valid_on(&r, "2019-01-01"), 14);
        assert_eq!(districts_valid_on(&r, "2020-07-01"), 13);
        assert_eq!(districts_valid_on(&r, "2023-06-30"), 13);
        assert_eq!(districts_valid_on(&r, "2023-07-01"), 11);
    }

    #[test]
    fn all_117_neighbourhoods_have_a_boundary_and_a_current_district() {
        let r = stockholm_areas();
        let hoods: Vec<_> = r.areas.iter().filter(|a| a.kind == "neighbourhood").collect();
        assert_eq!(hoods.len(), 117);
        assert!(hoods.iter().all(|h| h.geometry.is_some()), "every neighbourhood has a boundary");
        let current: BTreeSet<_> =
            r.areas.iter().filter(|a| a.kind == "district" && a.valid_to.is_none()).map(|a| a.code.clone()).collect();
        assert!(hoods.iter().all(|h| current.contains(h.parent_code.as_ref().unwrap())));
    }

    #[test]
    fn seven_local_police_areas_and_split_districts_overlap_two() {
        let r = stockholm_areas();
        assert_eq!(r.areas.iter().filter(|a| a.kind == "local_police_area").count(), 7);
        let lpos_of = |d: &str| -> Vec<String> {
            r.overlaps
                .iter()
                .filter_map(|(a, b)| {
                    if a == d && b.starts_with("lpo-") {
                        Some(b.clone())
                    } else if b == d && a.starts_with("lpo-") {
                        Some(a.clone())
                    } else {
                        None
                    }
                })
                .collect()
        };
        assert_eq!(lpos_of("sdo-enskede-arsta-vantor"), vec!["lpo-farsta", "lpo-globen"]);
        assert_eq!(lpos_of("sdo-hagersten-alvsjo"), vec!["lpo-globen", "lpo-skarholmen"]);
        assert_eq!(lpos_of("sdo-jarva"), vec!["lpo-jarva"]);
        assert_eq!(lpos_of("sdo-kungsholmen"), vec!["lpo-norrmalm"]);
    }

    #[test]
    fn codes_are_unique_and_successions_point_at_known_areas() {
        let r = stockholm_areas();
        let codes: BTreeSet<_> = r.areas.iter().map(|a| a.code.as_str()).collect();
        assert_eq!(codes.len(), r.areas.len());
        for (p, s) in &r.successions {
            assert!(codes.contains(p.as_str()) && codes.contains(s.as_str()));
        }
        for (a, b) in &r.overlaps {
            assert!(codes.contains(a.as_str()) && codes.contains(b.as_str()), "{a} {b}");
        }
        assert_eq!(slug("Hägersten-Älvsjö"), "hagersten-alvsjo");
    }
}
