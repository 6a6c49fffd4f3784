use serde_json::Value;

use crate::db_test;
use crate::helpers::*;

fn names(v: &Value) -> Vec<String> {
    v.as_array().unwrap().iter().map(|a| a["name"].as_str().unwrap().to_owned()).collect()
}

db_test!(coverage_shows_which_areas_have_a_local_steering_group_on_a_date, |app| {
    let token = app.login(VIEWER).await;
    let now = ok_json(app.get(&token, "/api/v1/reports/coverage").await).await;
    assert_eq!(now["kind"], "local_steering_group");
    assert_eq!(now["areas"].as_array().unwrap().len(), 11 + 7, "11 districts and 7 local police areas");
    assert_eq!(names(&now["uncovered"]), ["Skärholmen"]);
    let lpo =
        now["areas"].as_array().unwrap().iter().find(|a| a["area"]["name"] == "Lokalpolisområde Skärholmen").unwrap();
    assert_eq!(lpo["councils"][0]["name"], "Lokal styrgrupp Hägersten-Älvsjö");
    assert_eq!(lpo["councils"][0]["via"], "overlap");
    // Before Järva was formed, the dissolved groups of Rinkeby-Kista and Spånga-Tensta covered it.
    let then = ok_json(app.get(&token, "/api/v1/reports/coverage?at=2022-06-01").await).await;
    assert_eq!(then["areas"].as_array().unwrap().len(), 13 + 7);
    assert_eq!(names(&then["uncovered"]), ["Skärholmen"]);
    let rk = then["areas"].as_array().unwrap().iter().find(|a| a["area"]["name"] == "Rinkeby-Kista").unwrap();
    assert_eq!(rk["councils"][0]["mandate"]["registration_number"], "KS 2020/118");
    // Before any local group was founded, nothing was covered.
    let early = ok_json(app.get(&token, "/api/v1/reports/coverage?at=2019-01-01").await).await;
    assert_eq!(early["uncovered"].as_array().unwrap().len(), 14 + 7);
    let central = ok_json(app.get(&token, "/api/v1/reports/coverage?kind=central_steering_group").await).await;
    assert!(
        central["uncovered"].as_array().unwrap().len() == 18,
        "the central group names the city, not its districts"
    );
});

db_test!(staffing_shows_empty_required_seats_wrong_organizations_and_terms_ending, |app| {
    let token = app.login(VIEWER).await;
    let report = ok_json(app.get(&token, "/api/v1/reports/staffing").await).await;
    let council =
        |name: &str| report["councils"].as_array().unwrap().iter().find(|c| c["council_name"] == name).unwrap().clone();
    let farsta = council("Lokal styrgrupp Farsta");
    let seat =
        |c: &Value, id: &Value| c["seats"].as_array().unwrap().iter().find(|s| &s["seat_id"] == id).unwrap().clone();
    let vacant: Vec<String> = farsta["vacant_required_seat_ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|id| seat(&farsta, id)["label"].as_str().unwrap().to_owned())
        .collect();
    assert!(vacant.contains(&"Kommunpolis".to_string()), "{vacant:?}");
    let bromma = council("Lokal styrgrupp Bromma");
    let mismatched = seat(&bromma, &bromma["mismatched_seat_ids"][0]);
    assert_eq!(mismatched["label"], "Trygghetssamordnare");
    assert_eq!(mismatched["holders"][0]["wrong_organization"], true);
    let central = council("Central styrgrupp Stockholms stad – Polisregion Stockholm");
    assert_eq!(central["ending_soon_membership_ids"].as_array().unwrap().len(), 1);
    assert!(
        report["councils"].as_array().unwrap().iter().all(|c| c["council_name"] != "Lokal styrgrupp Rinkeby-Kista"),
        "dissolved councils are left out"
    );
    problem(
        app.get(&token, &format!("/api/v1/reports/staffing?council_id={}", uuid::Uuid::now_v7())).await,
        404,
        "not_found",
    )
    .await;
});

// The staffing report says, per council, what the caller may do there — the same as the council
// itself says: a chair may fill seats on their council and no other; a coordinator everywhere.
db_test!(the_staffing_report_says_where_the_caller_may_fill_seats, |app| {
    for (who, login) in [("member", MEMBER), ("coordinator", COORDINATOR), ("viewer", VIEWER)] {
        let token = app.login(login).await;
        let report = ok_json(app.get(&token, "/api/v1/reports/staffing").await).await;
        let councils = report["councils"].as_array().unwrap();
        let mut runs = 0;
        for c in councils {
            let council =
                ok_json(app.get(&token, &format!("/api/v1/councils/{}", c["council_id"].as_str().unwrap())).await)
                    .await;
            assert_eq!(c["allowed_actions"], council["allowed_actions"], "{who}: {}", c["council_name"]);
            runs += usize::from(c["allowed_actions"].as_array().unwrap().iter().any(|a| a == "manage_memberships"));
        }
        match who {
            "member" => assert!(runs >= 1 && runs < councils.len(), "{who} runs {runs} of {}", councils.len()),
            "coordinator" => assert_eq!(runs, councils.len()),
            _ => assert_eq!(runs, 0),
        }
    }
});
