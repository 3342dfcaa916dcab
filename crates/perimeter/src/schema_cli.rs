//! `perimeter schema export`: the topic contracts as files, for a schema
//! registry, `protoc`, Kafka Connect or any other tool.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Subcommand;

/// `perimeter schema ...`.
#[derive(Debug, Subcommand)]
pub enum SchemaCommand {
    /// Write the `.proto` files (under `perimeter/v1/`) and the compiled
    /// descriptor set (`perimeter_v1.fds`, a `google.protobuf.FileDescriptorSet`)
    /// into a directory.
    Export {
        /// The directory to write into (created if missing).
        #[arg(long, default_value = "schema")]
        out: PathBuf,
    },
}

/// Runs a `schema` subcommand.
pub fn main(command: SchemaCommand) -> ExitCode {
    let result = match command {
        SchemaCommand::Export { out } => export(&out),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// The name of the descriptor set in an export.
pub const DESCRIPTOR_SET_FILE: &str = "perimeter_v1.fds";

fn export(out: &Path) -> anyhow::Result<()> {
    for (path, text) in perimeter_wire::PROTO_FILES {
        let target = out.join(path);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        std::fs::write(&target, text).with_context(|| format!("writing {}", target.display()))?;
        eprintln!("wrote {}", target.display());
    }
    let fds = out.join(DESCRIPTOR_SET_FILE);
    std::fs::write(&fds, perimeter_wire::FILE_DESCRIPTOR_SET)
        .with_context(|| format!("writing {}", fds.display()))?;
    eprintln!("wrote {}", fds.display());
    Ok(())
}
