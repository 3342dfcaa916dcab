//! librdkafka properties given by users for Perimeter's Kafka clients:
//! which clients they are for, which ones Perimeter sets itself, which
//! values it cannot work with, and librdkafka's own check of a name and a
//! value. The check happens in process, with no broker, so that
//! `perimeter run --check` can list every bad property before anything
//! connects.
//!
//! A property is for every client unless its name starts with `consumer.`
//! or `producer.` (as in Kafka Streams): then it is for Perimeter's
//! consumers or its producers only, and overrides the same property given
//! for every client. A consumer property set on a producer (or the other
//! way round) is ignored by librdkafka with a `CONFWARN` log line; the
//! prefixes keep them apart.

/// The kind of Kafka client a property can be limited to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Perimeter's consumers: pings, tables, changelog reader, fence
    /// catalog reader.
    Consumer,
    /// Perimeter's producers: outputs and changelog, the admin API's.
    Producer,
}

impl Role {
    /// The name prefix that limits a property to clients of this role.
    #[must_use]
    pub const fn prefix(self) -> &'static str {
        match self {
            Self::Consumer => "consumer.",
            Self::Producer => "producer.",
        }
    }
}

/// A property name as given, split into the role it is limited to
/// (`None`: every client) and librdkafka's name.
#[must_use]
pub fn scope(name: &str) -> (Option<Role>, &str) {
    for role in [Role::Consumer, Role::Producer] {
        if let Some(rest) = name.strip_prefix(role.prefix()) {
            return (Some(role), rest);
        }
    }
    (None, name)
}

/// The properties a client of `role` gets, by librdkafka name, in the
/// order to set them: those for every client first, then those limited to
/// `role`, so that a role's value overrides the shared one.
pub fn for_role(
    properties: &[(String, String)],
    role: Role,
) -> impl DoubleEndedIterator<Item = (&str, &str)> {
    let shared = properties.iter().filter_map(|(k, v)| match scope(k) {
        (None, name) => Some((name, v.as_str())),
        _ => None,
    });
    let own = properties.iter().filter_map(move |(k, v)| match scope(k) {
        (Some(r), name) if r == role => Some((name, v.as_str())),
        _ => None,
    });
    shared.chain(own)
}

/// The value a client of `role` gets for the first of `names` it is given
/// (the one set last: a role's over a shared one).
#[must_use]
pub fn value_for<'a>(
    properties: &'a [(String, String)],
    role: Role,
    names: &[&str],
) -> Option<&'a str> {
    for_role(properties, role)
        .rev()
        .find(|(k, _)| names.contains(k))
        .map(|(_, v)| v)
}

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

/// Checks one property as given (see [`scope`]): not one Perimeter sets, a
/// value Perimeter can work with, and accepted by librdkafka.
///
/// # Errors
/// [`PropertyError`] saying why; it never contains a secret value.
pub fn check(name: &str, value: &str) -> Result<(), PropertyError> {
    let (role, name) = scope(name);
    if let (Some(role), "") = (role, name) {
        return Err(PropertyError::Rejected(format!(
            "no librdkafka property after {:?}",
            role.prefix()
        )));
    }
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
    fn consumer_and_producer_prefixes_limit_a_property_to_those_clients() {
        let given: Vec<(String, String)> = [
            ("producer.linger.ms", "20"),
            ("client.id", "eu-1"),
            ("consumer.fetch.max.bytes", "1048576"),
            ("linger.ms", "5"),
            ("consumer.client.id", "eu-1-consumer"),
        ]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
        let consumer: Vec<_> = for_role(&given, Role::Consumer).collect();
        assert_eq!(
            consumer,
            [
                ("client.id", "eu-1"),
                ("linger.ms", "5"),
                ("fetch.max.bytes", "1048576"),
                ("client.id", "eu-1-consumer"),
            ],
            "shared first, then the consumers' own, which override them"
        );
        let producer: Vec<_> = for_role(&given, Role::Producer).collect();
        assert_eq!(
            producer,
            [
                ("client.id", "eu-1"),
                ("linger.ms", "5"),
                ("linger.ms", "20")
            ]
        );
        assert_eq!(
            value_for(&given, Role::Producer, &["linger.ms"]),
            Some("20")
        );
        assert_eq!(value_for(&given, Role::Consumer, &["linger.ms"]), Some("5"));
        assert_eq!(
            value_for(&given, Role::Consumer, &["client.id"]),
            Some("eu-1-consumer")
        );
        assert_eq!(
            value_for(&given, Role::Producer, &["fetch.max.bytes"]),
            None
        );
    }

    #[test]
    fn a_prefixed_property_is_checked_like_the_property_itself() {
        assert_eq!(check("consumer.fetch.max.bytes", "1048576"), Ok(()));
        assert_eq!(check("producer.linger.ms", "20"), Ok(()));
        assert!(matches!(
            check("consumer.group.id", "mine"),
            Err(PropertyError::Protected(_))
        ));
        assert!(matches!(
            check("producer.acks", "1"),
            Err(PropertyError::Protected(_))
        ));
        assert!(matches!(
            check("consumer.group.protocol", "consumer"),
            Err(PropertyError::Unsupported(_))
        ));
        let Err(PropertyError::Rejected(text)) = check("consumer.no.such.property", "1") else {
            panic!("accepted");
        };
        assert!(text.contains("No such configuration property"), "{text}");
        let Err(PropertyError::Rejected(text)) = check("producer.", "1") else {
            panic!("accepted");
        };
        assert!(text.contains("producer."), "{text}");
        let Err(e) = check("consumer.ssl.keystore.password.nope", "hunter2-secret") else {
            panic!("accepted");
        };
        assert!(!e.to_string().contains("hunter2"), "{e}");
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
