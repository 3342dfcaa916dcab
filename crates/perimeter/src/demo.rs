//! `perimeter demo`: the real processor, a mock cluster, simulated users.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context as _;
use perimeter_fences::{FenceFormat, ValidationLimits, parse_fences};
use perimeter_model::Timestamp;
use perimeter_offers::CampaignRules;
use perimeter_stream::sandbox::{Deliveries, Sandbox};
use perimeter_stream::{Clock, Health, LiveTables, Processor, ProcessorConfig, Publisher, Topics};
use perimeter_wire::{decode_trigger, encode_fence};
use tokio::sync::oneshot;

use crate::admin::Admin;
use crate::config::AdminSettings;
use crate::http::{self, HttpState};
use crate::progress::{self, Snapshot};
use crate::simulation::{RecordTopic, Simulation};

/// The bundled sample fences (Berlin stores).
pub const SAMPLE_FENCES: &str = include_str!("../../../deploy/samples/fences.geojson");
/// The bundled sample campaigns.
pub const SAMPLE_CAMPAIGNS: &str = include_str!("../../../deploy/samples/campaigns.toml");
/// Simulated start: Friday 2026-11-20 10:00 in Berlin (09:00 UTC), when
/// the coffee, grocery, electronics and loyalty campaigns are on schedule.
const SIM_START_MS: i64 = 1_795_165_200_000;
/// Example triggers printed in full.
const EXAMPLES: usize = 6;

/// Options of `perimeter demo`.
#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// How long to run (wall clock), e.g. 20s, 2m.
    #[arg(long, default_value = "20s")]
    duration: humantime::Duration,
    /// Simulated users.
    #[arg(long, default_value_t = 2000)]
    users: usize,
    /// Simulated seconds per wall-clock second.
    #[arg(long, default_value_t = 60.0)]
    speed: f64,
    /// Seed of the simulation.
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// Partitions of the pings topic (and of the presence-state changelog
    /// and output topics).
    #[arg(long, default_value_t = 6)]
    partitions: i32,
    /// Where to serve /metrics, /healthz, /readyz, the admin API and the
    /// store-ops page ("off" to disable).
    #[arg(long, visible_alias = "http-listen", default_value = "127.0.0.1:9464")]
    metrics_listen: String,
}

/// Serves `/metrics`, `/healthz`, `/readyz` and the admin API on `listen`
/// unless it is "off". Not serving (the port is taken) is not a reason to
/// stop the demo.
async fn start_http(
    listen: &str,
    state: HttpState,
    admin: std::sync::Arc<Admin>,
) -> anyhow::Result<
    Option<(
        oneshot::Sender<()>,
        tokio::task::JoinHandle<std::io::Result<()>>,
    )>,
> {
    if listen == "off" {
        return Ok(None);
    }
    let addr: SocketAddr = listen
        .parse()
        .with_context(|| format!("--metrics-listen {listen:?} is not host:port"))?;
    match http::bind(addr).await {
        Ok(listener) => {
            let (stop, stopped) = oneshot::channel::<()>();
            let router = http::router(state, Some(admin));
            let task = tokio::spawn(http::serve(listener, router, async move {
                let _ = stopped.await;
            }));
            println!(
                "metrics: http://{addr}/metrics (also /healthz, /readyz); store-ops page: http://{addr}/"
            );
            Ok(Some((stop, task)))
        }
        Err(e) => {
            println!("metrics: not serving /metrics on {addr} ({e})");
            Ok(None)
        }
    }
}

/// A random admin token for one demo run (never derived from `--seed`,
/// whose default anyone can read in `--help`).
fn demo_token() -> String {
    use rand::Rng as _;
    let mut rng = rand::rng();
    (0..32)
        .map(|_| char::from(b"0123456789abcdef"[rng.random_range(0..16)]))
        .collect()
}

fn local_time(t: Timestamp) -> String {
    chrono::DateTime::from_timestamp_millis(t.as_millis()).map_or_else(String::new, |d| {
        d.with_timezone(&chrono_tz::Europe::Berlin)
            .format("%a %H:%M:%S")
            .to_string()
    })
}

