use std::sync::Arc;

use crate::auth::keys::Keys;
use crate::config::Config;
use crate::db::Db;
use crate::store::files::Files;

/// What every handler can reach: the database, the signing keys, the configuration and the
/// store of documents' bytes.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub keys: Arc<Keys>,
    pub config: Arc<Config>,
    pub files: Files,
}
