//! Pagination streams over every list operation.
//!
//! Telnyx pages lists with `page[number]`/`page[size]` and answers with
//! `meta {page_number, page_size, total_pages, total_results}`. Each of the seven list builders
//! gets `stream()` (every item of every page) and `pages()` (whole pages with their `meta`),
//! keeping every filter the caller set, with no trait to import ([`ListRequest`] is the same
//! for generic code):
//!
//! ```no_run
//! use futures::TryStreamExt;
//! # async fn run(client: telnyx_rooms::Client) -> Result<(), telnyx_rooms::Error> {
//! let rooms: Vec<_> = client
//!     .list_rooms()
//!     .filter_date_created_at_gte("2024-01-01".parse::<chrono::NaiveDate>().unwrap())
//!     .stream()
//!     .prefetch(8) // optional: up to 8 pages in flight once page 1 told how many there are
//!     .try_collect()
//!     .await?;
//! # let _ = rooms; Ok(()) }
//! ```
//!
//! # Guarantees
//! - Streams own a clone of the client (it shares the connection pool) and of the builder's
//!   parameters: they are `Send + 'static`, to be moved into `tokio::spawn`, an axum handler or
//!   any background task.
//! - Nothing is sent before the stream is first polled; dropping it cancels what is in flight.
//! - A builder given a value its parameter cannot hold (`page_size(0)`, a malformed id)
//!   yields that error, naming the wire field, as the stream's first item; nothing is sent.
//! - Without an explicit `page[size]` the stream asks for 250 per page (the API's maximum).
//! - It ends after the last page, on an empty page, on a page without `meta`, or when the server
//!   answers a page number other than the one asked for. The last page is page 1's
//!   `total_pages`, raised when a later page reports more (a list that grows while it is read),
//!   with or without [`prefetch`](Pages::prefetch), up to twice page 1's total: it cannot loop
//!   forever.
//! - Items come out in page order, also with [`prefetch`](Pages::prefetch), which keeps at most
//!   `n` pages in flight or buffered.
//! - A list can shift while it is read: a room created meanwhile pushes an item from one page onto
//!   the next, so it would be seen twice. An item whose `id` was on the previous page is yielded
//!   once. Duplicates further apart are not tracked (memory stays bounded by one page), and an
//!   item deleted meanwhile can shift another one back onto a page already read, which is then
//!   missed: a listing is not a snapshot.
//! - A failed page yields its error and ends the stream.

use std::collections::HashSet;
use std::fmt;
use std::num::NonZeroU64;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use futures::future::BoxFuture;
use futures::stream::{self, BoxStream, FuturesOrdered, Stream, StreamExt};

use crate::{types, Error};

/// Items per page a stream asks for when the caller set no `page[size]`.
pub const STREAM_PAGE_SIZE: NonZeroU64 = NonZeroU64::new(250).expect("non-zero");

/// One page of a list: its items and where it sits in the whole list.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The items of this page, in the server's order.
    pub items: Vec<T>,
    /// The server's pagination metadata (`total_results` and friends), when it sent it.
    pub meta: Option<types::PaginationMeta>,
}

/// An item with an id, so that streams can drop an item seen on the previous page.
/// Implemented (by generated code) for every type a list operation returns.
pub trait Identified {
    /// The item's id.
    fn id(&self) -> uuid::Uuid;
}

/// The `page[number]` and `page[size]` a caller set on a list builder, if any.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Paging {
    /// `page[number]`, when set.
    pub number: Option<NonZeroU64>,
    /// `page[size]`, when set.
    pub size: Option<NonZeroU64>,
}

/// What fetching one page returns: owned, `Send` and `'static`.
pub(crate) type PageFuture<T> = BoxFuture<'static, Result<Page<T>, Error>>;

/// Fetches page `number` of `size` items; it owns a clone of the client and the builder's
/// parameters, so the streams it feeds borrow nothing.
pub(crate) type Fetch<T> = Arc<dyn Fn(NonZeroU64, NonZeroU64) -> PageFuture<T> + Send + Sync>;

pub(crate) mod sealed {
    /// Only the generated list builders are [`ListRequest`](super::ListRequest)s.
    pub trait Sealed {}
}

/// A list operation's builder, which can be sent page by page. It is implemented by generated
/// code for the seven list builders, and sealed: nothing else can implement it. The streams it
/// returns own a clone of the client (cheap: it shares the connection pool), so they are
/// `Send + 'static` and can be moved into `tokio::spawn` or returned from an axum handler.
pub trait ListRequest: sealed::Sealed + Sized {
    /// What the list holds.
    type Item: Identified + Send + 'static;

