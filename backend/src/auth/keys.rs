//! The Ed25519 key that signs access tokens: read from a configured PEM file, or generated once
//! into the data directory (mode 0600) and reused after that.

use std::path::Path;

use base64::Engine;
use ed25519_dalek::SigningKey;
use ed25519_dalek::pkcs8::{DecodePrivateKey, EncodePrivateKey, spki::der::pem::LineEnding};
use jsonwebtoken::jwk::{
    AlgorithmParameters, CommonParameters, EllipticCurve, Jwk, JwkSet, KeyAlgorithm, OctetKeyPairParameters,
    OctetKeyPairType, PublicKeyUse,
};
use jsonwebtoken::{DecodingKey, EncodingKey};
use sha2::{Digest, Sha256};

pub struct Keys {
    pub encoding: EncodingKey,
    pub decoding: DecodingKey,
    pub kid: String,
    pub jwks: JwkSet,
    /// A secret derived from the signing key (so every node has the same one): the salt of
    /// the client-address hashes the public form's rate limit counts by.
    pub address_salt: String,
}

impl Keys {
    pub fn from_signing_key(key: &SigningKey) -> Result<Self, String> {
        let der = key.to_pkcs8_der().map_err(|e| e.to_string())?;
        let encoding = EncodingKey::from_ed_der(der.as_bytes());
        let public = key.verifying_key().to_bytes();
        let decoding = DecodingKey::from_ed_der(&public);
        let kid = hex(&Sha256::digest(public)[..8]);
        let jwk = Jwk {
            common: CommonParameters {
                key_id: Some(kid.clone()),
                public_key_use: Some(PublicKeyUse::Signature),
                key_algorithm: Some(KeyAlgorithm::EdDSA),
                ..Default::default()
            },
            algorithm: AlgorithmParameters::OctetKeyPair(OctetKeyPairParameters {
                key_type: OctetKeyPairType::OctetKeyPair,
                curve: EllipticCurve::Ed25519,
                x: base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(public),
            }),
        };
        let address_salt = hex(&Sha256::digest([b"samverkan address salt\0".as_slice(), der.as_bytes()].concat()));
        Ok(Keys { encoding, decoding, kid, jwks: JwkSet { keys: vec![jwk] }, address_salt })
    }

    /// Load the key from `file` when given, else from (or newly into) `<data_dir>/jwt-ed25519.pem`.
    pub fn load_or_generate(file: Option<&Path>, data_dir: &Path) -> Result<Self, String> {
        let path = match file {
            Some(f) => f.to_path_buf(),
            None => data_dir.join("jwt-ed25519.pem"),
        };
        if path.exists() {
            let pem = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let key = SigningKey::from_pkcs8_pem(&pem)
                .map_err(|e| format!("{}: not an Ed25519 PKCS#8 PEM key: {e}", path.display()))?;
            return Self::from_signing_key(&key);
        }
        if file.is_some() {
            return Err(format!("{}: no such key file", path.display()));
        }
        let key = SigningKey::from_bytes(&rand::random::<[u8; 32]>());
        let pem = key.to_pkcs8_pem(LineEnding::LF).map_err(|e| e.to_string())?;
        std::fs::create_dir_all(data_dir).map_err(|e| format!("{}: {e}", data_dir.display()))?;
        write_private(&path, pem.as_bytes()).map_err(|e| format!("{}: {e}", path.display()))?;
        tracing::info!(path = %path.display(), "generated a new token signing key");
        Self::from_signing_key(&key)
    }
}

#[cfg(unix)]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    f.write_all(bytes)
}

#[cfg(not(unix))]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::write(path, bytes)
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
