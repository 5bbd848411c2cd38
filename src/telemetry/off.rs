//! The `otel` feature off: nothing to record, nothing compiled.

use super::Cap;
use crate::exchange::{Failure, Received};
use crate::pagination::Fetch;
use crate::{Client, Operation};

/// No providers to choose.
#[derive(Debug, Clone, Default)]
pub(crate) struct Providers;

/// No instruments.
#[derive(Debug, Clone, Default)]
pub(crate) struct Telemetry;

impl Telemetry {
    pub(crate) fn new(_: Providers) -> Self {
        Telemetry
    }
}

/// A call nobody records.
pub(crate) struct Call<'c>(std::marker::PhantomData<&'c Client>);

/// An attempt nobody records.
pub(crate) struct Attempt;

impl<'c> Call<'c> {
    #[inline(always)]
    pub(crate) fn start(_: &'c Client, _: Operation, _: &reqwest::Request) -> Self {
        Call(std::marker::PhantomData)
    }
    #[inline(always)]
    pub(crate) fn attempt(&self, _: u32, _: &mut reqwest::Request) -> Attempt {
        Attempt
    }
    #[inline(always)]
    pub(crate) fn retried(&self, _: &Result<Received, Failure>) {}
    #[inline(always)]
    pub(crate) fn cut(&self, _: Cap) {}
    #[inline(always)]
    pub(crate) fn end(self, _: &Result<Received, Failure>, _: u32) {}
}

impl Attempt {
    #[inline(always)]
    pub(crate) fn end(self, _: &Result<Received, Failure>) {}
}

/// The pages of a stream, as they are.
#[inline(always)]
pub(crate) fn count_pages<T>(_: &Client, _: Operation, fetch: Fetch<T>) -> Fetch<T> {
    fetch
}