    /// A stream of pages, starting at page 1 (or at the `page[number]` the caller set).
    fn pages(self) -> Pages<Self::Item>;

    /// A stream of every item of every page.
    fn stream(self) -> Items<Self::Item> {
        Items {
            pages: self.pages(),
            current: Vec::new().into_iter(),
            previous_ids: HashSet::new(),
            done: false,
        }
    }
}

/// A stream of [`Page`]s; see the [module docs](self) for its guarantees. `Send + 'static`:
/// it owns what it needs.
pub struct Pages<T> {
    source: Option<(Result<Paging, Error>, Fetch<T>)>,
    prefetch: usize,
    inner: Option<BoxStream<'static, Result<Page<T>, Error>>>,
}

impl<T> fmt::Debug for Pages<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages")
            .field("prefetch", &self.prefetch)
            .field("started", &self.inner.is_some())
            .finish()
    }
}

impl<T: Send + 'static> Pages<T> {
    /// A stream over `fetch`, from the paging the caller set (or the error a setter left).
    pub(crate) fn new<F>(
        client: &crate::Client,
        op: crate::Operation,
        paging: Result<Paging, Error>,
        fetch: F,
    ) -> Self
    where
        F: Fn(NonZeroU64, NonZeroU64) -> PageFuture<T> + Send + Sync + 'static,
    {
        Pages {
            source: Some((
                paging,
                crate::telemetry::count_pages(client, op, Arc::new(fetch)),
            )),
            prefetch: 1,
            inner: None,
        }
    }

    /// Once page 1 has said how many pages there are, fetch up to `n` of the following pages at
    /// once. Pages still come out in order, and at most `n` are in flight or buffered. `n = 1`
    /// (the default) fetches one page at a time. Takes effect if set before the first poll.
    pub fn prefetch(mut self, n: usize) -> Self {
        self.prefetch = n.max(1);
        self
    }

    fn start(
        paging: Result<Paging, Error>,
        fetch: Fetch<T>,
        prefetch: usize,
    ) -> BoxStream<'static, Result<Page<T>, Error>> {
        let paging = match paging {
            Ok(p) => p,
            Err(e) => return stream::once(async { Err(e) }).boxed(),
        };
        let size = paging.size.unwrap_or(STREAM_PAGE_SIZE);
        let first_number = paging.number.unwrap_or(NonZeroU64::MIN);
        let first = fetch(first_number, size);
        stream::once(first)
            .flat_map(move |first| -> BoxStream<'static, Result<Page<T>, Error>> {
                let page = match first {
                    Err(e) => return stream::once(async { Err(e) }).boxed(),
                    Ok(p) => p,
                };
                let Some(total) = first_total(&page, first_number) else {
                    return stream::once(async { Ok(page) }).boxed();
                };
                let rest = Rest {
                    fetch: fetch.clone(),
                    size,
                    prefetch,
                    next: first_number.get() + 1,
                    last: total,
                    cap: total.saturating_mul(2).max(total.saturating_add(1)),
                    in_flight: FuturesOrdered::new(),
                };
                stream::once(async { Ok(page) })
                    .chain(stream::unfold(rest, Rest::next_page))
                    .boxed()
            })
            .boxed()
    }
}

/// The pages after the first: requested in order, up to `prefetch` at once, never past `last`,
/// which every page that reports a larger `total_pages` raises (up to `cap`).
struct Rest<T> {
    fetch: Fetch<T>,
    size: NonZeroU64,
    prefetch: usize,
    /// The next page number to request.
    next: u64,
    /// The last page to request, as the pages so far report it.
    last: u64,
    /// The most `last` may grow to (twice page 1's total): a stream always ends.
    cap: u64,
    in_flight: FuturesOrdered<NumberedPage<T>>,
}

/// A page request in flight, with the number it asked for.
type NumberedPage<T> = BoxFuture<'static, (NonZeroU64, Result<Page<T>, Error>)>;