/// Runs `perimeter demo` to its end and returns the process's exit status.
pub fn main(args: DemoArgs) -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                // The demo sends bad pings on purpose: their DLQ lines
                // would only interrupt the progress display.
                .unwrap_or_else(|_| {
                    tracing_subscriber::EnvFilter::new("warn,perimeter_stream::dlq=error")
                }),
        )
        .with_writer(std::io::stderr)
        .init();
    match crate::block_on(run(args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("perimeter demo: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Runs the demo until `--duration` passes or Ctrl-C.
async fn run(args: DemoArgs) -> anyhow::Result<()> {
    let handle = crate::metrics::install()?;
    let health = Health::new();
    let duration: Duration = args.duration.into();
    let topics = Topics::default();

    // The presence-state changelog is co-partitioned with the pings topic:
    // partition N holds the state of the users of pings partition N, and
    // the processor refuses to start unless the counts are equal.
    let cluster = Sandbox::start(&topics, args.partitions).context("starting the mock cluster")?;
    let brokers = cluster.bootstrap_servers();

    let catalog = parse_fences(
        SAMPLE_FENCES,
        FenceFormat::sniff(SAMPLE_FENCES),
        &ValidationLimits::default(),
    )
    .context("the sample fences")?;
    let rules = CampaignRules::from_toml_str(SAMPLE_CAMPAIGNS).context("the sample campaigns")?;
    let start = Timestamp::from_millis(SIM_START_MS)?;
    let clock = Clock::accelerated(start, args.speed);
    let span = duration.mul_f64(args.speed);

    let mut sent = Deliveries::default();
    for fence in catalog.fences() {
        let value = encode_fence(fence, 1);
        let key = Some(fence.id.as_str().as_bytes());
        cluster.send(&mut sent, &topics.fences, key, &value).await?;
    }
    let mut sim = Simulation::new(args.seed, args.users, &catalog, start, span);
    for r in sim.initial_consent(start) {
        cluster
            .send(&mut sent, &topics.consent, r.key.as_deref(), &r.value)
            .await?;
    }
    sent.acknowledged().await?;
    println!(
        "mock cluster at {brokers}: {} fences (Berlin), {} campaigns, {} users {:?}",
        catalog.len(),
        rules.campaigns().len(),
        args.users,
        sim.consent_mix()
    );
    println!(
        "simulated time starts {} (Europe/Berlin) and runs {}x faster than the wall clock",
        local_time(start),
        args.speed
    );

    let mut config = ProcessorConfig::new(brokers.clone(), "perimeter-demo", rules);
    config.clock = clock;
    config.topics = topics.clone();
    config.health = health.clone();
    let live = LiveTables::new();
    config.live = live.clone();
    // The admin API works on the mock cluster too, with a token made up
    // for this run: the store-ops page can replace the demo's fences.
    let token = demo_token();
    let admin_settings = AdminSettings {
        token: Some(token.clone()),
        ..AdminSettings::default()
    };
    let publisher = Publisher::new(&config, admin_settings.publish_timeout)
        .context("creating the admin API's producer")?;
    let admin = std::sync::Arc::new(Admin::new(live, Some(publisher), admin_settings, clock));
    let http = start_http(
        &args.metrics_listen,
        HttpState {
            metrics: handle.clone(),
            health,
        },
        admin,
    )
    .await?;
    if http.is_some() {
        println!("admin token for this run (PUT/DELETE/POST): {token}");
    }
    let processor = Processor::connect(config)
        .await
        .context("starting the processor")?;
    println!("processor ready (fences and consent loaded); streaming for {duration:?}");
    let (stop_tx, stop_rx) = oneshot::channel::<()>();
    let processing = tokio::spawn(processor.run(async move {
        let _ = stop_rx.await;
    }));

    // Example triggers, read back from the offers topic like a consumer would.
    let viewer = cluster
        .reader(&topics.offers, "perimeter-demo-viewer")
        .context("creating the offers viewer")?;
    let viewing = tokio::spawn(async move {
        let mut shown = 0;
        while shown < EXAMPLES {
            if let Ok(t) = decode_trigger(&viewer.next().await) {
                shown += 1;
                println!(
                    "  offer #{shown}: {} at {} ({}) <- campaign {}: {} says \"{}\" (consent v{}, {})",
                    t.user_id.as_str(),
                    t.store_id.as_str(),
                    t.fence_id.as_str(),
                    t.campaign_id.as_str(),
                    t.sender,
                    t.message,
                    t.consent_version,
                    local_time(t.created_at),
                );
            }
        }
    });

    let deadline = tokio::time::Instant::now() + duration;
    let mut tick = tokio::time::interval(Duration::from_millis(100));
    let mut last_print = tokio::time::Instant::now();
    let started = tokio::time::Instant::now();
    let mut previous = Snapshot::default();
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .context("listening for SIGTERM")?;
    loop {
        tokio::select! {
            _ = &mut ctrl_c => {
                println!("Ctrl-C: stopping");
                break;
            }
            _ = terminate.recv() => {
                println!("SIGTERM: stopping");
                break;
            }
            _ = tick.tick() => {}
        }
        if tokio::time::Instant::now() >= deadline {
            break;
        }
        let mut sent = Deliveries::default();
        for r in sim.step(&clock) {
            let topic = match r.topic {
                RecordTopic::Pings => &topics.pings,
                RecordTopic::Consent => &topics.consent,
            };
            cluster
                .send(&mut sent, topic, r.key.as_deref(), &r.value)
                .await?;
        }
        sent.acknowledged().await?;
        if last_print.elapsed() >= Duration::from_secs(1) {
            last_print = tokio::time::Instant::now();
            let now = Snapshot::parse(&handle.render());
            println!(
                "{}",
                progress::line(
                    started.elapsed().as_secs(),
                    &now,
                    &previous,
                    &local_time(clock.now())
                )
            );
            previous = now;
        }
    }

    let _ = stop_tx.send(());
    let summary = processing
        .await
        .context("the processor task")?
        .context("the processor")?;
    viewing.abort();
    // Close every client before the cluster goes away, so that none of them
    // logs its brokers as down.
    let _ = viewing.await;
    let last = Snapshot::parse(&handle.render());
    println!(
        "{}",
        progress::line(
            started.elapsed().as_secs(),
            &last,
            &previous,
            &local_time(clock.now())
        )
    );
    println!(
        "stopped cleanly: {} pings read, {} events, {} triggers, {} DLQ records; offsets committed",
        summary.pings, summary.events, summary.triggers, summary.dlq
    );
    if let Some((stop, task)) = http {
        let _ = stop.send(());
        let _ = tokio::time::timeout(Duration::from_secs(2), task).await;
    }
    drop(cluster);
    Ok(())
}
