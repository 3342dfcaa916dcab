//! Store opening hours: a subset of OpenStreetMap's `opening_hours` syntax,
//! with OpenStreetMap's meaning.
//!
//! The subset: rules separated by `;`, each `<days> <times>`, `<days> off`
//! (or `closed`), or, as the first rule only, `<times>` (every day), `24/7`
//! or `off`. Days are `Mo Tu We Th Fr Sa Su`, single, as ranges (`Mo-Fr`,
//! also across the week end: `Sa-Mo`) or lists (`Mo,We-Fr`); times are
//! `HH:MM-HH:MM` spans separated by `,`.
//!
//! The meaning, as in OpenStreetMap (and its reference evaluator,
//! opening_hours.js):
//! * A later rule for a day replaces everything earlier rules said about
//!   that day: `Mo-Sa 09:00-20:00; Sa 10:00-14:00` is open 10:00-14:00 on
//!   Saturdays. `off` replaces it with nothing.
//! * A span that ends at or before it starts runs past midnight into the
//!   next day: `Fr 22:00-02:00` is also open Saturday 00:00-02:00. So does
//!   an end after `24:00` (up to `48:00`): `Fr 22:00-26:00` is the same.
//!   The part after midnight stays with the rule that wrote it: a later
//!   rule for Saturday replaces it too (`Fr 22:00-02:00; Sa 10:00-14:00`
//!   is closed Saturday at 01:00), a later rule for Friday does not.
//! * Days no rule names are closed.
//!
//! Everything else in OpenStreetMap's syntax (public holidays, months,
//! dates, weeks, `open`/`unknown` modifiers, comments, additional rules
//! after `,`, `off` for some hours of a day, a rule without days after the
//! first) is rejected with a message naming it, never silently misread.

use std::fmt;

use chrono::{DateTime, Datelike, Timelike};
use perimeter_model::Timestamp;

/// Minutes in a day.
const DAY: u16 = 1440;

const DAY_NAMES: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

/// Store opening hours, resolved to a week: for each weekday (Monday
/// first), the open intervals in minutes since local midnight, `[start,
/// end)`, sorted, merged and within the day (a span past midnight is split
/// between its two days). Two values are equal exactly when they are open
/// at the same times.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OpeningHours {
    days: [Vec<(u16, u16)>; 7],
}

/// An opening-hours string that could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid opening hours {text:?}: {reason}")]
pub struct InvalidOpeningHours {
    /// The text given.
    pub text: String,
    /// What is wrong with it.
    pub reason: String,
}

/// One parsed rule, before resolution.
struct Rule {
    /// The weekdays it names (all of them for a rule without days).
    days: [bool; 7],
    /// Open spans in minutes since the named day's midnight, `start <
    /// 1440`, `start < end <= 2880`; empty for `off`.
    spans: Vec<(u16, u16)>,
}

impl OpeningHours {
    /// Parses opening hours such as `Mo-Fr 09:00-20:00; Sa 10:00-14:00;
    /// Su off` with OpenStreetMap's meaning (see the module docs for the
    /// subset and the rules).
    ///
    /// # Errors
    /// [`InvalidOpeningHours`] naming the rule and what is wrong with it or
    /// not supported.
    pub fn parse(text: &str) -> Result<Self, InvalidOpeningHours> {
        let err = |reason: String| InvalidOpeningHours {
            text: text.to_owned(),
            reason,
        };
        let mut rules = Vec::new();
        for rule in text.split(';').map(str::trim).filter(|r| !r.is_empty()) {
            let (parsed, has_days) = parse_rule(rule).map_err(err)?;
            if !has_days && !rules.is_empty() {
                return Err(err(format!(
                    "rule {rule:?} names no days, so it applies to every day: \
                     only the first rule may do that"
                )));
            }
            rules.push(parsed);
        }
        if rules.is_empty() {
            return Err(err(
                "is empty: leave opening hours out for a store that is always open, \
                 or write \"off\" for one that is always closed"
                    .into(),
            ));
        }
        Ok(Self::resolve(&rules))
    }

