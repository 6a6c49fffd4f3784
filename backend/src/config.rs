//! Configuration from environment variables (documented in the README).

use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct Config {
    pub database_url: String,
    pub data_dir: PathBuf,
    pub bind: String,
    pub web_dir: PathBuf,
    pub jwt_private_key_file: Option<PathBuf>,
    pub public_url: Option<String>,
    pub migrate_on_start: bool,
    /// Secure flag on the refresh cookie. Off only for plain-http local runs.
    pub secure_cookies: bool,
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

impl Config {
    pub fn from_env() -> Self {
        let data_dir = PathBuf::from(var("SAMVERKAN_DATA_DIR").unwrap_or_else(|| "./data".into()));
        let database_url = var("SAMVERKAN_DATABASE_URL").unwrap_or_else(|| {
            format!("sqlite://{}?mode=rwc", data_dir.join("samverkan.db").display())
        });
        let public_url = var("SAMVERKAN_PUBLIC_URL");
        Config {
            database_url,
            bind: var("SAMVERKAN_BIND").unwrap_or_else(|| "127.0.0.1:8080".into()),
            web_dir: PathBuf::from(var("SAMVERKAN_WEB_DIR").unwrap_or_else(|| "./frontend/dist".into())),
            jwt_private_key_file: var("SAMVERKAN_JWT_PRIVATE_KEY_FILE").map(PathBuf::from),
            secure_cookies: public_url.as_deref().is_some_and(|u| u.starts_with("https://")),
            public_url,
            migrate_on_start: var("SAMVERKAN_NO_MIGRATE").is_none_or(|v| v == "0" || v == "false"),
            data_dir,
        }
    }

    /// A configuration for tests: everything explicit, nothing from the environment.
    pub fn for_test(database_url: String, data_dir: PathBuf) -> Self {
        Config {
            database_url,
            web_dir: data_dir.join("web"),
            data_dir,
            bind: "127.0.0.1:0".into(),
            jwt_private_key_file: None,
            public_url: None,
            migrate_on_start: true,
            secure_cookies: false,
        }
    }
}
