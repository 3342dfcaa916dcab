//! Retrying the metadata requests of startup and restore: a partition
//! whose leader is moving (just created, a broker restarting, an election)
//! answers "not leader" or "leader not available" for a moment. That is
//! not a reason to stop the processor.

use std::time::{Duration, Instant};

use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext};
use rdkafka::error::{KafkaError, KafkaResult, RDKafkaErrorCode};
use tracing::{debug, warn};

use crate::StreamError;

/// How long one metadata or watermark request may take.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// The first pause between two attempts; it doubles up to [`MAX_BACKOFF`].
const FIRST_BACKOFF: Duration = Duration::from_millis(50);
const MAX_BACKOFF: Duration = Duration::from_secs(1);

/// How long the processor may wait on the cluster (a request that keeps
/// failing, a transaction call, an open transaction before a restore)
/// before it says so, once, as a warning: past a moment's election, an
/// operator wants to know why it waits.
pub(crate) const SAY_AFTER: Duration = Duration::from_secs(5);

/// Whether `e` says the cluster is between two states (a leader moving, a
/// broker unreachable for now) rather than that the request is wrong.
fn is_transient(e: &KafkaError) -> bool {
    matches!(
        e.rdkafka_error_code(),
        Some(
            RDKafkaErrorCode::NotLeaderForPartition
                | RDKafkaErrorCode::LeaderNotAvailable
                | RDKafkaErrorCode::BrokerNotAvailable
                | RDKafkaErrorCode::RequestTimedOut
                | RDKafkaErrorCode::NetworkException
                | RDKafkaErrorCode::BrokerTransportFailure
                | RDKafkaErrorCode::AllBrokersDown
                | RDKafkaErrorCode::OperationTimedOut
        )
    )
}

/// Runs `request` until it succeeds, fails with an error that is not
/// transient, or `deadline` would pass before the next attempt (then the
/// last error is returned).
pub(crate) fn until<T>(
    what: &str,
    deadline: Instant,
    request: impl FnMut() -> KafkaResult<T>,
) -> KafkaResult<T> {
    retry_while(what, deadline, is_transient, request)
}

/// Whether `e`, answered for a partition the processor has already seen in
/// the topic's metadata, says the cluster is between two states. A broker
/// that has just restarted, or a client whose metadata cache was emptied
/// while every broker was down, answers "unknown partition" or "unknown
/// topic" for a partition that exists (seen in the crash test's broker
/// restarts). For such a partition that is worth waiting out.
fn is_transient_for_known_partition(e: &KafkaError) -> bool {
    is_transient(e)
        || matches!(
            e.rdkafka_error_code(),
            Some(
                RDKafkaErrorCode::UnknownPartition
                    | RDKafkaErrorCode::UnknownTopic
                    | RDKafkaErrorCode::UnknownTopicOrPartition
            )
        )
}

/// Like [`until`], for a request about a partition known to exist.
pub(crate) fn until_known<T>(
    what: &str,
    deadline: Instant,
    request: impl FnMut() -> KafkaResult<T>,
) -> KafkaResult<T> {
    retry_while(what, deadline, is_transient_for_known_partition, request)
}

fn retry_while<T>(
    what: &str,
    deadline: Instant,
    retryable: fn(&KafkaError) -> bool,
    mut request: impl FnMut() -> KafkaResult<T>,
) -> KafkaResult<T> {
    let started = Instant::now();
    let mut said = false;
    let mut backoff = FIRST_BACKOFF;
    loop {
        match request() {
            Err(e) if retryable(&e) && Instant::now() + backoff < deadline => {
                if !said && started.elapsed() >= SAY_AFTER {
                    said = true;
                    warn!(
                        what,
                        error = %e,
                        waited_s = started.elapsed().as_secs(),
                        left_s = deadline.saturating_duration_since(Instant::now()).as_secs(),
                        "a request to the cluster keeps failing; retrying until the deadline"
                    );
                } else {
                    debug!(what, error = %e, "transient error; retrying");
                }
                std::thread::sleep(backoff);
                backoff = (backoff * 2).min(MAX_BACKOFF);
            }
            result => return result,
        }
    }
}

