//! The fleet benchmark: 4 receiver processes, 50,000 deliveries over 200 rooms from the emulator
//! with delivery chaos, against each store and the naive JSON read-modify-write. Prints the
//! table BENCHMARKS.md holds. `FLEET_DELIVERIES` changes the size.

#[path = "../fleet/mod.rs"]
mod fleet;

fn main() {
    fleet::receiver_if_asked();
    let deliveries = std::env::var("FLEET_DELIVERIES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50_000);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let outcomes = rt.block_on(fleet::run(fleet::Options {
        deliveries,
        rooms: 200,
        receivers: 4,
        baseline: true,
    }));
    fleet::print(&outcomes);
}
