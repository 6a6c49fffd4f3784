use std::net::TcpListener;
use std::path::PathBuf;

use reqwest::{Client, Response, StatusCode};
use samverkan::config::Config;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Database, Set};
use serde_json::{Value, json};
use uuid::Uuid;

pub const ADMIN: (&str, &str) = ("admin@samverkan.test", "samverkan-admin");
pub const COORDINATOR: (&str, &str) = ("coordinator@samverkan.test", "samverkan-coordinator");
pub const MEMBER: (&str, &str) = ("member@samverkan.test", "samverkan-member");
pub const VIEWER: (&str, &str) = ("viewer@samverkan.test", "samverkan-viewer");

#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub struct TestApp {
    pub base: String,
    pub client: Client,
    pub data_dir: PathBuf,
    /// The server's own state: its database, for tests that look below the API or drive a job.
    pub state: samverkan::state::AppState,
}

fn postgres_admin_url() -> String {
    std::env::var("SAMVERKAN_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// A fresh PostgreSQL database (a copy of `template` when given), or `None` (outside CI only)
/// when no server is reachable.
async fn postgres_database(template: Option<&str>) -> Option<String> {
    let admin_url = postgres_admin_url();
    let admin = match Database::connect(admin_url.as_str()).await {
        Ok(db) => db,
        Err(e) if !in_ci() => {
            eprintln!("SKIPPING the PostgreSQL variants: cannot reach {admin_url}: {e}");
            return None;
        }
        Err(e) => panic!("CI=true and PostgreSQL at {admin_url} is unreachable: {e}"),
    };
    // Databases left by earlier runs go first; this run's are dropped by the next one.
    static CLEANUP: tokio::sync::OnceCell<()> = tokio::sync::OnceCell::const_new();
    CLEANUP
        .get_or_init(|| async {
            let rows = admin
                .query_all_raw(sea_orm::Statement::from_string(
                    sea_orm::DatabaseBackend::Postgres,
                    "SELECT datname FROM pg_database WHERE datname LIKE 'samverkan_test_%'",
                ))
                .await
                .unwrap_or_default();
            for row in rows {
                if let Ok(old) = row.try_get::<String>("", "datname") {
                    let _ = admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {old} WITH (FORCE)")).await;
                }
            }
        })
        .await;
    let name = format!("samverkan_test_{}", Uuid::new_v4().simple());
    let from = template.map(|t| format!(" TEMPLATE {t}")).unwrap_or_default();
    admin.execute_unprepared(&format!("CREATE DATABASE {name}{from}")).await.expect("create test database");
    admin.close().await.ok();
    let (base, query) = match admin_url.split_once('?') {
        Some((b, q)) => (b.to_string(), format!("?{q}")),
        None => (admin_url.clone(), String::new()),
    };
    let base = base.rsplit_once('/').map(|(b, _)| b.to_string()).unwrap_or(base);
    Some(format!("{base}/{name}{query}"))
}

/// Note a PostgreSQL variant skipped: the test script's summary line says so in words, so a
/// skipped half never looks green.
fn note_postgres_skipped() {
    if let Ok(path) = std::env::var("SAMVERKAN_TEST_PG_SKIPPED_FILE") {
        use std::io::Write;
        if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(path) {
            let _ = writeln!(f, "{}", std::thread::current().name().unwrap_or("a test"));
        }
    }
}

/// The S3-compatible server the test script started (`AWS_ENDPOINT`, with its bucket in
/// `SAMVERKAN_TEST_S3_BUCKET`): `(endpoint, bucket)`, or `None` outside CI when there is none
/// (noted, so the script's summary says S3 went untested). In CI a missing server fails.
pub fn s3_under_test() -> Option<(String, String)> {
    match (std::env::var("AWS_ENDPOINT"), std::env::var("SAMVERKAN_TEST_S3_BUCKET")) {
        (Ok(endpoint), Ok(bucket)) => Some((endpoint, bucket)),
        _ if in_ci() => panic!("CI=true and no S3-compatible server: AWS_ENDPOINT and SAMVERKAN_TEST_S3_BUCKET unset"),
        _ => {
            eprintln!("SKIPPING an S3 test: no S3-compatible server (scripts/test-all.sh starts one)");
            if let Ok(path) = std::env::var("SAMVERKAN_TEST_S3_SKIPPED_FILE") {
                use std::io::Write;
                if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(path) {
                    let _ = writeln!(f, "{}", std::thread::current().name().unwrap_or("a test"));
                }
            }
            None
        }
    }
}

/// A migrated database with the demo in it, for a template.
async fn seeded(url: String, data_dir: PathBuf) -> samverkan::state::AppState {
    let state = samverkan::app::state(Config::for_test(url, data_dir)).await.expect("template state");
    samverkan::seed::demo(&state.db.write).await.expect("demo seed");
    state
}

async fn close(state: samverkan::state::AppState) {
    state.db.read.close_by_ref().await.expect("close the template's readers");
    state.db.write.close_by_ref().await.expect("close the template's writer");
}

/// The demo every SQLite test starts from: migrated and seeded once per run, then copied.
async fn sqlite_template() -> PathBuf {
    static TEMPLATE: tokio::sync::OnceCell<PathBuf> = tokio::sync::OnceCell::const_new();
    TEMPLATE
        .get_or_init(|| async {
            let tmp = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
            // Templates of earlier runs go (an hour old: a run takes minutes).
            for old in std::fs::read_dir(&tmp).into_iter().flatten().flatten() {
                let stale = old.metadata().and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok());
                if old.file_name().to_string_lossy().starts_with("template-")
                    && stale.is_some_and(|age| age.as_secs() > 3600)
                {
                    let _ = std::fs::remove_dir_all(old.path());
                }
            }
            let dir = tmp.join(format!("template-{}", Uuid::new_v4().simple()));
            std::fs::create_dir_all(&dir).unwrap();
            let state = seeded(format!("sqlite://{}?mode=rwc", dir.join("seeding.db").display()), dir.clone()).await;
            // One file with everything in it (no write-ahead log beside it).
            let file = dir.join("demo.db");
            state.db.write.execute_unprepared(&format!("VACUUM INTO '{}'", file.display())).await.expect("vacuum into");
            close(state).await;
            file
        })
        .await
        .clone()
}

/// The demo every PostgreSQL test starts from: a database migrated and seeded once per run,
/// which each test's database is created from; `None` when PostgreSQL is not reachable.
async fn postgres_template() -> Option<String> {
    static TEMPLATE: tokio::sync::OnceCell<Option<String>> = tokio::sync::OnceCell::const_new();
    TEMPLATE
        .get_or_init(|| async {
            let url = postgres_database(None).await?;
            let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("t-{}", Uuid::new_v4().simple()));
            std::fs::create_dir_all(&dir).unwrap();
            close(seeded(url.clone(), dir.clone()).await).await;
            let _ = std::fs::remove_dir_all(dir);
            let name = url.rsplit_once('/').map(|(_, n)| n).unwrap_or(&url);
            Some(name.split('?').next().unwrap_or(name).to_owned())
        })
        .await
        .clone()
}

