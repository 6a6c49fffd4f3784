use samverkan::config::Config;
use samverkan::domain::role::Role;
use samverkan::seed::Demo;
use uuid::Uuid;

/// The demo goes only into an empty database or one that holds it already: never among real
/// users, where its well-known passwords would be a way in.
#[actix_web::test]
async fn the_demo_stays_out_of_a_database_with_users_of_its_own() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("s-{}", Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.join("own.db").display());
    let state = samverkan::app::state(Config::for_test(url, dir.clone())).await.unwrap();
    samverkan::users::ensure(&state.db.write, "chef@stockholm.se", "Chef", Role::Admin, "a-long-password")
        .await
        .unwrap();
    match samverkan::seed::demo(&state.db.write).await.unwrap() {
        Demo::NotADemoDatabase { users } => assert_eq!(users, 1),
        Demo::Loaded(_) => panic!("the demo was loaded among real users"),
    }
    assert!(samverkan::users::find_by_email(&state.db.read, "admin@samverkan.test").await.unwrap().is_none());
    let _ = std::fs::remove_dir_all(&dir);
}

/// On a fresh database the member demo login is a real person who chairs a council, and the
/// adjuster login another person of that council.
#[actix_web::test]
async fn on_a_fresh_database_the_member_login_chairs_a_council() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("s-{}", Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.join("fresh.db").display());
    let state = samverkan::app::state(Config::for_test(url, dir.clone())).await.unwrap();
    assert!(matches!(samverkan::seed::demo(&state.db.write).await.unwrap(), Demo::Loaded(_)));
    assert!(matches!(samverkan::seed::demo(&state.db.write).await.unwrap(), Demo::Loaded(_)), "a second run is fine");
    let member = samverkan::users::find_by_email(&state.db.read, "member@samverkan.test").await.unwrap().unwrap();
    let person = member.person_id.expect("the member login is a person");
    let seats =
        samverkan::store::access::seats_of(&state.db.read, member.id, samverkan::domain::time::today()).await.unwrap();
    assert_eq!(seats.person_id, Some(person));
    assert!(seats.roles.iter().any(|(_, r)| r.manages()), "{:?}", seats.roles);
    // The adjuster login is another person of the same council: a second adjuster of its minutes.
    let adjuster = samverkan::users::find_by_email(&state.db.read, "adjuster@samverkan.test").await.unwrap().unwrap();
    let other = adjuster.person_id.expect("the adjuster login is a person");
    assert_ne!(other, person);
    let theirs = samverkan::store::access::seats_of(&state.db.read, adjuster.id, samverkan::domain::time::today())
        .await
        .unwrap();
    let councils = |s: &samverkan::store::access::Seats| s.roles.iter().map(|(c, _)| *c).collect::<Vec<_>>();
    assert!(councils(&theirs).iter().any(|c| councils(&seats).contains(c)), "{:?} / {:?}", theirs.roles, seats.roles);
    let _ = std::fs::remove_dir_all(&dir);
}
