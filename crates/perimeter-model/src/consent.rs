//! Consent records and erase requests.
//!
//! Consent is default deny: a user Perimeter holds no record for, or a
//! purpose not listed in a record, means "no".

use std::fmt;

use crate::{Category, Timestamp, UserId};

/// What a user may have agreed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Purpose {
    /// Perimeter may process the user's location pings at all.
    Location,
    /// Perimeter may send the user offers.
    Offers,
}

/// The set of purposes a user granted. Empty by default (deny).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Purposes {
    location: bool,
    offers: bool,
}

impl Purposes {
    /// No purpose granted.
    pub const NONE: Self = Self {
        location: false,
        offers: false,
    };

    /// Returns the set with `purpose` added.
    #[must_use]
    pub const fn with(mut self, purpose: Purpose) -> Self {
        match purpose {
            Purpose::Location => self.location = true,
            Purpose::Offers => self.offers = true,
        }
        self
    }

    /// Whether `purpose` was granted.
    #[must_use]
    pub const fn contains(self, purpose: Purpose) -> bool {
        match purpose {
            Purpose::Location => self.location,
            Purpose::Offers => self.offers,
        }
    }
}

/// A wall-clock time of day that could not become a [`LocalTime`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("invalid time of day {hour:02}:{minute:02}: hour must be 0-23 and minute 0-59")]
pub struct InvalidLocalTime {
    /// The hour given.
    pub hour: u32,
    /// The minute given.
    pub minute: u32,
}

/// A wall-clock time of day with minute precision (00:00 to 23:59).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalTime(u16);

impl LocalTime {
    /// Validates hour (0-23) and minute (0-59).
    ///
    /// # Errors
    /// [`InvalidLocalTime`] when either is out of range.
    pub fn new(hour: u32, minute: u32) -> Result<Self, InvalidLocalTime> {
        if hour < 24 && minute < 60 {
            // hour*60+minute < 1440 fits in u16.
            Ok(Self(u16::try_from(hour * 60 + minute).unwrap_or(0)))
        } else {
            Err(InvalidLocalTime { hour, minute })
        }
    }

    /// Minutes since local midnight.
    #[must_use]
    pub const fn minute_of_day(self) -> u16 {
        self.0
    }
}

impl fmt::Display for LocalTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

/// A daily window, in the user's local time, in which no message may be sent.
/// `start > end` wraps past midnight (21:00-08:00). `start == end` is empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct QuietHours {
    /// First quiet minute.
    pub start: LocalTime,
    /// First minute after the quiet window.
    pub end: LocalTime,
}

impl QuietHours {
    /// Whether the local time of day `t` falls in the window.
    #[must_use]
    pub fn contains(self, t: LocalTime) -> bool {
        if self.start <= self.end {
            self.start <= t && t < self.end
        } else {
            t >= self.start || t < self.end
        }
    }
}

/// The latest consent a user gave, as held by the consent ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentRecord {
    /// Whose consent.
    pub user_id: UserId,
    /// Purposes granted; anything absent is denied.
    pub purposes: Purposes,
    /// Offer categories the user never wants.
    pub blocked_categories: Vec<Category>,
    /// The user's own daily offer limit; the global limit applies if lower or unset.
    pub max_offers_per_day: Option<u32>,
    /// The user's own quiet hours; the global default applies when unset.
    pub quiet_hours: Option<QuietHours>,
    /// The user's IANA time zone name (validated by the consumer of the record).
    pub time_zone: String,
    /// Monotonic version; an update with a lower or equal version is stale.
    pub version: u64,
    /// When the user changed their consent.
    pub updated_at: Timestamp,
}

/// A request to forget everything about a user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EraseRequest {
    /// Whom to forget.
    pub user_id: UserId,
    /// Version of the request in the user's consent stream.
    pub version: u64,
    /// When the request was made.
    pub requested_at: Timestamp,
}

/// One record of the consent topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConsentUpdate {
    /// The user's consent is now this record.
    Set(ConsentRecord),
    /// Forget the user entirely.
    Erase(EraseRequest),
}

impl ConsentUpdate {
    /// The user the update is about.
    #[must_use]
    pub const fn user_id(&self) -> &UserId {
        match self {
            Self::Set(r) => &r.user_id,
            Self::Erase(e) => &e.user_id,
        }
    }

    /// The update's version.
    #[must_use]
    pub const fn version(&self) -> u64 {
        match self {
            Self::Set(r) => r.version,
            Self::Erase(e) => e.version,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u32, m: u32) -> LocalTime {
        LocalTime::new(h, m).unwrap()
    }

    #[test]
    fn quiet_hours_wrap_past_midnight() {
        let q = QuietHours {
            start: t(21, 0),
            end: t(8, 0),
        };
        assert!(q.contains(t(21, 0)));
        assert!(q.contains(t(23, 59)));
        assert!(q.contains(t(0, 0)));
        assert!(q.contains(t(7, 59)));
        assert!(!q.contains(t(8, 0)));
        assert!(!q.contains(t(12, 0)));
    }

    #[test]
    fn quiet_hours_within_a_day_and_empty() {
        let q = QuietHours {
            start: t(12, 0),
            end: t(13, 0),
        };
        assert!(q.contains(t(12, 30)));
        assert!(!q.contains(t(13, 0)));
        let empty = QuietHours {
            start: t(9, 0),
            end: t(9, 0),
        };
        assert!(!empty.contains(t(9, 0)));
    }

    #[test]
    fn purposes_default_to_deny() {
        let p = Purposes::default();
        assert!(!p.contains(Purpose::Location));
        assert!(!p.contains(Purpose::Offers));
        let p = p.with(Purpose::Location);
        assert!(p.contains(Purpose::Location));
        assert!(!p.contains(Purpose::Offers));
    }

    #[test]
    fn local_time_rejects_out_of_range() {
        assert!(LocalTime::new(24, 0).is_err());
        assert!(LocalTime::new(0, 60).is_err());
        assert_eq!(t(9, 5).to_string(), "09:05");
    }
}
