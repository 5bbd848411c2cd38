//! `telnyx-rooms-codegen write ROOT DIGEST`: writes every generated file of the workspace at
//! `ROOT`, stamped with `DIGEST`. The client's build script runs it when `codegen/` changed;
//! maintainers run `cargo build` (or `cargo xtask codegen`), not this.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [command, root, digest] = &args[..] else {
        eprintln!("usage: telnyx-rooms-codegen write ROOT DIGEST");
        return ExitCode::from(2);
    };
    if command != "write" {
        eprintln!("usage: telnyx-rooms-codegen write ROOT DIGEST");
        return ExitCode::from(2);
    }
    match telnyx_rooms_codegen::write(std::path::Path::new(root), digest, false) {
        Ok(written) => {
            for path in written {
                println!("wrote {path}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("telnyx-rooms-codegen: {e}");
            ExitCode::FAILURE
        }
    }
}