    /// The week the rules describe. For each day, each rule in order: if it
    /// names the day, it replaces what the day had (the part after midnight
    /// of an earlier rule included); then, if it names the day before, it
    /// adds its own part after midnight. This is the order opening_hours.js
    /// evaluates a rule and its after-midnight part in.
    fn resolve(rules: &[Rule]) -> Self {
        let mut hours = Self::default();
        for (day, open) in hours.days.iter_mut().enumerate() {
            let before = (day + 6) % 7;
            for rule in rules {
                if rule.days[day] {
                    open.clear();
                    open.extend(rule.spans.iter().map(|&(a, b)| (a, b.min(DAY))));
                }
                if rule.days[before] {
                    open.extend(
                        rule.spans
                            .iter()
                            .filter(|&&(_, b)| b > DAY)
                            .map(|&(_, b)| (0, b - DAY)),
                    );
                }
            }
            merge(open);
        }
        hours
    }

    /// Whether the store is open on `weekday` (0 = Monday) at `minute` since
    /// local midnight.
    #[must_use]
    pub fn is_open(&self, weekday: usize, minute: u16) -> bool {
        self.days
            .get(weekday)
            .is_some_and(|d| d.iter().any(|&(a, b)| a <= minute && minute < b))
    }

    /// Whether the store is open at the instant `t`, read on the wall clock
    /// of `time_zone` (so 09:00 is 09:00 local on both sides of a daylight
    /// saving change; in the hour a clock repeats, both passes read the
    /// same).
    #[must_use]
    pub fn is_open_at(&self, t: Timestamp, time_zone: chrono_tz::Tz) -> bool {
        // Every valid Timestamp has a calendar date; were it not so, the
        // store would read as closed (no offers), the safe side.
        DateTime::from_timestamp_millis(t.as_millis()).is_some_and(|utc| {
            let local = utc.with_timezone(&time_zone);
            let weekday = local.weekday().num_days_from_monday() as usize;
            // hour < 24 and minute < 60: the sum is < 1440 and fits in u16.
            u16::try_from(local.hour() * 60 + local.minute())
                .is_ok_and(|minute| self.is_open(weekday, minute))
        })
    }

    /// The open intervals of `weekday` (0 = Monday) in minutes since local
    /// midnight, `[start, end)`, sorted and merged; empty on a closed day or
    /// an out-of-range weekday.
    #[must_use]
    pub fn intervals(&self, weekday: usize) -> &[(u16, u16)] {
        self.days.get(weekday).map_or(&[], Vec::as_slice)
    }
}

