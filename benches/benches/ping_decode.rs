//! `ping_decode`: what reading a ping record costs in each format the pings
//! topic accepts, on 10,000 seeded pings: `PingReader::read` (size check,
//! key, decode, validation, key match, future check), one core.
//!
//! - `protobuf`: bare `perimeter.v1.Ping`;
//! - `protobuf_framed`: the same behind a schema-registry header (magic
//!   byte, schema id, message index `[0]`), as registry serializers write;
//! - `json`: Perimeter's JSON object (`encode_ping_json`: proto field
//!   names, int64 as a number);
//! - `json_framed`: the same behind a JSON Schema serializer's header;
//! - `json_printer`: the object protobuf's own JSON printers write
//!   (lowerCamelCase names, int64 as a string);
//! - `json_reference`: `json`'s values through the generic proto3 JSON
//!   reader (prost-reflect) that the hand-written one is checked against,
//!   decode only (no validation): what the pings cost before.
//!
//! Throughput is in pings (elements): criterion prints pings/s per core.
//!
//! Run: `cargo bench -p perimeter-benches --bench ping_decode`
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "benchmarks: seeded setup data is valid by construction"
)]

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use perimeter_model::{Accuracy, Ping, Position, Timestamp, UserId};
use perimeter_wire::registry::{FIRST_MESSAGE, frame_protobuf};
use perimeter_wire::{
    PingFormat, PingReader, decode_ping_json_reference, encode_ping, encode_ping_json,
};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

const PINGS: usize = 10_000;
const NOW_MS: i64 = 1_795_176_000_000;

/// (key, bare protobuf, framed protobuf, JSON, framed JSON, printer's
/// JSON) per ping.
type Encoded = (Vec<u8>, Vec<u8>, Vec<u8>, Vec<u8>, Vec<u8>, Vec<u8>);
/// One case: its name, its reader, and which encoding it reads.
type Case = (&'static str, PingReader, fn(&Encoded) -> &[u8]);

fn pings() -> Vec<Encoded> {
    let mut rng = ChaCha8Rng::seed_from_u64(0x5EED_D1CE);
    (0..PINGS)
        .map(|i| {
            let user = format!("user-{:08}", rng.random_range(0..1_000_000u32));
            let p = Ping {
                user_id: UserId::new(&user).unwrap(),
                position: Position::new(
                    rng.random_range(-60.0..60.0),
                    rng.random_range(-180.0..180.0),
                )
                .unwrap(),
                accuracy: Accuracy::new(rng.random_range(3.0..80.0)).unwrap(),
                timestamp: Timestamp::from_millis(NOW_MS - i64::try_from(i).unwrap() * 1_000)
                    .unwrap(),
            };
            let bare = encode_ping(&p);
            let framed = frame_protobuf(42, FIRST_MESSAGE, &bare);
            let json = encode_ping_json(&p);
            let mut framed_json = vec![0, 0, 0, 0, 43];
            framed_json.extend_from_slice(&json);
            let printer = format!(
                r#"{{"userId":"{}","lat":{},"lon":{},"accuracyM":{},"timestampMs":"{}"}}"#,
                user,
                p.position.lat(),
                p.position.lon(),
                p.accuracy.metres(),
                p.timestamp.as_millis()
            )
            .into_bytes();
            (user.into_bytes(), bare, framed, json, framed_json, printer)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let data = pings();
    let now = Timestamp::from_millis(NOW_MS).unwrap();
    let protobuf = PingReader::default();
    let json = PingReader {
        format: PingFormat::Json,
        ..PingReader::default()
    };
    let mut group = c.benchmark_group("ping_decode");
    group.throughput(Throughput::Elements(PINGS as u64));
    let cases: [Case; 5] = [
        ("protobuf", protobuf, |e| &e.1),
        ("protobuf_framed", protobuf, |e| &e.2),
        ("json", json, |e| &e.3),
        ("json_framed", json, |e| &e.4),
        ("json_printer", json, |e| &e.5),
    ];
    for (name, reader, value) in cases {
        // Every ping decodes: a benchmark of errors would measure nothing.
        assert!(
            data.iter()
                .all(|e| reader.read(Some(&e.0), Some(value(e)), now).is_ok())
        );
        group.bench_function(name, |b| {
            b.iter(|| {
                for e in &data {
                    let _ = black_box(reader.read(Some(&e.0), Some(value(e)), now));
                }
            });
        });
    }
    assert!(
        data.iter()
            .all(|e| decode_ping_json_reference(&e.3).is_ok())
    );
    group.bench_function("json_reference", |b| {
        b.iter(|| {
            for e in &data {
                let _ = black_box(decode_ping_json_reference(&e.3));
            }
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
