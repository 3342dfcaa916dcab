//! perimeter-presence: under construction.
