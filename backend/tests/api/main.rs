//! Black-box API tests: each test spawns the real server on a free port, over a fresh
//! database, and runs once on SQLite and once on PostgreSQL.

mod helpers;

mod areas;
mod audit;
mod auth;
mod errors;
mod agreements;
mod councils;
mod memberships;
mod organizations;
mod people;
mod reports;
