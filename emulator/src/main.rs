#![forbid(unsafe_code)]
//! `telnyx-rooms-emulator`: the Video Rooms API emulator as a standalone server; see
//! [`telnyx_rooms_emulator::standalone`] and the crate README.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    std::process::exit(telnyx_rooms_emulator::standalone::run(std::env::args().skip(1)).await);
}
