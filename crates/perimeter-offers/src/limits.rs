//! Global limits that apply to every user and every campaign.

use perimeter_model::{LocalTime, QuietHours};

/// The global daily cap when nothing else is configured.
pub const DEFAULT_MAX_OFFERS_PER_DAY: u32 = 3;

/// Highest accepted global daily cap.
pub const MAX_GLOBAL_OFFERS_PER_DAY: u32 = 10;

/// The default quiet hours, 21:00 to 08:00 in the user's time zone.
#[must_use]
pub fn default_quiet_hours() -> QuietHours {
    #[allow(clippy::expect_used, reason = "21:00 and 08:00 are valid times of day")]
    QuietHours {
        start: LocalTime::new(21, 0).expect("21:00 is a valid time"),
        end: LocalTime::new(8, 0).expect("08:00 is a valid time"),
    }
}

/// A global limit value that cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "invalid global limit max_offers_per_day = {value}: must be between 1 and {MAX_GLOBAL_OFFERS_PER_DAY}"
)]
pub struct InvalidLimits {
    /// The value given.
    pub value: u32,
}

/// Limits that hold across all campaigns.
///
/// - At most `max_offers_per_day` offers per user per day. A user's own
///   lower limit wins; a higher one does not raise this. "Day" is the user's
///   local calendar day in their time zone (midnight to midnight, so 23 or
///   25 hours long on DST changes).
/// - No offer inside `default_quiet_hours` in the user's time zone, unless
///   the user chose their own quiet hours (which then replace the default).
/// - One offer per visit: always on, not configurable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GlobalLimits {
    max_offers_per_day: u32,
    default_quiet_hours: QuietHours,
}

impl Default for GlobalLimits {
    /// 3 offers per user per day, quiet hours 21:00-08:00.
    fn default() -> Self {
        Self {
            max_offers_per_day: DEFAULT_MAX_OFFERS_PER_DAY,
            default_quiet_hours: default_quiet_hours(),
        }
    }
}

impl GlobalLimits {
    /// Builds limits.
    ///
    /// # Errors
    /// [`InvalidLimits`] when `max_offers_per_day` is 0 or above
    /// [`MAX_GLOBAL_OFFERS_PER_DAY`].
    pub const fn new(
        max_offers_per_day: u32,
        default_quiet_hours: QuietHours,
    ) -> Result<Self, InvalidLimits> {
        if max_offers_per_day == 0 || max_offers_per_day > MAX_GLOBAL_OFFERS_PER_DAY {
            return Err(InvalidLimits {
                value: max_offers_per_day,
            });
        }
        Ok(Self {
            max_offers_per_day,
            default_quiet_hours,
        })
    }

    /// The global daily cap per user.
    #[must_use]
    pub const fn max_offers_per_day(&self) -> u32 {
        self.max_offers_per_day
    }

    /// Quiet hours for users who did not choose their own.
    #[must_use]
    pub const fn default_quiet_hours(&self) -> QuietHours {
        self.default_quiet_hours
    }

    /// The cap for a user whose own limit is `user_limit`: the lower of the two.
    #[must_use]
    pub fn effective_cap(&self, user_limit: Option<u32>) -> u32 {
        user_limit.map_or(self.max_offers_per_day, |u| u.min(self.max_offers_per_day))
    }

    /// The quiet hours for a user who chose `user_quiet_hours`.
    #[must_use]
    pub fn effective_quiet_hours(&self, user_quiet_hours: Option<QuietHours>) -> QuietHours {
        user_quiet_hours.unwrap_or(self.default_quiet_hours)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_limit_only_lowers_the_global_cap() {
        let l = GlobalLimits::default();
        assert_eq!(l.effective_cap(None), 3);
        assert_eq!(l.effective_cap(Some(1)), 1);
        assert_eq!(l.effective_cap(Some(0)), 0);
        assert_eq!(l.effective_cap(Some(50)), 3);
    }

    #[test]
    fn default_quiet_hours_are_nine_pm_to_eight_am() {
        let q = GlobalLimits::default().default_quiet_hours();
        assert_eq!(
            (q.start.to_string(), q.end.to_string()),
            ("21:00".into(), "08:00".into())
        );
    }

    #[test]
    fn rejects_zero_and_huge_caps() {
        let q = default_quiet_hours();
        assert!(GlobalLimits::new(0, q).is_err());
        assert_eq!(
            GlobalLimits::new(11, q).unwrap_err().to_string(),
            "invalid global limit max_offers_per_day = 11: must be between 1 and 10"
        );
        assert_eq!(GlobalLimits::new(2, q).unwrap().max_offers_per_day(), 2);
    }
}
