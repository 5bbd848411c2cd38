//! Test support: a loopback receiver that records every request (webhooks) and answers what the
//! test queued, and helpers that wait for webhooks and verify them as a receiver would.
#![allow(dead_code)]

mod capture;
pub mod hooks;

pub use capture::*;
