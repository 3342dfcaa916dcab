//! placeholder until the bench lands.
#![allow(missing_docs)]
fn main() {}
