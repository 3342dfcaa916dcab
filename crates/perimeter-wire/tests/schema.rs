//! Checks on the compiled schema itself: no coordinates in triggers, enum
//! names that match the Rust codes, and field numbers that never change.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test code: a failing unwrap is a failing test with a clear message"
)]

use std::collections::BTreeSet;

use perimeter_model::{ExitReason, SuppressionReason};
use perimeter_wire::{DlqReason, FILE_DESCRIPTOR_SET, encode_trigger, proto};
use prost::Message;
use prost_types::field_descriptor_proto::Label;
use prost_types::{DescriptorProto, EnumDescriptorProto, FileDescriptorSet};

mod common;

fn schema() -> FileDescriptorSet {
    FileDescriptorSet::decode(FILE_DESCRIPTOR_SET).unwrap()
}

fn message(set: &FileDescriptorSet, name: &str) -> DescriptorProto {
    set.file
        .iter()
        .flat_map(|f| &f.message_type)
        .find(|m| m.name() == name)
        .unwrap_or_else(|| panic!("no message {name}"))
        .clone()
}

fn enumeration(set: &FileDescriptorSet, name: &str) -> EnumDescriptorProto {
    set.file
        .iter()
        .flat_map(|f| &f.enum_type)
        .find(|e| e.name() == name)
        .unwrap_or_else(|| panic!("no enum {name}"))
        .clone()
}

const COORDINATE_WORDS: [&str; 8] = [
    "lat",
    "lon",
    "lng",
    "position",
    "coordinate",
    "location",
    "accuracy",
    "distance",
];

#[test]
fn offer_trigger_schema_has_no_coordinate_fields_and_reserves_their_names() {
    let set = schema();
    let trigger = message(&set, "OfferTrigger");
    for field in &trigger.field {
        let name = field.name().to_lowercase();
        assert!(
            !COORDINATE_WORDS.iter().any(|w| name.contains(w)),
            "OfferTrigger.{name} looks like a coordinate"
        );
        // Only scalars and strings: no nested message could smuggle a position.
        assert_ne!(
            field.r#type(),
            prost_types::field_descriptor_proto::Type::Message
        );
    }
    for reserved in [
        "lat",
        "lon",
        "latitude",
        "longitude",
        "position",
        "location",
    ] {
        assert!(
            trigger.reserved_name.iter().any(|r| r == reserved),
            "{reserved} is not reserved"
        );
    }
    // Compile-time half of the same check: adding a field breaks this pattern.
    let proto::OfferTrigger {
        trigger_id: _,
        user_id: _,
        campaign_id: _,
        offer_id: _,
        category: _,
        sender: _,
        message: _,
        store_id: _,
        fence_id: _,
        event_id: _,
        consent_version: _,
        created_at_ms: _,
        expires_at_ms: _,
    } = proto::OfferTrigger::default();
}

/// Splits an encoded message into its top-level field numbers.
fn field_numbers(mut bytes: &[u8]) -> Vec<u32> {
    use prost::encoding::{WireType, decode_key, decode_varint};
    let mut out = Vec::new();
    while !bytes.is_empty() {
        let (number, wire) = decode_key(&mut bytes).unwrap();
        out.push(number);
        let skip = match wire {
            WireType::Varint => {
                decode_varint(&mut bytes).unwrap();
                0
            }
            WireType::SixtyFourBit => 8,
            WireType::ThirtyTwoBit => 4,
            WireType::LengthDelimited => {
                usize::try_from(decode_varint(&mut bytes).unwrap()).unwrap()
            }
            other => panic!("unexpected wire type {other:?}"),
        };
        bytes = &bytes[skip..];
    }
    out
}

#[test]
fn encoded_triggers_carry_only_declared_non_coordinate_fields() {
    use proptest::strategy::{Strategy, ValueTree};
    let set = schema();
    let trigger = message(&set, "OfferTrigger");
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    for _ in 0..500 {
        let t = common::trigger().new_tree(&mut runner).unwrap().current();
        for number in field_numbers(&encode_trigger(&t)) {
            let field = trigger
                .field
                .iter()
                .find(|f| u32::try_from(f.number()).unwrap() == number)
                .unwrap_or_else(|| panic!("field {number} is not declared"));
            let name = field.name();
            assert!(!COORDINATE_WORDS.iter().any(|w| name.contains(w)), "{name}");
        }
    }
}

fn upper(code: &str) -> String {
    code.to_uppercase()
}

fn value_names(e: &EnumDescriptorProto) -> Vec<(i32, String)> {
    e.value
        .iter()
        .map(|v| (v.number(), v.name().to_owned()))
        .collect()
}

#[test]
fn every_enum_starts_with_unspecified_zero() {
    let set = schema();
    for file in &set.file {
        let nested = file.message_type.iter().flat_map(|m| &m.enum_type);
        for e in file.enum_type.iter().chain(nested) {
            let zero = e.value.iter().find(|v| v.number() == 0).unwrap();
            assert!(
                zero.name().ends_with("_UNSPECIFIED"),
                "{}: {}",
                e.name(),
                zero.name()
            );
        }
    }
}

