//! Tuning of the visit state machine.

use std::time::Duration;

/// The tuning of a [`PresenceTracker`](crate::PresenceTracker).
///
/// Every field has a sensible default ([`PresenceConfig::default`]); call
/// [`validate`](Self::validate) (the tracker's constructor does) before use.
#[derive(Debug, Clone, PartialEq)]
pub struct PresenceConfig {
    /// ENTER: a ping inside a fence counts as *confidently* inside when its
    /// accuracy circle lies inside the fence (`accuracy <= -distance_to_edge`)
    /// or when its accuracy is at most this many metres. Default 50 m.
    pub enter_accuracy_limit_m: f64,
    /// EXIT: fixed margin, in metres, beyond the fence edge that a ping must
    /// clear to count as confidently outside. Default 20 m.
    pub exit_buffer_m: f64,
    /// EXIT: how much the margin grows with the ping's accuracy. A ping is
    /// confidently outside when `distance_to_edge > exit_buffer_m +
    /// exit_accuracy_factor * accuracy`. Default 1.0 (one accuracy radius).
    pub exit_accuracy_factor: f64,
    /// EXIT debounce in event time: the run of confidently-outside pings must
    /// span at least this long (from its first to its latest ping). Zero
    /// disables the time condition. Default 60 s.
    pub exit_debounce: Duration,
    /// EXIT debounce in pings: the run must contain at least this many
    /// confidently-outside pings with distinct timestamps. 1 disables the
    /// count condition; 0 is invalid. Default 2.
    pub exit_debounce_pings: u16,
    /// EXIT(timeout): a visit ends when no ping of its user arrived for this
    /// long in event time. Must be longer than `exit_debounce`. Default 10 min.
    pub exit_after_silence: Duration,
}

impl Default for PresenceConfig {
    fn default() -> Self {
        Self {
            enter_accuracy_limit_m: 50.0,
            exit_buffer_m: 20.0,
            exit_accuracy_factor: 1.0,
            exit_debounce: Duration::from_secs(60),
            exit_debounce_pings: 2,
            exit_after_silence: Duration::from_secs(600),
        }
    }
}

/// A [`PresenceConfig`] field with an unusable value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid presence config: {field} = {value}: {reason}")]
pub struct InvalidConfig {
    /// The field's name.
    pub field: &'static str,
    /// The rejected value, as text.
    pub value: String,
    /// What is wrong with it.
    pub reason: &'static str,
}

/// Longest accepted `exit_after_silence`. Event time is in milliseconds
/// since 1970; anything beyond a week is a unit mistake, not a policy.
const MAX_SILENCE: Duration = Duration::from_secs(7 * 24 * 3600);

impl PresenceConfig {
    /// Checks every field and the relations between them.
    ///
    /// # Errors
    /// [`InvalidConfig`] naming the first bad field: metres must be finite
    /// and non-negative, `exit_debounce_pings` at least 1,
    /// `exit_after_silence` between 1 s and 7 days and longer than
    /// `exit_debounce`.
    pub fn validate(&self) -> Result<(), InvalidConfig> {
        for (field, v) in [
            ("enter_accuracy_limit_m", self.enter_accuracy_limit_m),
            ("exit_buffer_m", self.exit_buffer_m),
            ("exit_accuracy_factor", self.exit_accuracy_factor),
        ] {
            if !v.is_finite() || v < 0.0 {
                return Err(InvalidConfig {
                    field,
                    value: v.to_string(),
                    reason: "must be a finite, non-negative number",
                });
            }
        }
        if self.exit_debounce_pings == 0 {
            return Err(InvalidConfig {
                field: "exit_debounce_pings",
                value: "0".into(),
                reason: "must be at least 1 (1 means: no count condition)",
            });
        }
        if self.exit_after_silence < Duration::from_secs(1) || self.exit_after_silence > MAX_SILENCE
        {
            return Err(InvalidConfig {
                field: "exit_after_silence",
                value: format!("{:?}", self.exit_after_silence),
                reason: "must be between 1 s and 7 days",
            });
        }
        if self.exit_debounce >= self.exit_after_silence {
            return Err(InvalidConfig {
                field: "exit_debounce",
                value: format!("{:?}", self.exit_debounce),
                reason: "must be shorter than exit_after_silence, or every exit would be a timeout",
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_config_is_valid() {
        assert_eq!(PresenceConfig::default().validate(), Ok(()));
    }

    #[test]
    fn validate_names_the_bad_field() {
        let bad = |f: fn(&mut PresenceConfig)| {
            let mut c = PresenceConfig::default();
            f(&mut c);
            c.validate().unwrap_err()
        };
        assert_eq!(
            bad(|c| c.enter_accuracy_limit_m = f64::NAN).field,
            "enter_accuracy_limit_m"
        );
        assert_eq!(bad(|c| c.exit_buffer_m = -1.0).field, "exit_buffer_m");
        assert_eq!(
            bad(|c| c.exit_accuracy_factor = f64::INFINITY).field,
            "exit_accuracy_factor"
        );
        assert_eq!(
            bad(|c| c.exit_debounce_pings = 0).field,
            "exit_debounce_pings"
        );
        assert_eq!(
            bad(|c| c.exit_after_silence = Duration::ZERO).field,
            "exit_after_silence"
        );
        assert_eq!(
            bad(|c| c.exit_after_silence = Duration::from_secs(8 * 24 * 3600)).field,
            "exit_after_silence"
        );
        let err = bad(|c| c.exit_debounce = Duration::from_secs(600));
        assert_eq!(err.field, "exit_debounce");
        assert_eq!(
            err.to_string(),
            "invalid presence config: exit_debounce = 600s: must be shorter than \
             exit_after_silence, or every exit would be a timeout"
        );
    }
}
