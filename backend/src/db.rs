//! Database connection and the small helpers every persistence function shares.

use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, LikeExpr, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter,
};
use uuid::Uuid;

use crate::error::ApiError;
use sea_orm_migration::MigratorTrait;

use crate::migration::Migrator;

pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let mut opts = ConnectOptions::new(url.to_owned());
    opts.sqlx_logging(false).acquire_timeout(Duration::from_secs(10));
    if url.starts_with("sqlite:") {
        // One writer at a time; a small pool still lets reads overlap under WAL.
        opts.max_connections(1).min_connections(1);
    } else {
        opts.max_connections(16).min_connections(1);
    }
    let db = Database::connect(opts).await?;
    if url.starts_with("sqlite:") {
        use sea_orm::ConnectionTrait;
        db.execute_unprepared("PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000;")
            .await?;
    }
    Ok(db)
}

pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    Migrator::up(db, None).await
}

/// The current time, truncated to microseconds so SQLite and PostgreSQL agree on it.
pub fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}

/// The key a name is searched by: lower-cased with Unicode rules (SQLite's `lower` is ASCII-only).
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

/// Write `model` to the row `id` only if it still has `version`: a concurrent writer that got
/// there first makes this one fail with 412 instead of being overwritten.
pub async fn update_versioned<A>(db: &impl ConnectionTrait, model: A, id: Uuid, version: i32) -> Result<(), ApiError>
where
    A: ActiveModelTrait,
    <A::Entity as EntityTrait>::Column: FromStr,
{
    let column = |name: &str| {
        <A::Entity as EntityTrait>::Column::from_str(name).map_err(|_| ApiError::internal(format!("no column {name}")))
    };
    let res = A::Entity::update_many()
        .set(model)
        .filter(column("id")?.eq(id))
        .filter(column("version")?.eq(version))
        .exec(db)
        .await?;
    if res.rows_affected == 1 { Ok(()) } else { Err(ApiError::PreconditionFailed) }
}
