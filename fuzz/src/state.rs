//! Deeper checks of a presence-state changelog value: reading it the way
//! the partition engine does on assignment (`perimeter_engine::state`:
//! protobuf `UserState`, each part converted on its own), restoring the
//! parts into a presence tracker and a caps history, writing the record
//! back, then using the restored state. Fuzz-target only (no test crate
//! depends on the engine, the tracker and the caps history at once).

use std::time::Duration;

use perimeter_engine::state::{UserRecord, decode_user, encode_user};
use perimeter_model::{Accuracy, Ping, Position, StoreId, Timestamp, UserId};
use perimeter_offers::CapsHistory;
use perimeter_presence::{NearbyFence, Outcome, PresenceConfig, PresenceTracker};
use perimeter_wire::decode_user_state;

fn tracker() -> PresenceTracker {
    match PresenceTracker::new(PresenceConfig::default()) {
        Ok(t) => t,
        Err(e) => panic!("default presence config: {e}"),
    }
}

fn history() -> CapsHistory {
    CapsHistory::new(Duration::from_secs(48 * 3600))
}

/// Reads `data` as a user's changelog value and restores what it holds.
/// The engine reads exactly what decodes as a `UserState`; an erasure is
/// never lost; a part that converts restores (the tracker may refuse an
/// inconsistent presence state, and is then unchanged) to snapshots that
/// hold every distinct entry, sorted; the record written back from the
/// restored state reads back to the same snapshots; the restored user
/// survives pings, fence removals and a sweep at the end of time.
pub fn restore(data: &[u8]) {
    let user = match UserId::new("fuzz-user") {
        Ok(u) => u,
        Err(e) => panic!("{e}"),
    };
    let proto = decode_user_state(data);
    let record = decode_user(data);
    assert_eq!(
        record.is_ok(),
        proto.is_ok(),
        "the engine reads other values than the wire decoder"
    );
    let (
        Ok(proto),
        Ok(UserRecord {
            presence,
            caps,
            erasure,
        }),
    ) = (proto, record)
    else {
        return;
    };
    assert_eq!(
        erasure.map(|e| e.version),
        proto.erasure.map(|e| e.version),
        "erasure lost"
    );

    let mut history = history();
    if let Some(Ok(caps)) = caps {
        let mut distinct = caps.sent.clone();
        distinct.sort_by(|a, b| {
            (a.at, &a.campaign_id, a.visit_id).cmp(&(b.at, &b.campaign_id, b.visit_id))
        });
        distinct.dedup();
        history.restore(user.clone(), caps);
        let held = history.snapshot(&user).map(|c| c.sent).unwrap_or_default();
        assert_eq!(held.len(), distinct.len(), "caps entries lost or repeated");
        assert!(held.is_sorted_by_key(|s| s.at), "caps entries unsorted");
    }
    let mut tracker = tracker();
    if let Some(Ok(presence)) = presence {
        let mut sorted = presence.clone();
        sorted.visits.sort_by(|a, b| a.fence_id.cmp(&b.fence_id));
        if tracker.restore(user.clone(), presence).is_ok() {
            assert_eq!(
                tracker.snapshot(&user),
                Some(sorted),
                "restore changed the state"
            );
        } else {
            assert!(
                !tracker.is_tracked(&user),
                "a refused snapshot changed the tracker"
            );
        }
    }

    // Written back and read again: the same state.
    let Some(bytes) = encode_user(&tracker, &history, erasure.as_ref(), &user) else {
        assert!(
            erasure.is_none() && !tracker.is_tracked(&user) && history.is_empty(),
            "state left without a record"
        );
        return;
    };
    let again = match decode_user(&bytes) {
        Ok(r) => r,
        Err(e) => panic!("a written record does not read back: {e}"),
    };
    assert_eq!(again.erasure, erasure, "erasure changed");
    let presence_again = match again.presence.transpose() {
        Ok(p) => p,
        Err(e) => panic!("a written presence state does not read back: {e}"),
    };
    assert_eq!(presence_again, tracker.snapshot(&user), "presence changed");
    let caps_again = match again.caps.transpose() {
        Ok(c) => c,
        Err(e) => panic!("a written caps history does not read back: {e}"),
    };
    assert_eq!(caps_again, history.snapshot(&user), "caps changed");
    if let Some(p) = presence_again {
        let mut fresh = self::tracker();
        if let Err(e) = fresh.restore(user.clone(), p) {
            panic!("a written presence state does not restore: {e}");
        }
        assert_eq!(
            fresh.snapshot(&user),
            tracker.snapshot(&user),
            "presence unstable"
        );
    }
    let _ = history.prune(Timestamp::MAX);

    if !tracker.is_tracked(&user) {
        return;
    }
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
