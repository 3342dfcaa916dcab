//! librdkafka properties given by users for Perimeter's Kafka clients:
//! which ones Perimeter sets itself, which values it cannot work with, and
//! librdkafka's own check of a name and a value. The check happens in
//! process, with no broker, so that `perimeter run --check` can list every
//! bad property before anything connects.

/// librdkafka properties that Perimeter sets itself, with the reason why
/// users may not change them (the binary names its own keys in the reasons).
pub const PROTECTED: &[(&str, &str)] = &[
    ("bootstrap.servers", "set kafka.brokers instead"),
    ("metadata.broker.list", "set kafka.brokers instead"),
    ("group.id", "set kafka.group_id instead"),
    (
        "enable.auto.offset.store",
        "Perimeter stores a ping's offset only after every record it produced was acknowledged; \
         letting librdkafka store offsets itself could skip pings after a crash",
    ),
    (
        "enable.auto.commit",
        "Perimeter decides when stored offsets are committed (on a timer and when partitions \
         are released); this is part of the no-loss guarantee",
    ),
    (
        "auto.offset.reset",
        "a new consumer group, or a partition whose committed offset expired, must start at \
         the earliest ping and never skip to the end",
    ),
    (
        "acks",
        "events and triggers must be acknowledged by every in-sync replica before a ping's \
         offset is stored; fewer acks can lose them",
    ),
    (
        "request.required.acks",
        "events and triggers must be acknowledged by every in-sync replica before a ping's \
         offset is stored; fewer acks can lose them",
    ),
    (
        "enable.idempotence",
        "a producer retry must never duplicate or reorder a user's changelog records or events: \
         a user's state must never regress to an older record",
    ),
    (
        "isolation.level",
        "Perimeter must never read records of aborted transactions (a rolled-back consent \
         grant must not count); librdkafka's default, read_committed, is required",
    ),
    (
        "transactional.id",
        "set processor.guarantee = \"exactly_once\" and processor.transactional_id instead",
    ),
    (
        "transaction.timeout.ms",
        "set processor.transaction_timeout instead",
    ),
    (
        "enable.partition.eof",
        "the processor's consumers rely on end-of-partition events being off",
    ),
    (
        "statistics.interval.ms",
        "Perimeter reads consumer lag from librdkafka statistics at its own interval",
    ),
];

/// What a secret value is shown as.
pub const MASK: &str = "<hidden>";

/// Why a property cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PropertyError {
    /// Perimeter sets it itself; the reason.
    #[error("Perimeter sets this property itself and it may not be overridden: {0}")]
    Protected(&'static str),
    /// librdkafka accepts it, but Perimeter cannot work with this value.
    #[error("{0}")]
    Unsupported(&'static str),
    /// librdkafka refuses the name or the value; its message, with a secret
    /// value masked.
    #[error("{0}")]
    Rejected(String),
}

/// Whether a librdkafka property holds a secret that must never be shown:
/// passwords, client secrets, tokens, private keys.
#[must_use]
pub fn is_secret(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.contains("password")
        || n.contains("secret")
        || n.contains("token")
        || n == "sasl.oauthbearer.config"
        || n == "ssl.key.pem"
        || n == "ssl_key"
}

/// Checks one property: not one Perimeter sets, a value Perimeter can work
/// with, and accepted by librdkafka.
///
/// # Errors
/// [`PropertyError`] saying why; it never contains a secret value.
pub fn check(name: &str, value: &str) -> Result<(), PropertyError> {
    if let Some((_, why)) = PROTECTED.iter().find(|(p, _)| p.eq_ignore_ascii_case(name)) {
        return Err(PropertyError::Protected(why));
    }
    if let Some(why) = unsupported_value(name, value) {
        return Err(PropertyError::Unsupported(why));
    }
    let mut probe = rdkafka::ClientConfig::new();
    probe.set(name, value);
    let Err(e) = probe.create_native_config() else {
        return Ok(());
    };
    let secret = is_secret(name);
    let text = match e {
        // librdkafka's text may quote the value: never a secret.
        rdkafka::error::KafkaError::ClientConfig(_, desc, _, _) if secret => {
            if value.is_empty() {
                desc
            } else {
                desc.replace(value, MASK)
            }
        }
        rdkafka::error::KafkaError::ClientConfig(_, desc, _, _) if desc.contains(value) => desc,
        rdkafka::error::KafkaError::ClientConfig(_, desc, _, _) => {
            format!("{desc} (value {value:?})")
        }
        _ if secret => "rejected by librdkafka (value hidden)".to_owned(),
        other => other.to_string(),
    };
    Err(PropertyError::Rejected(text))
}

/// Values Perimeter cannot work with, for properties it does not set itself.
fn unsupported_value(name: &str, value: &str) -> Option<&'static str> {
    let v = value.to_ascii_lowercase();
    match name {
        // librdkafka refuses a list mixing eager and cooperative assignors.
        "partition.assignment.strategy"
            if v.contains("cooperative") && (v.contains("range") || v.contains("roundrobin")) =>
        {
            Some(
                "cooperative-sticky cannot be listed with range or roundrobin (librdkafka \
                 refuses to mix incremental and eager assignors); name one",
            )
        }
        "group.protocol" if v.trim() != "classic" => Some(
            "only the classic consumer group protocol is supported (the consumer protocol \
             assigns partitions incrementally)",
        ),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protected_unsupported_and_unknown_properties_are_told_apart() {
        assert!(matches!(
            check("enable.auto.offset.store", "true"),
            Err(PropertyError::Protected(why)) if why.contains("skip pings")
        ));
        assert!(matches!(
            check("group.protocol", "consumer"),
            Err(PropertyError::Unsupported(_))
        ));
        let Err(PropertyError::Rejected(text)) = check("no.such.property", "1") else {
            panic!("accepted");
        };
        assert!(text.contains("No such configuration property"), "{text}");
        let Err(PropertyError::Rejected(text)) = check("linger.ms", "soon") else {
            panic!("accepted");
        };
        assert!(text.contains("\"soon\"") || text.contains("soon"), "{text}");
        assert_eq!(check("linger.ms", "10"), Ok(()));
    }

    #[test]
    fn a_refused_secret_never_shows_its_value() {
        // A property librdkafka refuses whose name says it is secret.
        let Err(e) = check("ssl.keystore.password.nope", "hunter2-secret") else {
            panic!("accepted");
        };
        assert!(!e.to_string().contains("hunter2"), "{e}");
    }

    #[test]
    fn secret_property_names_are_recognised() {
        for name in [
            "sasl.password",
            "ssl.key.password",
            "sasl.oauthbearer.client.secret",
            "sasl.oauthbearer.config",
            "ssl.key.pem",
        ] {
            assert!(is_secret(name), "{name}");
        }
        for name in ["sasl.username", "client.id", "linger.ms"] {
            assert!(!is_secret(name), "{name}");
        }
    }
}