/// Sorts intervals and merges those that overlap or touch.
fn merge(spans: &mut Vec<(u16, u16)>) {
    spans.sort_unstable();
    let mut merged: Vec<(u16, u16)> = Vec::with_capacity(spans.len());
    for &(a, b) in spans.iter() {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    *spans = merged;
}

/// Parses one rule; the flag says whether it named days.
fn parse_rule(rule: &str) -> Result<(Rule, bool), String> {
    let (head, tail) = match rule.split_once(char::is_whitespace) {
        Some((head, tail)) => (head, tail.trim()),
        None => (rule, ""),
    };
    let every_day = [true; 7];
    if head.starts_with(|c: char| c.is_ascii_digit()) && head != "24/7" {
        let spans = parse_spans(rule, rule)?;
        return Ok((
            Rule {
                days: every_day,
                spans,
            },
            false,
        ));
    }
    match (head, tail) {
        ("24/7", "") => {
            return Ok((
                Rule {
                    days: every_day,
                    spans: vec![(0, DAY)],
                },
                false,
            ));
        }
        ("off" | "closed", "") => {
            return Ok((
                Rule {
                    days: every_day,
                    spans: Vec::new(),
                },
                false,
            ));
        }
        ("24/7" | "off" | "closed", _) => {
            return Err(format!("rule {rule:?}: {head} must stand alone as a rule"));
        }
        _ => {}
    }
    let days = parse_days(head)?;
    let spans = match tail {
        "" => {
            return Err(format!(
                "rule {rule:?} needs times (HH:MM-HH:MM) or off after its days"
            ));
        }
        "off" | "closed" => Vec::new(),
        "24/7" => {
            return Err(format!(
                "rule {rule:?}: 24/7 must stand alone; for whole days write 00:00-24:00"
            ));
        }
        times => parse_spans(rule, times)?,
    };
    Ok((Rule { days, spans }, true))
}

/// Parses a day selector such as `Mo-Fr`, `Sa,Su` or `Sa-Mo`.
fn parse_days(text: &str) -> Result<[bool; 7], String> {
    let day = |s: &str| {
        DAY_NAMES.iter().position(|d| *d == s).ok_or_else(|| {
            format!(
                "unknown day {s:?} (use Mo Tu We Th Fr Sa Su; public holidays, months \
                 and dates are not supported)"
            )
        })
    };
    let mut selected = [false; 7];
    for part in text.split(',') {
        if part.is_empty() {
            return Err(format!(
                "day list {text:?} has an empty entry (write days without spaces: Mo,We)"
            ));
        }
        if let Some((a, b)) = part.split_once('-') {
            // A range may run across the end of the week: Sa-Mo is Sa, Su, Mo.
            let (a, b) = (day(a)?, day(b)?);
            let mut d = a;
            loop {
                selected[d] = true;
                if d == b {
                    break;
                }
                d = (d + 1) % 7;
            }
        } else {
            selected[day(part)?] = true;
        }
    }
    Ok(selected)
}

/// Parses `HH:MM-HH:MM[,HH:MM-HH:MM...]`. `rule` is for messages.
fn parse_spans(rule: &str, text: &str) -> Result<Vec<(u16, u16)>, String> {
    if text.contains('"') {
        return Err(format!(
            "rule {rule:?}: comments (\"...\") are not supported"
        ));
    }
    if text.split(',').skip(1).any(|span| {
        span.trim_start()
            .starts_with(|c: char| c.is_ascii_uppercase())
    }) {
        return Err(format!(
            "rule {rule:?}: additional rules after \",\" are not supported; \
             separate rules with \";\""
        ));
    }
    if let Some(word) = text
        .split_whitespace()
        .find(|w| w.starts_with(|c: char| c.is_ascii_alphabetic()))
    {
        return Err(if matches!(word, "off" | "closed") {
            format!(
                "rule {rule:?}: closing some hours of a day (times followed by {word}) \
                 is not supported; give the hours the store is open"
            )
        } else {
            format!(
                "rule {rule:?}: {word:?} is not supported here; write days \
                 (Mo Tu We Th Fr Sa Su), then HH:MM-HH:MM times or off"
            )
        });
    }
    text.split(',')
        .map(|span| parse_span(span.trim()))
        .collect()
}

/// Parses one `HH:MM-HH:MM` span into minutes `(start, end)` with `start <
/// 1440` and `start < end <= 2880`: an end at or before the start is on the
/// next day.
fn parse_span(span: &str) -> Result<(u16, u16), String> {
    let bad = || {
        format!(
            "time span {span:?} must be HH:MM-HH:MM (hours 00-23 to start, \
             up to 48:00 to end)"
        )
    };
    let (a, b) = span.split_once('-').ok_or_else(bad)?;
    let start = parse_hhmm(a, 23).ok_or_else(bad)?;
    let end = parse_hhmm(b, 48).ok_or_else(bad)?;
    if end > 2 * DAY {
        return Err(bad());
    }
    // OpenStreetMap: an end at or before the start is the next day's
    // (22:00-02:00, and 10:00-10:00 is 24 hours).
    let end = if end <= start { end + DAY } else { end };
    Ok((start, end))
}

/// `HH:MM` with two-digit hours up to `max_hour` and minutes 00-59.
fn parse_hhmm(s: &str, max_hour: u16) -> Option<u16> {
    let (h, m) = s.trim().split_once(':')?;
    if h.len() != 2 || m.len() != 2 || !(h.bytes().chain(m.bytes())).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h <= max_hour && m <= 59).then_some(h * 60 + m)
}

