//! Location pings.

use crate::{Accuracy, Position, Timestamp, UserId};

/// One opted-in location fix from a user's device, already validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Ping {
    /// Whose device sent it (also the Kafka key).
    pub user_id: UserId,
    /// Where the device was.
    pub position: Position,
    /// How sure the device was, in metres.
    pub accuracy: Accuracy,
    /// When the fix was taken, by the device's clock (event time).
    pub timestamp: Timestamp,
}
