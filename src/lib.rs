#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

// The generated code names hand-written types by the crate's name (`::telnyx_rooms::Participants`),
// which the command line's generated code names the same way.
extern crate self as telnyx_rooms;

#[cfg(feature = "webhooks")]
pub mod activity;
mod call;
pub mod config;
mod connect;
mod error;
mod exchange;
pub mod operation;
pub mod pagination;
mod participants;
mod retry;
#[allow(dead_code)] // `Rule::Any` is the generator's for a schema without a type
mod rules;
mod telemetry;
mod validate;
mod violation;
#[cfg(feature = "webhooks")]
pub mod webhooks;
pub mod workflows;

/// The generated client: `src/generated.rs`, generated from the spec by `telnyx-rooms-codegen`
/// (the build script regenerates it in the repository whenever `codegen/` changes).
#[allow(missing_docs, clippy::all, unused_imports)]
#[rustfmt::skip]
mod generated;

pub use error::{ApiError, Error, Stage};
pub use generated::{builder, types, Client, Operation, ResponseValue, GENERATED_FROM};
/// The OpenTelemetry API this crate records with (feature `otel`): its SDK must be the same version.
#[cfg(feature = "otel")]
pub use opentelemetry;
pub use participants::Participants;
pub use retry::RetryPolicy;
pub use {chrono, reqwest, uuid};
