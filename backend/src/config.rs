//! Configuration from environment variables (documented in the README).

use std::net::IpAddr;
use std::path::PathBuf;

use ipnet::IpNet;

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
    /// Proxies (addresses or networks) whose `X-Forwarded-For` is believed: the client address
    /// of a request that arrives through one of them is the last address they did not add.
    pub trusted_proxies: Vec<IpNet>,
    /// How long an `Idempotency-Key` is remembered.
    pub idempotency_ttl: chrono::Duration,
    /// Where documents' bytes go: unset for a directory under the data directory, or
    /// `s3://bucket/prefix` for S3-compatible storage (its endpoint and keys from the usual
    /// `AWS_*` variables).
    pub object_store_url: Option<String>,
    /// The largest document accepted, in bytes.
    pub max_upload_bytes: usize,
    /// Send `X-Db-Queries` (the number of database queries a request made) on every response.
    pub expose_query_count: bool,
    /// Days after its last verification that a contact route is stale.
    pub contact_route_stale_days: i64,
    /// Months after closing that an inquiry's personal data is purged.
    pub inquiry_retention_months: u32,
    /// Inquiries one client address may send through the public form in an hour.
    pub inquiry_rate_limit: u64,
    /// The public accountability figures show groups of at least this many inquiries.
    pub accountability_threshold: i64,
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn flag(name: &str) -> bool {
    var(name).is_some_and(|v| v != "0" && v != "false")
}

/// A whole number of hours from `name`, `default` when unset.
fn hours(name: &str, default: i64) -> Result<chrono::Duration, String> {
    match var(name) {
        None => Ok(chrono::Duration::hours(default)),
        Some(v) => match v.trim().parse::<i64>() {
            Ok(h) if (1..=24 * 366).contains(&h) => Ok(chrono::Duration::hours(h)),
            _ => Err(format!("{name}: `{v}` is not a whole number of hours from 1 to 8784")),
        },
    }
}

/// A whole number of mebibytes from `name` (1 to 1024), in bytes; `default` when unset.
fn megabytes(name: &str, default: usize) -> Result<usize, String> {
    match var(name) {
        None => Ok(default * 1024 * 1024),
        Some(v) => match v.trim().parse::<usize>() {
            Ok(m) if (1..=1024).contains(&m) => Ok(m * 1024 * 1024),
            _ => Err(format!("{name}: `{v}` is not a whole number of megabytes from 1 to 1024")),
        },
    }
}

/// A whole number from `name` within `range`, `default` when unset.
fn number(name: &str, default: i64, range: std::ops::RangeInclusive<i64>) -> Result<i64, String> {
    match var(name) {
        None => Ok(default),
        Some(v) => match v.trim().parse::<i64>() {
            Ok(n) if range.contains(&n) => Ok(n),
            _ => Err(format!("{name}: `{v}` is not a whole number from {} to {}", range.start(), range.end())),
        },
    }
}

/// `10.0.0.0/8, 192.168.1.5, ::1` → networks; a bare address is a network of one.
pub fn parse_networks(text: &str) -> Result<Vec<IpNet>, String> {
    text.split([',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse::<IpNet>()
                .or_else(|_| s.parse::<IpAddr>().map(IpNet::from))
                .map_err(|_| format!("SAMVERKAN_TRUSTED_PROXIES: `{s}` is not an address or a network"))
        })
        .collect()
}

impl Config {
    pub fn from_env() -> Result<Self, String> {
        let data_dir = PathBuf::from(var("SAMVERKAN_DATA_DIR").unwrap_or_else(|| "./data".into()));
        let database_url = var("SAMVERKAN_DATABASE_URL")
            .unwrap_or_else(|| format!("sqlite://{}?mode=rwc", data_dir.join("samverkan.db").display()));
        let public_url = var("SAMVERKAN_PUBLIC_URL");
        Ok(Config {
            database_url,
            bind: var("SAMVERKAN_BIND").unwrap_or_else(|| "127.0.0.1:8080".into()),
            web_dir: PathBuf::from(var("SAMVERKAN_WEB_DIR").unwrap_or_else(|| "./frontend/dist".into())),
            jwt_private_key_file: var("SAMVERKAN_JWT_PRIVATE_KEY_FILE").map(PathBuf::from),
            secure_cookies: public_url.as_deref().is_some_and(|u| u.starts_with("https://")),
            public_url,
            migrate_on_start: !flag("SAMVERKAN_NO_MIGRATE"),
            trusted_proxies: parse_networks(&var("SAMVERKAN_TRUSTED_PROXIES").unwrap_or_default())?,
            expose_query_count: flag("SAMVERKAN_EXPOSE_QUERY_COUNT"),
            idempotency_ttl: hours("SAMVERKAN_IDEMPOTENCY_TTL_HOURS", 24)?,
            object_store_url: var("SAMVERKAN_OBJECT_STORE_URL"),
            max_upload_bytes: megabytes("SAMVERKAN_MAX_UPLOAD_MB", 20)?,
            contact_route_stale_days: number("SAMVERKAN_CONTACT_ROUTE_STALE_DAYS", 180, 1..=3650)?,
            inquiry_retention_months: number("SAMVERKAN_INQUIRY_RETENTION_MONTHS", 12, 1..=120)? as u32,
            inquiry_rate_limit: number("SAMVERKAN_INQUIRY_RATE_LIMIT", 10, 1..=1_000_000_000)? as u64,
            accountability_threshold: number("SAMVERKAN_ACCOUNTABILITY_THRESHOLD", 5, 1..=1000)?,
            data_dir,
        })
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
            trusted_proxies: vec![],
            expose_query_count: true,
            idempotency_ttl: chrono::Duration::hours(24),
            object_store_url: None,
            max_upload_bytes: 20 * 1024 * 1024,
            contact_route_stale_days: 180,
            inquiry_retention_months: 12,
            inquiry_rate_limit: 10,
            accountability_threshold: 5,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trusted_proxies_are_addresses_or_networks() {
        let nets = parse_networks("10.0.0.0/8, 127.0.0.1 ::1").unwrap();
        assert_eq!(nets.len(), 3);
        assert!(nets[1].contains(&"127.0.0.1".parse::<IpAddr>().unwrap()));
        assert!(parse_networks("").unwrap().is_empty());
        assert!(parse_networks("proxy.example").is_err());
    }
}
