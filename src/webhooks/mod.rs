//! Room webhooks: verify Telnyx's Ed25519 signature and parse the event, in one call.
//! Enable the `webhooks` feature.
//!
//! Telnyx signs `"{timestamp}|{raw body}"` with Ed25519 and sends the signature (base64, 64
//! bytes) in `telnyx-signature-ed25519` and the Unix timestamp in `telnyx-timestamp`. The public
//! key (base64, 32 bytes) is in the Telnyx portal, conventionally in `TELNYX_PUBLIC_KEY`.
//! Verification fails closed: a missing header is an error, never a skip.
//!
//! ```no_run
//! use telnyx_rooms::webhooks::{RoomEvent, WebhookVerifier};
//! # fn handle(body: &[u8], headers: &http::HeaderMap) -> Result<(), telnyx_rooms::webhooks::WebhookError> {
//! let verifier = WebhookVerifier::from_env()?; // TELNYX_PUBLIC_KEY; build it once
//! let event = verifier.verify_headers(body, headers)?;
//! match event.kind {
//!     RoomEvent::ParticipantJoined(p) => println!("{:?} joined", p.context),
//!     RoomEvent::Unknown { event_type, .. } => println!("not handled yet: {event_type}"),
//!     _ => {}
//! }
//! # Ok(()) }
//! ```

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use ed25519_dalek::{Signature, VerifyingKey};
use serde_json::Value;

/// Header carrying the signature.
pub const SIGNATURE_HEADER: &str = "telnyx-signature-ed25519";
/// Header carrying the Unix timestamp the signature covers.
pub const TIMESTAMP_HEADER: &str = "telnyx-timestamp";
/// How far a timestamp may be from now, either way, by default.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(300);

/// Why a webhook was refused. Each names what failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// The public key is not base64 of 32 bytes, or not a valid Ed25519 key.
    #[error("invalid Telnyx public key: {0}")]
    BadPublicKey(String),
    /// `TELNYX_PUBLIC_KEY` is not set ([`WebhookVerifier::from_env`]).
    #[error("TELNYX_PUBLIC_KEY is not set: set it to the public key (base64) from the Telnyx portal, or use WebhookVerifier::new")]
    NoPublicKey,
    /// A required header is absent.
    #[error("missing header `{0}`")]
    MissingHeader(&'static str),
    /// A header is not valid base64 (or not text).
    #[error("header `{0}` is not valid base64")]
    BadBase64(&'static str),
    /// A decoded value has the wrong length.
    #[error("header `{header}` decodes to {got} bytes, expected {expected}")]
    WrongLength {
        /// The header.
        header: &'static str,
        /// The length it must have.
        expected: usize,
        /// The length it had.
        got: usize,
    },
    /// The timestamp is not a whole number of seconds.
    #[error("header `telnyx-timestamp` is not a Unix time in seconds: `{0}`")]
    BadTimestamp(String),
    /// The timestamp is too far from now (a replay, or a wrong clock).
    #[error("timestamp is {skew_secs} s from now, more than the {tolerance_secs} s allowed")]
    OutsideTolerance {
        /// Signed distance from now: negative in the past, positive in the future.
        skew_secs: i64,
        /// The tolerance in force.
        tolerance_secs: u64,
    },
    /// The signature does not match the body, timestamp and key.
    #[error("signature does not match the body and timestamp")]
    SignatureMismatch,
    /// The verified body is not a webhook event.
    #[error("body is not a webhook event: {0}")]
    NotAnEvent(String),
}

impl WebhookError {
    /// A short name for this kind of error that never changes, for a metric's label or a
    /// log's field: `bad_public_key`, `no_public_key`, `missing_header`, `bad_base64`,
    /// `wrong_length`, `bad_timestamp`, `outside_tolerance`, `signature_mismatch`,
    /// `not_an_event`.
    pub fn kind(&self) -> &'static str {
        match self {
            WebhookError::BadPublicKey(_) => "bad_public_key",
            WebhookError::NoPublicKey => "no_public_key",
            WebhookError::MissingHeader(_) => "missing_header",
            WebhookError::BadBase64(_) => "bad_base64",
            WebhookError::WrongLength { .. } => "wrong_length",
            WebhookError::BadTimestamp(_) => "bad_timestamp",
            WebhookError::OutsideTolerance { .. } => "outside_tolerance",
            WebhookError::SignatureMismatch => "signature_mismatch",
            WebhookError::NotAnEvent(_) => "not_an_event",
        }
    }
}

/// Delivery information Telnyx adds around an event.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize, serde::Serialize)]
pub struct WebhookMeta {
    /// Which delivery attempt this is, from 1.
    #[serde(default)]
    pub attempt: Option<i64>,
    /// The URL the event was delivered to.
    #[serde(default)]
    pub delivered_to: Option<String>,
    /// Any other fields.
    #[serde(flatten)]
    pub other: serde_json::Map<String, Value>,
}

pub use crate::generated::RoomEvent;