impl TestApp {
    /// Spawn the server over a fresh copy of the demo database.
    pub async fn spawn(backend: Backend) -> Option<TestApp> {
        Self::spawn_with(backend, |_| {}).await
    }

    /// Like [`spawn`](Self::spawn), with the configuration changed first.
    pub async fn spawn_with(backend: Backend, change: impl FnOnce(&mut Config)) -> Option<TestApp> {
        let data_dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("t-{}", Uuid::new_v4().simple()));
        std::fs::create_dir_all(&data_dir).unwrap();
        // A copy of the demo, seeded once per run: seeding is most of a test's time.
        let url = match backend {
            Backend::Sqlite => {
                let file = data_dir.join("test.db");
                std::fs::copy(sqlite_template().await, &file).expect("copy the demo database");
                format!("sqlite://{}?mode=rwc", file.display())
            }
            Backend::Postgres => match postgres_template().await {
                Some(template) => postgres_database(Some(&template)).await?,
                None => {
                    note_postgres_skipped();
                    return None;
                }
            },
        };
        // The HTTP client's TLS uses ring (reqwest is built without a provider of its own).
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut config = Config::for_test(url, data_dir.clone());
        change(&mut config);
        let state = samverkan::app::state(config).await.expect("app state");
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = samverkan::app::serve(state.clone(), listener).unwrap();
        actix_web::rt::spawn(server);
        Some(TestApp {
            base: format!("http://127.0.0.1:{port}"),
            client: Client::builder().build().unwrap(),
            data_dir,
            state,
        })
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn login(&self, (email, password): (&str, &str)) -> String {
        let res = self
            .client
            .post(self.url("/api/v1/auth/login"))
            .json(&serde_json::json!({"email": email, "password": password}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK, "login as {email}");
        res.json::<Value>().await.unwrap()["access_token"].as_str().unwrap().to_owned()
    }

    pub async fn get(&self, token: &str, path: &str) -> Response {
        self.client.get(self.url(path)).bearer_auth(token).send().await.unwrap()
    }

    pub async fn post(&self, token: &str, path: &str, body: &Value) -> Response {
        self.client.post(self.url(path)).bearer_auth(token).json(body).send().await.unwrap()
    }

    pub async fn patch(&self, token: &str, path: &str, if_match: &str, body: &Value) -> Response {
        self.client
            .patch(self.url(path))
            .bearer_auth(token)
            .header("If-Match", if_match)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn delete(&self, token: &str, path: &str, if_match: &str) -> Response {
        self.client.delete(self.url(path)).bearer_auth(token).header("If-Match", if_match).send().await.unwrap()
    }

    /// Every item of a paginated list, following `next_cursor`.
    pub async fn all_items(&self, token: &str, path: &str) -> Vec<Value> {
        let mut items = vec![];
        let mut cursor: Option<String> = None;
        let sep = if path.contains('?') { '&' } else { '?' };
        loop {
            let url = match &cursor {
                Some(c) => format!("{path}{sep}limit=200&cursor={c}"),
                None => format!("{path}{sep}limit=200"),
            };
            let page: Value = ok_json(self.get(token, &url).await).await;
            items.extend(page["items"].as_array().unwrap().iter().cloned());
            match page["next_cursor"].as_str() {
                Some(c) => cursor = Some(c.to_owned()),
                None => return items,
            }
        }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.data_dir);
    }
}

/// Assert a 2xx and return the JSON body.
pub async fn ok_json(res: Response) -> Value {
    let status = res.status();
    let body = res.text().await.unwrap();
    assert!(status.is_success(), "expected success, got {status}: {body}");
    serde_json::from_str(&body).unwrap_or(Value::Null)
}

/// Assert a problem response with `status` and `code`, and return it.
pub async fn problem(res: Response, status: u16, code: &str) -> Value {
    assert_eq!(res.status().as_u16(), status, "status");
    let ct = res.headers().get("content-type").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    assert!(ct.starts_with("application/problem+json"), "content type {ct}");
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["status"], status, "{body}");
    assert_eq!(body["code"], code, "{body}");
    body
}

