//! Processing time.

use std::time::{Instant, SystemTime, UNIX_EPOCH};

use perimeter_model::Timestamp;

/// Where the processor reads "now": the decision time of offers, the
/// processing time stamped on events, and the reference for rejecting ping
/// timestamps from the future.
///
/// [`Clock::system`] in production; [`Clock::accelerated`] for the demo and
/// tests, where simulated time starts at a chosen instant and runs `speed`
/// times faster than the wall clock.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    accelerated: Option<Accelerated>,
}

#[derive(Debug, Clone, Copy)]
struct Accelerated {
    wall_origin: Instant,
    start_ms: i64,
    speed: f64,
}

impl Clock {
    /// The system's wall clock.
    #[must_use]
    pub const fn system() -> Self {
        Self { accelerated: None }
    }

    /// A clock that reads `start` now and then advances `speed` simulated
    /// milliseconds per wall-clock millisecond. A `speed` that is not finite
    /// and positive is taken as 1.
    #[must_use]
    pub fn accelerated(start: Timestamp, speed: f64) -> Self {
        let speed = if speed.is_finite() && speed > 0.0 {
            speed
        } else {
            1.0
        };
        Self {
            accelerated: Some(Accelerated {
                wall_origin: Instant::now(),
                start_ms: start.as_millis(),
                speed,
            }),
        }
    }

    /// The current time. Saturates to the epoch if the system clock is set
    /// before 1970 or beyond the model's range.
    #[must_use]
    pub fn now(&self) -> Timestamp {
        let ms = match self.accelerated {
            None => SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX)),
            Some(a) => {
                let elapsed = a.wall_origin.elapsed().as_secs_f64() * 1000.0 * a.speed;
                // Rounded down to whole milliseconds; far below i64 range for
                // any realistic run.
                #[allow(
                    clippy::cast_possible_truncation,
                    reason = "elapsed simulated ms is finite and non-negative"
                )]
                let elapsed = elapsed as i64;
                a.start_ms.saturating_add(elapsed)
            }
        };
        Timestamp::from_millis(ms).unwrap_or(Timestamp::EPOCH)
    }
}