impl RoomEvent {
    /// The room the event is about, when its payload says.
    pub fn room_id(&self) -> Option<uuid::Uuid> {
        match self {
            RoomEvent::SessionStarted(p) => Some(p.room_id),
            RoomEvent::SessionEnded(p) => Some(p.room_id),
            RoomEvent::ParticipantJoined(p) => Some(p.room_id),
            RoomEvent::ParticipantLeft(p) => Some(p.room_id),
            RoomEvent::RecordingStarted(p) => Some(p.room_id),
            RoomEvent::RecordingCompleted(p) => Some(p.room_id),
            RoomEvent::CompositionCompleted(p) => Some(p.room_id),
            RoomEvent::Unknown { raw, .. } => raw["payload"]["room_id"]
                .as_str()
                .and_then(|r| r.parse().ok()),
        }
    }
}

/// A verified, parsed webhook event with its envelope fields.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookEvent {
    /// The event's id (the same on every delivery attempt: use it to de-duplicate).
    pub id: Option<uuid::Uuid>,
    /// When the event happened.
    pub occurred_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Always `event`.
    pub record_type: Option<String>,
    /// Delivery information, when Telnyx sent the `{"data", "meta"}` envelope.
    pub meta: Option<WebhookMeta>,
    /// What happened.
    pub kind: RoomEvent,
}

impl WebhookEvent {
    /// Parses an event (no verification): the `{"data": {...}, "meta": {...}}` envelope Telnyx
    /// sends, or a bare event object.
    pub fn parse(body: &[u8]) -> Result<WebhookEvent, WebhookError> {
        let v: Value =
            serde_json::from_slice(body).map_err(|e| WebhookError::NotAnEvent(e.to_string()))?;
        let (event, meta) = match v.get("data") {
            Some(data @ Value::Object(_)) => {
                let meta = match v.get("meta") {
                    None | Some(Value::Null) => None,
                    Some(m) => Some(
                        serde_json::from_value(m.clone())
                            .map_err(|e| WebhookError::NotAnEvent(format!("`meta`: {e}")))?,
                    ),
                };
                (data.clone(), meta)
            }
            _ => (v, None),
        };
        let event_type = event
            .get("event_type")
            .and_then(Value::as_str)
            .ok_or_else(|| WebhookError::NotAnEvent("no `event_type` string".into()))?
            .to_string();
        fn field<T: serde::de::DeserializeOwned>(
            event: &Value,
            name: &str,
        ) -> Result<Option<T>, WebhookError> {
            match event.get(name) {
                None | Some(Value::Null) => Ok(None),
                Some(v) => serde_json::from_value(v.clone())
                    .map(Some)
                    .map_err(|e| WebhookError::NotAnEvent(format!("`{name}`: {e}"))),
            }
        }
        let kind = RoomEvent::from_parts(&event_type, event.get("payload"), &event)
            .map_err(WebhookError::NotAnEvent)?;
        Ok(WebhookEvent {
            id: field(&event, "id")?,
            occurred_at: field(&event, "occurred_at")?,
            record_type: field(&event, "record_type")?,
            meta,
            kind,
        })
    }
}

type Clock = Arc<dyn Fn() -> SystemTime + Send + Sync>;

/// Verifies and parses webhooks with one public key. Cheap to clone; build it once.
#[derive(Clone)]
pub struct WebhookVerifier {
    key: VerifyingKey,
    tolerance: Duration,
    clock: Clock,
}

impl fmt::Debug for WebhookVerifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookVerifier")
            .field("public_key", &BASE64.encode(self.key.as_bytes()))
            .field("tolerance", &self.tolerance)
            .finish_non_exhaustive()
    }
}

impl WebhookVerifier {
    /// A verifier for the base64 public key from the Telnyx portal.
    pub fn new(public_key_base64: &str) -> Result<Self, WebhookError> {
        let bytes = BASE64
            .decode(public_key_base64.trim())
            .map_err(|_| WebhookError::BadPublicKey("not valid base64".into()))?;
        let bytes: [u8; 32] = bytes.as_slice().try_into().map_err(|_| {
            WebhookError::BadPublicKey(format!("{} bytes, expected 32", bytes.len()))
        })?;
        let key = VerifyingKey::from_bytes(&bytes)
            .map_err(|e| WebhookError::BadPublicKey(e.to_string()))?;
        Ok(WebhookVerifier {
            key,
            tolerance: DEFAULT_TOLERANCE,
            clock: Arc::new(SystemTime::now),
        })
    }

    /// A verifier for the key in `TELNYX_PUBLIC_KEY`.
    pub fn from_env() -> Result<Self, WebhookError> {
        let key = std::env::var("TELNYX_PUBLIC_KEY").map_err(|_| WebhookError::NoPublicKey)?;
        Self::new(&key)
    }

