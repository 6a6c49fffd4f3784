//! Prometheus metrics, served at `/metrics`.

use std::sync::LazyLock;
use std::time::Duration;

use prometheus::{Encoder, HistogramOpts, HistogramVec, IntCounterVec, Opts, Registry, TextEncoder};

struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    queries: HistogramVec,
}

static METRICS: LazyLock<Metrics> = LazyLock::new(|| {
    let registry = Registry::new();
    let requests = IntCounterVec::new(
        Opts::new("samverkan_http_requests_total", "HTTP requests handled"),
        &["method", "route", "status"],
    )
    .expect("valid metric");
    let latency = HistogramVec::new(
        HistogramOpts::new("samverkan_http_request_duration_seconds", "HTTP request latency"),
        &["method", "route"],
    )
    .expect("valid metric");
    let queries = HistogramVec::new(
        HistogramOpts::new("samverkan_db_queries_per_request", "Database queries a request made")
            .buckets(vec![0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 15.0, 20.0, 50.0]),
        &["route"],
    )
    .expect("valid metric");
    registry.register(Box::new(requests.clone())).expect("register");
    registry.register(Box::new(latency.clone())).expect("register");
    registry.register(Box::new(queries.clone())).expect("register");
    Metrics { registry, requests, latency, queries }
});

pub fn observe(method: &str, route: &str, status: u16, elapsed: Duration) {
    let m = &*METRICS;
    m.requests.with_label_values(&[method, route, &status.to_string()]).inc();
    m.latency.with_label_values(&[method, route]).observe(elapsed.as_secs_f64());
}

pub fn observe_queries(route: &str, count: u32) {
    METRICS.queries.with_label_values(&[route]).observe(f64::from(count));
}

/// The Prometheus text exposition of all metrics.
pub fn render() -> String {
    let mut buf = Vec::new();
    TextEncoder::new().encode(&METRICS.registry.gather(), &mut buf).expect("encode metrics");
    String::from_utf8(buf).unwrap_or_default()
}
