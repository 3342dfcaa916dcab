//! Identifiers.
//!
//! Ids are opaque strings chosen by upstream systems. They are validated once
//! (non-empty, at most [`MAX_ID_LEN`] bytes, no control characters or
//! whitespace) and shared cheaply afterwards (`Arc<str>`: a clone is a
//! reference-count increment, which matters on the hot path where every event
//! carries a user, fence and store id).

use std::fmt;
use std::sync::Arc;

/// Longest id accepted, in bytes.
pub const MAX_ID_LEN: usize = 128;

/// Why a string was rejected as an id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdError {
    /// The string is empty.
    Empty,
    /// The string is longer than [`MAX_ID_LEN`] bytes.
    TooLong,
    /// The string contains a control or whitespace character.
    BadCharacter,
}

impl fmt::Display for IdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Empty => "must not be empty",
            Self::TooLong => "must be at most 128 bytes",
            Self::BadCharacter => "must not contain whitespace or control characters",
        })
    }
}

/// A string that could not become an id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {kind} {value:?}: {reason}")]
pub struct InvalidId {
    /// Which id type was being built (`user id`, `fence id`, ...).
    pub kind: &'static str,
    /// The rejected value, truncated to 64 characters.
    pub value: String,
    /// What is wrong with it.
    pub reason: IdError,
}

fn check(kind: &'static str, s: &str) -> Result<(), InvalidId> {
    let reason = if s.is_empty() {
        IdError::Empty
    } else if s.len() > MAX_ID_LEN {
        IdError::TooLong
    } else if s.chars().any(|c| c.is_control() || c.is_whitespace()) {
        IdError::BadCharacter
    } else {
        return Ok(());
    };
    Err(InvalidId {
        kind,
        value: s.chars().take(64).collect(),
        reason,
    })
}

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident, $kind:literal) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(Arc<str>);

        impl $name {
            /// Validates and builds the id.
            ///
            /// # Errors
            /// [`InvalidId`] if the string is empty, too long or contains
            /// whitespace or control characters.
            pub fn new(s: &str) -> Result<Self, InvalidId> {
                check($kind, s)?;
                Ok(Self(Arc::from(s)))
            }

            /// The id as a string slice.
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({:?})", stringify!($name), &*self.0)
            }
        }

        impl std::str::FromStr for $name {
            type Err = InvalidId;
            fn from_str(s: &str) -> Result<Self, InvalidId> {
                Self::new(s)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    };
}

string_id!(
    /// A pseudonymous user id (the key of pings, consent and presence state).
    UserId,
    "user id"
);
string_id!(
    /// A geofence id, unique within a catalog.
    FenceId,
    "fence id"
);
string_id!(
    /// A store id; several fences may belong to one store.
    StoreId,
    "store id"
);
string_id!(
    /// A campaign id, unique within the campaign rules.
    CampaignId,
    "campaign id"
);
string_id!(
    /// An offer id, chosen by the marketing team.
    OfferId,
    "offer id"
);
string_id!(
    /// An offer category (e.g. `food`, `alcohol`) that users may block.
    Category,
    "category"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_empty_long_and_whitespace_ids() {
        assert_eq!(UserId::new("").unwrap_err().reason, IdError::Empty);
        assert_eq!(
            FenceId::new(&"x".repeat(129)).unwrap_err().reason,
            IdError::TooLong
        );
        assert_eq!(
            StoreId::new("a b").unwrap_err().reason,
            IdError::BadCharacter
        );
        assert_eq!(
            UserId::new("a\u{0}").unwrap_err().to_string(),
            "invalid user id \"a\\0\": must not contain whitespace or control characters"
        );
        assert_eq!(UserId::new("user-42").unwrap().as_str(), "user-42");
    }
}
