//! Workflows every Telnyx Video backend writes around the operations, written once, each on
//! top of the public calls:
//!
//! - [`TokenKeeper`]: a room's join token that stays fresh (refreshed inside a margin, minted
//!   anew once the refresh token has expired, one refresh however many tasks ask).
//! - [`Client::get_or_create_room`](crate::Client::get_or_create_room): the room with a
//!   `unique_name`, created if absent, safe when two instances race.
//! - A guard on `DELETE /room_recordings`: without a filter it would delete every recording of
//!   the account, so it is refused before anything is sent;
//!   [`Client::delete_every_recording_of_the_account`](crate::Client::delete_every_recording_of_the_account)
//!   is the explicit way to do exactly that.
//! - [`Client::wait_for_composition`](crate::Client::wait_for_composition) and
//!   [`Client::wait_for_session_recordings`](crate::Client::wait_for_session_recordings):
//!   polling with backoff until a result is final or a deadline passes. When you receive the
//!   room's webhooks, prefer them (`video.room.composition.completed`,
//!   `video.room.recording.completed`): they arrive as soon as the work is done, with no
//!   requests spent; a wait is for scripts and for backends without a public webhook URL.

mod rooms;
mod tokens;
mod waits;

pub use tokens::{TokenKeeper, TokenPair};
pub use waits::Wait;
