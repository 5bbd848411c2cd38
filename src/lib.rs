#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

pub mod config;
mod error;
mod transport;
mod validate;

#[allow(missing_docs, clippy::all, unused_imports)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/codegen.rs"));
}

pub use config::{ApiKey, ClientBuilder};
pub use error::{ApiError, Error};
pub use generated::{builder, types, ByteStream, Client, ClientInfo, ResponseValue};
pub use transport::Inner;
pub use {chrono, uuid};