    /// How far the timestamp may be from now, either way (default 300 s).
    pub fn tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = tolerance;
        self
    }

    /// The clock to check timestamps against (tests pin it).
    pub fn clock(mut self, now: impl Fn() -> SystemTime + Send + Sync + 'static) -> Self {
        self.clock = Arc::new(now);
        self
    }

    /// Verifies `body` with the two header values, then parses it.
    pub fn verify(
        &self,
        body: &[u8],
        signature: Option<&str>,
        timestamp: Option<&str>,
    ) -> Result<WebhookEvent, WebhookError> {
        let signature = signature.ok_or(WebhookError::MissingHeader(SIGNATURE_HEADER))?;
        let timestamp = timestamp.ok_or(WebhookError::MissingHeader(TIMESTAMP_HEADER))?;
        let sig = BASE64
            .decode(signature.trim())
            .map_err(|_| WebhookError::BadBase64(SIGNATURE_HEADER))?;
        let sig: [u8; 64] = sig
            .as_slice()
            .try_into()
            .map_err(|_| WebhookError::WrongLength {
                header: SIGNATURE_HEADER,
                expected: 64,
                got: sig.len(),
            })?;
        let ts = timestamp.trim();
        let secs: i64 = ts
            .parse()
            .map_err(|_| WebhookError::BadTimestamp(ts.chars().take(40).collect()))?;
        let now = match (self.clock)().duration_since(UNIX_EPOCH) {
            Ok(d) => d.as_secs() as i64,
            Err(e) => -(e.duration().as_secs() as i64),
        };
        let skew = secs.saturating_sub(now);
        if skew.unsigned_abs() > self.tolerance.as_secs() {
            return Err(WebhookError::OutsideTolerance {
                skew_secs: skew,
                tolerance_secs: self.tolerance.as_secs(),
            });
        }
        let mut message = Vec::with_capacity(ts.len() + 1 + body.len());
        message.extend_from_slice(ts.as_bytes());
        message.push(b'|');
        message.extend_from_slice(body);
        self.key
            .verify_strict(&message, &Signature::from_bytes(&sig))
            .map_err(|_| WebhookError::SignatureMismatch)?;
        WebhookEvent::parse(body)
    }

    /// Verifies `body` with the headers of the request, then parses it.
    pub fn verify_headers(
        &self,
        body: &[u8],
        headers: &http::HeaderMap,
    ) -> Result<WebhookEvent, WebhookError> {
        let get = |name: &'static str| -> Result<Option<&str>, WebhookError> {
            headers
                .get(name)
                .map(|v| v.to_str().map_err(|_| WebhookError::BadBase64(name)))
                .transpose()
        };
        let timestamp = match headers.get(TIMESTAMP_HEADER) {
            Some(v) => Some(
                v.to_str()
                    .map_err(|_| WebhookError::BadTimestamp("not text".into()))?,
            ),
            None => None,
        };
        self.verify(body, get(SIGNATURE_HEADER)?, timestamp)
    }
}

#[cfg(feature = "axum")]
pub mod axum;

/// Signing for tests: make webhooks your handlers accept, with a key pair of your own.
pub mod testing {
    use super::*;
    use ed25519_dalek::{Signer, SigningKey};

    /// A key pair that signs webhooks as Telnyx does.
    #[derive(Clone)]
    pub struct TestSigner {
        key: SigningKey,
    }

    impl fmt::Debug for TestSigner {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.debug_struct("TestSigner")
                .field("public_key", &self.public_key_base64())
                .finish_non_exhaustive()
        }
    }

    impl TestSigner {
        /// A fresh random key pair.
        pub fn generate() -> Self {
            let mut seed = [0u8; 32];
            seed[..16].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
            seed[16..].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
            Self::from_seed(seed)
        }

        /// A key pair from a 32-byte secret seed (deterministic).
        pub fn from_seed(seed: [u8; 32]) -> Self {
            TestSigner {
                key: SigningKey::from_bytes(&seed),
            }
        }

        /// The public key, base64, as the Telnyx portal shows it.
        pub fn public_key_base64(&self) -> String {
            BASE64.encode(self.key.verifying_key().as_bytes())
        }

        /// The `telnyx-signature-ed25519` value for `body` sent at `timestamp` (Unix seconds).
        pub fn sign(&self, timestamp: i64, body: &[u8]) -> String {
            let mut message = timestamp.to_string().into_bytes();
            message.push(b'|');
            message.extend_from_slice(body);
            BASE64.encode(self.key.sign(&message).to_bytes())
        }

        /// Both headers for `body` sent at `timestamp`.
        pub fn headers(&self, timestamp: i64, body: &[u8]) -> http::HeaderMap {
            let mut h = http::HeaderMap::new();
            h.insert(
                SIGNATURE_HEADER,
                self.sign(timestamp, body)
                    .parse()
                    .expect("base64 is a valid header"),
            );
            h.insert(
                TIMESTAMP_HEADER,
                timestamp
                    .to_string()
                    .parse()
                    .expect("digits are a valid header"),
            );
            h
        }
    }
}
