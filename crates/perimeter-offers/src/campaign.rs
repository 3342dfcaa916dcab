//! Campaign rules: the file format (serde types) and the validated campaigns.
//!
//! The file is TOML with one `[[campaign]]` table per campaign. Parsing is
//! strict (`deny_unknown_fields` everywhere: a typo is an error, never a
//! silently ignored setting), then every campaign is checked across fields
//! and every problem is reported at once, each naming the campaign and the
//! field. `docs/campaigns.md` describes the format for the people who write
//! these files.

use std::fmt;
use std::time::Duration;

use chrono::Weekday;
use perimeter_model::{CampaignId, Category, FenceId, OfferId, StoreId, Timestamp};
use serde::Deserialize;

use crate::limits::GlobalLimits;

/// Longest accepted `cooldown` (the caps history keeps entries this long).
pub const MAX_COOLDOWN: Duration = Duration::from_secs(30 * 24 * 3600);
/// Longest accepted `max_age`.
pub const MAX_MAX_AGE: Duration = Duration::from_secs(24 * 3600);
/// Longest accepted `ttl`.
pub const MAX_TTL: Duration = Duration::from_secs(30 * 24 * 3600);
/// Longest accepted sender name, in characters.
pub const MAX_SENDER_CHARS: usize = 64;
/// Longest accepted message text, in characters.
pub const MAX_MESSAGE_CHARS: usize = 1000;
/// Longest accepted campaign name, in characters.
pub const MAX_NAME_CHARS: usize = 200;

const DEFAULT_COOLDOWN: &str = "24h";
const DEFAULT_MAX_AGE: &str = "5m";
const DEFAULT_TTL: &str = "2h";

// ---------------------------------------------------------------------------
// File format (what people write)
// ---------------------------------------------------------------------------

/// A campaign file: a list of `[[campaign]]` tables.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CampaignFile {
    /// The campaigns, in any order (decisions order them by priority). An
    /// empty file is valid and triggers nothing.
    #[serde(default, rename = "campaign")]
    pub campaigns: Vec<CampaignSpec>,
}

/// One campaign as written in the file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CampaignSpec {
    /// Unique campaign id (no whitespace, at most 128 bytes). Part of every
    /// trigger id, so changing it makes the same event trigger "again".
    pub id: String,
    /// Human-readable name for operators (not shown to users).
    pub name: String,
    /// Which events trigger the campaign: `"enter"`, `"dwell"` or both.
    /// EXIT events never trigger offers. Must not be empty.
    pub event_kinds: Vec<EventKindSpec>,
    /// Which fences the campaign runs at.
    pub fences: FenceSelectorSpec,
    /// The offer sent.
    pub offer: OfferSpec,
    /// When, in the fence's local time, offers may be sent. Omitted: any day,
    /// any time (quiet hours still apply).
    #[serde(default)]
    pub schedule: Option<ScheduleSpec>,
    /// First instant the campaign runs, RFC 3339 (`2026-05-01T00:00:00+02:00`).
    /// Omitted: no start.
    #[serde(default)]
    pub valid_from: Option<String>,
    /// Instant the campaign stops, RFC 3339, exclusive. Offers sent before
    /// it also expire by then at the latest. Omitted: no end.
    #[serde(default)]
    pub valid_until: Option<String>,
    /// Higher runs first when several campaigns match one event; ties are
    /// broken by campaign id (ascending). Default 0.
    #[serde(default)]
    pub priority: i32,
    /// Minimum time between two offers of this campaign to the same user,
    /// e.g. `"24h"`, `"7days"`, `"0s"`. At most 30 days. Default `"24h"`.
    #[serde(default)]
    pub cooldown: Option<String>,
    /// Oldest event (by event time) that may still trigger, e.g. `"5m"`: a
    /// late offer is worse than none. Above 0, at most 24 hours. Default `"5m"`.
    #[serde(default)]
    pub max_age: Option<String>,
    /// How long an offer stays valid after it was sent, e.g. `"2h"`. Above
    /// 0, at most 30 days. Default `"2h"`.
    #[serde(default)]
    pub ttl: Option<String>,
}

