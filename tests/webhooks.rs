//! Webhook verification and parsing: a real Ed25519 key pair; every failure case refused with
//! its own error; all seven event types and an unknown one decoded.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::json;
use telnyx_rooms::webhooks::testing::TestSigner;
use telnyx_rooms::webhooks::{
    RoomEvent, WebhookError, WebhookEvent, WebhookVerifier, SIGNATURE_HEADER, TIMESTAMP_HEADER,
};

const NOW: i64 = 1_700_000_000;

fn clock() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(NOW as u64)
}

fn setup() -> (TestSigner, WebhookVerifier) {
    let signer = TestSigner::generate();
    let verifier = WebhookVerifier::new(&signer.public_key_base64())
        .unwrap()
        .clock(clock);
    (signer, verifier)
}

fn envelope(event_type: &str, payload: serde_json::Value) -> Vec<u8> {
    json!({
        "data": {
            "event_type": event_type,
            "id": "6b61621f-62e0-4aad-ab11-9fd19e272e73",
            "occurred_at": "2018-02-02T22:25:27.521992Z",
            "record_type": "event",
            "payload": payload
        },
        "meta": {"attempt": 2, "delivered_to": "https://example.com/hooks"}
    })
    .to_string()
    .into_bytes()
}

#[test]
fn a_correctly_signed_webhook_is_accepted_and_parsed() {
    let (signer, verifier) = setup();
    let body = envelope(
        "video.room.participant.joined",
        json!({"context": "Alice", "participant_id": "5ccc7b54-4df3-4bca-a65a-35a1ecc777f0",
               "room_id": "0ccc7b54-4df3-4bca-a65a-35a1ecc777f0",
               "session_id": "7b61621f-62e0-4aad-ab11-9fd19e272e73"}),
    );
    let event = verifier
        .verify_headers(&body, &signer.headers(NOW, &body))
        .unwrap();
    assert_eq!(
        event.id.unwrap().to_string(),
        "6b61621f-62e0-4aad-ab11-9fd19e272e73"
    );
    assert_eq!(event.record_type.as_deref(), Some("event"));
    let meta = event.meta.unwrap();
    assert_eq!(
        (meta.attempt, meta.delivered_to.as_deref()),
        (Some(2), Some("https://example.com/hooks"))
    );
    match event.kind {
        RoomEvent::ParticipantJoined(p) => assert_eq!(p.context.as_deref(), Some("Alice")),
        other => panic!("{other:?}"),
    }
    // The edges of the tolerance are inside it.
    for ts in [NOW - 300, NOW + 300] {
        verifier
            .verify(&body, Some(&signer.sign(ts, &body)), Some(&ts.to_string()))
            .unwrap();
    }
}

#[test]
fn every_failure_is_refused_with_its_reason() {
    let (signer, verifier) = setup();
    let body = envelope("video.room.session.started", json!({}));
    let sig = signer.sign(NOW, &body);
    let ts = NOW.to_string();
    let check = |body: &[u8], sig: Option<&str>, ts: Option<&str>| {
        verifier.verify(body, sig, ts).unwrap_err()
    };

    // Missing headers: an error, never a skip.
    assert!(matches!(
        check(&body, None, Some(&ts)),
        WebhookError::MissingHeader(SIGNATURE_HEADER)
    ));
    assert!(matches!(
        check(&body, Some(&sig), None),
        WebhookError::MissingHeader(TIMESTAMP_HEADER)
    ));
    let e = verifier
        .verify_headers(&body, &http::HeaderMap::new())
        .unwrap_err();
    assert_eq!(e.to_string(), "missing header `telnyx-signature-ed25519`");

    // Tampered body and timestamp.
    let mut tampered = body.clone();
    tampered[10] ^= 1;
    assert!(matches!(
        check(&tampered, Some(&sig), Some(&ts)),
        WebhookError::SignatureMismatch
    ));
    let other_ts = (NOW + 1).to_string();
    assert!(matches!(
        check(&body, Some(&sig), Some(&other_ts)),
        WebhookError::SignatureMismatch
    ));

    // Old and future timestamps, correctly signed.
    for (t, skew) in [(NOW - 301, -301), (NOW + 301, 301), (0, -NOW)] {
        let e = check(&body, Some(&signer.sign(t, &body)), Some(&t.to_string()));
        assert!(
            matches!(e, WebhookError::OutsideTolerance { skew_secs, tolerance_secs: 300 } if skew_secs == skew),
            "{e:?}"
        );
    }
    // A custom tolerance.
    let strict = verifier.clone().tolerance(Duration::from_secs(10));
    let t = NOW - 11;
    assert!(strict
        .verify(&body, Some(&signer.sign(t, &body)), Some(&t.to_string()))
        .is_err());

    // Wrong key.
    let stranger = TestSigner::generate();
    assert!(matches!(
        check(&body, Some(&stranger.sign(NOW, &body)), Some(&ts)),
        WebhookError::SignatureMismatch
    ));

    // Bad encodings.
    assert!(matches!(
        check(&body, Some("not base64!!"), Some(&ts)),
        WebhookError::BadBase64(SIGNATURE_HEADER)
    ));
    let short = base64_of(&[7u8; 32]);
    let e = check(&body, Some(&short), Some(&ts));
    assert!(
        matches!(
            e,
            WebhookError::WrongLength {
                expected: 64,
                got: 32,
                ..
            }
        ),
        "{e:?}"
    );
    assert!(matches!(
        check(&body, Some(&sig), Some("yesterday")),
        WebhookError::BadTimestamp(_)
    ));
    assert!(matches!(
        check(&body, Some(&sig), Some("1.5e9")),
        WebhookError::BadTimestamp(_)
    ));

    // Bad public keys.
    assert!(matches!(
        WebhookVerifier::new("%%%"),
        Err(WebhookError::BadPublicKey(_))
    ));
    let e = WebhookVerifier::new(&base64_of(&[1u8; 31])).unwrap_err();
    assert!(e.to_string().contains("31 bytes, expected 32"), "{e}");

    // A correctly signed body that is not an event.
    let not_event = b"[1, 2, 3]";
    let e = check(not_event, Some(&signer.sign(NOW, not_event)), Some(&ts));
    assert!(matches!(e, WebhookError::NotAnEvent(_)), "{e:?}");
}

