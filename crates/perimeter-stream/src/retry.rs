//! Retrying the metadata requests of startup and restore: a partition
//! whose leader is moving (just created, a broker restarting, an election)
//! answers "not leader" or "leader not available" for a moment. That is
//! not a reason to stop the processor.

use std::time::{Duration, Instant};

use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext};
use rdkafka::error::{KafkaError, KafkaResult, RDKafkaErrorCode};
use tracing::debug;

use crate::StreamError;

/// How long one metadata or watermark request may take.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// The first pause between two attempts; it doubles up to [`MAX_BACKOFF`].
const FIRST_BACKOFF: Duration = Duration::from_millis(50);
const MAX_BACKOFF: Duration = Duration::from_secs(1);

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
    let mut backoff = FIRST_BACKOFF;
    loop {
        match request() {
            Err(e) if retryable(&e) && Instant::now() + backoff < deadline => {
                debug!(what, error = %e, "transient error; retrying");
                std::thread::sleep(backoff);
                backoff = (backoff * 2).min(MAX_BACKOFF);
            }
            result => return result,
        }
    }
}

/// The low and high watermarks of a partition the processor has seen in
/// the topic's metadata, retried until `deadline`.
pub(crate) fn watermarks<C: ConsumerContext>(
    consumer: &BaseConsumer<C>,
    topic: &str,
    partition: i32,
    deadline: Instant,
) -> Result<(i64, i64), StreamError> {
    until_known(topic, deadline, || {
        consumer.fetch_watermarks(topic, partition, REQUEST_TIMEOUT)
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
}
