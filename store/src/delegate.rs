//! `impl ActivityStore` for each store, by the `Store` it wraps.

/// `impl ActivityStore for $store` by its `inner: Store<_>`.
macro_rules! delegate {
    ($store:ty) => {
        impl $crate::ActivityStore for $store {
            fn apply<'a>(
                &'a self,
                event: &'a telnyx_rooms::webhooks::WebhookEvent,
            ) -> futures::future::BoxFuture<'a, Result<$crate::Applied, $crate::StoreError>> {
                self.inner.apply(event)
            }
            fn room(
                &self,
                room_id: uuid::Uuid,
            ) -> futures::future::BoxFuture<'_, Result<$crate::RoomActivity, $crate::StoreError>>
            {
                self.inner.room(room_id)
            }
            fn rooms(
                &self,
            ) -> futures::future::BoxFuture<'_, Result<Vec<uuid::Uuid>, $crate::StoreError>> {
                self.inner.rooms()
            }
            fn prune(
                &self,
                older_than: chrono::DateTime<chrono::Utc>,
            ) -> futures::future::BoxFuture<'_, Result<usize, $crate::StoreError>> {
                self.inner.prune(older_than)
            }
            fn reconcile<'a>(
                &'a self,
                client: &'a telnyx_rooms::Client,
                room_id: uuid::Uuid,
            ) -> futures::future::BoxFuture<'a, Result<$crate::ReconcileReport, $crate::StoreError>>
            {
                self.inner.reconcile(client, room_id)
            }
            fn reconcile_all<'a>(
                &'a self,
                client: &'a telnyx_rooms::Client,
                concurrency: usize,
            ) -> futures::future::BoxFuture<'a, Result<$crate::ReconcileReport, $crate::StoreError>>
            {
                self.inner.reconcile_all(client, concurrency)
            }
            fn changes_after(
                &self,
                after: Option<$crate::Position>,
            ) -> futures::future::BoxFuture<
                '_,
                Result<
                    futures::stream::BoxStream<'static, Result<$crate::Change, $crate::StoreError>>,
                    $crate::StoreError,
                >,
            > {
                self.inner.changes_after(after)
            }
            fn head(
                &self,
            ) -> futures::future::BoxFuture<'_, Result<$crate::Position, $crate::StoreError>> {
                self.inner.head()
            }
            fn acknowledged<'a>(
                &'a self,
                follower: &'a str,
            ) -> futures::future::BoxFuture<'a, Result<Option<$crate::Position>, $crate::StoreError>>
            {
                self.inner.acknowledged(follower)
            }
            fn acknowledge<'a>(
                &'a self,
                follower: &'a str,
                position: $crate::Position,
            ) -> futures::future::BoxFuture<'a, Result<(), $crate::StoreError>> {
                self.inner.acknowledge(follower, position)
            }
        }
    };
}
pub(crate) use delegate;
