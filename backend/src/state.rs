use std::sync::Arc;

use crate::auth::keys::Keys;
use crate::config::Config;
use crate::db::Db;

/// What every handler can reach: the database, the signing keys and the configuration.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub keys: Arc<Keys>,
    pub config: Arc<Config>,
}
