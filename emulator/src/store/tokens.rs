//! Client tokens: minting, refreshing, and checking a join token when a participant joins.

use chrono::Duration;
use reqwest::StatusCode;
use serde_json::{json, Value};
use uuid::Uuid;

use super::{data, invalid, Refusal, Reply, Store};

/// Tokens kept before expired ones are first dropped.
const PRUNE_FROM: usize = 1024;

impl Store {
    /// Drops expired join and refresh tokens once there are many: memory follows the tokens
    /// still valid, not every token ever minted. (An expired token still held is refused as
    /// expired; one dropped, as unknown.)
    fn prune_tokens(&mut self, now: chrono::DateTime<chrono::Utc>) {
        let held = self.join_tokens.len() + self.refresh_tokens.len();
        if held < self.prune_tokens_at.max(PRUNE_FROM) {
            return;
        }
        self.join_tokens.retain(|_, (_, expires)| *expires > now);
        self.refresh_tokens.retain(|_, (_, expires)| *expires > now);
        let live = self.join_tokens.len() + self.refresh_tokens.len();
        self.prune_tokens_at = (2 * live).max(PRUNE_FROM);
    }

    /// How many join and refresh tokens are held (for the tests of pruning).
    pub(crate) fn tokens_held(&self) -> usize {
        self.join_tokens.len() + self.refresh_tokens.len()
    }

    fn mint_join_token(
        &mut self,
        room: Uuid,
        ttl_secs: i64,
    ) -> (String, chrono::DateTime<chrono::Utc>) {
        let now = self.now();
        self.prune_tokens(now);
        let token = format!("emu-token.{}", Uuid::new_v4().simple());
        let expires = now + Duration::seconds(ttl_secs);
        self.join_tokens.insert(token.clone(), (room, expires));
        (token, expires)
    }

    pub(super) fn create_token(&mut self, room: Uuid, body: &Value) -> Result<Reply, Refusal> {
        self.room(room)?;
        let ttl = body["token_ttl_secs"].as_i64().unwrap_or(600);
        let refresh_ttl = body["refresh_token_ttl_secs"].as_i64().unwrap_or(3600);
        let (token, expires) = self.mint_join_token(room, ttl);
        let refresh = format!("emu-refresh.{}", Uuid::new_v4().simple());
        let refresh_expires = self.now() + Duration::seconds(refresh_ttl);
        self.refresh_tokens
            .insert(refresh.clone(), (room, refresh_expires));
        Ok(data(
            StatusCode::CREATED,
            json!({
                "token": token,
                "token_expires_at": expires,
                "refresh_token": refresh,
                "refresh_token_expires_at": refresh_expires,
            }),
        ))
    }

    pub(super) fn refresh_token(&mut self, room: Uuid, body: &Value) -> Result<Reply, Refusal> {
        self.room(room)?;
        let now = self.now();
        let token = body["refresh_token"].as_str().unwrap_or_default();
        match self.refresh_tokens.get(token) {
            Some((r, expires)) if *r == room && *expires > now => {}
            _ => {
                return Err(invalid(
                    "refresh_token",
                    "`refresh_token` is unknown, expired, or for another room".to_string(),
                    true,
                ))
            }
        }
        let ttl = body["token_ttl_secs"].as_i64().unwrap_or(600);
        let (token, expires) = self.mint_join_token(room, ttl);
        Ok(data(
            StatusCode::CREATED,
            json!({"token": token, "token_expires_at": expires}),
        ))
    }

    /// A join token must be one this emulator minted for `room`, and not expired.
    pub(super) fn check_join_token(&mut self, room: Uuid, token: &str) -> Result<(), Refusal> {
        let now = self.now();
        match self.join_tokens.get(token) {
            Some((r, _)) if *r != room => Err(invalid(
                "token",
                "`token` was minted for another room".to_string(),
                true,
            )),
            Some((_, expires)) if *expires <= now => Err(invalid(
                "token",
                format!("`token` expired at {expires}"),
                true,
            )),
            Some(_) => Ok(()),
            None => Err(invalid(
                "token",
                "`token` is not a join token of this emulator".to_string(),
                true,
            )),
        }
    }
}
