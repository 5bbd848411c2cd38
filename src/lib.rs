#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

#[cfg(feature = "webhooks")]
pub mod activity;
mod call;
pub mod config;
mod connect;
mod error;
mod exchange;
pub mod operation;
pub mod pagination;
mod retry;
mod validate;
mod violation;
#[cfg(feature = "webhooks")]
pub mod webhooks;
pub mod workflows;

/// The generated client: `src/generated.rs`, written by `cargo xtask codegen` from the spec's
/// model, or the same text generated at build time with the `codegen` feature.
#[cfg(not(feature = "codegen"))]
#[allow(missing_docs, clippy::all, unused_imports)]
#[rustfmt::skip]
#[path = "generated.rs"]
mod generated;
#[cfg(feature = "codegen")]
#[allow(missing_docs, clippy::all, unused_imports)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/codegen.rs"));
}

pub use config::{ApiKey, Attempt, ClientBuilder};
pub use error::{ApiError, Error, Stage};
pub use generated::{builder, types, ByteStream, Client, ResponseValue};
pub use operation::Operation;
pub use pagination::{Items, ListRequest, Page, Pages};
pub use retry::RetryPolicy;
pub use {chrono, reqwest, uuid};