impl<T: Send + 'static> Rest<T> {
    async fn next_page(mut self) -> Option<(Result<Page<T>, Error>, Self)> {
        while self.in_flight.len() < self.prefetch && self.next <= self.last {
            let number = NonZeroU64::new(self.next).expect("after page 1");
            let fetch = (self.fetch)(number, self.size);
            self.in_flight
                .push_back(Box::pin(async move { (number, fetch.await) }));
            self.next += 1;
        }
        // Nothing in flight: every page up to `last` was yielded.
        let (number, result) = self.in_flight.next().await?;
        match result {
            Err(e) => {
                // A failed page ends the stream: nothing more is requested or yielded.
                self.last = 0;
                self.in_flight.clear();
                Some((Err(e), self))
            }
            // An empty page, or another page than asked: the list ended here.
            Ok(page) if page.items.is_empty() || !echoes(&page, number) => None,
            Ok(page) => {
                let reported = page
                    .meta
                    .as_ref()
                    .and_then(|m| m.total_pages)
                    .and_then(|t| u64::try_from(t).ok())
                    .unwrap_or(0);
                self.last = self.last.max(reported.min(self.cap));
                Some((Ok(page), self))
            }
        }
    }
}

/// The server answered the page asked for (a missing `page_number` counts as yes).
fn echoes<T>(page: &Page<T>, number: NonZeroU64) -> bool {
    match page.meta.as_ref().and_then(|m| m.page_number) {
        Some(n) => u64::try_from(n).ok() == Some(number.get()),
        None => true,
    }
}

/// After the first page: the list's `total_pages`, or `None` when the first page is also the
/// last (empty, another page than asked, no `meta`, or `total_pages` reached).
fn first_total<T>(first: &Page<T>, number: NonZeroU64) -> Option<u64> {
    if first.items.is_empty() || !echoes(first, number) {
        return None;
    }
    let total = u64::try_from(first.meta.as_ref()?.total_pages?).ok()?;
    (number.get() < total).then_some(total)
}

impl<T> Unpin for Pages<T> {}

impl<T: Send + 'static> Stream for Pages<T> {
    type Item = Result<Page<T>, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.inner.is_none() {
            let (paging, fetch) = this.source.take().expect("source present until started");
            this.inner = Some(Self::start(paging, fetch, this.prefetch));
        }
        this.inner.as_mut().expect("started").poll_next_unpin(cx)
    }
}

/// A stream of every item of every page; see the [module docs](self) for its guarantees.
/// `Send + 'static`: it owns what it needs.
pub struct Items<T> {
    pages: Pages<T>,
    current: std::vec::IntoIter<T>,
    previous_ids: HashSet<uuid::Uuid>,
    done: bool,
}

impl<T> fmt::Debug for Items<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items")
            .field("pages", &self.pages)
            .field("buffered", &self.current.len())
            .field("done", &self.done)
            .finish()
    }
}

impl<T: Send + 'static> Items<T> {
    /// See [`Pages::prefetch`].
    pub fn prefetch(mut self, n: usize) -> Self {
        self.pages = self.pages.prefetch(n);
        self
    }
}

impl<T> Unpin for Items<T> {}

impl<T: Identified + Send + 'static> Stream for Items<T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if let Some(item) = this.current.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            if this.done {
                return Poll::Ready(None);
            }
            match this.pages.poll_next_unpin(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => {
                    this.done = true;
                    return Poll::Ready(None);
                }
                Poll::Ready(Some(Err(e))) => {
                    this.done = true;
                    return Poll::Ready(Some(Err(e)));
                }
                Poll::Ready(Some(Ok(page))) => {
                    let ids: HashSet<uuid::Uuid> = page.items.iter().map(Identified::id).collect();
                    let previous = std::mem::replace(&mut this.previous_ids, ids);
                    let fresh: Vec<T> = page
                        .items
                        .into_iter()
                        .filter(|item| !previous.contains(&item.id()))
                        .collect();
                    this.current = fresh.into_iter();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(n: usize, number: i64, total: i64) -> Page<u8> {
        Page {
            items: vec![0; n],
            meta: Some(types::PaginationMeta {
                page_number: Some(number),
                total_pages: Some(total),
                page_size: None,
                total_results: None,
            }),
        }
    }

    #[test]
    fn first_page_bounds() {
        let one = NonZeroU64::MIN;
        assert_eq!(first_total(&page(5, 1, 3), one), Some(3));
        assert_eq!(first_total(&page(5, 1, 1), one), None);
        assert_eq!(first_total(&page(0, 1, 3), one), None);
        assert_eq!(first_total(&page(5, 2, 3), one), None, "wrong echo");
        assert_eq!(
            first_total(
                &Page::<u8> {
                    items: vec![1],
                    meta: None
                },
                one
            ),
            None
        );
        assert_eq!(first_total(&page(5, 1, -4), one), None);
    }
}
