use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::*;

fn by_name<'a>(items: &'a [Value], name: &str) -> &'a Value {
    items.iter().find(|a| a["name"] == name).unwrap_or_else(|| panic!("{name} missing"))
}

db_test!(stockholm_went_from_14_to_13_to_11_districts, |app| {
    let token = app.login(VIEWER).await;
    let count = |d: &'static str| {
        let app = &app;
        let token = token.clone();
        async move { app.all_items(&token, &format!("/api/v1/areas?kind=district&valid_at={d}")).await.len() }
    };
    assert_eq!(count("2019-06-30").await, 14);
    assert_eq!(count("2020-07-01").await, 13);
    assert_eq!(count("2023-07-01").await, 11);
    let all = app.all_items(&token, "/api/v1/areas?kind=district").await;
    let jarva = by_name(&all, "Järva");
    assert_eq!(jarva["valid_from"], "2023-07-01");
    let mut preds: Vec<&str> =
        jarva["predecessor_ids"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    preds.sort();
    let mut expected = vec![
        by_name(&all, "Rinkeby-Kista")["id"].as_str().unwrap(),
        by_name(&all, "Spånga-Tensta")["id"].as_str().unwrap(),
    ];
    expected.sort();
    assert_eq!(preds, expected);
    assert_eq!(by_name(&all, "Rinkeby-Kista")["valid_to"], "2023-06-30");
    assert_eq!(by_name(&all, "Rinkeby-Kista")["successor_ids"], json!([jarva["id"]]));
});

db_test!(there_are_117_neighbourhoods_with_boundaries_on_request, |app| {
    let token = app.login(VIEWER).await;
    let hoods = app.all_items(&token, "/api/v1/areas?kind=neighbourhood").await;
    assert_eq!(hoods.len(), 117);
    assert!(hoods.iter().all(|h| h.get("geometry").is_none()), "no geometry unless asked");
    let with =
        ok_json(app.get(&token, "/api/v1/areas?kind=neighbourhood&q=bagarmossen&include_geometry=true").await).await;
    assert_eq!(with["items"][0]["geometry"]["type"], "Polygon");
    let one = ok_json(
        app.get(&token, &format!("/api/v1/areas/{}?include_geometry=true", with["items"][0]["id"].as_str().unwrap()))
            .await,
    )
    .await;
    assert_eq!(one["geometry"]["type"], "Polygon");
    let districts = app.all_items(&token, "/api/v1/areas?kind=district").await;
    assert_eq!(with["items"][0]["parent_id"], by_name(&districts, "Skarpnäck")["id"]);
});

db_test!(local_police_areas_overlap_the_districts_they_cover, |app| {
    let token = app.login(VIEWER).await;
    let lpos = app.all_items(&token, "/api/v1/areas?kind=local_police_area").await;
    assert_eq!(lpos.len(), 7);
    let farsta = by_name(&lpos, "Lokalpolisområde Farsta");
    let overlaps = ok_json(
        app.get(&token, &format!("/api/v1/areas/{}/overlaps?kind=district", farsta["id"].as_str().unwrap())).await,
    )
    .await;
    let names: Vec<&str> = overlaps["items"].as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Enskede-Årsta-Vantör", "Farsta"]);
    let region = ok_json(app.get(&token, "/api/v1/areas?kind=police_region").await).await;
    assert_eq!(region["items"][0]["name"], "Polisregion Stockholm");
});