/// Run a test body once on SQLite and once on PostgreSQL.
#[macro_export]
macro_rules! db_test {
    ($name:ident, |$app:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            async fn run($app: $crate::helpers::TestApp) $body

            #[actix_web::test]
            async fn sqlite() {
                run($crate::helpers::TestApp::spawn($crate::helpers::Backend::Sqlite).await.unwrap()).await;
            }

            #[actix_web::test]
            async fn postgres() {
                if let Some(app) = $crate::helpers::TestApp::spawn($crate::helpers::Backend::Postgres).await {
                    run(app).await;
                }
            }
        }
    };
}

/// Reorder the agenda of the meeting at `base` (`/api/v1/meetings/{id}`) to `order`, with the
/// agenda's current `ETag` as `token` reads it in `If-Match`.
pub async fn reorder_agenda(app: &TestApp, token: &str, base: &str, order: &Value) -> Response {
    let etag = app.get(token, &format!("{base}/agenda-items?limit=200")).await.headers()["etag"].clone();
    app.client
        .post(app.url(&format!("{base}/agenda:reorder")))
        .bearer_auth(token)
        .header("If-Match", etag)
        .json(&json!({"item_ids": order}))
        .send()
        .await
        .unwrap()
}

/// The current `ETag` of the resource at `path`.
pub async fn etag_of(app: &TestApp, token: &str, path: &str) -> String {
    let res = app.get(token, path).await;
    assert!(res.status().is_success(), "GET {path}: {}", res.status());
    res.headers()["etag"].to_str().unwrap().to_owned()
}

/// The id of the one item a list query finds.
pub async fn the_one(app: &TestApp, token: &str, path: &str) -> String {
    let page = ok_json(app.get(token, path).await).await;
    let items = page["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{path}: {items:?}");
    items[0]["id"].as_str().unwrap().to_owned()
}

pub fn unique(prefix: &str) -> String {
    format!("{prefix} {}", &uuid::Uuid::new_v4().simple().to_string()[..8])
}

/// A person with a login (role member) of their own: (person id, access token).
pub async fn person_with_login(app: &TestApp, coordinator: &str, name: &str) -> (String, String) {
    let person = ok_json(app.post(coordinator, "/api/v1/people", &json!({"name": unique(name)})).await).await;
    let id = person["id"].as_str().unwrap().to_owned();
    let email = format!("{}@exempel.se", &id[24..]);
    let role = samverkan::domain::role::Role::Member;
    let (user, _) =
        samverkan::users::ensure(&app.state.db.write, &email, name, role, "ett-bra-lösenord-9").await.unwrap();
    let mut u: samverkan::entities::user::ActiveModel = user.into();
    u.person_id = Set(Some(uuid::Uuid::parse_str(&id).unwrap()));
    u.update(&app.state.db.write).await.unwrap();
    (id, app.login((&email, "ett-bra-lösenord-9")).await)
}

/// Give `person` a new seat with `role` on `council` (a term from 2020).
pub async fn take_seat(app: &TestApp, token: &str, council: &str, person: &str, role: &str, restricted: bool) {
    let seat = ok_json(
        app.post(
            token,
            &format!("/api/v1/councils/{council}/seats"),
            &json!({"label": unique("Plats"), "role": role, "restricted_access": restricted}),
        )
        .await,
    )
    .await;
    ok_json(
        app.post(
            token,
            &format!("/api/v1/councils/{council}/memberships"),
            &json!({"person_id": person, "seat_id": seat["id"], "start_date": "2020-01-01"}),
        )
        .await,
    )
    .await;
}
