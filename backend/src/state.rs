use std::sync::Arc;

use sea_orm::DatabaseConnection;

use crate::auth::keys::Keys;
use crate::config::Config;

/// What every handler can reach: the database, the signing keys and the configuration.
#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub keys: Arc<Keys>,
    pub config: Arc<Config>,
}