/// An event kind as written in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKindSpec {
    /// The user entered a fence.
    Enter,
    /// The user stayed for the fence's dwell threshold.
    Dwell,
    /// Accepted by the parser only to explain why it is refused.
    Exit,
}

/// Which fences a campaign runs at. A fence matches if its id is listed, or
/// its store id is listed, or it carries one of the tags (tags compare
/// ASCII case-insensitively). An empty selector is an error, never "every
/// fence": to target every fence, write `all = true` and nothing else.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FenceSelectorSpec {
    /// Fence ids.
    #[serde(default)]
    pub fence_ids: Vec<String>,
    /// Store ids (every fence of these stores).
    #[serde(default)]
    pub store_ids: Vec<String>,
    /// Fence tags such as `"coffee"` or `"pharmacy"`.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Every fence. Must not be combined with the lists above.
    #[serde(default)]
    pub all: bool,
}

/// The offer a campaign sends.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfferSpec {
    /// Offer id chosen by marketing (no whitespace, at most 128 bytes).
    pub id: String,
    /// Offer category users may block, e.g. `"food"`, `"alcohol"`. Compared
    /// case-insensitively with the categories users blocked.
    pub category: String,
    /// Sender name shown to the user (1 to 64 characters).
    pub sender: String,
    /// Message text shown to the user (1 to 1000 characters).
    pub message: String,
}

/// A store-local weekly schedule, evaluated in the fence's time zone at the
/// moment of the decision.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScheduleSpec {
    /// Days the campaign runs: `"mon"` ... `"sun"`. Omitted: every day. An
    /// empty list is an error.
    #[serde(default)]
    pub days: Option<Vec<DaySpec>>,
    /// Time windows `"HH:MM-HH:MM"` (start inclusive, end exclusive, end
    /// may be `"24:00"`). A window whose end is before its start runs past
    /// midnight and belongs to the day it starts on (`"22:00-02:00"` on
    /// `fri` covers Friday 22:00 to Saturday 02:00). Omitted: all day. An
    /// empty list or an empty window is an error.
    #[serde(default)]
    pub hours: Option<Vec<String>>,
}

/// A day of the week as written in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
#[allow(missing_docs, reason = "the names are the documentation")]
pub enum DaySpec {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl DaySpec {
    const fn weekday(self) -> Weekday {
        match self {
            Self::Mon => Weekday::Mon,
            Self::Tue => Weekday::Tue,
            Self::Wed => Weekday::Wed,
            Self::Thu => Weekday::Thu,
            Self::Fri => Weekday::Fri,
            Self::Sat => Weekday::Sat,
            Self::Sun => Weekday::Sun,
        }
    }
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

/// One problem with one campaign.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("campaign {campaign:?}: field `{field}`: {reason}")]
pub struct CampaignError {
    /// The campaign's id as written, or `#N` (1-based position in the file)
    /// when the id itself is unusable.
    pub campaign: String,
    /// The field, dotted for nested ones (`offer.sender`).
    pub field: &'static str,
    /// What is wrong and how to fix it.
    pub reason: String,
}

/// A campaign file that cannot be used. Nothing of it is loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CampaignFileError {
    /// Not TOML, or the structure is wrong (unknown or missing field, wrong
    /// type). The message carries the line and column.
    #[error("campaign file is not valid: {0}")]
    Syntax(String),
    /// Well-formed, but some campaigns are invalid; every problem is listed.
    #[error("{}", ListedErrors(.0))]
    Invalid(Vec<CampaignError>),
}

struct ListedErrors<'a>(&'a [CampaignError]);

impl fmt::Display for ListedErrors<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        write!(
            f,
            "campaign file rejected, {n} error{}:",
            if n == 1 { "" } else { "s" }
        )?;
        for e in self.0 {
            write!(f, "\n  - {e}")?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// Validated campaigns
// ---------------------------------------------------------------------------

/// A daily time window in minutes since local midnight: `[start, end)`,
/// `end` up to 1440; `start > end` wraps past midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeWindow {
    start: u16,
    end: u16,
}

