use std::sync::Arc;

use crate::auth::keys::Keys;
use crate::config::Config;
use crate::db::Db;
use crate::store::files::Files;

/// What every handler can reach: the database, the signing keys, the configuration and the
/// store of documents' bytes, the places kept in memory, and the public form's writer.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub keys: Arc<Keys>,
    pub config: Arc<Config>,
    pub files: Files,
    /// Areas and neighbourhood shapes, for placing points and lookups.
    pub places: Arc<crate::store::places::PlacesCache>,
    /// The task that writes the public form's inquiries in batches.
    pub inquiry_batches: crate::store::inquiry_batches::InquiryBatches,
}