/// The low and high watermarks of a partition the processor has seen in
/// the topic's metadata, retried until `deadline`.
///
/// After a failed attempt the topic's metadata is asked for before the next
/// one. A client that is assigned nothing (the changelog readers between
/// two restores, the catalog reader) is not kept up to date by librdkafka:
/// when it first asked while a broker was restarting, it cached "no leader"
/// for the partition, and it answers "unknown partition" from that cache,
/// without asking the cluster again, for as long as the entry lives
/// (`metadata.max.age.ms`, 15 minutes by default). Seen in the crash test's
/// broker restarts as a restore that failed after two minutes.
pub(crate) fn watermarks<C: ConsumerContext>(
    consumer: &BaseConsumer<C>,
    topic: &str,
    partition: i32,
    deadline: Instant,
) -> Result<(i64, i64), StreamError> {
    let mut failed = false;
    until_known(topic, deadline, || {
        if failed {
            let left = deadline.saturating_duration_since(Instant::now());
            if let Err(e) = consumer.fetch_metadata(Some(topic), left.min(REQUEST_TIMEOUT)) {
                debug!(topic, error = %e, "metadata not refreshed");
            }
        }
        let got = consumer.fetch_watermarks(topic, partition, REQUEST_TIMEOUT);
        failed = got.is_err();
        got
    })
    .map_err(|source| StreamError::Metadata {
        topic: topic.into(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leader_moving_is_retried_and_a_wrong_request_is_not() {
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut attempts = 0;
        let got = until("test", deadline, || {
            attempts += 1;
            if attempts < 3 {
                Err(KafkaError::MetadataFetch(
                    RDKafkaErrorCode::NotLeaderForPartition,
                ))
            } else {
                Ok(attempts)
            }
        });
        assert_eq!(got.unwrap(), 3);

        let mut attempts = 0;
        let got: KafkaResult<()> = until("test", deadline, || {
            attempts += 1;
            Err(KafkaError::MetadataFetch(
                RDKafkaErrorCode::TopicAuthorizationFailed,
            ))
        });
        assert!(got.is_err());
        assert_eq!(attempts, 1, "an authorization failure is not retried");
    }

    #[test]
    fn a_known_partition_a_restarted_broker_forgets_is_waited_for() {
        let deadline = Instant::now() + Duration::from_secs(10);
        let forgotten = KafkaError::MetadataFetch(RDKafkaErrorCode::UnknownPartition);
        let mut attempts = 0;
        let got = until_known("test", deadline, || {
            attempts += 1;
            if attempts < 3 {
                Err(forgotten.clone())
            } else {
                Ok(attempts)
            }
        });
        assert_eq!(got.unwrap(), 3);

        // Not for a topic never seen: at startup a missing partition is a
        // configuration error, reported at once.
        let mut attempts = 0;
        let got: KafkaResult<()> = until("test", deadline, || {
            attempts += 1;
            Err(forgotten.clone())
        });
        assert!(got.is_err());
        assert_eq!(attempts, 1);
    }

    #[test]
    fn retries_stop_at_the_deadline() {
        let deadline = Instant::now() + Duration::from_millis(120);
        let got: KafkaResult<()> = until("test", deadline, || {
            Err(KafkaError::MetadataFetch(
                RDKafkaErrorCode::LeaderNotAvailable,
            ))
        });
        assert!(got.is_err());
        assert!(Instant::now() < deadline + MAX_BACKOFF);
    }

    /// An idle client (the changelog readers, between two restores) keeps
    /// what the cluster said of a partition while it was between two states:
    /// librdkafka treats a cached "no leader" or "unknown partition" as
    /// final and asks again only when the client asks for the topic's
    /// metadata. The partition is back long before the deadline; the
    /// watermarks must be read.
    #[test]
    fn watermarks_of_a_partition_back_from_a_broker_restart_are_read_by_an_idle_client() {
        use rdkafka::ClientConfig;
        use rdkafka::mocking::MockCluster;

        let cluster = MockCluster::new(1).unwrap();
        cluster.create_topic("changelog", 3, 1).unwrap();
        let consumer: BaseConsumer = ClientConfig::new()
            .set("bootstrap.servers", cluster.bootstrap_servers())
            .set("group.id", "idle")
            .create()
            .unwrap();
        // A broker restarting: the partition has no leader when the idle
        // client first asks for it, and the client caches that answer.
        cluster.partition_leader("changelog", 2, None).unwrap();
        let error = consumer
            .fetch_watermarks("changelog", 2, REQUEST_TIMEOUT)
            .unwrap_err();
        assert_eq!(
            error.rdkafka_error_code(),
            Some(RDKafkaErrorCode::UnknownPartition)
        );

        // The leader is back; nothing else asks for the topic's metadata.
        cluster.partition_leader("changelog", 2, Some(1)).unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        let got = watermarks(&consumer, "changelog", 2, deadline);
        assert_eq!(got.unwrap(), (0, 0));
    }
}
