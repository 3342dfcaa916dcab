//! The limits an operator sets (`[fences]` in the configuration): a fence
//! outside them is refused, and the numbers of the message never
//! contradict the rule that refused it.

#![allow(
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers outside #[test] functions"
)]

use perimeter_fences::{FenceFileError, FenceFormat, Problem, ValidationLimits, parse_fences};
use proptest::prelude::*;

/// A one-feature GeoJSON file with `geometry` and `extra` properties.
fn file(geometry: &str, extra: &str) -> String {
    format!(
        r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","id":"f","geometry":{geometry},"properties":{{"store_id":"s","name":"Store","timezone":"Europe/Paris"{extra}}}}}]}}"#
    )
}

/// A closed ring of `n` corners on a circle of `radius_deg` around
/// (2.35, 48.85), as GeoJSON.
fn ring_polygon(n: usize, radius_deg: f64) -> String {
    let mut points: Vec<String> = (0..n)
        .map(|i| {
            let a = std::f64::consts::TAU * i as f64 / n as f64;
            format!(
                "[{},{}]",
                2.35 + radius_deg * a.cos(),
                48.85 + radius_deg * a.sin()
            )
        })
        .collect();
    points.push(points[0].clone());
    format!(
        r#"{{"type":"Polygon","coordinates":[[{}]]}}"#,
        points.join(",")
    )
}

/// A square of `side_deg` degrees of latitude (and as many of longitude).
fn square(side_deg: f64) -> String {
    let (x, y) = (2.35, 48.85);
    format!(
        r#"{{"type":"Polygon","coordinates":[[[{x},{y}],[{},{y}],[{},{}],[{x},{}],[{x},{y}]]]}}"#,
        x + side_deg,
        x + side_deg,
        y + side_deg,
        y + side_deg
    )
}

fn problems(text: &str, limits: &ValidationLimits) -> Vec<Problem> {
    match parse_fences(text, FenceFormat::GeoJson, limits) {
        Ok(_) => Vec::new(),
        Err(FenceFileError::Invalid(list)) => list.into_iter().map(|e| e.problem).collect(),
        Err(other) => panic!("not a feature error: {other}"),
    }
}

#[test]
fn an_operator_set_minimum_area_refuses_a_fence_the_default_accepts() {
    // About 74 m x 111 m: 8,000 m², fine by default.
    let text = file(&square(0.001), "");
    assert!(problems(&text, &ValidationLimits::default()).is_empty());
    let limits = ValidationLimits {
        min_area_m2: 10_000.5,
        ..ValidationLimits::default()
    };
    let found = problems(&text, &limits);
    assert!(
        matches!(found.as_slice(), [Problem::ImplausibleArea { min_m2, .. }] if *min_m2 == 10_000.5),
        "{found:?}"
    );
    let message = found[0].to_string();
    assert!(
        message.contains("allowed: 10000.5 to 10000000 m²"),
        "{message}"
    );
}

#[test]
fn an_operator_set_maximum_area_refuses_a_large_fence() {
    let text = file(&square(0.001), "");
    let limits = ValidationLimits {
        max_area_m2: 5_000.0,
        ..ValidationLimits::default()
    };
    let found = problems(&text, &limits);
    assert!(
        matches!(found.as_slice(), [Problem::ImplausibleArea { .. }]),
        "{found:?}"
    );
}

#[test]
fn the_vertex_limit_counts_corners_not_the_closing_position() {
    let limits = ValidationLimits {
        max_vertices: 4,
        ..ValidationLimits::default()
    };
    // A square: 5 positions, 4 corners.
    assert!(problems(&file(&square(0.001), ""), &limits).is_empty());
    let found = problems(&file(&ring_polygon(5, 0.001), ""), &limits);
    assert_eq!(found, [Problem::TooManyVertices { count: 5, limit: 4 }]);
    assert_eq!(found[0].to_string(), "has 5 vertices; the limit is 4");
}

#[test]
fn the_vertex_limit_adds_up_every_ring_and_part() {
    let limits = ValidationLimits {
        max_vertices: 7,
        ..ValidationLimits::default()
    };
    let part = |x: f64| {
        format!(
            "[[[{x},48.85],[{},48.85],[{},48.851],[{x},48.851],[{x},48.85]]]",
            x + 0.001,
            x + 0.001
        )
    };
    let multi = format!(
        r#"{{"type":"MultiPolygon","coordinates":[{},{}]}}"#,
        part(2.35),
        part(2.36)
    );
    let found = problems(&file(&multi, ""), &limits);
    assert_eq!(found, [Problem::TooManyVertices { count: 8, limit: 7 }]);
}

#[test]
fn an_operator_set_radius_bound_is_shown_exactly_as_set() {
    let limits = ValidationLimits {
        min_radius_m: 12.5,
        ..ValidationLimits::default()
    };
    let found = problems(
        &file(
            r#"{"type":"Point","coordinates":[2.35,48.85]}"#,
            r#","radius_m":12.4"#,
        ),
        &limits,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].to_string(),
        "radius_m 12.4 is out of bounds: it must be within [12.5, 50000] metres"
    );
}

/// The numbers of an area message: (area, min, max).
fn area_numbers(message: &str) -> (f64, f64, f64) {
    let number = |s: &str| {
        s.trim()
            .parse::<f64>()
            .unwrap_or_else(|e| panic!("{s:?} in {message:?}: {e}"))
    };
    let area = message
        .strip_prefix("area ")
        .and_then(|m| m.split(" m²").next())
        .expect("an area");
    let bounds = message
        .split("allowed: ")
        .nth(1)
        .and_then(|m| m.split(" m²").next())
        .expect("bounds");
    let (min, max) = bounds.split_once(" to ").expect("two bounds");
    (number(area), number(min), number(max))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Whatever the bounds and the area, a refused area reads as outside
    /// the bounds the message states, and those are the configured ones.
    #[test]
    fn an_area_message_never_reads_as_within_the_bounds(
        side_e7 in 1_000u32..20_000,
        min_tenths in 1u32..4_000_000,
        span_tenths in 0u32..4_000_000,
    ) {
        let min_m2 = f64::from(min_tenths) / 10.0;
        let max_m2 = min_m2 + f64::from(span_tenths) / 10.0;
        let limits = ValidationLimits { min_area_m2: min_m2, max_area_m2: max_m2, ..ValidationLimits::default() };
        let found = problems(&file(&square(f64::from(side_e7) * 1e-7), ""), &limits);
        for p in found {
            let Problem::ImplausibleArea { area_m2, .. } = p else { continue };
            let (shown, shown_min, shown_max) = area_numbers(&p.to_string());
            prop_assert_eq!(shown_min, min_m2);
            prop_assert_eq!(shown_max, max_m2);
            prop_assert!(shown < shown_min || shown > shown_max,
                "area {} shown as {} within [{}, {}]", area_m2, shown, shown_min, shown_max);
        }
    }
}
