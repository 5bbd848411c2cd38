//! A room's join token that stays fresh.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::sync::{PoisonError, RwLock};

use tokio::sync::Mutex;
use uuid::Uuid;

use crate::{Client, Error};

/// A join token and its refresh token, with their expiry times: what a browser or app needs
/// to join (serialises as `{"token", "token_expires_at", "refresh_token",
/// "refresh_token_expires_at"}`).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenPair {
    /// The join token.
    pub token: String,
    /// When the join token expires.
    pub token_expires_at: DateTime<Utc>,
    /// The refresh token, which gets a new join token until it expires.
    pub refresh_token: String,
    /// When the refresh token expires.
    pub refresh_token_expires_at: DateTime<Utc>,
}

impl fmt::Debug for TokenPair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Tokens are credentials: not in logs.
        f.debug_struct("TokenPair")
            .field("token", &"<redacted>")
            .field("token_expires_at", &self.token_expires_at)
            .field("refresh_token", &"<redacted>")
            .field("refresh_token_expires_at", &self.refresh_token_expires_at)
            .finish()
    }
}

type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// Keeps a room's join token fresh: [`valid_for`](TokenKeeper::valid_for) answers "a token
/// valid for at least this long", refreshing it (`refresh_client_token`) when it is inside that
/// margin, and minting a new pair (`create_client_token`) when there is none yet or the
/// refresh token has expired (or the server no longer accepts it).
///
/// However many tasks ask at once, one request is in flight: the others wait for it and take
/// the pair it brought. Callers whose token is still fresh, [`current`](TokenKeeper::current)
/// and [`set`](TokenKeeper::set) never wait for a request. A failed refresh is returned as an
/// error, never swallowed, and the old pair is kept until a new one arrives. A refresh token
/// the server refuses (422) leads to a new pair; a 401 means the API key is wrong and is
/// returned as it is. Cheap to clone (clones share the pair).
///
/// ```no_run
/// # async fn run(client: telnyx_rooms::Client, room_id: telnyx_rooms::uuid::Uuid) -> Result<(), telnyx_rooms::Error> {
/// use std::time::Duration;
/// use telnyx_rooms::workflows::TokenKeeper;
///
/// let tokens = TokenKeeper::new(client, room_id).token_ttl(Duration::from_secs(600));
/// // In the handler that gives a browser its token:
/// let pair = tokens.valid_for(Duration::from_secs(120)).await?;
/// let json = serde_json::to_string(&pair).expect("serialisable"); // token, expiries, refresh token
/// # let _ = json; Ok(()) }
/// ```
#[derive(Clone)]
pub struct TokenKeeper {
    client: Client,
    room_id: Uuid,
    token_ttl: Option<Duration>,
    refresh_ttl: Option<Duration>,
    clock: Clock,
    /// The pair held: read and written briefly, never across a request.
    pair: Arc<RwLock<Option<TokenPair>>>,
    /// Held by the one task whose request is in flight.
    in_flight: Arc<Mutex<()>>,
}

impl fmt::Debug for TokenKeeper {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenKeeper")
            .field("room_id", &self.room_id)
            .field("token_ttl", &self.token_ttl)
            .field("refresh_ttl", &self.refresh_ttl)
            .finish_non_exhaustive()
    }
}

impl TokenKeeper {
    /// A keeper for `room_id`, with the server's default lifetimes (600 s and 3600 s).
    pub fn new(client: Client, room_id: Uuid) -> TokenKeeper {
        TokenKeeper {
            client,
            room_id,
            token_ttl: None,
            refresh_ttl: None,
            clock: Arc::new(Utc::now),
            pair: Arc::default(),
            in_flight: Arc::default(),
        }
    }

    /// Lifetime of each join token (10 s to 3600 s; checked when a token is minted).
    pub fn token_ttl(mut self, ttl: Duration) -> Self {
        self.token_ttl = Some(ttl);
        self
    }

    /// Lifetime of each refresh token (60 s to 86400 s).
    pub fn refresh_ttl(mut self, ttl: Duration) -> Self {
        self.refresh_ttl = Some(ttl);
        self
    }

    /// The clock expiry times are compared with (tests move it instead of sleeping).
    pub fn clock(mut self, now: impl Fn() -> DateTime<Utc> + Send + Sync + 'static) -> Self {
        self.clock = Arc::new(now);
        self
    }

    /// Starts from a pair minted elsewhere (say, restored from storage).
    pub fn set(&self, pair: TokenPair) {
        *self.pair.write().unwrap_or_else(PoisonError::into_inner) = Some(pair);
    }

    /// The pair held now, without any request and without waiting for one in flight.
    pub fn current(&self) -> Option<TokenPair> {
        self.pair
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The pair held, if its join token is valid for at least `margin` more.
    fn fresh(&self, margin: chrono::Duration) -> Option<TokenPair> {
        let now = (self.clock)();
        self.current()
            .filter(|pair| pair.token_expires_at - now >= margin)
    }

    /// A pair whose join token is valid for at least `margin` more: the one held, a refreshed
    /// one, or a new one. The margin must be shorter than the token lifetime.
    pub async fn valid_for(&self, margin: Duration) -> Result<TokenPair, Error> {
        let lifetime = self.token_ttl.unwrap_or(Duration::from_secs(600));
        if margin >= lifetime {
            return Err(Error::InvalidInput(
                crate::operation::Violation::new(
                    None,
                    "margin",
                    crate::operation::Location::Argument,
                    crate::operation::Expected::Rule(format!(
                        "must be shorter than the join tokens' lifetime of {lifetime:?}"
                    )),
                )
                .got(format!("{margin:?}")),
            ));
        }
        let margin = chrono::Duration::from_std(margin).unwrap_or(chrono::Duration::MAX);
        if let Some(pair) = self.fresh(margin) {
            return Ok(pair);
        }
        let _turn = self.in_flight.lock().await;
        // The request this task waited for may have brought a fresh pair.
        if let Some(pair) = self.fresh(margin) {
            return Ok(pair);
        }
        let fresh = match self.current() {
            Some(pair) if pair.refresh_token_expires_at > (self.clock)() => {
                match self.refresh(&pair).await {
                    Ok(fresh) => fresh,
                    // The server no longer accepts the refresh token: mint anew.
                    Err(e) if e.is_unprocessable() => self.mint().await?,
                    Err(e) => return Err(e),
                }
            }
            _ => self.mint().await?,
        };
        self.set(fresh.clone());
        Ok(fresh)
    }

    async fn refresh(&self, pair: &TokenPair) -> Result<TokenPair, Error> {
        let mut call = self
            .client
            .refresh_client_token()
            .room_id(self.room_id)
            .refresh_token(&pair.refresh_token);
        if let Some(ttl) = self.token_ttl {
            call = call.token_ttl_secs(ttl.as_secs());
        }
        let t = call.execute().await?;
        Ok(TokenPair {
            token: t.token,
            token_expires_at: t.token_expires_at,
            ..pair.clone()
        })
    }

    async fn mint(&self) -> Result<TokenPair, Error> {
        let mut call = self.client.create_client_token().room_id(self.room_id);
        if let Some(ttl) = self.token_ttl {
            call = call.token_ttl_secs(ttl.as_secs());
        }
        if let Some(ttl) = self.refresh_ttl {
            call = call.refresh_token_ttl_secs(ttl.as_secs());
        }
        let t = call.execute().await?;
        Ok(TokenPair {
            token: t.token,
            token_expires_at: t.token_expires_at,
            refresh_token: t.refresh_token,
            refresh_token_expires_at: t.refresh_token_expires_at,
        })
    }
}
