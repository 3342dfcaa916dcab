//! The `perimeter` command.
//!
//! `perimeter demo` runs the real stream processor against librdkafka's
//! in-process mock cluster with simulated users; see `docs/operations.md`.

#![allow(
    clippy::print_stdout,
    reason = "the demo's progress lines on stdout are its user interface"
)]

mod demo;
mod progress;
mod simulation;

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
    /// Run the real processor against an in-process mock Kafka cluster
    /// with simulated users walking through Berlin.
    Demo(demo::DemoArgs),
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    match cli.command {
        Command::Demo(args) => runtime.block_on(demo::run(args)),
    }
}
