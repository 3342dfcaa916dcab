//! Compiles `proto/perimeter/v1/*.proto` with protox (a pure-Rust protobuf
//! compiler: no system `protoc` needed) and generates Rust types with
//! prost-build. Also writes the encoded `FileDescriptorSet`, which the
//! library exposes as `FILE_DESCRIPTOR_SET` (schema registries, reflection,
//! and the test that proves triggers have no coordinate fields).

use std::error::Error;
use std::path::PathBuf;

use prost::Message;

const FILES: [&str; 8] = [
    "perimeter/v1/ping.proto",
    "perimeter/v1/consent.proto",
    "perimeter/v1/fence.proto",
    "perimeter/v1/event.proto",
    "perimeter/v1/offer.proto",
    "perimeter/v1/suppression.proto",
    "perimeter/v1/dlq.proto",
    "perimeter/v1/state.proto",
];

fn main() -> Result<(), Box<dyn Error>> {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?);
    let root = manifest.join("../../proto");
    println!("cargo:rerun-if-changed={}", root.display());
    for file in FILES {
        println!("cargo:rerun-if-changed={}", root.join(file).display());
    }
    let fds = protox::compile(FILES, [&root])?;
    let out = PathBuf::from(std::env::var("OUT_DIR")?);
    std::fs::write(out.join("perimeter_v1.fds"), fds.encode_to_vec())?;
    prost_build::Config::new().compile_fds(fds)?;
    Ok(())
}
