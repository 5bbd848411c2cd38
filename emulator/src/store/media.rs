//! The files behind recordings' and compositions' `download_url`s, served by the emulator
//! itself as Telnyx's presigned URLs behave: `{base}/_emulator/media/{recordings|compositions}/
//! {id}.{ogg|mp4}?expires=<unix time>&signature=<hex>`. A URL expires (403) after
//! [`DEFAULT_MEDIA_URL_TTL`](crate::DEFAULT_MEDIA_URL_TTL) on the emulator's clock; reading a
//! recording or composition again gives a fresh one. The file has the reported `size_mb`
//! (1 MB = 1,048,576 bytes) of deterministic bytes, and `Range` requests are honoured, so a
//! download can resume.

use bytes::Bytes;
use chrono::{DateTime, Duration, Utc};
use reqwest::StatusCode;
use uuid::Uuid;

use super::{not_found, Refusal, Reply, Store};

/// Where media URLs point, the key that signs them, and how long they live.
#[derive(Debug, Clone)]
pub(crate) struct Media {
    /// `http://host:port/v2/_emulator/media`.
    pub base: String,
    pub secret: u64,
    pub ttl: Duration,
}

impl Default for Media {
    fn default() -> Self {
        Media {
            base: String::new(),
            secret: Uuid::new_v4().as_u64_pair().0,
            ttl: Duration::from_std(crate::DEFAULT_MEDIA_URL_TTL).expect("10 minutes"),
        }
    }
}

/// A file answered: its status, headers, and which bytes (made when sent, not here).
#[derive(Debug)]
pub(crate) struct File {
    pub status: StatusCode,
    pub content_type: &'static str,
    pub content_range: Option<String>,
    pub body: Span,
}

/// The bytes `from..to` of file `id`, to be made in chunks as they are sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    id: Uuid,
    from: u64,
    to: u64,
}

/// The bytes a chunk of a media file holds: 64 KiB.
pub(crate) const CHUNK: u64 = 64 * 1024;

impl Span {
    pub(crate) fn len(&self) -> u64 {
        self.to - self.from
    }

    /// The bytes, in chunks of [`CHUNK`], each made when it is asked for.
    pub(crate) fn chunks(self) -> impl Iterator<Item = Bytes> + Send + 'static {
        (self.from..self.to)
            .step_by(CHUNK as usize)
            .map(move |at| content(self.id, at, (at + CHUNK).min(self.to)))
    }
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Media {
    fn signature(&self, kind: &str, id: Uuid, expires: i64) -> u64 {
        let (hi, lo) = id.as_u64_pair();
        let kind = kind.bytes().fold(0u64, |h, b| mix(h ^ u64::from(b)));
        mix(self.secret ^ mix(hi ^ mix(lo ^ mix(expires as u64 ^ kind))))
    }

    /// A URL for the file of `kind` (`recordings` or `compositions`) `id`, valid until
    /// `now + ttl`.
    pub(crate) fn url(&self, kind: &str, id: Uuid, now: DateTime<Utc>) -> String {
        let expires = (now + self.ttl).timestamp();
        let ext = if kind == "recordings" { "ogg" } else { "mp4" };
        format!(
            "{}/{kind}/{id}.{ext}?expires={expires}&signature={:016x}",
            self.base,
            self.signature(kind, id, expires)
        )
    }
}

/// The deterministic bytes `from..to` of file `id`: the same on every request, so a resumed
/// download is the same file. Eight bytes of one word at a time.
fn content(id: Uuid, from: u64, to: u64) -> Bytes {
    let seed = id.as_u64_pair().1;
    let mut out = Vec::with_capacity((to - from) as usize);
    let mut i = from;
    while i < to {
        let word = mix(seed ^ (i / 8)).to_le_bytes();
        let start = (i % 8) as usize;
        let take = (8 - start).min((to - i) as usize);
        out.extend_from_slice(&word[start..start + take]);
        i += take as u64;
    }
    out.into()
}

/// `bytes=a-b`, `bytes=a-` or `bytes=-n` against a file of `len` bytes: the range to send, or
/// `Err` when it cannot be satisfied.
fn range(header: &str, len: u64) -> Result<(u64, u64), ()> {
    let spec = header.trim().strip_prefix("bytes=").ok_or(())?;
    let (a, b) = spec.split_once('-').ok_or(())?;
    let (from, to) = match (a.trim(), b.trim()) {
        ("", n) => {
            let n: u64 = n.parse().map_err(|_| ())?;
            (len.saturating_sub(n), len)
        }
        (a, "") => (a.parse().map_err(|_| ())?, len),
        (a, b) => {
            let (a, b): (u64, u64) = (a.parse().map_err(|_| ())?, b.parse().map_err(|_| ())?);
            (a, (b + 1).min(len))
        }
    };
    if from >= len || from >= to {
        return Err(());
    }
    Ok((from, to))
}

