//! Consent before pings: the barrier that makes a consent update the broker
//! acknowledged before a ping was produced take effect for that ping.
//!
//! Every round of pings the poll loop reads gets a number. When a worker
//! is about to process a batch of a round that no observation covers yet,
//! the [`observer`](ConsentBarrier::observe_loop) asks the broker for the
//! consent topic's high watermarks (a fresh ListOffsets request, never a
//! cached value) and records them with the number of the newest round
//! fetched before it asked. A worker processes a batch of round `r` only
//! once an observation made after round `r` was fetched exists, and the
//! tables thread has applied the consent topic up to those high
//! watermarks. An update acknowledged before a ping was produced is below
//! the high watermark by the time the ping could be fetched, so the ledger
//! the batch sees includes it.
//!
//! The observer asks only when a worker waits, not after every round
//! fetched: one observation covers every round fetched before it, so while
//! workers are busy with a queue of older batches no request is needed.
//! Asking after every round kept one ListOffsets request in flight at all
//! times (thousands a second); on librdkafka's mock cluster each costs a
//! walk over every record batch of the consent topic, and was the largest
//! part of the pipeline benchmark's cost over the build before the
//! partition engine (see docs/performance.md).
//!
//! Nothing here polls: the poll loop, the observer, the tables thread and
//! the workers wake each other through one condition variable.

