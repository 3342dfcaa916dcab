//! Why a position is, or is not, in a fence: the answer to "why did this
//! user get (no) ENTER here?" for store operations and support.
//!
//! For a position and an accuracy it lists every fence within the exit
//! margin plus [`CONTEXT_M`], found with the index's R-tree (the query
//! that needs fences *near* a point, not only those containing it): exact
//! containment, the signed distance to the edge, and the presence rule
//! that decides what such a ping means for the fence.

use perimeter_fences::IncrementalIndex;
use perimeter_model::{FenceId, Position, StoreId};
use perimeter_presence::{NearbyFence, PresenceConfig, Reading};

/// Metres beyond the exit margin that an explanation still lists, so that
/// a fence just out of reach shows up with its distance.
pub const CONTEXT_M: f64 = 100.0;

/// One fence near the position.
#[derive(Debug, Clone, PartialEq)]
pub struct ExplainedFence {
    /// The fence.
    pub fence_id: FenceId,
    /// Its store.
    pub store_id: StoreId,
    /// Its display name.
    pub name: String,
    /// Exact containment of the position (edges and vertices count as
    /// inside).
    pub inside: bool,
    /// Signed distance from the position to the fence's edge in metres:
    /// negative inside.
    pub distance_to_edge_m: f64,
    /// What a ping here with this accuracy says about the fence.
    pub reading: Reading,
    /// The rule behind `reading`, with the numbers that decided it.
    pub rule: String,
}

/// The answer for one position and accuracy.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    /// Beyond this distance from a fence's edge a ping counts towards EXIT
    /// (`exit_buffer_m + exit_accuracy_factor * accuracy`).
    pub exit_margin_m: f64,
    /// The search radius: the exit margin plus [`CONTEXT_M`].
    pub radius_m: f64,
    /// The fences within `radius_m`, by fence id.
    pub fences: Vec<ExplainedFence>,
}

/// Explains what a ping at `position` with `accuracy_m` says about the
/// fences of `index` near it, under the presence rules of `presence`.
#[must_use]
pub fn explain(
    index: &IncrementalIndex,
    presence: &PresenceConfig,
    position: Position,
    accuracy_m: f64,
) -> Explanation {
    let exit_margin_m = presence.exit_margin_m(accuracy_m);
    let radius_m = exit_margin_m + CONTEXT_M;
    let mut near = Vec::new();
    index.near(position, radius_m, &mut near);
    let fences = near
        .into_iter()
        .map(|n| {
            let f = n.fence;
            let nearby = NearbyFence {
                fence_id: f.id.clone(),
                store_id: f.store_id.clone(),
                dwell_threshold: f.dwell,
                inside: n.inside,
                distance_to_edge_m: n.distance_to_edge_m,
            };
            let reading = presence.reading(accuracy_m, Some(&nearby));
            let d = n.distance_to_edge_m;
            let limit = presence.enter_accuracy_limit_m;
            let rule = match reading {
                Reading::ConfidentInside if accuracy_m <= limit => format!(
                    "inside ({:.1} m from the edge) with accuracy {accuracy_m} m, at most enter_accuracy_limit_m {limit} m: may ENTER, and cancels a pending EXIT",
                    -d
                ),
                Reading::ConfidentInside => format!(
                    "inside with accuracy {accuracy_m} m, above enter_accuracy_limit_m {limit} m, but the whole accuracy circle lies inside ({:.1} m from the edge): may ENTER, and cancels a pending EXIT",
                    -d
                ),
                Reading::UncertainInside => format!(
                    "inside, but accuracy {accuracy_m} m is above enter_accuracy_limit_m {limit} m and the accuracy circle crosses the edge ({:.1} m away): never ENTERs; may DWELL a visit already open",
                    -d
                ),
                Reading::Ambiguous => format!(
                    "outside by {d:.1} m, within the exit margin of {exit_margin_m:.1} m (exit_buffer_m + exit_accuracy_factor x accuracy): says nothing"
                ),
                Reading::ConfidentOutside => format!(
                    "outside by {d:.1} m, beyond the exit margin of {exit_margin_m:.1} m: counts towards EXIT"
                ),
            };
            ExplainedFence {
                fence_id: f.id.clone(),
                store_id: f.store_id.clone(),
                name: f.name.clone(),
                inside: n.inside,
                distance_to_edge_m: d,
                reading,
                rule,
            }
        })
        .collect();
    Explanation {
        exit_margin_m,
        radius_m,
        fences,
    }
}

#[cfg(test)]
mod tests {
    use perimeter_fences::{
        FenceCatalog, FenceIndex, RawFence, RawGeometry, ValidationLimits, validate_fence,
    };

    use super::*;

    /// A 50 m circle around (52.52 N, 13.405 E) and the point `east_m`
    /// metres east of its centre.
    fn setup(east_m: f64) -> (IncrementalIndex, Position) {
        let raw = RawFence::new(
            "bakery",
            "store-12",
            "Corner Bakery",
            "UTC",
            RawGeometry::Circle {
                centre: [13.405, 52.52],
                radius_m: Some(50.0),
            },
        );
        let fence = validate_fence(raw, &ValidationLimits::default()).expect("valid");
        let catalog = FenceCatalog::new(vec![fence]).expect("unique ids");
        let index = FenceIndex::build(&catalog).expect("builds").into();
        let lon = 13.405 + east_m / (111_195.0 * 52.52f64.to_radians().cos());
        (index, Position::new(52.52, lon).expect("valid"))
    }

    #[test]
    fn each_presence_rule_is_named_with_the_numbers_that_decide_it() {
        let presence = PresenceConfig::default();
        // (metres east of the centre, accuracy, reading, words of the rule)
        for (east, accuracy, reading, words) in [
            (0.0, 10.0, Reading::ConfidentInside, "may ENTER"),
            (0.0, 60.0, Reading::UncertainInside, "never ENTERs"),
            (45.0, 80.0, Reading::UncertainInside, "crosses the edge"),
            (60.0, 5.0, Reading::Ambiguous, "within the exit margin"),
            (110.0, 5.0, Reading::ConfidentOutside, "counts towards EXIT"),
        ] {
            let (index, p) = setup(east);
            let e = explain(&index, &presence, p, accuracy);
            assert_eq!(e.fences.len(), 1, "{east} m east, {accuracy} m: {e:?}");
            let f = &e.fences[0];
            assert_eq!(f.fence_id.as_str(), "bakery");
            assert_eq!(
                f.reading, reading,
                "{east} m east, {accuracy} m: {}",
                f.rule
            );
            assert!(f.rule.contains(words), "{}", f.rule);
            assert_eq!(f.inside, east < 50.0);
            assert!((f.distance_to_edge_m - (east - 50.0)).abs() < 1.0, "{f:?}");
            assert_eq!(
                e.exit_margin_m,
                presence.exit_buffer_m + presence.exit_accuracy_factor * accuracy
            );
        }
    }

    #[test]
    fn a_fence_beyond_the_margin_and_the_context_is_not_listed() {
        let presence = PresenceConfig::default();
        // 5 m accuracy: margin 25 m, radius 125 m; the edge is 250 m away.
        let (index, p) = setup(300.0);
        let e = explain(&index, &presence, p, 5.0);
        assert_eq!(e.radius_m, e.exit_margin_m + CONTEXT_M);
        assert!(e.fences.is_empty(), "{e:?}");
    }
}