/// The canonical text: one rule per group of days with the same hours
/// (`Mo-Fr 09:00-20:00; Sa 10:00-14:00`), every span within its day, or
/// `off` when the store is never open. [`OpeningHours::parse`] reads it
/// back to an equal value; it uses no range across midnight or the week
/// end, no `off` rule and no `24/7`, so builds that predate those read it
/// alike (the only exception: `off` for a store that is never open).
impl fmt::Display for OpeningHours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut done = [false; 7];
        let mut first = true;
        for (d, spans) in self.days.iter().enumerate() {
            if done[d] || spans.is_empty() {
                continue;
            }
            let same: Vec<usize> = (d..7).filter(|&e| self.days[e] == *spans).collect();
            for &e in &same {
                done[e] = true;
            }
            if !first {
                f.write_str("; ")?;
            }
            first = false;
            write_days(f, &same)?;
            f.write_str(" ")?;
            for (i, (a, b)) in spans.iter().enumerate() {
                if i > 0 {
                    f.write_str(",")?;
                }
                write!(f, "{:02}:{:02}-{:02}:{:02}", a / 60, a % 60, b / 60, b % 60)?;
            }
        }
        if first {
            f.write_str("off")?;
        }
        Ok(())
    }
}

/// Writes ascending weekdays as runs: `Mo-We,Fr`, `Sa,Su`.
fn write_days(f: &mut fmt::Formatter<'_>, days: &[usize]) -> fmt::Result {
    let mut i = 0;
    while i < days.len() {
        let mut j = i;
        while j + 1 < days.len() && days[j + 1] == days[j] + 1 {
            j += 1;
        }
        if i > 0 {
            f.write_str(",")?;
        }
        match j - i {
            0 => f.write_str(DAY_NAMES[days[i]])?,
            1 => write!(f, "{},{}", DAY_NAMES[days[i]], DAY_NAMES[days[j]])?,
            _ => write!(f, "{}-{}", DAY_NAMES[days[i]], DAY_NAMES[days[j]])?,
        }
        i = j + 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use chrono_tz::Tz;
    use proptest::prelude::*;

    use super::*;

    const MO: usize = 0;
    const TU: usize = 1;
    const WE: usize = 2;
    const TH: usize = 3;
    const FR: usize = 4;
    const SA: usize = 5;
    const SU: usize = 6;

    fn hours(text: &str) -> OpeningHours {
        OpeningHours::parse(text).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Whether `text` is open on `day` at `hh:mm`.
    fn open(text: &str, day: usize, hhmm: &str) -> bool {
        let minute = parse_hhmm(hhmm, 23).unwrap_or_else(|| panic!("bad time {hhmm}"));
        hours(text).is_open(day, minute)
    }

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> Timestamp {
        let t = chrono::Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap();
        Timestamp::from_millis(t.timestamp_millis()).unwrap()
    }

    #[test]
    fn later_rule_for_a_day_replaces_earlier_one() {
        let text = "Mo-Sa 09:00-20:00; Sa 10:00-14:00";
        assert!(open(text, FR, "09:00") && open(text, FR, "19:59"));
        assert!(!open(text, SA, "09:30"), "Saturday opens at 10:00 only");
        assert!(open(text, SA, "10:00") && open(text, SA, "13:59"));
        assert!(!open(text, SA, "14:00") && !open(text, SA, "19:00"));
        // Replaced, not extended (opening_hours.js "Exception rules").
        let text = "Mo-Fr 10:00-16:00; We 12:00-18:00";
        assert!(!open(text, WE, "10:30") && open(text, WE, "17:00"));
        assert!(open(text, TH, "10:30") && !open(text, TH, "17:00"));
        assert_eq!(
            hours("Mo-Sa 09:00-20:00; Sa 10:00-14:00").to_string(),
            "Mo-Fr 09:00-20:00; Sa 10:00-14:00"
        );
    }

    #[test]
    fn off_closes_the_days_it_names() {
        for text in ["Mo-Fr 09:00-18:00; We off", "Mo-Fr 09:00-18:00; We closed"] {
            assert!(open(text, TU, "10:00") && open(text, TH, "10:00"));
            assert!(!open(text, WE, "10:00"), "{text}");
        }
        let text = "24/7; Su off";
        assert!(open(text, MO, "00:00") && open(text, SA, "23:59"));
        assert!(!open(text, SU, "12:00"));
        assert_eq!(hours("off"), OpeningHours::default());
        assert_eq!(hours("off").to_string(), "off");
        assert_eq!(hours("Mo-Su off"), OpeningHours::default());
    }

    #[test]
    fn days_no_rule_names_are_closed() {
        let text = "Mo,We 09:00-18:00";
        assert!(open(text, MO, "09:00") && open(text, WE, "09:00"));
        for day in [TU, TH, FR, SA, SU] {
            assert!(!open(text, day, "09:00"));
        }
    }

    #[test]
    fn span_past_midnight_opens_the_next_morning() {
        for text in ["Fr 22:00-02:00", "Fr 22:00-26:00"] {
            assert!(!open(text, FR, "21:59") && open(text, FR, "22:00") && open(text, FR, "23:59"));
            assert!(open(text, SA, "00:00") && open(text, SA, "01:59"), "{text}");
            assert!(!open(text, SA, "02:00") && !open(text, SA, "22:00"));
            assert!(
                !open(text, FR, "01:00"),
                "Friday morning is Thursday's night"
            );
            assert_eq!(hours(text).to_string(), "Fr 22:00-24:00; Sa 00:00-02:00");
        }
        // Across the end of the week too.
        assert!(open("Su 23:00-01:00", MO, "00:30"));
        // Every day (opening_hours.js "Time ranges spanning midnight").
        let text = "22:00-02:00";
        for day in [MO, TU, WE, TH, FR, SA, SU] {
            assert!(open(text, day, "01:00") && open(text, day, "22:30"));
            assert!(!open(text, day, "02:00") && !open(text, day, "21:59"));
        }
    }

    #[test]
    fn later_rule_for_the_next_day_replaces_the_part_after_midnight() {
        let text = "Fr 22:00-02:00; Sa 10:00-14:00";
        assert!(open(text, FR, "23:00"));
        assert!(
            !open(text, SA, "01:00"),
            "Saturday's rule replaced all of Saturday"
        );
        assert!(open(text, SA, "10:00"));
        // In the other order the Friday rule comes last and its night stays.
        let text = "Sa 10:00-14:00; Fr 22:00-02:00";
        assert!(open(text, SA, "01:00") && open(text, SA, "10:00"));
        let text = "Fr 22:00-02:00; Sa off";
        assert!(open(text, FR, "23:00") && !open(text, SA, "01:00"));
        // opening_hours.js "Time ranges spanning midnight with date
        // overwriting": Tuesday keeps only its own rule, Wednesday gets the
        // every-day rule's night from Tuesday.
        let text = "22:00-02:00; Tu 12:00-14:00";
        assert!(open(text, MO, "23:00") && open(text, MO, "01:00"));
        assert!(!open(text, TU, "01:00") && open(text, TU, "13:00") && !open(text, TU, "23:00"));
        assert!(open(text, WE, "01:00") && open(text, WE, "23:00"));
        // opening_hours.js "Real world example: Was not processed right".
        let text = "Mo,Tu,We,Th,Fr,Su 11:00-01:00; Sa 11:00-02:00";
        assert!(!open(text, SA, "00:30"), "Friday's night is replaced");
        assert!(open(text, SU, "01:30") && open(text, SU, "12:00"));
    }

    #[test]
    fn equal_start_and_end_is_a_whole_day() {
        let text = "We 22:00-22:00";
        assert!(!open(text, WE, "21:59") && open(text, WE, "22:00"));
        assert!(open(text, TH, "00:00") && open(text, TH, "21:59") && !open(text, TH, "22:00"));
        assert_eq!(hours("Mo 00:00-00:00"), hours("Mo 00:00-24:00"));
        assert_eq!(
            hours("Tu 23:59-48:00").to_string(),
            "Tu 23:59-24:00; We 00:00-24:00"
        );
    }

    #[test]
    fn day_ranges_wrap_around_the_week() {
        let text = "Sa-Mo 10:00-12:00";
        for day in [SA, SU, MO] {
            assert!(open(text, day, "11:00"));
        }
        for day in [TU, WE, TH, FR] {
            assert!(!open(text, day, "11:00"));
        }
        assert_eq!(hours(text).to_string(), "Mo,Sa,Su 10:00-12:00");
        assert_eq!(hours("Mo-Mo 10:00-12:00"), hours("Mo 10:00-12:00"));
    }

    #[test]
    fn a_first_rule_without_days_applies_to_every_day() {
        let text = "10:00-20:00; Su off";
        assert!(open(text, MO, "10:00") && open(text, SA, "19:59"));
        assert!(!open(text, SU, "12:00"));
        assert_eq!(hours("24/7").to_string(), "Mo-Su 00:00-24:00");
        assert_eq!(hours("24/7"), hours("00:00-24:00"));
    }

    #[test]
    fn display_is_canonical_and_reads_back() {
        for (text, canonical) in [
            (
                "Mo-Fr 09:00-20:00; Sa 10:00-14:00",
                "Mo-Fr 09:00-20:00; Sa 10:00-14:00",
            ),
            (
                "Mo-Fr 09:00-20:00; Sa,Su 10:00-12:00,13:00-24:00",
                "Mo-Fr 09:00-20:00; Sa,Su 10:00-12:00,13:00-24:00",
            ),
            (
                "Mo,We 08:00-12:00,13:00-24:00",
                "Mo,We 08:00-12:00,13:00-24:00",
            ),
            ("Mo-Fr 09:00-12:00,11:00-13:00", "Mo-Fr 09:00-13:00"),
            ("Mo 09:00-12:00, 12:00-13:00", "Mo 09:00-13:00"),
            ("Mo-We,Fr 09:00-17:00", "Mo-We,Fr 09:00-17:00"),
            ("Su 00:00-24:00", "Su 00:00-24:00"),
            (
                "Mo 23:00-01:00; Tu 00:00-03:00",
                "Mo 23:00-24:00; Tu 00:00-03:00",
            ),
        ] {
            let h = hours(text);
            assert_eq!(h.to_string(), canonical, "{text}");
            assert_eq!(hours(canonical), h, "{text}");
        }
    }

    #[test]
    fn unsupported_syntax_is_a_clear_error() {
        let e = OpeningHours::parse("Mo-Xx 09:00-10:00").unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid opening hours \"Mo-Xx 09:00-10:00\": unknown day \"Xx\" (use Mo Tu We Th \
             Fr Sa Su; public holidays, months and dates are not supported)"
        );
        for (text, reason) in [
            ("", "is empty"),
            (" ; ", "is empty"),
            ("PH off", "unknown day \"PH\""),
            ("Mo-Fr 09:00-18:00; PH off", "unknown day \"PH\""),
            ("Jan-Mar 10:00-12:00", "unknown day \"Jan\""),
            ("mo 10:00-11:00", "unknown day \"mo\""),
            ("Mo, We 10:00-12:00", "has an empty entry"),
            (
                "Mo-Fr 08:00-12:00, We 14:00-18:00",
                "additional rules after \",\"",
            ),
            (
                "Mo-Sa 08:00-20:00; Sa 12:00-14:00 off",
                "closing some hours of a day",
            ),
            ("12:00-14:00 closed", "closing some hours of a day"),
            ("Mo-Fr 09:00-18:00 open", "\"open\" is not supported here"),
            ("Mo-Fr 09:00-18:00 \"by appointment\"", "comments"),
            (
                "Mo-Fr 09:00-18:00; 10:00-12:00",
                "only the first rule may do that",
            ),
            ("Su off; 24/7", "only the first rule may do that"),
            ("Mo-Fr", "needs times (HH:MM-HH:MM) or off"),
            ("Mo-Fr 24/7", "24/7 must stand alone"),
            ("off \"renovation\"", "off must stand alone"),
            ("Mo 9-10", "must be HH:MM-HH:MM"),
            ("Mo 09:00", "must be HH:MM-HH:MM"),
            ("Mo 24:00-25:00", "must be HH:MM-HH:MM"),
            ("Mo 10:00-48:30", "must be HH:MM-HH:MM"),
            ("Mo 10:00-49:00", "must be HH:MM-HH:MM"),
            ("Mo 10:60-11:00", "must be HH:MM-HH:MM"),
            ("Mo 10:00-11:00,", "must be HH:MM-HH:MM"),
            ("Mo +1:00-11:00", "must be HH:MM-HH:MM"),
        ] {
            match OpeningHours::parse(text) {
                Ok(h) => panic!("{text:?} was accepted as {h}"),
                Err(e) => {
                    assert_eq!(e.text, text);
                    assert!(e.reason.contains(reason), "{text:?}: {e}");
                }
            }
        }
    }

    /// A UTC instant `(y, mo, d, h, mi)`, whether the store is open then,
    /// and the local time as the label.
    type Case = ((i32, u32, u32, u32, u32), bool, &'static str);

    /// Checks `text` in `tz` at each case's instant.
    fn check_at(text: &str, tz: Tz, cases: &[Case]) {
        let h = hours(text);
        for &((y, mo, d, hh, mi), want, local) in cases {
            let t = utc(y, mo, d, hh, mi);
            assert_eq!(h.is_open_at(t, tz), want, "{text:?} at {local} in {tz}");
        }
    }

    #[test]
    fn is_open_at_reads_the_store_clock_across_daylight_saving_changes() {
        let paris: Tz = chrono_tz::Europe::Paris;
        // The clocks go forward on Sunday 2026-03-29 and back on Sunday
        // 2026-10-25: 09:00 local is 08:00Z, then 07:00Z, then 08:00Z.
        check_at(
            "Mo-Su 09:00-20:00",
            paris,
            &[
                ((2026, 3, 28, 7, 30), false, "Sat 08:30 CET"),
                ((2026, 3, 28, 8, 0), true, "Sat 09:00 CET"),
                ((2026, 3, 28, 18, 59), true, "Sat 19:59 CET"),
                ((2026, 3, 29, 7, 0), true, "Sun 09:00 CEST"),
                ((2026, 3, 29, 18, 0), false, "Sun 20:00 CEST"),
                ((2026, 10, 24, 7, 30), true, "Sat 09:30 CEST"),
                ((2026, 10, 25, 7, 30), false, "Sun 08:30 CET"),
                ((2026, 10, 25, 8, 0), true, "Sun 09:00 CET"),
            ],
        );
        // In the repeated hour both passes read 02:xx local; in the skipped
        // hour there is no 02:xx, so that night the store never opens.
        check_at(
            "Su 02:00-03:00",
            paris,
            &[
                ((2026, 10, 25, 0, 30), true, "02:30 CEST"),
                ((2026, 10, 25, 1, 30), true, "02:30 CET"),
                ((2026, 10, 25, 2, 0), false, "03:00 CET"),
                ((2026, 3, 29, 0, 59), false, "01:59 CET"),
                ((2026, 3, 29, 1, 0), false, "03:00 CEST"),
            ],
        );
    }

    #[test]
    fn is_open_at_uses_the_local_weekday_far_from_utc() {
        // UTC+14: Monday 09:30 there is Sunday 19:30 UTC.
        check_at(
            "Mo 09:00-10:00",
            chrono_tz::Pacific::Kiritimati,
            &[
                ((2026, 3, 1, 19, 30), true, "Mon 09:30"),
                ((2026, 3, 2, 9, 30), false, "Mon 23:30"),
            ],
        );
        // New Zealand leaves daylight saving on Sunday 2026-04-05 (03:00
        // NZDT becomes 02:00 NZST).
        check_at(
            "Sa,Su 08:00-09:00",
            chrono_tz::Pacific::Auckland,
            &[
                ((2026, 4, 3, 19, 0), true, "Sat 08:00 NZDT"),
                ((2026, 4, 4, 19, 0), false, "Sun 07:00 NZST"),
                ((2026, 4, 4, 20, 0), true, "Sun 08:00 NZST"),
            ],
        );
        // A half-hour offset: St. John's is UTC-2:30 in summer.
        check_at(
            "Fr 22:00-02:00",
            chrono_tz::America::St_Johns,
            &[
                ((2026, 7, 4, 0, 30), true, "Fri 22:00"),
                ((2026, 7, 4, 3, 0), true, "Sat 00:30"),
                ((2026, 7, 4, 4, 30), false, "Sat 02:00"),
            ],
        );
    }

    /// A generated rule: its days (`None`: every day, first rule only) as
    /// `(first, last)` ranges, and its spans `(start, end as written)` in
    /// minutes, or `None` for `off`.
    #[derive(Debug, Clone)]
    struct GenRule {
        days: Option<Vec<(usize, usize)>>,
        spans: Option<Vec<(u16, u16)>>,
    }

    impl GenRule {
        fn names(&self, day: usize) -> bool {
            self.days.as_ref().is_none_or(|ranges| {
                ranges.iter().any(|&(a, b)| {
                    if a <= b {
                        (a..=b).contains(&day)
                    } else {
                        day >= a || day <= b
                    }
                })
            })
        }

        /// Spans as absolute minutes from the named day's midnight.
        fn absolute(&self) -> Vec<(u16, u16)> {
            self.spans
                .iter()
                .flatten()
                .map(|&(a, b)| (a, if b <= a { b + DAY } else { b }))
                .collect()
        }

        fn text(&self) -> String {
            let hhmm = |m: u16| format!("{:02}:{:02}", m / 60, m % 60);
            let times = match &self.spans {
                None => "off".to_owned(),
                Some(spans) => spans
                    .iter()
                    .map(|&(a, b)| format!("{}-{}", hhmm(a), hhmm(b)))
                    .collect::<Vec<_>>()
                    .join(","),
            };
            match &self.days {
                None => times,
                Some(ranges) => {
                    let days = ranges
                        .iter()
                        .map(|&(a, b)| {
                            if a == b {
                                DAY_NAMES[a].to_owned()
                            } else {
                                format!("{}-{}", DAY_NAMES[a], DAY_NAMES[b])
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(",");
                    format!("{days} {times}")
                }
            }
        }
    }

    fn gen_span() -> impl Strategy<Value = (u16, u16)> {
        (0..DAY).prop_flat_map(|a| {
            prop_oneof![
                // Same day, past midnight (written at or before the start),
                // or past midnight written as an extended hour.
                (a + 1..=DAY).prop_map(move |b| (a, b)),
                (0..=a).prop_map(move |b| (a, b)),
                (DAY + 1..=2 * DAY).prop_map(move |b| (a, b)),
            ]
        })
    }

    fn gen_rule(with_days: bool) -> impl Strategy<Value = GenRule> {
        let days = prop::collection::vec((0..7usize, 0..7usize), 1..3);
        let spans = prop::option::weighted(0.85, prop::collection::vec(gen_span(), 1..4));
        (
            if with_days {
                days.prop_map(Some).boxed()
            } else {
                prop_oneof![days.prop_map(Some), Just(None)].boxed()
            },
            spans,
        )
            .prop_map(|(days, spans)| GenRule { days, spans })
    }

    fn gen_rules() -> impl Strategy<Value = Vec<GenRule>> {
        (gen_rule(false), prop::collection::vec(gen_rule(true), 0..5))
            .prop_map(|(first, rest)| std::iter::once(first).chain(rest).collect())
    }

    /// OpenStreetMap's rule, stated per minute rather than computed day by
    /// day: a day's own hours come from the last rule naming it; a rule's
    /// part after midnight counts unless a later rule names the day it
    /// falls on.
    fn oracle(rules: &[GenRule], day: usize, minute: u16) -> bool {
        let before = (day + 6) % 7;
        let last = rules.iter().rposition(|r| r.names(day));
        let own = last.is_some_and(|i| {
            rules[i]
                .absolute()
                .iter()
                .any(|&(a, b)| a <= minute && minute < b.min(DAY))
        });
        let night = rules.iter().enumerate().any(|(i, r)| {
            r.names(before)
                && last.is_none_or(|l| i >= l)
                && r.absolute()
                    .iter()
                    .any(|&(_, b)| b > DAY && minute < b - DAY)
        });
        own || night
    }

    proptest! {
        #[test]
        fn parsed_hours_match_the_rule_by_rule_oracle(rules in gen_rules()) {
            let text = rules.iter().map(GenRule::text).collect::<Vec<_>>().join("; ");
            let h = OpeningHours::parse(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
            for day in 0..7 {
                for minute in 0..DAY {
                    prop_assert_eq!(
                        h.is_open(day, minute),
                        oracle(&rules, day, minute),
                        "{} on day {} minute {}", text, day, minute
                    );
                }
            }
        }

        #[test]
        fn display_reads_back_as_equal_hours(rules in gen_rules()) {
            let text = rules.iter().map(GenRule::text).collect::<Vec<_>>().join("; ");
            let h = OpeningHours::parse(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let canonical = h.to_string();
            let again = OpeningHours::parse(&canonical);
            prop_assert_eq!(again, Ok(h.clone()), "{} -> {}", text, canonical);
            for day in 0..7 {
                let spans = h.intervals(day);
                prop_assert!(spans.iter().all(|&(a, b)| a < b && b <= DAY));
                prop_assert!(spans.windows(2).all(|w| w[0].1 < w[1].0), "merged: {:?}", spans);
            }
        }
    }
}
