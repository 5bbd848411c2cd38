//! A hostile server on loopback: answers whose bodies announce gigabytes, never end, or expand
//! from a few kilobytes of gzip into gigabytes. It writes until the client hangs up (or
//! [`MAX_SENT`]), and counts what it wrote, so a test can tell that the client stopped reading.
#![allow(dead_code)]

use std::io::Write;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// The most body bytes the server writes on one connection: 2 GiB (as decompressed, for a
/// gzip body), far past every cap.
pub const MAX_SENT: u64 = 2 << 30;

/// What the body of each answer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Body {
    /// `Content-Length` of this many bytes, of which the server sends what the client reads.
    Declared(u64),
    /// Chunked, JSON-looking bytes that never end.
    Endless,
    /// Chunked and `Content-Encoding: gzip`: zeros compressed about a thousand to one, without
    /// end (a gzip bomb).
    GzipBomb,
}

/// The server; dropped with the test's runtime.
pub struct Hostile {
    pub url: String,
    requests: Arc<AtomicUsize>,
    /// Body bytes written to the socket (compressed, for a gzip body).
    sent: Arc<AtomicU64>,
}

impl Hostile {
    /// Answers every request with `status` and `body`.
    pub async fn start(status: u16, body: Body) -> Hostile {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(AtomicUsize::new(0));
        let sent = Arc::new(AtomicU64::new(0));
        let (r, s) = (requests.clone(), sent.clone());
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (r, s) = (r.clone(), s.clone());
                tokio::spawn(async move { serve(stream, status, body, r, s).await });
            }
        });
        Hostile {
            url,
            requests,
            sent,
        }
    }

    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }

    pub fn sent(&self) -> u64 {
        self.sent.load(Ordering::SeqCst)
    }
}

async fn serve(
    mut stream: TcpStream,
    status: u16,
    body: Body,
    requests: Arc<AtomicUsize>,
    sent: Arc<AtomicU64>,
) {
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    requests.fetch_add(1, Ordering::SeqCst);
    let framing = match body {
        Body::Declared(n) => format!("content-length: {n}\r\n"),
        Body::Endless => "transfer-encoding: chunked\r\n".to_string(),
        Body::GzipBomb => "transfer-encoding: chunked\r\ncontent-encoding: gzip\r\n".to_string(),
    };
    let head =
        format!("HTTP/1.1 {status} Hostile\r\ncontent-type: application/json\r\n{framing}\r\n");
    if stream.write_all(head.as_bytes()).await.is_err() {
        return;
    }
    let (first, repeated, expands_to) = match body {
        Body::Declared(_) | Body::Endless => {
            let mut junk = b"{\"data\":[".to_vec();
            junk.resize(64 * 1024, b' ');
            (junk, vec![b' '; 64 * 1024], 64 * 1024)
        }
        Body::GzipBomb => {
            let (first, repeated) = gzip_of_zeros();
            (first, repeated, ZEROS as u64)
        }
    };
    let chunked = !matches!(body, Body::Declared(_));
    let mut piece = first;
    let mut expanded = 0u64;
    while expanded < MAX_SENT {
        let frame = if chunked {
            let mut f = format!("{:x}\r\n", piece.len()).into_bytes();
            f.extend_from_slice(&piece);
            f.extend_from_slice(b"\r\n");
            f
        } else {
            piece.clone()
        };
        if stream.write_all(&frame).await.is_err() {
            return; // the client hung up: what a cap should make it do
        }
        sent.fetch_add(piece.len() as u64, Ordering::SeqCst);
        expanded += expands_to;
        piece.clone_from(&repeated);
    }
}

/// Zeros per gzip piece.
const ZEROS: usize = 1 << 20;

/// A gzip stream of zeros cut into pieces of [`ZEROS`] each: the first (with the gzip header),
/// and one that, once the compressor's window is all zeros, encodes the next [`ZEROS`] the same
/// way every time, so repeating it continues the same valid stream without end.
fn gzip_of_zeros() -> (Vec<u8>, Vec<u8>) {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let zeros = vec![0u8; ZEROS];
    let mut piece = || {
        gz.write_all(&zeros).unwrap();
        gz.flush().unwrap();
        std::mem::take(gz.get_mut())
    };
    let first = piece();
    let second = piece();
    let third = piece();
    assert_eq!(second, third, "a steady piece of the gzip stream repeats");
    let mut start = first;
    start.extend_from_slice(&second);
    (start, third)
}
