//! The HTTP server of `perimeter run` and `perimeter demo`: `/metrics`,
//! `/healthz`, `/readyz`, and the admin API with the store-ops page
//! ([`crate::admin`]).
//!
//! [`router`] binds the routes to their state. [`serve`] runs a router on
//! a bound listener until a shutdown future completes, so tests bind
//! `127.0.0.1:0` and pass their own shutdown.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use perimeter_stream::Health;
use tokio::net::TcpListener;

use crate::admin::{self, Admin};
use crate::metrics::Exporter;

/// What every handler can read.
#[derive(Debug, Clone)]
pub struct HttpState {
    /// Renders the Prometheus text exposition.
    pub metrics: Exporter,
    /// The processor's liveness and readiness.
    pub health: Health,
}

/// The routes bound to `state`, plus the admin API when given, ready to
/// [`serve`].
pub fn router(state: HttpState, admin: Option<Arc<Admin>>) -> Router {
    let base = Router::new()
        .route("/metrics", get(metrics))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .with_state(state);
    match admin {
        Some(admin) => base.merge(admin::routes(admin)),
        None => base,
    }
}

/// The admin API and the store-ops page alone, for `http.admin_listen`
/// (the listener of [`router`] then serves no admin route).
pub fn admin_router(admin: Arc<Admin>) -> Router {
    admin::routes(admin)
}

/// Binds `addr`.
///
/// # Errors
/// The operating system's error (address in use, permission denied, ...).
pub async fn bind(addr: SocketAddr) -> std::io::Result<TcpListener> {
    TcpListener::bind(addr).await
}

/// Serves `router` on `listener` until `shutdown` completes, then stops
/// accepting and lets open requests finish.
///
/// # Errors
/// Only the listener's I/O errors.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router)
        .with_graceful_shutdown(shutdown)
        .await
}

async fn metrics(State(state): State<HttpState>) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        state.metrics.render(),
    )
        .into_response()
}

/// 200 while the processor has not failed and has not stalled; 503 once
/// it has (restart it), with the reason in the body.
async fn healthz(State(state): State<HttpState>) -> Response {
    let r = state.health.report();
    if r.failed {
        (StatusCode::SERVICE_UNAVAILABLE, "failed\n").into_response()
    } else if r.stalled {
        let mut body = String::from(
            "stalled: the poll loop or a worker made no progress for http.stall_timeout while work was waiting\n",
        );
        if let Some((call, waited)) = r.kafka_call {
            body.push_str(&format!(
                "the poll loop has waited {} s in the Kafka client's transaction call `{call}`\n",
                waited.as_secs()
            ));
        }
        (StatusCode::SERVICE_UNAVAILABLE, body).into_response()
    } else {
        (StatusCode::OK, "ok\n").into_response()
    }
}

