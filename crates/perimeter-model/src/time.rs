//! Event time.

use std::fmt;
use std::time::Duration;

/// A timestamp that could not become a [`Timestamp`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("invalid timestamp {millis} ms since epoch: {reason}")]
pub struct InvalidTimestamp {
    /// The value given, in milliseconds since the Unix epoch.
    pub millis: i64,
    /// What is wrong with it.
    pub reason: &'static str,
}

/// Milliseconds since the Unix epoch (UTC), between 1970 and the year 3000.
///
/// Perimeter never reads the wall clock below the binary: every "now" is a
/// `Timestamp` passed in by the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(i64);

impl Timestamp {
    /// The Unix epoch.
    pub const EPOCH: Self = Self(0);
    /// 3000-01-01T00:00:00Z, the latest accepted instant.
    pub const MAX: Self = Self(32_503_680_000_000);

    /// Validates milliseconds since the epoch.
    ///
    /// # Errors
    /// [`InvalidTimestamp`] before 1970 or after the year 3000.
    pub const fn from_millis(millis: i64) -> Result<Self, InvalidTimestamp> {
        if millis < 0 {
            Err(InvalidTimestamp {
                millis,
                reason: "before 1970-01-01",
            })
        } else if millis > Self::MAX.0 {
            Err(InvalidTimestamp {
                millis,
                reason: "after the year 3000",
            })
        } else {
            Ok(Self(millis))
        }
    }

    /// Milliseconds since the epoch.
    #[must_use]
    pub const fn as_millis(self) -> i64 {
        self.0
    }

    /// `self + d`, clamped to [`Timestamp::MAX`].
    #[must_use]
    pub fn saturating_add(self, d: Duration) -> Self {
        let ms = i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
        Self(self.0.saturating_add(ms).min(Self::MAX.0))
    }

    /// `self - d`, clamped to [`Timestamp::EPOCH`].
    #[must_use]
    pub fn saturating_sub(self, d: Duration) -> Self {
        let ms = i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
        Self(self.0.saturating_sub(ms).max(0))
    }

    /// Time elapsed from `earlier` to `self`; zero if `earlier` is later.
    #[must_use]
    pub fn duration_since(self, earlier: Self) -> Duration {
        Duration::from_millis(u64::try_from(self.0 - earlier.0).unwrap_or(0))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}ms", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_before_epoch_and_far_future() {
        assert!(Timestamp::from_millis(-1).is_err());
        assert!(Timestamp::from_millis(Timestamp::MAX.as_millis() + 1).is_err());
        assert_eq!(Timestamp::from_millis(5).unwrap().as_millis(), 5);
    }

    #[test]
    fn arithmetic_saturates() {
        let t = Timestamp::from_millis(1_000).unwrap();
        assert_eq!(t.saturating_sub(Duration::from_secs(5)), Timestamp::EPOCH);
        assert_eq!(
            Timestamp::MAX.saturating_add(Duration::from_secs(1)),
            Timestamp::MAX
        );
        assert_eq!(
            t.saturating_add(Duration::from_millis(500))
                .duration_since(t),
            Duration::from_millis(500)
        );
        assert_eq!(t.duration_since(Timestamp::MAX), Duration::ZERO);
    }
}
