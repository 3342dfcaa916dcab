//! The `perimeter` command.
//!
//! `perimeter run --config FILE` runs the stream processor against a Kafka
//! cluster (see `docs/configuration.md`); `perimeter demo` runs it against
//! librdkafka's in-process mock cluster with simulated users (see
//! `docs/operations.md`); `perimeter fences validate|upload` checks and
//! uploads fence files (see `docs/store-ops.md`); `perimeter schema export`
//! writes the topic contracts (see `docs/data-platforms.md`).

#![allow(
    clippy::print_stdout,
    reason = "the demo's progress lines and `run --check`'s summary on stdout are their user interface"
)]

mod admin;
mod config;
mod demo;
mod fences_cli;
mod http;
mod logging;
mod metrics;
mod progress;
mod run;
mod schema_cli;
mod simulation;

use std::future::Future;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Parser, Subcommand};

/// Perimeter: geofencing event-stream processor.
#[derive(Debug, Parser)]
#[command(name = "perimeter", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the processor against a Kafka cluster, configured by a TOML
    /// file, until SIGTERM or SIGINT.
    Run(run::RunArgs),
    /// Run the real processor against an in-process mock Kafka cluster
    /// with simulated users walking through Berlin.
    Demo(demo::DemoArgs),
    /// Validate fence files, upload them to a running instance.
    Fences {
        #[command(subcommand)]
        command: fences_cli::FencesCommand,
    },
    /// Export the topic contracts (.proto files and a descriptor set).
    Schema {
        #[command(subcommand)]
        command: schema_cli::SchemaCommand,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Run(args) => run::main(&args),
        Command::Demo(args) => demo::main(args),
        Command::Fences { command } => fences_cli::main(command),
        Command::Schema { command } => schema_cli::main(command),
    }
}

/// Runs `task` to its end on a multi-threaded runtime (the processor's own
/// threads do the CPU work; the runtime carries Kafka I/O, HTTP and signals).
fn block_on(task: impl Future<Output = anyhow::Result<()>>) -> anyhow::Result<()> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?
        .block_on(task)
}