#[test]
fn dlq_reason_codes_match_the_proto_enum_names() {
    let set = schema();
    let names = value_names(&enumeration(&set, "DlqReason"));
    assert_eq!(names.len(), DlqReason::ALL.len() + 1);
    for r in DlqReason::ALL {
        let want = format!("DLQ_REASON_{}", upper(r.as_str()));
        assert!(
            names.contains(&(r.to_wire() as i32, want.clone())),
            "{want}"
        );
        assert_eq!(DlqReason::from_code(r.as_str()), Some(r));
    }
}

#[test]
fn suppression_and_exit_reasons_match_the_model_names() {
    let set = schema();
    let names = value_names(&enumeration(&set, "SuppressionReason"));
    assert_eq!(names.len(), SuppressionReason::ALL.len() + 1);
    for r in SuppressionReason::ALL {
        let want = format!("SUPPRESSION_REASON_{}", upper(r.as_str()));
        assert!(names.iter().any(|(_, n)| *n == want), "{want}");
    }
    let names = value_names(&enumeration(&set, "ExitReason"));
    assert_eq!(names.len(), ExitReason::ALL.len() + 1);
    for r in ExitReason::ALL {
        let want = format!("EXIT_REASON_{}", upper(r.as_str()));
        assert!(names.iter().any(|(_, n)| *n == want), "{want}");
    }
}

/// The fields of message `m` (named `name`) and of the messages nested in
/// it (`Outer.Inner`), as contract lines.
fn message_lines(name: &str, m: &DescriptorProto, out: &mut BTreeSet<String>) {
    for f in &m.field {
        let label = if f.label() == Label::Repeated {
            "repeated"
        } else if f.proto3_optional() {
            "optional"
        } else if f.oneof_index.is_some() {
            "oneof"
        } else {
            "singular"
        };
        out.insert(format!(
            "{name}.{} = {} {:?}{} {label}",
            f.name(),
            f.number(),
            f.r#type(),
            f.type_name
                .as_deref()
                .map(|t| format!(" {t}"))
                .unwrap_or_default(),
        ));
    }
    for nested in &m.nested_type {
        message_lines(&format!("{name}.{}", nested.name()), nested, out);
    }
    assert!(
        m.enum_type.is_empty(),
        "nested enums are not listed: {name}"
    );
}

/// Every field (of top-level and nested messages) and enum value as
/// `Message.field = number type`.
fn contract_lines(set: &FileDescriptorSet) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for file in &set.file {
        for m in &file.message_type {
            message_lines(m.name(), m, &mut out);
        }
        for e in &file.enum_type {
            for v in &e.value {
                out.insert(format!("{}.{} = {}", e.name(), v.name(), v.number()));
            }
        }
    }
    out
}

/// The published contract: fields may be added (append them here), but a
/// line may never change or disappear: that would renumber, retype or
/// reuse a field.
const PUBLISHED: &str = include_str!("published_fields.txt");

#[test]
fn published_fields_are_never_renumbered_retyped_or_removed() {
    let current = contract_lines(&schema());
    let published: BTreeSet<String> = PUBLISHED
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect();
    let missing: Vec<_> = published.difference(&current).collect();
    assert!(
        missing.is_empty(),
        "published fields changed or removed (never do that; add new fields instead):\n{missing:#?}"
    );
    let new: Vec<_> = current.difference(&published).collect();
    assert!(
        new.is_empty(),
        "new fields: append them to tests/published_fields.txt:\n{}",
        new.iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn every_topic_message_is_the_first_message_of_its_file_so_its_registry_index_is_zero() {
    let set = schema();
    for name in ["Ping", "GeofenceEvent", "OfferTrigger", "Suppression"] {
        let file = set
            .file
            .iter()
            .find(|f| f.message_type.iter().any(|m| m.name() == name))
            .unwrap_or_else(|| panic!("no file defines {name}"));
        let index = file
            .message_type
            .iter()
            .position(|m| m.name() == name)
            .unwrap();
        assert_eq!(
            [i32::try_from(index).unwrap()],
            perimeter_wire::registry::FIRST_MESSAGE,
            "{name} in {}",
            file.name()
        );
    }
}

#[test]
fn the_embedded_proto_sources_are_exactly_the_compiled_files() {
    let compiled: BTreeSet<String> = schema()
        .file
        .iter()
        .map(|f| f.name().to_owned())
        .filter(|n| n.starts_with("perimeter/"))
        .collect();
    let embedded: BTreeSet<String> = perimeter_wire::PROTO_FILES
        .iter()
        .map(|(p, _)| (*p).to_owned())
        .collect();
    assert_eq!(embedded, compiled);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../proto");
    for (path, text) in perimeter_wire::PROTO_FILES {
        assert_eq!(
            std::fs::read_to_string(dir.join(path)).unwrap(),
            text,
            "{path}"
        );
    }
}