/// 200 when caught up and consuming, else 503; the body says why.
async fn readyz(State(state): State<HttpState>) -> Response {
    let r = state.health.report();
    let ready = state.health.is_ready();
    let body = serde_json::json!({
        "ready": ready,
        "alive": state.health.is_alive(),
        "tables_caught_up": r.tables_caught_up,
        "consuming": r.consuming,
        "failed": r.failed,
        "stalled": r.stalled,
        "restoring_partitions": r.restoring_partitions,
        "released_partitions": r.released_partitions,
        "assigned_partitions": r.assigned_partitions,
        "kafka_call": r.kafka_call.map(|(call, waited)| serde_json::json!({
            "call": call,
            "waited_seconds": waited.as_secs(),
        })),
    });
    let status = if ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        format!("{body}\n"),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use metrics_exporter_prometheus::PrometheusBuilder;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::sync::oneshot;

    use super::*;

    /// Status and body of `GET path`, over a plain TCP connection.
    async fn get(addr: SocketAddr, path: &str) -> (u16, String) {
        let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
        s.write_all(
            format!("GET {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n").as_bytes(),
        )
        .await
        .unwrap();
        let mut text = String::new();
        s.read_to_string(&mut text).await.unwrap();
        let status = text
            .split_whitespace()
            .nth(1)
            .and_then(|c| c.parse().ok())
            .unwrap();
        let body = text
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_owned())
            .unwrap();
        (status, body)
    }

    #[tokio::test]
    async fn healthz_readyz_and_metrics_answer_for_a_fresh_processor() {
        let recorder = PrometheusBuilder::new().build_recorder();
        metrics::with_local_recorder(&recorder, || {
            metrics::counter!("perimeter_test_requests_total").increment(3);
        });
        let state = HttpState {
            metrics: Exporter::new(recorder.handle()),
            health: Health::new(),
        };
        let listener = bind("127.0.0.1:0".parse().unwrap()).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = oneshot::channel::<()>();
        let server = tokio::spawn(serve(listener, router(state, None), async move {
            let _ = stopped.await;
        }));

        // A fresh Health is alive but not ready: nothing was read yet.
        assert_eq!(get(addr, "/healthz").await, (200, "ok\n".to_owned()));
        let (status, body) = get(addr, "/readyz").await;
        assert_eq!(status, 503);
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(json["ready"], false);
        assert_eq!(json["alive"], true);
        assert_eq!(json["tables_caught_up"], false);
        assert_eq!(json["consuming"], false);
        assert_eq!(json["restoring_partitions"], 0);
        let (status, body) = get(addr, "/metrics").await;
        assert_eq!(status, 200);
        assert!(body.contains("perimeter_test_requests_total 3"), "{body}");
        assert_eq!(get(addr, "/nope").await.0, 404);

        stop.send(()).unwrap();
        server.await.unwrap().unwrap();
    }

    /// Serves `router` on a fresh loopback port until the returned sender
    /// is dropped or sent to.
    async fn spawn(router: Router) -> (SocketAddr, oneshot::Sender<()>) {
        let listener = bind("127.0.0.1:0".parse().unwrap()).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = oneshot::channel::<()>();
        tokio::spawn(serve(listener, router, async move {
            let _ = stopped.await;
        }));
        (addr, stop)
    }

    fn state(health: Health) -> HttpState {
        HttpState {
            metrics: Exporter::new(PrometheusBuilder::new().build_recorder().handle()),
            health,
        }
    }

    #[tokio::test]
    async fn with_a_separate_admin_listener_the_metrics_listener_serves_no_admin_route() {
        let admin = Arc::new(Admin::new(
            perimeter_stream::LiveTables::new(),
            None,
            crate::config::AdminSettings::default(),
            perimeter_stream::Clock::system(),
        ));
        let (metrics_addr, _stop_metrics) = spawn(router(state(Health::new()), None)).await;
        let (admin_addr, _stop_admin) = spawn(admin_router(admin)).await;

        // The admin API and the page answer on their own listener only
        // (the fence list is 503 until the processor has read the fences
        // topic: a route that exists).
        assert_eq!(get(admin_addr, "/v1/fences").await.0, 503);
        assert_eq!(get(admin_addr, "/").await.0, 200);
        assert_eq!(get(metrics_addr, "/v1/fences").await.0, 404);
        assert_eq!(get(metrics_addr, "/").await.0, 404);
        assert_eq!(get(metrics_addr, "/ui/app.js").await.0, 404);
        // Metrics and health answer on theirs only.
        assert_eq!(get(metrics_addr, "/metrics").await.0, 200);
        assert_eq!(get(metrics_addr, "/healthz").await.0, 200);
        assert_eq!(get(admin_addr, "/metrics").await.0, 404);
        assert_eq!(get(admin_addr, "/healthz").await.0, 404);
    }

    /// Polls `GET path` until its status is `status`; panics after 30 s.
    async fn wait_status(addr: SocketAddr, path: &str, status: u16) -> String {
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            let (got, body) = get(addr, path).await;
            if got == status {
                return body;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "GET {path}: {got} {body}, expected {status}"
            );
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn healthz_fails_while_the_poll_loop_is_stopped_and_recovers_when_it_runs_again() {
        use perimeter_stream::{Processor, ProcessorConfig, Topics};
        use rdkafka::mocking::MockCluster;

        let cluster = MockCluster::new(1).unwrap();
        let topics = Topics::default();
        for t in [
            &topics.pings,
            &topics.presence_state,
            &topics.events,
            &topics.offers,
            &topics.dlq,
            &topics.fences,
            &topics.consent,
        ] {
            cluster.create_topic(t, 1, 1).unwrap();
        }
        let rules = perimeter_offers::CampaignRules::from_toml_str("").unwrap();
        let mut config = ProcessorConfig::new(cluster.bootstrap_servers(), "healthz-test", rules);
        config.workers = 1;
        let health = config.health.clone();
        health.set_stall_timeout(std::time::Duration::from_millis(500));
        let processor = Processor::connect(config).await.unwrap();
        let (stop, stopped) = oneshot::channel::<()>();
        let run = tokio::spawn(processor.run(async move {
            let _ = stopped.await;
        }));
        let (addr, _stop_http) = spawn(router(state(health.clone()), None)).await;
        wait_status(addr, "/readyz", 200).await;
        assert_eq!(get(addr, "/healthz").await, (200, "ok\n".to_owned()));

        let hold = health.hold_poll_loop();
        let body = wait_status(addr, "/healthz", 503).await;
        assert!(body.starts_with("stalled"), "{body}");
        let (_, readyz) = get(addr, "/readyz").await;
        let json: serde_json::Value = serde_json::from_str(&readyz).unwrap();
        assert_eq!(json["stalled"], true);
        assert_eq!(json["failed"], false);

        drop(hold);
        assert_eq!(wait_status(addr, "/healthz", 200).await, "ok\n");
        stop.send(()).unwrap();
        run.await.unwrap().unwrap();
    }
}
