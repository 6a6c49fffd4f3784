//! Samverkan: the platform on which a Swedish city, its police and their partners run safety
//! councils and their cooperation agreement. This crate is the API server.

pub mod access;
pub mod api;
pub mod app;
pub mod audit;
pub mod auth;
pub mod concurrency;
pub mod config;
pub mod db;
pub mod entities;
pub mod error;
pub mod extract;
pub mod hierarchy;
pub mod idempotency;
pub mod metrics;
pub mod migration;
pub mod pagination;
pub mod reference;
pub mod request_id;
pub mod rules;
pub mod seed;
pub mod seed_councils;
pub mod state;
pub mod string_enum;
pub mod users;