use std::collections::HashMap;
use std::sync::{Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::{Offset, TopicPartitionList};
use tracing::warn;

use crate::telemetry;

/// How long one high-watermark request may take.
const WATERMARK_TIMEOUT: Duration = Duration::from_secs(5);
/// How often a waiting thread looks at the stop flag.
const STOP_CHECK: Duration = Duration::from_millis(200);

#[derive(Debug, Default)]
struct State {
    /// Newest round fetched.
    fetched: u64,
    /// Newest round a worker waits for an observation of.
    wanted: u64,
    /// The newest observation: rounds up to `.0` are covered by the high
    /// watermarks `.1` (consent partition -> high watermark).
    observed: (u64, HashMap<i32, i64>),
    /// Next offset to apply per consent partition.
    applied: HashMap<i32, i64>,
    stopped: bool,
}

impl State {
    fn applied_up_to(&self, ends: &HashMap<i32, i64>) -> bool {
        ends.iter()
            .all(|(p, hw)| self.applied.get(p).copied().unwrap_or(0) >= *hw)
    }

    /// Records behind the observed high watermarks.
    fn lag(&self) -> i64 {
        self.observed
            .1
            .iter()
            .map(|(p, hw)| (hw - self.applied.get(p).copied().unwrap_or(0)).max(0))
            .sum()
    }
}

/// Shared by the poll loop, the observer, the tables thread and workers.
#[derive(Debug, Default)]
pub(crate) struct ConsentBarrier {
    state: Mutex<State>,
    changed: Condvar,
}

impl ConsentBarrier {
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The poll loop fetched another round with pings: its number.
    pub(crate) fn fetched(&self) -> u64 {
        let mut s = self.lock();
        s.fetched += 1;
        let r = s.fetched;
        drop(s);
        self.changed.notify_all();
        r
    }

    /// The tables thread applied a consent record at `offset` (or, with
    /// `position`, has read partition `partition` up to `next`).
    pub(crate) fn applied(&self, partition: i32, next: i64) {
        let mut s = self.lock();
        let a = s.applied.entry(partition).or_insert(0);
        if next > *a {
            *a = next;
            telemetry::consent_lag(s.lag());
            drop(s);
            self.changed.notify_all();
        }
    }

    /// Wakes everyone for good (shutdown).
    pub(crate) fn stop(&self) {
        self.lock().stopped = true;
        self.changed.notify_all();
    }

    /// Waits until round `round` may be processed. Returns false if the
    /// barrier was stopped first.
    pub(crate) fn wait(&self, round: u64) -> bool {
        let started = Instant::now();
        let mut s = self.lock();
        loop {
            if s.stopped {
                return false;
            }
            if s.observed.0 >= round && s.applied_up_to(&s.observed.1) {
                break;
            }
            if s.observed.0 < round && s.wanted < round {
                // Wake the observer: this round needs an observation.
                s.wanted = round;
                self.changed.notify_all();
            }
            s = self
                .changed
                .wait_timeout(s, STOP_CHECK)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
        drop(s);
        telemetry::consent_barrier_wait(started.elapsed().as_secs_f64());
        true
    }

    /// The observer: whenever a worker waits for a round fetched after the
    /// last observation, asks the broker for the consent topic's high
    /// watermarks and publishes them, covering every round fetched so far.
    /// Runs until [`Self::stop`].
    pub(crate) fn observe_loop(&self, consumer: &BaseConsumer, topic: &str, partitions: &[i32]) {
        loop {
            let round = {
                let mut s = self.lock();
                while !s.stopped && s.wanted <= s.observed.0 {
                    s = self
                        .changed
                        .wait_timeout(s, STOP_CHECK)
                        .unwrap_or_else(PoisonError::into_inner)
                        .0;
                }
                if s.stopped {
                    return;
                }
                s.fetched
            };
            if let Some(ends) = high_watermarks(consumer, topic, partitions) {
                let mut s = self.lock();
                s.observed = (round, ends);
                telemetry::consent_lag(s.lag());
                drop(s);
                self.changed.notify_all();
            } else {
                // This client is assigned nothing, so librdkafka does not
                // keep the topic's metadata fresh for it: after a broker
                // restart its cached leaders stay unknown ("Unknown
                // partition") until it asks for them. Ask, then try again
                // shortly (or stop).
                if let Err(e) = consumer.fetch_metadata(Some(topic), WATERMARK_TIMEOUT) {
                    warn!(error = %e, "consent topic metadata not refreshed");
                }
                let s = self.lock();
                let _ = self
                    .changed
                    .wait_timeout(s, STOP_CHECK)
                    .unwrap_or_else(PoisonError::into_inner);
            }
        }
    }
}

/// The high watermarks of `partitions` of `topic`, asked of the broker in
/// one ListOffsets request per broker (timestamp -1: the latest offset);
/// `None` if any is missing (pings then wait: fail closed).
fn high_watermarks(
    consumer: &BaseConsumer,
    topic: &str,
    partitions: &[i32],
) -> Option<HashMap<i32, i64>> {
    let mut tpl = TopicPartitionList::new();
    for &p in partitions {
        let _ = tpl.add_partition_offset(topic, p, Offset::End);
    }
    let answer = match consumer.offsets_for_times(tpl, WATERMARK_TIMEOUT) {
        Ok(answer) => answer,
        Err(e) => {
            warn!(error = %e, "consent high watermarks not read; pings wait");
            return None;
        }
    };
    let mut ends = HashMap::with_capacity(partitions.len());
    for e in answer.elements_for_topic(topic) {
        match (e.error(), e.offset()) {
            (Ok(()), Offset::Offset(high)) => {
                ends.insert(e.partition(), high);
            }
            (result, offset) => {
                warn!(
                    partition = e.partition(),
                    ?result,
                    ?offset,
                    "consent high watermark not read; pings wait"
                );
                return None;
            }
        }
    }
    (ends.len() == partitions.len()).then_some(ends)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn a_round_waits_for_an_observation_after_it_and_for_the_ledger_to_reach_it() {
        let b = ConsentBarrier::default();
        let r = b.fetched();
        {
            let s = b.lock();
            assert!(!(s.observed.0 >= r && s.applied_up_to(&s.observed.1)));
        }
        {
            let mut s = b.lock();
            s.observed = (r, HashMap::from([(0, 5)]));
        }
        b.applied(0, 4);
        {
            let s = b.lock();
            assert!(
                !s.applied_up_to(&s.observed.1),
                "offset 4 is behind the high watermark 5"
            );
        }
        b.applied(0, 5);
        assert!(b.wait(r));
        b.stop();
        assert!(!b.wait(r + 1));
    }

    #[test]
    fn only_a_waiting_worker_asks_for_an_observation() {
        let b = Arc::new(ConsentBarrier::default());
        let r = b.fetched();
        let r2 = b.fetched();
        assert_eq!(b.lock().wanted, 0, "fetching alone asks for nothing");
        let waiting = {
            let b = Arc::clone(&b);
            std::thread::spawn(move || b.wait(r))
        };
        while b.lock().wanted < r {
            std::thread::yield_now();
        }
        assert_eq!(b.lock().wanted, r);
        // One observation, made after both rounds were fetched, covers both.
        {
            let mut s = b.lock();
            s.observed = (r2, HashMap::from([(0, 1)]));
        }
        b.applied(0, 1);
        assert!(waiting.join().unwrap());
        assert!(b.wait(r2));
        assert_eq!(b.lock().wanted, r, "a covered round asks for nothing");
    }
}