fn base64_of(bytes: &[u8]) -> String {
    // The signer's encoding: standard base64 with padding.
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[test]
fn all_seven_event_types_decode() {
    let ids = json!({"room_id": "0ccc7b54-4df3-4bca-a65a-35a1ecc777f0", "session_id": "7b61621f-62e0-4aad-ab11-9fd19e272e73"});
    let with = |extra: serde_json::Value| {
        let mut p = ids.clone();
        p.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        p
    };
    let cases = [
        ("video.room.session.started", with(json!({}))),
        (
            "video.room.session.ended",
            with(json!({"duration_secs": 67, "ended_reason": "session_timeout"})),
        ),
        (
            "video.room.participant.joined",
            with(
                json!({"context": "Alice", "participant_id": "5ccc7b54-4df3-4bca-a65a-35a1ecc777f0"}),
            ),
        ),
        (
            "video.room.participant.left",
            with(
                json!({"context": "Alice", "duration_secs": 245, "left_reason": "kicked",
                       "participant_id": "5ccc7b54-4df3-4bca-a65a-35a1ecc777f0"}),
            ),
        ),
        (
            "video.room.recording.started",
            with(json!({"recording_id": "1ccc7b54-4df3-4bca-a65a-35a1ecc777f0", "type": "audio"})),
        ),
        (
            "video.room.recording.completed",
            with(
                json!({"codec": "opus", "download_url": "https://example.com/r", "size_mb": 10.5, "type": "video",
                       "recording_id": "1ccc7b54-4df3-4bca-a65a-35a1ecc777f0"}),
            ),
        ),
        (
            "video.room.composition.completed",
            with(
                json!({"composition_id": "2ccc7b54-4df3-4bca-a65a-35a1ecc777f0", "format": "mp4", "resolution": "1280x720"}),
            ),
        ),
    ];
    for (event_type, payload) in cases {
        let event = WebhookEvent::parse(&envelope(event_type, payload)).unwrap();
        assert_eq!(event.kind.event_type(), event_type);
        let ok = match &event.kind {
            RoomEvent::SessionStarted(p) => !p.session_id.is_nil(),
            RoomEvent::SessionEnded(p) => {
                p.ended_reason.as_deref() == Some("session_timeout") && p.duration_secs == Some(67)
            }
            RoomEvent::ParticipantJoined(p) => !p.participant_id.is_nil(),
            RoomEvent::ParticipantLeft(p) => p.left_reason.as_deref() == Some("kicked"),
            RoomEvent::RecordingStarted(p) => {
                !p.recording_id.is_nil() && p.type_.as_deref() == Some("audio")
            }
            RoomEvent::RecordingCompleted(p) => {
                p.size_mb == Some(10.5) && p.codec.as_deref() == Some("opus")
            }
            RoomEvent::CompositionCompleted(p) => p.resolution.as_deref() == Some("1280x720"),
            RoomEvent::Unknown { .. } => false,
            _ => false,
        };
        assert!(ok, "{event_type}: {event:?}");
        assert_eq!(event.kind.event_type(), event_type);
        assert!(event.occurred_at.is_some());
    }
}

#[test]
fn bare_events_and_unknown_types() {
    let bare = json!({"event_type": "video.room.session.ended", "id": "6b61621f-62e0-4aad-ab11-9fd19e272e73", "payload": {"duration_secs": 5, "room_id": "0ccc7b54-4df3-4bca-a65a-35a1ecc777f0", "session_id": "7b61621f-62e0-4aad-ab11-9fd19e272e73"}});
    let e = WebhookEvent::parse(bare.to_string().as_bytes()).unwrap();
    assert!(e.meta.is_none());
    assert!(matches!(e.kind, RoomEvent::SessionEnded(ref p) if p.duration_secs == Some(5)));

    let body = envelope(
        "video.room.stream.started",
        json!({"stream_id": "x", "anything": [1, 2]}),
    );
    let e = WebhookEvent::parse(&body).unwrap();
    match e.kind {
        RoomEvent::Unknown { event_type, raw } => {
            assert_eq!(event_type, "video.room.stream.started");
            assert_eq!(raw["payload"]["anything"], json!([1, 2]));
        }
        other => panic!("{other:?}"),
    }
    // Unknown fields in a known payload are fine.
    let body = envelope(
        "video.room.session.started",
        json!({"room_id": "0ccc7b54-4df3-4bca-a65a-35a1ecc777f0",
               "session_id": "7b61621f-62e0-4aad-ab11-9fd19e272e73", "brand_new": true}),
    );
    assert!(matches!(
        WebhookEvent::parse(&body).unwrap().kind,
        RoomEvent::SessionStarted(_)
    ));
    // No event_type: not an event.
    assert!(matches!(
        WebhookEvent::parse(br#"{"data": {"id": 1}}"#),
        Err(WebhookError::NotAnEvent(_))
    ));
    // A wrongly typed known payload: an error naming the field.
    let body = envelope("video.room.session.ended", json!({"duration_secs": "long"}));
    let e = WebhookEvent::parse(&body).unwrap_err();
    assert!(e.to_string().contains("payload"), "{e}");
}

#[test]
fn verifier_from_env_and_debug() {
    let (signer, verifier) = setup();
    assert!(format!("{verifier:?}").contains(&signer.public_key_base64()));
    assert!(!format!("{signer:?}").is_empty());
    std::env::set_var("TELNYX_PUBLIC_KEY", signer.public_key_base64());
    assert!(WebhookVerifier::from_env().is_ok());
    std::env::remove_var("TELNYX_PUBLIC_KEY");
    assert!(WebhookVerifier::from_env().is_err());
}

/// The ids an event is about are required by the spec (an overlay fix, with its reason): an
/// event without one, or without a payload, is refused naming what is missing, where it used to
/// arrive with `None` in place of an id.
#[test]
fn an_event_without_its_ids_is_refused_naming_the_field() {
    let e = WebhookEvent::parse(&envelope(
        "video.room.participant.joined",
        json!({"room_id": "0ccc7b54-4df3-4bca-a65a-35a1ecc777f0",
               "session_id": "7b61621f-62e0-4aad-ab11-9fd19e272e73"}),
    ))
    .unwrap_err();
    assert!(
        matches!(e, WebhookError::NotAnEvent(_)) && e.to_string().contains("participant_id"),
        "{e}"
    );
    let e = WebhookEvent::parse(&envelope("video.room.session.started", json!(null))).unwrap_err();
    assert!(e.to_string().contains("no `payload`"), "{e}");
    // An unknown type is kept whole, whatever its payload.
    let e = WebhookEvent::parse(&envelope("video.room.something.new", json!({}))).unwrap();
    assert_eq!(e.kind.event_type(), "video.room.something.new");
}

/// An unset TELNYX_PUBLIC_KEY says so, and what to do.
#[test]
fn an_unset_public_key_says_so() {
    // Only this test reads the variable; it is never set in the test environment.
    if std::env::var_os("TELNYX_PUBLIC_KEY").is_none() {
        let e = WebhookVerifier::from_env().unwrap_err();
        assert!(matches!(e, WebhookError::NoPublicKey), "{e}");
        assert!(
            e.to_string().starts_with("TELNYX_PUBLIC_KEY is not set"),
            "{e}"
        );
    } else {
        panic!("TELNYX_PUBLIC_KEY is set in the test environment; unset it to run this test");
    }
}
