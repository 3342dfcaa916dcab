//! perimeter-offers: under construction.
