//! Deeper checks of a presence-state changelog value: restoring its two
//! snapshots the way a partition worker does on assignment, then using the
//! restored state. Fuzz-target only (no test crate depends on both
//! `perimeter-presence` and `perimeter-offers`).

use std::time::Duration;

use perimeter_model::{Accuracy, Ping, Position, StoreId, Timestamp, UserId};
use perimeter_offers::CapsHistory;
use perimeter_presence::{NearbyFence, Outcome, PresenceConfig, PresenceTracker};
use perimeter_wire::StateRecord;

/// Restores both snapshots of `record` for one user. A snapshot that
/// restores must snapshot back to bytes that restore to the same state,
/// and the restored user must survive pings, fence removals and a sweep
/// at the end of time.
pub fn restore(record: &StateRecord<'_>) {
    let user = match UserId::new("fuzz-user") {
        Ok(u) => u,
        Err(e) => panic!("{e}"),
    };
    if !record.caps.is_empty() {
        let mut caps = CapsHistory::new(Duration::from_secs(48 * 3600));
        if caps.restore(user.clone(), record.caps).is_ok() {
            // Restoring sorts entries by time, so an unsorted snapshot comes
            // back reordered: same entries, same length, and stable from
            // then on.
            let Some(once) = caps.snapshot(&user) else {
                panic!("a restored caps history has no snapshot");
            };
            assert_eq!(once.len(), record.caps.len(), "caps entries lost");
            let mut again = CapsHistory::new(Duration::from_secs(48 * 3600));
            if let Err(e) = again.restore(user.clone(), &once) {
                panic!("a caps snapshot does not restore: {e}");
            }
            assert_eq!(again.snapshot(&user), Some(once), "caps snapshot unstable");
            let _ = caps.prune(Timestamp::MAX);
        }
    }
    if record.presence.is_empty() {
        return;
    }
    let mut tracker = match PresenceTracker::new(PresenceConfig::default()) {
        Ok(t) => t,
        Err(e) => panic!("default presence config: {e}"),
    };
    if tracker.restore(user.clone(), record.presence).is_err() {
        return;
    }
    // Snapshots are canonical up to how integers were written: restoring
    // what the tracker writes gives the same state and the same bytes.
    let Some(once) = tracker.snapshot(&user) else {
        panic!("a restored user has no snapshot");
    };
    let mut again = match PresenceTracker::new(PresenceConfig::default()) {
        Ok(t) => t,
        Err(e) => panic!("default presence config: {e}"),
    };
    if let Err(e) = again.restore(user.clone(), &once) {
        panic!("a presence snapshot does not restore: {e}");
    }
    assert_eq!(
        again.snapshot(&user),
        Some(once),
        "presence snapshot unstable"
    );
    assert!(
        tracker.open_fences(&user).eq(again.open_fences(&user)),
        "restoring the snapshot changed the open visits"
    );
    let open: Vec<_> = tracker.open_fences(&user).cloned().collect();
    let store = match StoreId::new("s") {
        Ok(s) => s,
        Err(e) => panic!("{e}"),
    };
    let now = Timestamp::MAX;
    let (Ok(position), Ok(accuracy)) = (Position::new(0.0, 0.0), Accuracy::new(10.0)) else {
        panic!("constant ping fields");
    };
    for (i, fence_id) in open.iter().enumerate() {
        // Half the open fences still contain the user, half do not.
        let nearby: Vec<NearbyFence> = open
            .iter()
            .map(|f| NearbyFence {
                fence_id: f.clone(),
                store_id: store.clone(),
                dwell_threshold: Duration::from_secs(300),
                inside: (i % 2 == 0) == (f == fence_id),
                distance_to_edge_m: if f == fence_id { -50.0 } else { 500.0 },
            })
            .collect();
        for t in [Timestamp::EPOCH, now] {
            let ping = Ping {
                user_id: user.clone(),
                position,
                accuracy,
                timestamp: t,
            };
            if let Outcome::Processed(events) = tracker.update(&ping, &nearby, Timestamp::EPOCH, t)
            {
                assert!(events.iter().all(|e| e.user_id == user), "foreign event");
            }
        }
        if i > 4 {
            break;
        }
    }
    let _ = tracker.fences_removed(&open, now, now);
    let _ = tracker.sweep(now, now);
    let _ = tracker.snapshot(&user);
    let _ = tracker.drain_changed_users();
}