db_test!(only_admins_write_areas_and_the_rules_hold, |app| {
    let coordinator = app.login(COORDINATOR).await;
    problem(
        app.post(&coordinator, "/api/v1/areas", &json!({"kind": "neighbourhood", "name": "Ny"})).await,
        403,
        "forbidden",
    )
    .await;
    let admin = app.login(ADMIN).await;
    let body = problem(
        app.post(
            &admin,
            "/api/v1/areas",
            &json!({"kind": "district", "name": "Ny", "valid_from": "2030-01-01", "valid_to": "2029-01-01"}),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(body["errors"][0]["field"], "valid_to");
    problem(
        app.post(&admin, "/api/v1/areas", &json!({"kind": "district", "name": "Dubblett", "code": "sdo-bromma"})).await,
        409,
        "duplicate",
    )
    .await;
    let districts = app.all_items(&admin, "/api/v1/areas?kind=district").await;
    let bromma = by_name(&districts, "Bromma");
    let created = ok_json(
        app.post(&admin, "/api/v1/areas", &json!({
            "kind": "district", "name": "Västra Bromma", "code": "sdo-vastra-bromma", "valid_from": "2030-01-01",
            "predecessor_ids": [bromma["id"]], "overlap_ids": [], "geometry": {"type": "Point", "coordinates": [17.9, 59.33]}
        }))
        .await,
    )
    .await;
    assert_eq!(created["predecessor_ids"], json!([bromma["id"]]));
    let path = format!("/api/v1/areas/{}", created["id"].as_str().unwrap());
    let updated =
        ok_json(app.patch(&admin, &path, "\"1\"", &json!({"valid_to": "2035-12-31", "predecessor_ids": []})).await)
            .await;
    assert_eq!((updated["valid_to"].as_str(), updated["version"].as_i64()), (Some("2035-12-31"), Some(2)));
    assert_eq!(updated["predecessor_ids"], json!([]));
    problem(
        app.delete(&admin, &format!("/api/v1/areas/{}", bromma["id"].as_str().unwrap()), "\"1\"").await,
        409,
        "has_children",
    )
    .await;
    assert_eq!(app.delete(&admin, &path, "\"2\"").await.status(), 204);
});

db_test!(the_public_chooses_among_todays_areas_without_a_login, |app| {
    let public = |path: String| {
        let app = &app;
        async move { ok_json(app.client.get(app.url(&path)).send().await.unwrap()).await }
    };
    let mut hoods = vec![];
    let mut cursor = String::new();
    loop {
        let page = public(format!("/api/v1/public/areas?kind=neighbourhood&limit=50{cursor}")).await;
        hoods.extend(page["items"].as_array().unwrap().iter().cloned());
        match page["next_cursor"].as_str() {
            Some(c) => cursor = format!("&cursor={c}"),
            None => break,
        }
    }
    assert_eq!(hoods.len(), 117, "every neighbourhood, page by page");
    let names: Vec<&str> = hoods.iter().map(|h| h["name"].as_str().unwrap()).collect();
    assert_eq!(names[..3], ["Abrahamsberg", "Akalla", "Alvik"], "sorted by name");
    let one = &hoods[0];
    for hidden in ["geometry", "version", "valid_to", "predecessor_ids"] {
        assert!(one.get(hidden).is_none(), "{hidden} is not public");
    }
    // Districts valid today only: Rinkeby-Kista ended in 2023, Järva replaced it.
    let districts = public("/api/v1/public/areas?kind=district&limit=200".into()).await;
    let district_names: Vec<&str> =
        districts["items"].as_array().unwrap().iter().map(|d| d["name"].as_str().unwrap()).collect();
    assert_eq!(district_names.len(), 11);
    assert!(district_names.contains(&"Järva") && !district_names.contains(&"Rinkeby-Kista"));
    let skarpnack = by_name(districts["items"].as_array().unwrap(), "Skarpnäck");
    let children =
        public(format!("/api/v1/public/areas?parent_id={}&limit=200", skarpnack["id"].as_str().unwrap())).await;
    let children = children["items"].as_array().unwrap();
    assert!(!children.is_empty() && children.iter().all(|c| c["parent_id"] == skarpnack["id"]));
    assert!(children.iter().any(|c| c["name"] == "Bagarmossen"));
    let res = app.client.get(app.url("/api/v1/public/areas?kind=planet")).send().await.unwrap();
    assert_eq!(res.status(), 400);
});