impl TimeWindow {
    fn parse(s: &str) -> Result<Self, String> {
        let bad =
            || format!("invalid time window {s:?}: expected \"HH:MM-HH:MM\", e.g. \"09:00-18:30\"");
        let (a, b) = s.split_once('-').ok_or_else(bad)?;
        let start = parse_hhmm(a.trim(), false).ok_or_else(bad)?;
        let end = parse_hhmm(b.trim(), true).ok_or_else(bad)?;
        // "00:00-24:00" is the whole day; "HH:MM-24:00" runs to midnight.
        if start == end {
            return Err(format!("empty time window {s:?}: start and end are equal"));
        }
        Ok(Self { start, end })
    }

    fn contains(self, minute: u16) -> bool {
        if self.start <= self.end {
            self.start <= minute && minute < self.end
        } else {
            minute >= self.start
        }
    }

    /// The part of a wrapping window that falls on the next day.
    fn contains_spill(self, minute: u16) -> bool {
        self.start > self.end && minute < self.end
    }
}

fn parse_hhmm(s: &str, allow_24: bool) -> Option<u16> {
    let (h, m) = s.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let h: u16 = h.parse().ok()?;
    let m: u16 = m.parse().ok()?;
    if allow_24 && h == 24 && m == 0 {
        return Some(1440);
    }
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// A validated store-local schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    /// Bit `n` set = runs on the day `n` days after Monday.
    days: u8,
    windows: Vec<TimeWindow>,
}

impl Schedule {
    /// Every day, all day.
    #[must_use]
    pub fn always() -> Self {
        Self {
            days: 0x7f,
            windows: vec![TimeWindow {
                start: 0,
                end: 1440,
            }],
        }
    }

    /// Whether the schedule runs on local `weekday` at local minute `minute`
    /// (0-1439) of that day.
    #[must_use]
    pub fn contains(&self, weekday: Weekday, minute: u16) -> bool {
        let today = self.runs_on(weekday);
        let yesterday = self.runs_on(weekday.pred());
        self.windows
            .iter()
            .any(|w| (today && w.contains(minute)) || (yesterday && w.contains_spill(minute)))
    }

    const fn runs_on(&self, day: Weekday) -> bool {
        self.days & (1 << day.num_days_from_monday()) != 0
    }
}

/// Which fences a campaign runs at (validated [`FenceSelectorSpec`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FenceSelector {
    all: bool,
    fence_ids: Vec<FenceId>,
    store_ids: Vec<StoreId>,
    tags: Vec<String>,
}

impl FenceSelector {
    /// Whether a fence with these attributes is selected.
    #[must_use]
    pub fn matches(&self, fence: &FenceId, store: &StoreId, tags: &[String]) -> bool {
        self.all
            || self.fence_ids.contains(fence)
            || self.store_ids.contains(store)
            || self
                .tags
                .iter()
                .any(|t| tags.iter().any(|f| f.eq_ignore_ascii_case(t)))
    }
}

/// The offer a campaign sends (validated [`OfferSpec`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    /// Offer id.
    pub id: OfferId,
    /// Category.
    pub category: Category,
    /// Sender name shown to the user.
    pub sender: String,
    /// Message text shown to the user.
    pub message: String,
    category_lower: Box<str>,
}

impl Offer {
    pub(crate) fn category_lowercase(&self) -> &str {
        &self.category_lower
    }
}

/// A validated campaign. Build with [`Campaign::from_spec`] or load a file
/// with [`CampaignRules::from_toml_str`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Campaign {
    /// Unique id.
    pub id: CampaignId,
    /// Name for operators.
    pub name: String,
    /// Triggers on ENTER.
    pub on_enter: bool,
    /// Triggers on DWELL.
    pub on_dwell: bool,
    /// Where.
    pub fences: FenceSelector,
    /// What is sent.
    pub offer: Offer,
    /// When, in the fence's local time.
    pub schedule: Schedule,
    /// First instant the campaign runs.
    pub valid_from: Option<Timestamp>,
    /// Instant the campaign stops (exclusive).
    pub valid_until: Option<Timestamp>,
    /// Higher first.
    pub priority: i32,
    /// Minimum time between two offers of this campaign to one user.
    pub cooldown: Duration,
    /// Oldest event that may still trigger.
    pub max_age: Duration,
    /// Validity of a sent offer.
    pub ttl: Duration,
}

struct Checker {
    campaign: String,
    errors: Vec<CampaignError>,
}

