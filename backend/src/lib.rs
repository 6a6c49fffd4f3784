//! Samverkan: the platform on which a Swedish city, its police and their partners run safety
//! councils and their cooperation agreement. This crate is the API server.

pub mod api;
pub mod app;
pub mod audit;
pub mod auth;
pub mod config;
pub mod db;
pub mod domain;
pub mod entities;
pub mod error;
pub mod jobs;
pub mod kit;
pub mod metrics;
pub mod migration;
pub mod reference;
pub mod request_id;
pub mod seed;
pub mod seed_contact;
pub mod seed_councils;
pub mod seed_followup;
pub mod seed_meetings;
pub mod state;
pub mod store;
pub mod users;
