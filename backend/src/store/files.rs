//! Where documents' bytes are kept: an object store (a directory under the data directory by
//! default, S3-compatible storage by configuration). The database holds what a document is;
//! the store holds only bytes, under a random key that says nothing about the file.

use std::sync::Arc;

use bytes::Bytes;
use object_store::path::Path;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload};

use crate::config::Config;
use crate::error::{ApiError, ApiResult};

pub type Files = Arc<dyn ObjectStore>;

/// The store `config` names: `s3://bucket[/prefix]` (endpoint, region and keys from `AWS_*`
/// variables, e.g. `AWS_ENDPOINT` for MinIO or Garage), otherwise `documents/` under the
/// data directory.
pub fn open(config: &Config) -> Result<Files, String> {
    // reqwest's TLS (S3) uses ring, like the rest of the server; once per process.
    let _ = rustls::crypto::ring::default_provider().install_default();
    match config.object_store_url.as_deref() {
        Some(url) => {
            let parsed = url::Url::parse(url).map_err(|e| format!("SAMVERKAN_OBJECT_STORE_URL: {e}"))?;
            if parsed.scheme() != "s3" {
                return Err("SAMVERKAN_OBJECT_STORE_URL: only s3://bucket/prefix is supported".into());
            }
            let bucket = parsed.host_str().ok_or("SAMVERKAN_OBJECT_STORE_URL: no bucket")?;
            let s3 = object_store::aws::AmazonS3Builder::from_env()
                .with_bucket_name(bucket)
                .build()
                .map_err(|e| format!("SAMVERKAN_OBJECT_STORE_URL: {e}"))?;
            let prefix = parsed.path().trim_matches('/');
            Ok(if prefix.is_empty() {
                Arc::new(s3)
            } else {
                Arc::new(object_store::prefix::PrefixStore::new(s3, prefix.to_owned()))
            })
        }
        None => {
            let dir = config.data_dir.join("documents");
            std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            let local = object_store::local::LocalFileSystem::new_with_prefix(&dir)
                .map_err(|e| format!("{}: {e}", dir.display()))?;
            Ok(Arc::new(local))
        }
    }
}

/// A new key for a file: random, so that nothing about it can be guessed from another.
pub fn new_key() -> String {
    format!("documents/{}", uuid::Uuid::new_v4().simple())
}

pub async fn put(files: &Files, key: &str, bytes: Bytes) -> ApiResult<()> {
    files.put(&Path::from(key), PutPayload::from_bytes(bytes)).await.map_err(ApiError::internal)?;
    Ok(())
}

/// The bytes under `key`; `None` when the store no longer holds them.
pub async fn get(files: &Files, key: &str) -> ApiResult<Option<Bytes>> {
    match files.get(&Path::from(key)).await {
        Ok(found) => Ok(Some(found.bytes().await.map_err(ApiError::internal)?)),
        Err(object_store::Error::NotFound { .. }) => Ok(None),
        Err(e) => Err(ApiError::internal(e)),
    }
}

/// Remove the bytes under `key`; a key already gone is no error. A failure is logged, not
/// raised: the document is already marked removed, and a stray file harms no one.
pub async fn remove(files: &Files, key: &str) {
    match files.delete(&Path::from(key)).await {
        Ok(()) | Err(object_store::Error::NotFound { .. }) => {}
        Err(e) => tracing::warn!(error = %e, key, "could not remove a document's file"),
    }
}