impl Checker {
    fn err(&mut self, field: &'static str, reason: impl Into<String>) {
        self.errors.push(CampaignError {
            campaign: self.campaign.clone(),
            field,
            reason: reason.into(),
        });
    }

    fn id<T, E: fmt::Display>(&mut self, field: &'static str, r: Result<T, E>) -> Option<T> {
        r.map_err(|e| self.err(field, e.to_string())).ok()
    }

    fn text(&mut self, field: &'static str, s: &str, max: usize) -> String {
        let n = s.chars().count();
        if s.trim().is_empty() {
            self.err(field, "must not be empty");
        } else if n > max {
            self.err(
                field,
                format!("is {n} characters long, at most {max} allowed"),
            );
        }
        s.to_owned()
    }

    fn duration(
        &mut self,
        field: &'static str,
        given: Option<&str>,
        default: &str,
        min_exclusive_zero: bool,
        max: Duration,
        max_text: &str,
    ) -> Duration {
        let s = given.unwrap_or(default);
        match humantime::parse_duration(s) {
            Ok(d) if min_exclusive_zero && d.is_zero() => {
                self.err(field, format!("must be longer than 0, got {s:?}"));
                d
            }
            Ok(d) if d > max => {
                self.err(
                    field,
                    format!("{s:?} is longer than the maximum of {max_text}"),
                );
                d
            }
            Ok(d) => d,
            Err(e) => {
                self.err(
                    field,
                    format!(
                        "invalid duration {s:?} ({e}); write e.g. \"30m\", \"2h\" or \"7days\""
                    ),
                );
                Duration::ZERO
            }
        }
    }

    fn instant(&mut self, field: &'static str, given: Option<&str>) -> Option<Timestamp> {
        let s = given?;
        let parsed = chrono::DateTime::parse_from_rfc3339(s)
            .map_err(|e| e.to_string())
            .and_then(|dt| {
                Timestamp::from_millis(dt.timestamp_millis()).map_err(|e| e.to_string())
            });
        match parsed {
            Ok(t) => Some(t),
            Err(e) => {
                self.err(
                    field,
                    format!("invalid RFC 3339 instant {s:?} ({e}); write e.g. \"2026-05-01T00:00:00+02:00\""),
                );
                None
            }
        }
    }
}

impl Campaign {
    /// Validates one campaign. `position` is its 1-based position in the
    /// file, used to name it when its id is unusable.
    ///
    /// # Errors
    /// Every problem found, each naming the campaign and the field.
    pub fn from_spec(spec: &CampaignSpec, position: usize) -> Result<Self, Vec<CampaignError>> {
        let mut c = Checker {
            campaign: if spec.id.trim().is_empty() {
                format!("#{position}")
            } else {
                spec.id.clone()
            },
            errors: Vec::new(),
        };
        let id = c.id("id", CampaignId::new(&spec.id));
        let name = c.text("name", &spec.name, MAX_NAME_CHARS);

        let mut on_enter = false;
        let mut on_dwell = false;
        for k in &spec.event_kinds {
            match k {
                EventKindSpec::Enter => on_enter = true,
                EventKindSpec::Dwell => on_dwell = true,
                EventKindSpec::Exit => c.err(
                    "event_kinds",
                    "\"exit\" cannot trigger offers (the user has left); use \"enter\" or \"dwell\"",
                ),
            }
        }
        if spec.event_kinds.is_empty() {
            c.err("event_kinds", "must list \"enter\", \"dwell\" or both");
        }

        let fences = check_selector(&mut c, &spec.fences);

        let offer_id = c.id("offer.id", OfferId::new(&spec.offer.id));
        let category = c.id("offer.category", Category::new(&spec.offer.category));
        let sender = c.text("offer.sender", &spec.offer.sender, MAX_SENDER_CHARS);
        let message = c.text("offer.message", &spec.offer.message, MAX_MESSAGE_CHARS);

        let schedule = spec
            .schedule
            .as_ref()
            .map_or_else(Schedule::always, |s| check_schedule(&mut c, s));

        let valid_from = c.instant("valid_from", spec.valid_from.as_deref());
        let valid_until = c.instant("valid_until", spec.valid_until.as_deref());
        if let (Some(from), Some(until)) = (valid_from, valid_until)
            && from >= until
        {
            c.err(
                "valid_until",
                format!(
                    "must be after valid_from ({} is not after {})",
                    spec.valid_until.as_deref().unwrap_or_default(),
                    spec.valid_from.as_deref().unwrap_or_default()
                ),
            );
        }

        let cooldown = c.duration(
            "cooldown",
            spec.cooldown.as_deref(),
            DEFAULT_COOLDOWN,
            false,
            MAX_COOLDOWN,
            "30 days",
        );
        let max_age = c.duration(
            "max_age",
            spec.max_age.as_deref(),
            DEFAULT_MAX_AGE,
            true,
            MAX_MAX_AGE,
            "24 hours",
        );
        let ttl = c.duration(
            "ttl",
            spec.ttl.as_deref(),
            DEFAULT_TTL,
            true,
            MAX_TTL,
            "30 days",
        );

        match (id, offer_id, category, fences) {
            (Some(id), Some(offer_id), Some(category), Some(fences)) if c.errors.is_empty() => {
                Ok(Self {
                    id,
                    name,
                    on_enter,
                    on_dwell,
                    fences,
                    offer: Offer {
                        id: offer_id,
                        category_lower: category.as_str().to_lowercase().into_boxed_str(),
                        category,
                        sender,
                        message,
                    },
                    schedule,
                    valid_from,
                    valid_until,
                    priority: spec.priority,
                    cooldown,
                    max_age,
                    ttl,
                })
            }
            _ => Err(c.errors),
        }
    }