impl Store {
    pub(crate) fn set_media_base(&mut self, base: String) {
        self.media.base = base;
    }

    pub(crate) fn set_media_ttl(&mut self, ttl: std::time::Duration) {
        self.media.ttl = Duration::from_std(ttl).unwrap_or(Duration::MAX);
    }

    /// Answers `GET {base}/_emulator/media/{path}` with the `Range` header, if any.
    pub(crate) fn media_file(
        &mut self,
        path: &str,
        query: &[(String, String)],
        range_header: Option<&str>,
    ) -> Reply {
        let denied = |detail: &str| Refusal {
            status: StatusCode::FORBIDDEN,
            code: "10403",
            title: "Access denied",
            detail: detail.to_string(),
            source: None,
        };
        let (kind, file) = path.split_once('/').unwrap_or(("", path));
        let id = file.split('.').next().and_then(|i| i.parse::<Uuid>().ok());
        let (Some(id), "recordings" | "compositions") = (id, kind) else {
            return not_found("media file", path).into();
        };
        let get = |name: &str| {
            query
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        };
        let expires = get("expires").and_then(|e| e.parse::<i64>().ok());
        let signature = get("signature").and_then(|s| u64::from_str_radix(s, 16).ok());
        let (Some(expires), Some(signature)) = (expires, signature) else {
            return denied("The URL is not signed (`expires` and `signature` are required).")
                .into();
        };
        if signature != self.media.signature(kind, id, expires) {
            return denied("The signature does not match the URL.").into();
        }
        if expires < self.now().timestamp() {
            return denied(
                "Request has expired: read the recording or composition again for a fresh URL.",
            )
            .into();
        }
        let size_mb = if kind == "recordings" {
            self.recording(id).ok().and_then(|r| r.size_mb)
        } else {
            self.composition(id).ok().and_then(|c| c.size_mb)
        };
        let Some(size_mb) = size_mb else {
            return not_found("media file", path).into();
        };
        let len = (f64::from(size_mb) * 1_048_576.0).round() as u64;
        let content_type = if kind == "recordings" {
            "audio/ogg"
        } else {
            "video/mp4"
        };
        let (status, from, to) = match range_header {
            None => (StatusCode::OK, 0, len),
            Some(h) => match range(h, len) {
                Ok((from, to)) => (StatusCode::PARTIAL_CONTENT, from, to),
                Err(()) => {
                    return Reply::File(File {
                        status: StatusCode::RANGE_NOT_SATISFIABLE,
                        content_type,
                        content_range: Some(format!("bytes */{len}")),
                        body: Span { id, from: 0, to: 0 },
                    })
                }
            },
        };
        Reply::File(File {
            status,
            content_type,
            content_range: (status == StatusCode::PARTIAL_CONTENT)
                .then(|| format!("bytes {from}-{}/{len}", to - 1)),
            body: Span { id, from, to },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        assert_eq!(range("bytes=0-99", 1000), Ok((0, 100)));
        assert_eq!(range("bytes=900-", 1000), Ok((900, 1000)));
        assert_eq!(range("bytes=-100", 1000), Ok((900, 1000)));
        assert_eq!(range("bytes=990-2000", 1000), Ok((990, 1000)));
        assert_eq!(range("bytes=1000-", 1000), Err(()));
        assert_eq!(range("items=0-1", 1000), Err(()));
        let id = Uuid::new_v4();
        assert_eq!(content(id, 0, 100).slice(40..60), content(id, 40, 60));
        assert_eq!(content(id, 3, 5).len(), 2);
        // Chunks put together are the whole.
        let span = Span {
            id,
            from: 10,
            to: 3 * CHUNK + 7,
        };
        let joined: Vec<u8> = span.chunks().flat_map(|c| c.to_vec()).collect();
        assert_eq!(Bytes::from(joined), content(id, 10, 3 * CHUNK + 7));
        assert_eq!(span.chunks().count(), 3);
        // The same bytes the old byte-by-byte generator made.
        let seed = id.as_u64_pair().1;
        let old: Vec<u8> = (0..100u64)
            .map(|i| (mix(seed ^ (i / 8)) >> ((i % 8) * 8)) as u8)
            .collect();
        assert_eq!(content(id, 0, 100), Bytes::from(old));
    }
}
