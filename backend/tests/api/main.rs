//! Black-box API tests: each test spawns the real server on a free port, over a fresh
//! database, and runs once on SQLite and once on PostgreSQL.

mod helpers;

mod agreements;
mod areas;
mod audit;
mod auth;
mod calendars;
mod contact_routes;
mod councils;
mod documented;
mod documents;
mod errors;
mod hostile;
mod indicators;
mod initiatives;
mod inquiries;
mod limits;
mod meetings;
mod memberships;
mod minutes;
mod open311;
mod organizations;
mod people;
mod queries;
mod reports;
mod seed;
mod situation_pictures;