    /// Whether the campaign is running at `now` by its validity window.
    #[must_use]
    pub fn is_valid_at(&self, now: Timestamp) -> bool {
        self.valid_from.is_none_or(|f| now >= f) && self.valid_until.is_none_or(|u| now < u)
    }
}

fn check_selector(c: &mut Checker, s: &FenceSelectorSpec) -> Option<FenceSelector> {
    let listed = !(s.fence_ids.is_empty() && s.store_ids.is_empty() && s.tags.is_empty());
    if s.all && listed {
        c.err(
            "fences.all",
            "`all = true` cannot be combined with fence_ids, store_ids or tags; keep one",
        );
        return None;
    }
    if !s.all && !listed {
        c.err(
            "fences",
            "selects no fence; list fence_ids, store_ids or tags, or set `all = true` to target every fence",
        );
        return None;
    }
    let before = c.errors.len();
    let fence_ids = s
        .fence_ids
        .iter()
        .filter_map(|f| c.id("fences.fence_ids", FenceId::new(f)))
        .collect();
    let store_ids = s
        .store_ids
        .iter()
        .filter_map(|f| c.id("fences.store_ids", StoreId::new(f)))
        .collect();
    for t in &s.tags {
        if t.trim().is_empty() {
            c.err("fences.tags", "tags must not be empty strings");
        }
    }
    (c.errors.len() == before).then(|| FenceSelector {
        all: s.all,
        fence_ids,
        store_ids,
        tags: s.tags.clone(),
    })
}

fn check_schedule(c: &mut Checker, s: &ScheduleSpec) -> Schedule {
    let days = match &s.days {
        None => 0x7f,
        Some(d) if d.is_empty() => {
            c.err(
                "schedule.days",
                "is empty, so the campaign would never run; omit `days` to run every day",
            );
            0
        }
        Some(d) => d.iter().fold(0u8, |acc, d| {
            acc | (1 << d.weekday().num_days_from_monday())
        }),
    };
    let windows = match &s.hours {
        None => Schedule::always().windows,
        Some(h) if h.is_empty() => {
            c.err(
                "schedule.hours",
                "is empty, so the campaign would never run; omit `hours` to run all day",
            );
            Vec::new()
        }
        Some(h) => h
            .iter()
            .filter_map(|w| {
                TimeWindow::parse(w)
                    .map_err(|e| c.err("schedule.hours", e))
                    .ok()
            })
            .collect(),
    };
    Schedule { days, windows }
}

/// A validated, ordered set of campaigns plus the global limits: what
/// [`decide`](CampaignRules::decide) runs against.
#[derive(Debug, Clone, Default)]
pub struct CampaignRules {
    /// Sorted by priority (highest first), then id (ascending).
    campaigns: Vec<Campaign>,
    limits: GlobalLimits,
}

