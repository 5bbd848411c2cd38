//! Test support: a loopback HTTP server that records every request and answers what the test
//! queued (shared with the emulator crate's tests, which receive webhooks with it), and (in
//! `prism`) a Prism launcher.
#![allow(dead_code)]

#[cfg(feature = "webhooks")]
pub mod activity;
#[path = "../../emulator/tests/support/capture.rs"]
mod capture;
#[cfg(feature = "webhooks")]
#[path = "../../emulator/tests/support/hooks.rs"]
pub mod hooks;
pub mod hostile;
pub mod operations;
pub mod prism;

pub use capture::*;
