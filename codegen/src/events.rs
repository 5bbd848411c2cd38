//! The webhook events, from the model's event schemas: `RoomEvent` with one variant per event
//! type carrying its generated payload type, and a variant that keeps an unknown event whole.
//! It is compiled with the client's `webhooks` feature. The webhooks module parses into it and
//! the emulator sends from it, so no event type string
//! or payload field is typed by hand anywhere.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::model::Model;

/// `RoomEvent` and its methods, as items for the generated file.
pub fn events(model: &Model, types: &BTreeSet<String>) -> Result<TokenStream, String> {
    let mut variants = Vec::new();
    let mut types_of = Vec::new();
    let mut parse = Vec::new();
    let mut payloads = Vec::new();
    let mut all = Vec::new();
    for e in &model.events {
        if !types.contains(&e.payload) {
            return Err(format!(
                "event `{}`: progenitor generated no payload type `{}`",
                e.schema, e.payload
            ));
        }
        let v = format_ident!("{}", e.schema);
        let p = format_ident!("{}", e.payload);
        let t = &e.event_type;
        let doc = format!("`{t}`: {}", e.description);
        variants.push(quote! { #[doc = #doc] #v(types::#p) });
        types_of.push(quote! { RoomEvent::#v(_) => #t });
        parse.push(quote! { #t => RoomEvent::#v(decode(payload)?) });
        payloads.push(quote! { RoomEvent::#v(p) => ::serde_json::to_value(p) });
        all.push(t);
    }
    let count = all.len();
    let from_parts = from_parts(&parse);
    Ok(quote! {
        /// A room event, by type: one variant per event schema of the spec, each carrying its
        /// generated payload, and [`RoomEvent::Unknown`] for a type this version does not know.
        #[cfg(feature = "webhooks")]
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum RoomEvent {
            #(#variants,)*
            /// An event type this version does not know; kept whole, never an error.
            Unknown {
                /// Its `event_type`.
                event_type: String,
                /// The event object as received.
                raw: ::serde_json::Value,
            },
        }

        #[cfg(feature = "webhooks")]
        impl RoomEvent {
            /// Every event type the spec defines.
            pub const EVENT_TYPES: [&'static str; #count] = [#(#all),*];

            /// The `event_type` on the wire.
            pub fn event_type(&self) -> &str {
                match self {
                    #(#types_of,)*
                    RoomEvent::Unknown { event_type, .. } => event_type,
                }
            }

            #from_parts

            /// The payload as JSON, as it goes on the wire.
            pub fn payload(&self) -> ::serde_json::Value {
                let value = match self {
                    #(#payloads,)*
                    RoomEvent::Unknown { raw, .. } => Ok(raw["payload"].clone()),
                };
                value.unwrap_or_default()
            }
        }
    })
}

/// `RoomEvent::from_parts`: an event from its type and payload, one arm per event type.
fn from_parts(parse: &[TokenStream]) -> TokenStream {
    quote! {
    /// The event of type `event_type` with this `payload`; `event` is the whole event
    /// object, kept for an unknown type. A payload that is absent or does not match its
    /// schema (a required id missing, say) is an error naming the field.
    pub(crate) fn from_parts(
        event_type: &str,
        payload: Option<&::serde_json::Value>,
        event: &::serde_json::Value,
    ) -> ::std::result::Result<RoomEvent, String> {
        fn decode<T: ::serde::de::DeserializeOwned>(
            payload: Option<&::serde_json::Value>,
        ) -> ::std::result::Result<T, String> {
            match payload {
                None | Some(::serde_json::Value::Null) => Err("no `payload`".to_string()),
                Some(v) => T::deserialize(v).map_err(|e| format!("`payload`: {e}")),
            }
        }
        Ok(match event_type {
            #(#parse,)*
            _ => RoomEvent::Unknown {
                event_type: event_type.to_string(),
                raw: event.clone(),
            },
        })
    }
    }
}
