//! Fuzz-style: random and mutated bytes fed to every decoder never panic,
//! and whatever decodes re-encodes to something that decodes the same.
//! Seeded (ChaCha), so a failure replays.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test code: a failing unwrap is a failing test with a clear message"
)]

mod common;

use perimeter_fences::ValidationLimits;
use perimeter_model::Timestamp;
use perimeter_wire::{
    FenceChange, PingFormat, PingReader, consent_tombstone, decode_consent, decode_event,
    decode_fence, decode_partition_marker, decode_ping, decode_ping_with, decode_suppression,
    decode_trigger, decode_user_state, encode_consent, encode_event, encode_fence,
    encode_partition_marker, encode_ping, encode_ping_json, encode_suppression, encode_trigger,
    encode_user_state,
};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Feeds `bytes` to every decoder; checks that successes are stable under
/// re-encoding.
fn decode_everything(key: Option<&[u8]>, bytes: &[u8]) {
    let limits = ValidationLimits::default();
    if let Ok(p) = decode_ping(bytes) {
        assert_eq!(decode_ping(&encode_ping(&p)).unwrap(), p);
    }
    if let Ok(p) = decode_ping_with(PingFormat::Json, bytes) {
        assert_eq!(
            decode_ping_with(PingFormat::Json, &encode_ping_json(&p)).unwrap(),
            p
        );
    }
    let now = Timestamp::from_millis(1_714_035_600_000).unwrap();
    for format in [PingFormat::Protobuf, PingFormat::Json] {
        let reader = PingReader {
            format,
            ..PingReader::default()
        };
        let _ = reader.read(key, Some(bytes), now);
    }
    if let Ok(u) = decode_consent(key, bytes) {
        assert_eq!(decode_consent(key, &encode_consent(&u)).unwrap(), u);
    }
    let _ = consent_tombstone(key, now);
    if let Ok(FenceChange::Upsert {
        fence,
        catalog_version,
    }) = decode_fence(key, Some(bytes), &limits)
    {
        let again =
            decode_fence(key, Some(&encode_fence(&fence, catalog_version)), &limits).unwrap();
        assert_eq!(
            again,
            FenceChange::Upsert {
                fence,
                catalog_version
            }
        );
    }
    let _ = decode_fence(key, None, &limits);
    if let Ok(e) = decode_event(bytes) {
        assert_eq!(decode_event(&encode_event(&e)).unwrap(), e);
    }
    if let Ok(t) = decode_trigger(bytes) {
        assert_eq!(decode_trigger(&encode_trigger(&t)).unwrap(), t);
    }
    if let Ok(s) = decode_suppression(bytes) {
        assert_eq!(decode_suppression(&encode_suppression(&s)).unwrap(), s);
    }
    // The same bytes as every header of a dead letter.
    let headers = [
        perimeter_wire::DLQ_REASON_HEADER,
        perimeter_wire::DLQ_DETAIL_HEADER,
        perimeter_wire::DLQ_TOPIC_HEADER,
        perimeter_wire::DLQ_PARTITION_HEADER,
        perimeter_wire::DLQ_OFFSET_HEADER,
        perimeter_wire::DLQ_RECORD_TIMESTAMP_HEADER,
    ];
    if let Ok(d) = perimeter_wire::read_dlq(
        key,
        Some(bytes),
        0,
        headers.iter().map(|h| (*h, Some(bytes))),
    ) {
        let again: Vec<(&str, String)> = d.headers();
        assert_eq!(
            perimeter_wire::read_dlq(
                key,
                Some(bytes),
                0,
                again.iter().map(|(k, v)| (*k, Some(v.as_bytes())))
            )
            .unwrap(),
            d
        );
    }
    if let Ok(s) = decode_user_state(bytes) {
        assert_eq!(decode_user_state(&encode_user_state(&s)).unwrap(), s);
    }
    if let Ok(m) = decode_partition_marker(bytes) {
        assert_eq!(
            decode_partition_marker(&encode_partition_marker(&m)).unwrap(),
            m
        );
    }
}

#[test]
fn random_bytes_never_panic_any_decoder() {
    let mut rng = ChaCha8Rng::seed_from_u64(0x00F0_22ED);
    for _ in 0..20_000 {
        let len = rng.random_range(0..96);
        let mut bytes = vec![0u8; len];
        rng.fill(&mut bytes[..]);
        let key_len = rng.random_range(0..6);
        let key: Vec<u8> = (0..key_len)
            .map(|_| rng.random_range(b'0'..=b'z'))
            .collect();
        decode_everything(Some(&key), &bytes);
        decode_everything(None, &bytes);
    }
}

/// Valid encodings of every record type, to mutate.
fn seeds() -> Vec<(Vec<u8>, Vec<u8>)> {
    let mut runner = TestRunner::deterministic();
    let mut out = Vec::new();
    for _ in 0..40 {
        let p = common::ping().new_tree(&mut runner).unwrap().current();
        let key = p.user_id.as_str().as_bytes().to_vec();
        out.push((key.clone(), encode_ping(&p)));
        out.push((key, encode_ping_json(&p)));
        let c = common::consent_update()
            .new_tree(&mut runner)
            .unwrap()
            .current();
        out.push((c.user_id().as_str().as_bytes().to_vec(), encode_consent(&c)));
        let e = common::event().new_tree(&mut runner).unwrap().current();
        out.push((e.user_id.as_str().as_bytes().to_vec(), encode_event(&e)));
        let t = common::trigger().new_tree(&mut runner).unwrap().current();
        out.push((t.user_id.as_str().as_bytes().to_vec(), encode_trigger(&t)));
        let s = common::suppression()
            .new_tree(&mut runner)
            .unwrap()
            .current();
        out.push((
            s.user_id.as_str().as_bytes().to_vec(),
            encode_suppression(&s),
        ));
    }
    for _ in 0..10 {
        let f = common::fence().new_tree(&mut runner).unwrap().current();
        out.push((f.id.as_str().as_bytes().to_vec(), encode_fence(&f, 3)));
    }
    out
}

#[test]
fn mutated_valid_records_never_panic_any_decoder() {
    let mut rng = ChaCha8Rng::seed_from_u64(0x0BAD_B17E);
    let seeds = seeds();
    for _ in 0..20_000 {
        let (key, seed) = &seeds[rng.random_range(0..seeds.len())];
        let mut bytes = seed.clone();
        for _ in 0..rng.random_range(1..4) {
            match rng.random_range(0..4) {
                // Flip a bit.
                0 if !bytes.is_empty() => {
                    let i = rng.random_range(0..bytes.len());
                    bytes[i] ^= 1 << rng.random_range(0..8);
                }
                // Overwrite a byte.
                1 if !bytes.is_empty() => {
                    let i = rng.random_range(0..bytes.len());
                    bytes[i] = rng.random();
                }
                // Truncate.
                2 => {
                    let at = rng.random_range(0..=bytes.len());
                    bytes.truncate(at);
                }
                // Insert a random byte.
                _ => {
                    let at = rng.random_range(0..=bytes.len());
                    bytes.insert(at, rng.random());
                }
            }
        }
        decode_everything(Some(key), &bytes);
    }
}
