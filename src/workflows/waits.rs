//! Waiting for asynchronous results by polling, with backoff and a deadline.

use std::time::Duration;

use tokio::time::Instant;

use uuid::Uuid;

use crate::{types, Client, Error};

/// How long and how often to poll. Default: up to 5 minutes, first after 250 ms, each wait
/// 1.5 times the last, at most 5 s apart.
///
/// The timeout is the whole wait's: every poll's request (with its retries and their pauses)
/// is bounded by what is left of it, and the wait ends with [`Error::Deadline`] on time even
/// when a poll is never answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wait {
    /// Give up (with [`Error::Deadline`]) after this long.
    pub timeout: Duration,
    /// The first pause between polls (at least 10 ms: a zero pause would poll in a tight loop).
    pub first_interval: Duration,
    /// The longest pause between polls.
    pub max_interval: Duration,
}

impl Default for Wait {
    fn default() -> Self {
        Wait {
            timeout: Duration::from_secs(300),
            first_interval: Duration::from_millis(250),
            max_interval: Duration::from_secs(5),
        }
    }
}

impl Wait {
    /// The default pacing, giving up after `timeout`.
    pub fn up_to(timeout: Duration) -> Wait {
        Wait {
            timeout,
            ..Wait::default()
        }
    }

    /// Polls `check` until it returns `Ok(Ok(done))`; `Ok(Err(last_seen))`, a description of
    /// what it saw, means "not yet" (and is what [`Error::Deadline`] reports); an `Err` ends
    /// the wait. Each poll (its request, its retries and their pauses) is bounded by what is
    /// left of the wait: the wait ends with [`Error::Deadline`] at its deadline, whatever the
    /// server does. When the next pause would pass the deadline, one last poll is made as late
    /// as its answer can still arrive (twice the longest poll so far before the deadline).
    async fn until<T, F, Fut>(&self, what: String, mut check: F) -> Result<T, Error>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Result<Result<T, String>, Error>>,
    {
        let started = Instant::now();
        // A timeout too long for the clock is as good as none.
        let deadline = started
            .checked_add(self.timeout)
            .unwrap_or_else(|| started + Duration::from_secs(100 * 365 * 24 * 3600));
        let gave_up = |last_seen: String| Error::Deadline {
            what: what.clone(),
            waited: started.elapsed(),
            last_seen,
        };
        // A zero interval would poll the API in a tight loop: at least 10 ms between polls.
        let floor = Duration::from_millis(10);
        let mut pause = self.first_interval.max(floor);
        let mut last_seen = "no answer yet".to_string();
        let mut last_poll = false;
        // The longest a poll took: the last poll is made that long (twice, and 20 ms more)
        // before the deadline, so its answer can still arrive in time.
        let mut longest = Duration::ZERO;
        loop {
            let sent = Instant::now();
            match tokio::time::timeout_at(deadline, check()).await {
                Ok(polled) => match polled? {
                    Ok(done) => return Ok(done),
                    Err(seen) => last_seen = seen,
                },
                Err(_) => {
                    return Err(gave_up(format!(
                        "{last_seen}; the poll under way had no answer by the deadline"
                    )))
                }
            }
            longest = longest.max(sent.elapsed());
            let left = deadline.saturating_duration_since(Instant::now());
            if last_poll || left.is_zero() {
                // Nothing more to learn: the wait ends at its deadline, not before.
                tokio::time::sleep_until(deadline).await;
                return Err(gave_up(last_seen));
            }
            if pause >= left {
                last_poll = true;
                let reserve = (longest * 2 + Duration::from_millis(20)).min(left);
                pause = left - reserve;
            }
            tokio::time::sleep(pause).await;
            pause = next_pause(pause, self.max_interval.max(floor));
        }
    }
}

/// The pause after `pause`: 1.5 times longer, at most `max` (and never overflowing, whatever
/// `max` is).
fn next_pause(pause: Duration, max: Duration) -> Duration {
    pause.checked_add(pause / 2).unwrap_or(max).min(max)
}

/// Statuses of work still going on; any other status is final.
fn pending(status: Option<&str>) -> bool {
    matches!(status, None | Some("enqueued") | Some("processing"))
}

impl Client {
    /// Polls `get_room_composition` until the composition's `status` is final (`completed`, or
    /// any status other than `enqueued` and `processing`), and returns it; [`Error::Deadline`]
    /// after `wait.timeout`. Prefer the `video.room.composition.completed` webhook when you
    /// receive the room's webhooks.
    pub async fn wait_for_composition(
        &self,
        composition_id: Uuid,
        wait: Wait,
    ) -> Result<types::RoomComposition, Error> {
        wait.until(
            format!("composition {composition_id} to finish"),
            || async {
                let c = self
                    .get_room_composition()
                    .room_composition_id(composition_id)
                    .execute()
                    .await?;
                Ok(if pending(c.status.as_deref()) {
                    Err(format!("status {}", c.status.as_deref().unwrap_or("-")))
                } else {
                    Ok(c)
                })
            },
        )
        .await
    }

    /// Polls until the session has ended and every one of its recordings is final, and returns
    /// the recordings; [`Error::Deadline`] after `wait.timeout`. Prefer the
    /// `video.room.recording.completed` webhooks when you receive the room's webhooks.
    pub async fn wait_for_session_recordings(
        &self,
        session_id: Uuid,
        wait: Wait,
    ) -> Result<Vec<types::RoomRecording>, Error> {
        use futures::TryStreamExt;
        wait.until(
            format!("the recordings of session {session_id}"),
            || async {
                let session = self
                    .get_room_session()
                    .room_session_id(session_id)
                    .execute()
                    .await?;
                if session.active != Some(false) {
                    return Ok(Err("the session is still active".to_string()));
                }
                let recordings: Vec<types::RoomRecording> = self
                    .list_room_recordings()
                    .filter_session_id(session_id)
                    .stream()
                    .try_collect()
                    .await?;
                let busy = recordings
                    .iter()
                    .filter(|r| pending(r.status.as_deref()))
                    .count();
                Ok(if busy > 0 {
                    Err(format!(
                        "{busy} of {} recordings not final",
                        recordings.len()
                    ))
                } else {
                    Ok(recordings)
                })
            },
        )
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pauses_grow_to_their_cap_under_any_setting() {
        let ms = Duration::from_millis;
        assert_eq!(next_pause(ms(250), ms(5000)), ms(375));
        assert_eq!(next_pause(ms(4000), ms(5000)), ms(5000));
        let mut p = ms(250);
        for _ in 0..1000 {
            p = next_pause(p, Duration::MAX);
        }
        assert_eq!(p, Duration::MAX, "no overflow with an unbounded cap");
    }
}
