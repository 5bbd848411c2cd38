//! Rooms by name, and the explicit bulk delete of every recording.

use crate::call::Bulk;
use crate::{types, Client, Error};

impl Client {
    /// The room named `unique_name`, created with `configure` applied to its create request
    /// (the [`create_room`](Client::create_room) builder, whose `unique_name` is then set)
    /// when there is none. Names are unique per account, so when another instance creates it
    /// between the look-up and the create (the create is refused with 422), the room that won
    /// is returned. The create is a `POST`: it is never retried after it may have reached the
    /// server (see [`RetryPolicy`](crate::RetryPolicy)), so it never creates twice.
    ///
    /// ```no_run
    /// # async fn run(client: telnyx_rooms::Client) -> Result<(), telnyx_rooms::Error> {
    /// let room = client
    ///     .get_or_create_room("standup", |b| b.max_participants(10).enable_recording(true))
    ///     .await?;
    /// println!("standup is {}", room.id);
    /// # Ok(()) }
    /// ```
    pub async fn get_or_create_room(
        &self,
        unique_name: &str,
        configure: impl for<'c> FnOnce(crate::builder::CreateRoom<'c>) -> crate::builder::CreateRoom<'c>,
    ) -> Result<types::Room, Error> {
        if let Some(room) = self.room_named(unique_name).await? {
            return Ok(room);
        }
        let created = configure(self.create_room())
            .unique_name(unique_name)
            .execute()
            .await;
        match created {
            Err(e) if e.is_unprocessable() => match self.room_named(unique_name).await? {
                Some(winner) => Ok(winner),
                None => Err(e),
            },
            other => other,
        }
    }

    async fn room_named(&self, unique_name: &str) -> Result<Option<types::Room>, Error> {
        let page = self
            .list_rooms()
            .filter_unique_name(unique_name)
            .execute()
            .await?;
        Ok(page
            .items
            .into_iter()
            .find(|r| r.unique_name.as_deref() == Some(unique_name)))
    }

    /// Deletes every recording of the account: `DELETE /room_recordings` with no filter.
    /// `client.delete_room_recordings()` refuses to send that (it needs at least one
    /// `filter[...]`); this is the explicit way. Returns how many were deleted.
    pub async fn delete_every_recording_of_the_account(&self) -> Result<i64, Error> {
        let deleted = self
            .delete_room_recordings()
            .execute_with(Bulk::Everything)
            .await?;
        Ok(deleted.room_recordings.unwrap_or(0))
    }
}
