//! The bundled samples the demo runs on are valid and fit each other.

use std::collections::HashSet;

use perimeter_fences::{FenceFormat, ValidationLimits, parse_fences};
use perimeter_offers::CampaignRules;

const FENCES: &str = include_str!("../../../deploy/samples/fences.geojson");
const CAMPAIGNS: &str = include_str!("../../../deploy/samples/campaigns.toml");

#[test]
fn sample_fences_parse_and_match_the_sample_campaigns() {
    let catalog = parse_fences(
        FENCES,
        FenceFormat::sniff(FENCES),
        &ValidationLimits::default(),
    )
    .unwrap_or_else(|e| panic!("deploy/samples/fences.geojson: {e}"));
    assert!(
        (40..=80).contains(&catalog.len()),
        "{} fences",
        catalog.len()
    );

    let stores: HashSet<&str> = catalog
        .fences()
        .iter()
        .map(|f| f.store_id.as_str())
        .collect();
    let tags: HashSet<&str> = catalog
        .fences()
        .iter()
        .flat_map(|f| f.tags.iter().map(String::as_str))
        .collect();
    for tag in ["grocery", "coffee", "electronics", "fashion", "pharmacy"] {
        assert!(tags.contains(tag), "no fence tagged {tag}");
    }
    for store in ["store-0001", "store-0003", "store-0007"] {
        assert!(stores.contains(store), "{store} is named in campaigns.toml");
    }
    // The flagship electronics stores are electronics stores.
    for f in catalog.fences() {
        if ["store-0003", "store-0007"].contains(&f.store_id.as_str()) {
            assert_eq!(f.tags, ["electronics"]);
        }
        assert_eq!(f.time_zone, chrono_tz::Europe::Berlin);
    }
    let rules = CampaignRules::from_toml_str(CAMPAIGNS).expect("sample campaigns");
    assert!(!rules.campaigns().is_empty());
}
