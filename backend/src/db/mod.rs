//! Database connections and the small helpers every query shares.
//!
//! SQLite (the embedded default) gets one writer connection and a pool of read-only readers
//! over the same WAL file, so reads run in parallel beside the one write SQLite allows; every
//! connection gets `foreign_keys`, `busy_timeout` and `synchronous=NORMAL` as it opens.
//! PostgreSQL gets one pool that serves both.

pub mod queries;

use std::time::Duration;

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, LikeExpr, SimpleExpr};
use sea_orm::{ColumnTrait, ConnectOptions, Database, DatabaseConnection, DbErr};
use sea_orm_migration::MigratorTrait;

use crate::migration::Migrator;

/// The connections of one database: `write` for transactions and writes, `read` for reads.
#[derive(Clone, Debug)]
pub struct Db {
    pub write: DatabaseConnection,
    pub read: DatabaseConnection,
}

/// How many read-only SQLite connections run beside the writer.
const SQLITE_READERS: u32 = 4;

fn is_sqlite(url: &str) -> bool {
    url.starts_with("sqlite:")
}

fn options(url: &str) -> ConnectOptions {
    let mut opts = ConnectOptions::new(url.to_owned());
    opts.sqlx_logging(false).acquire_timeout(Duration::from_secs(10));
    opts
}

fn sqlite(url: &str, read_only: bool) -> ConnectOptions {
    use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
    let mut opts = options(url);
    let (min, max) = if read_only { (1, SQLITE_READERS) } else { (1, 1) };
    opts.min_connections(min).max_connections(max).map_sqlx_sqlite_opts(move |o| {
        let o = o.foreign_keys(true).busy_timeout(Duration::from_secs(5)).synchronous(SqliteSynchronous::Normal);
        if read_only { o.read_only(true) } else { o.journal_mode(SqliteJournalMode::Wal) }
    });
    opts
}

/// Connect to `url`; every query counts towards the request's [`queries::count`].
pub async fn connect(url: &str) -> Result<Db, DbErr> {
    let mut db = if is_sqlite(url) {
        // The writer first: it creates the file and turns on WAL, which the readers need.
        let write = Database::connect(sqlite(url, false)).await?;
        let read = Database::connect(sqlite(url, true)).await?;
        Db { write, read }
    } else {
        let mut opts = options(url);
        opts.min_connections(1).max_connections(16);
        let pool = Database::connect(opts).await?;
        Db { write: pool.clone(), read: pool }
    };
    db.write.set_metric_callback(queries::counted);
    db.read.set_metric_callback(queries::counted);
    Ok(db)
}

pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    Migrator::up(db, None).await
}

/// The current time, truncated to microseconds so SQLite and PostgreSQL agree on it.
pub fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}

/// The key a name is searched and sorted by: lower-cased with Unicode rules (SQLite's `lower`
/// is ASCII-only).
pub fn search_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// A `LIKE` pattern that matches `q` anywhere, with `%`, `_` and `\` taken literally.
pub fn contains_pattern(q: &str) -> String {
    let mut p = String::from("%");
    for c in search_key(q).chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

/// `column` (a lower-cased search key) contains `q`, case-insensitively.
pub fn name_contains(column: impl ColumnTrait, q: &str) -> SimpleExpr {
    Expr::col(column).like(LikeExpr::new(contains_pattern(q)).escape('\\'))
}
