//! The Telnyx Video Rooms spec, its one typed model, and the generators that `telnyx-rooms` (the
//! client) and `telnyx-rooms-cli` (the command line) run in their build scripts.
//!
//! - [`SPEC`] is `spec/telnyx-rooms.yaml`, the OpenAPI 3.0.3 document made by
//!   `cargo xtask update-spec` from Telnyx's published document plus `spec/overlay.yaml`.
//! - [`Model::parse`] reads it once into operations (parameters, body, rules, answers) and webhook
//!   events, every `$ref` resolved. No other code walks the spec: each generator reads the model.
//! - [`client`] writes the client: progenitor's types and builders with our glue (one request
//!   builder behind `execute()` and `send()`, body setters, pagination), the operation table and
//!   the webhook events.
//! - [`cli`] writes the command line's operation commands.

mod calls;
mod cli;
mod cli_args;
mod client;
#[path = "../../build/digest.rs"]
pub mod digest;
mod events;
mod model;
mod reach;
#[path = "../../src/rules.rs"]
mod rules;
mod setters;
mod shape;
mod table;
mod type_builders;
mod write;

pub use cli::cli;
pub use client::{client, settings};
pub use model::{
    pascal, snake, Answer, Body, Event, Format, Location, Model, Operation, Param, Rule,
};
pub use write::{generated, write};

/// Where the spec is, relative to the workspace root.
pub const SPEC_FILE: &str = "codegen/spec/telnyx-rooms.yaml";

/// The spec: `spec/telnyx-rooms.yaml` of this crate, as it was when the crate was compiled.
pub const SPEC: &str = include_str!("../spec/telnyx-rooms.yaml");

/// The model of [`SPEC`].
pub fn model() -> Result<Model, String> {
    Model::parse(SPEC)
}
