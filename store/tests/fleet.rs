//! The fleet benchmark in a short form, with its laws asserted: four receiver processes share
//! each store behind a load balancer, fed by the emulator with duplicates, reordering and drops.
//! Every room must equal the fold of every event in one process, and the `Changed` answers
//! across the fleet must equal the distinct facts, also when the store's server is restarted
//! mid-run (the receivers answer 503 while it is down and store everything after, without a
//! restart of their own). The naive baseline is the benchmark's only.
//! (`cargo bench -p telnyx-rooms-store --all-features --bench fleet` is the full run.)

#[path = "../fleet/mod.rs"]
mod fleet;

fn main() {
    fleet::receiver_if_asked();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let outcomes = rt.block_on(fleet::run(fleet::Options {
        deliveries: 3_000,
        rooms: 40,
        receivers: 4,
        baseline: false,
    }));
    fleet::print(&outcomes);
    let (mut passed, mut failed) = (0, 0);
    for o in outcomes.iter().filter(|o| !o.store.starts_with("naive")) {
        // Every fact is one change on the log. `Changed` is told once per fact while the
        // store stays up; a server killed after a write and before its answer loses that
        // answer (the retry finds the fact known): the log still has the change, which is why
        // side effects belong there.
        let disrupted = o.store.contains("mid-run");
        let answers = if disrupted {
            o.changed as usize <= o.distinct_events
        } else {
            o.changed as usize == o.distinct_events
        };
        let ok = o.rooms_equal == o.rooms
            && o.facts_lost == 0
            && o.logged == Some(o.distinct_events)
            && answers
            && o.failed == 0
            && o.deliveries > o.distinct_events as u64
            // A store down mid-run was down while deliveries came: they were answered 503.
            && (!disrupted || o.retried > 0);
        if ok {
            passed += 1;
        } else {
            failed += 1;
            eprintln!("{}: the laws do not hold: {o:?}", o.store);
        }
    }
    println!("{passed} passed, {failed} failed");
    if failed > 0 {
        std::process::exit(1);
    }
}
