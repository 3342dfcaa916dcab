//! `perimeter run`: the processor against a real Kafka cluster, configured
//! by a file (see `docs/configuration.md`), until SIGTERM or SIGINT.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use perimeter_stream::{Clock, Health, LiveTables, Processor, Publisher};
use tokio::signal::unix::{Signal, SignalKind, signal};
use tokio::sync::oneshot;
use tracing::{error, info, warn};

use crate::admin::Admin;
use crate::config::{self, Env, Overrides, Settings};
use crate::http::{self, HttpState};

/// Exit status when the configuration is rejected.
const EXIT_CONFIG: u8 = 2;
/// Exit status after a second SIGTERM/SIGINT cut a shutdown short
/// (128 + SIGINT, as shells report it).
const EXIT_FORCED: i32 = 130;
/// How long open HTTP requests may take once the processor stopped.
const HTTP_DRAIN: Duration = Duration::from_secs(5);

/// Options of `perimeter run`. Flags override the environment, which
/// overrides the file.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// The configuration file (TOML); see docs/configuration.md.
    #[arg(long, value_name = "FILE")]
    config: PathBuf,
    /// Validate the configuration and the campaigns file, print a summary
    /// (secrets hidden) and exit: 0 if valid, 2 if not. No network I/O.
    #[arg(long, visible_alias = "check-config")]
    check: bool,
    /// Kafka bootstrap servers, overrides kafka.brokers.
    #[arg(long, value_name = "HOST:PORT,...")]
    brokers: Option<String>,
    /// Consumer group, overrides kafka.group_id.
    #[arg(long, value_name = "GROUP")]
    group_id: Option<String>,
    /// Address of /metrics, /healthz, /readyz, the admin API and the
    /// store-ops page ("off" to disable), overrides http.listen.
    #[arg(long, value_name = "ADDR:PORT|off")]
    http_listen: Option<String>,
    /// Campaign rules file (relative to the working directory), overrides
    /// offers.campaigns.
    #[arg(long, value_name = "FILE")]
    campaigns: Option<PathBuf>,
    /// Worker threads (0: one per core), overrides processor.workers.
    #[arg(long, value_name = "N")]
    workers: Option<usize>,
    /// Tracing filter, e.g. "info" or "info,perimeter_stream=debug";
    /// overrides log.level, PERIMETER_LOG_LEVEL and RUST_LOG.
    #[arg(long, value_name = "FILTER")]
    log_level: Option<String>,
    /// Sets any key of the file, e.g. `--set processor.workers=4` or
    /// `--set kafka.properties.client.id=eu-1`; overrides the file and the
    /// environment. Repeatable.
    #[arg(long = "set", value_name = "KEY=VALUE")]
    set: Vec<String>,
}

impl RunArgs {
    fn overrides(&self) -> Overrides {
        Overrides {
            brokers: self.brokers.clone(),
            group_id: self.group_id.clone(),
            http_listen: self.http_listen.clone(),
            campaigns: self.campaigns.clone(),
            workers: self.workers,
            log_level: self.log_level.clone(),
            set: self.set.clone(),
        }
    }
}

/// Runs `perimeter run` to its end and returns the process's exit status.
pub fn main(args: &RunArgs) -> ExitCode {
    let settings = match config::load(&args.config, &Env::from_process(), &args.overrides()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("perimeter: {e}");
            return ExitCode::from(EXIT_CONFIG);
        }
    };
    if args.check {
        println!("{}", settings.summary());
    }
    // What the processor checks before it connects: deadlines against the
    // group's timeouts, exactly-once settings.
    let processor = settings.processor_config(Health::new(), LiveTables::new(), Clock::system());
    if let Err(e) = processor.check() {
        eprintln!(
            "perimeter: configuration {} rejected: {e}",
            args.config.display()
        );
        return ExitCode::from(EXIT_CONFIG);
    }
    if args.check {
        println!("configuration OK");
        return ExitCode::SUCCESS;
    }
    if let Err(e) = crate::logging::init(&settings.log_level, settings.log_format) {
        eprintln!("perimeter: {e:#}");
        return ExitCode::FAILURE;
    }
    match crate::block_on(run(settings)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            error!(error = %error_chain(&e), "perimeter stopped on an error");
            ExitCode::FAILURE
        }
    }
}

/// The error and its causes, `: `-separated, skipping a cause whose text
/// its parent already repeats (librdkafka's errors print their source).
fn error_chain(e: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if out.contains(&text) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&text);
    }
    out
}

