//! The wire types of calendar feeds.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// A personal calendar feed: its address, which holds the token. Shown once; only a hash of the
/// token is kept.
#[derive(Debug, Serialize, ToSchema)]
pub struct CalendarToken {
    /// The feed's address, to subscribe to in a calendar app; no login needed.
    #[schema(example = "https://samverkan.example.se/api/v1/calendar/2hJ0y9sHq3l4mW6vXbQe1tC8rN5uZkPaYdFgIoLxMVs.ics")]
    pub url: String,
    /// The token in the address (43 base64url characters).
    pub token: String,
}

/// The token of a personal feed.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct FeedToken {
    /// The token `POST /me/calendar-token` gave.
    #[param(pattern = "^[A-Za-z0-9_-]{43}$")]
    pub token: String,
}

/// That the caller has a personal feed, and since when (its address is not shown again).
#[derive(Debug, Serialize, ToSchema)]
pub struct CalendarTokenInfo {
    pub created_at: DateTime<Utc>,
}
