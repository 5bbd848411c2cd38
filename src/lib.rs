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

/// The generated client: `src/generated.rs`, generated from the spec by `telnyx-rooms-codegen`
/// (the build script regenerates it in the repository whenever `codegen/` changes).
#[allow(missing_docs, clippy::all, unused_imports)]
#[rustfmt::skip]
mod generated;

pub use config::{ApiKey, Attempt, ClientBuilder};
pub use error::{ApiError, Error, Stage};
pub use generated::{builder, types, ByteStream, Client, ResponseValue, GENERATED_FROM};
pub use operation::Operation;
pub use pagination::{Items, ListRequest, Page, Pages};
pub use retry::RetryPolicy;
pub use {chrono, reqwest, uuid};
