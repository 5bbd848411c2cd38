#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

#[cfg(feature = "webhooks")]
pub mod activity;
mod call;
pub mod config;
mod connect;
mod error;
pub mod operation;
pub mod pagination;
mod retry;
mod validate;
mod violation;
#[cfg(feature = "webhooks")]
pub mod webhooks;
pub mod workflows;

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