/// Serves HTTP, connects the processor and runs it until a signal.
async fn run(settings: Settings) -> anyhow::Result<()> {
    let metrics = crate::metrics::install()?;
    let health = Health::new();
    let live = LiveTables::new();
    log_startup(&settings);
    let config = settings.processor_config(health.clone(), live.clone(), Clock::system());
    // Creating a producer does no network I/O; it connects on first use.
    let publisher = Publisher::new(&config, settings.admin.publish_timeout)
        .context("creating the admin API's producer")?;
    let admin = Arc::new(
        Admin::new(
            live,
            Some(publisher),
            settings.admin.clone(),
            Clock::system(),
        )
        .with_presence(settings.presence.clone())
        .with_limits(settings.fence_limits),
    );

    // One stop signal for every HTTP server: a watch channel, so that any
    // number of servers see it.
    let (http_stop, http_stopped) = tokio::sync::watch::channel(false);
    let stopped = |mut rx: tokio::sync::watch::Receiver<bool>| async move {
        let _ = rx.wait_for(|stop| *stop).await;
    };
    let mut http_tasks = Vec::new();
    match settings.http_listen {
        Some(addr) => {
            let state = HttpState {
                metrics,
                health: health.clone(),
            };
            let listener = http::bind(addr)
                .await
                .with_context(|| format!("binding the HTTP server to {addr} (http.listen)"))?;
            let read_only = settings.admin.token.is_none();
            let main_router = match settings.admin_listen {
                None => {
                    info!(
                        %addr,
                        read_only,
                        "serving /metrics, /healthz, /readyz, the admin API (/v1) and the store-ops page (/)"
                    );
                    http::router(state, Some(admin))
                }
                Some(admin_addr) => {
                    let admin_listener = http::bind(admin_addr).await.with_context(|| {
                        format!("binding the admin HTTP server to {admin_addr} (http.admin_listen)")
                    })?;
                    info!(%addr, "serving /metrics, /healthz, /readyz");
                    info!(
                        addr = %admin_addr,
                        read_only,
                        "serving the admin API (/v1) and the store-ops page (/)"
                    );
                    http_tasks.push(tokio::spawn(http::serve(
                        admin_listener,
                        http::admin_router(admin),
                        stopped(http_stopped.clone()),
                    )));
                    http::router(state, None)
                }
            };
            http_tasks.push(tokio::spawn(http::serve(
                listener,
                main_router,
                stopped(http_stopped.clone()),
            )));
        }
        None => {
            info!("HTTP server off (http.listen = \"off\")");
        }
    }

    let mut stop = stop_on_signals()?;
    let connected = tokio::select! {
        connected = Processor::connect(config) => Some(connected),
        _ = &mut stop => None,
    };
    let outcome = match connected {
        None => {
            info!("stopped before the processor was ready; nothing was processed");
            Ok(())
        }
        Some(Err(e)) => Err(e).context("starting the processor"),
        Some(Ok(processor)) => {
            info!("processor ready: fences and consent read to their end, consuming pings");
            processor
                .run(async move {
                    let _ = stop.await;
                })
                .await
                .map(|s| {
                    info!(
                        pings = s.pings,
                        events = s.events,
                        triggers = s.triggers,
                        dlq = s.dlq,
                        "stopped cleanly: offsets of processed pings stored and committed"
                    );
                })
                .context("the processor stopped on an error")
        }
    };

    let _ = http_stop.send(true);
    for task in http_tasks {
        match tokio::time::timeout(HTTP_DRAIN, task).await {
            Ok(Ok(Ok(()))) => {}
            Ok(Ok(Err(e))) => warn!(error = %e, "HTTP server"),
            Ok(Err(e)) => warn!(error = %e, "HTTP server task"),
            Err(_) => warn!("HTTP requests still open after {HTTP_DRAIN:?}; closing anyway"),
        }
    }
    outcome
}

/// A receiver that completes on the first SIGTERM or SIGINT. A second one
/// exits the process at once, without a clean shutdown: the offsets of
/// pings in flight are not committed and they are processed again after
/// the restart.
fn stop_on_signals() -> anyhow::Result<oneshot::Receiver<()>> {
    let mut term = signal(SignalKind::terminate()).context("listening for SIGTERM")?;
    let mut int = signal(SignalKind::interrupt()).context("listening for SIGINT")?;
    let (tx, rx) = oneshot::channel();
    tokio::spawn(async move {
        let first = next_signal(&mut term, &mut int).await;
        info!(
            signal = first,
            "stopping: finishing pings in flight, flushing outputs, committing offsets"
        );
        let _ = tx.send(());
        let second = next_signal(&mut term, &mut int).await;
        error!(
            signal = second,
            "second signal: exiting now, without a clean shutdown"
        );
        std::process::exit(EXIT_FORCED);
    });
    Ok(rx)
}

/// The name of the next SIGTERM or SIGINT.
async fn next_signal(term: &mut Signal, int: &mut Signal) -> &'static str {
    tokio::select! {
        _ = term.recv() => "SIGTERM",
        _ = int.recv() => "SIGINT",
    }
}

/// One line with what this instance is about to do; never a secret.
fn log_startup(s: &Settings) {
    let t = &s.topics;
    info!(
        version = env!("CARGO_PKG_VERSION"),
        config = %s.file.display(),
        brokers = %s.brokers,
        group_id = %s.group_id,
        kafka_properties = ?s.kafka_properties,
        pings = %t.pings,
        consent = %t.consent,
        fences = %t.fences,
        events = %t.events,
        offers = %t.offers,
        dlq = %t.dlq,
        presence_state = %t.presence_state,
        ping_format = %s.ping_reader.format,
        campaigns = s.rules.campaigns().len(),
        campaigns_file = %s.campaigns_path.display(),
        workers = s.workers,
        "starting perimeter"
    );
}