impl CampaignRules {
    /// Loads a campaign file (TOML), with the default [`GlobalLimits`].
    ///
    /// # Errors
    /// [`CampaignFileError::Syntax`] for malformed TOML, unknown, missing or
    /// mistyped fields; [`CampaignFileError::Invalid`] listing every
    /// campaign problem otherwise.
    pub fn from_toml_str(text: &str) -> Result<Self, CampaignFileError> {
        let file: CampaignFile = toml::from_str(text)
            .map_err(|e| CampaignFileError::Syntax(e.to_string().trim_end().to_owned()))?;
        Self::from_file(&file)
    }

    /// Validates parsed campaigns (from TOML or any other serde source).
    ///
    /// # Errors
    /// [`CampaignFileError::Invalid`] listing every problem.
    pub fn from_file(file: &CampaignFile) -> Result<Self, CampaignFileError> {
        let mut errors = Vec::new();
        let mut campaigns: Vec<Campaign> = Vec::with_capacity(file.campaigns.len());
        for (i, spec) in file.campaigns.iter().enumerate() {
            if let Some(first) = file.campaigns[..i].iter().position(|o| o.id == spec.id) {
                errors.push(CampaignError {
                    campaign: spec.id.clone(),
                    field: "id",
                    reason: format!(
                        "duplicate campaign id (campaigns #{} and #{} in the file)",
                        first + 1,
                        i + 1
                    ),
                });
            }
            match Campaign::from_spec(spec, i + 1) {
                Ok(c) => campaigns.push(c),
                Err(e) => errors.extend(e),
            }
        }
        if !errors.is_empty() {
            return Err(CampaignFileError::Invalid(errors));
        }
        Ok(Self::new(campaigns))
    }

    /// Rules from already validated campaigns (ids assumed unique), with the
    /// default [`GlobalLimits`].
    #[must_use]
    pub fn new(mut campaigns: Vec<Campaign>) -> Self {
        campaigns.sort_by(|a, b| b.priority.cmp(&a.priority).then_with(|| a.id.cmp(&b.id)));
        Self {
            campaigns,
            limits: GlobalLimits::default(),
        }
    }

    /// Replaces the global limits.
    #[must_use]
    pub const fn with_limits(mut self, limits: GlobalLimits) -> Self {
        self.limits = limits;
        self
    }

    /// The global limits in force.
    #[must_use]
    pub const fn limits(&self) -> &GlobalLimits {
        &self.limits
    }

    /// The campaigns in decision order: priority descending, then id.
    #[must_use]
    pub fn campaigns(&self) -> &[Campaign] {
        &self.campaigns
    }

    /// How long the caps history must keep entries for these rules: the
    /// longest cooldown, and at least 48 hours (a local day is at most 25
    /// hours long, wherever the user is).
    #[must_use]
    pub fn history_retention(&self) -> Duration {
        self.campaigns
            .iter()
            .map(|c| c.cooldown)
            .fold(crate::history::MIN_RETENTION, Duration::max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_windows_parse_and_wrap() {
        let w = TimeWindow::parse("22:00-02:00").unwrap();
        assert!(w.contains(22 * 60) && w.contains(1439) && !w.contains(60));
        assert!(w.contains_spill(60) && !w.contains_spill(120));
        let day = TimeWindow::parse("00:00-24:00").unwrap();
        assert!(day.contains(0) && day.contains(1439));
        assert!(TimeWindow::parse("09:00-09:00").is_err());
        assert!(TimeWindow::parse("9:00-10:00").is_err());
        assert!(TimeWindow::parse("24:00-10:00").is_err());
        assert!(TimeWindow::parse("10:60-11:00").is_err());
    }

    #[test]
    fn schedule_wrapping_window_belongs_to_its_start_day() {
        let s = Schedule {
            days: 1 << Weekday::Fri.num_days_from_monday(),
            windows: vec![TimeWindow::parse("22:00-02:00").unwrap()],
        };
        assert!(s.contains(Weekday::Fri, 23 * 60));
        assert!(s.contains(Weekday::Sat, 60));
        assert!(!s.contains(Weekday::Sat, 23 * 60));
        assert!(!s.contains(Weekday::Fri, 60));
    }
}
