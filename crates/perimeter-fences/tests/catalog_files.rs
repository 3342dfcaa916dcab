//! Fence files as store operations staff upload them: what is accepted, and
//! the complete, readable error lists for what is not.

use perimeter_fences::{
    FenceCatalog, FenceFileError, FenceFormat, FenceGeometry, Problem, UploadOptions,
    ValidationLimits, parse_fences, parse_upload, to_geojson,
};
use perimeter_model::FenceId;

fn geojson(features: &str) -> String {
    format!(r#"{{"type":"FeatureCollection","features":[{features}]}}"#)
}

fn parse(text: &str) -> Result<FenceCatalog, FenceFileError> {
    parse_fences(text, FenceFormat::sniff(text), &ValidationLimits::default())
}

const SQUARE: &str = r#"{"type":"Polygon","coordinates":[[[2.35,48.85],[2.351,48.85],[2.351,48.851],[2.35,48.851],[2.35,48.85]]]}"#;

fn feature(id: &str, geometry: &str, extra: &str) -> String {
    format!(
        r#"{{"type":"Feature","id":"{id}","geometry":{geometry},"properties":{{"store_id":"s-{id}","name":"Store {id}","timezone":"Europe/Paris"{extra}}}}}"#
    )
}

#[test]
fn valid_geojson_with_polygon_multipolygon_and_circle_is_accepted() {
    let multi = r#"{"type":"MultiPolygon","coordinates":[[[[2.36,48.85],[2.361,48.85],[2.361,48.851],[2.36,48.85]]],[[[2.37,48.85],[2.371,48.85],[2.371,48.851],[2.37,48.85]]]]}"#;
    let text = geojson(&[
        feature("a", SQUARE, r#","dwell_s":120,"tags":["grocery","flagship"],"opening_hours":"Mo-Sa 08:00-20:00""#),
        feature("b", multi, ""),
        feature("c", r#"{"type":"Point","coordinates":[2.34,48.86]}"#, r#","radius_m":75,"valid_from":"2026-01-01T00:00:00Z","valid_until":"2027-01-01T00:00:00+01:00""#),
    ]
    .join(","));
    let catalog = parse(&text).unwrap();
    assert_eq!(catalog.len(), 3);
    let a = catalog.get(&FenceId::new("a").unwrap()).unwrap();
    assert_eq!(a.dwell.as_secs(), 120);
    assert_eq!(a.tags, ["grocery", "flagship"]);
    assert_eq!(a.time_zone, chrono_tz::Europe::Paris);
    assert!(a.opening_hours.as_ref().unwrap().is_open(5, 8 * 60));
    let b = catalog.get(&FenceId::new("b").unwrap()).unwrap();
    assert!(matches!(&b.geometry, FenceGeometry::MultiPolygon(mp) if mp.0.len() == 2));
    assert_eq!(b.dwell.as_secs(), 300, "default dwell threshold");
    let c = catalog.get(&FenceId::new("c").unwrap()).unwrap();
    assert!(matches!(c.geometry, FenceGeometry::Circle { radius_m, .. } if radius_m == 75.0));
    assert_eq!(c.validity.from.unwrap().as_millis(), 1_767_225_600_000);
    assert_eq!(c.validity.until.unwrap().as_millis(), 1_798_758_000_000);
}

#[test]
fn invalid_geojson_lists_every_problem_of_every_feature() {
    let text = geojson(&[
        // 0: fine
        feature("ok", SQUARE, ""),
        // 1: latitude out of range (lat/lon swapped) and unclosed ring
        feature("swapped", r#"{"type":"Polygon","coordinates":[[[48.85,2.35],[48.851,2.35],[48.851,92.0],[48.85,2.351]]]}"#, ""),
        // 2: bow tie
        feature("bowtie", r#"{"type":"Polygon","coordinates":[[[2.35,48.85],[2.351,48.851],[2.351,48.85],[2.35,48.851],[2.35,48.85]]]}"#, ""),
        // 3: radius too small, bad time zone
        r#"{"type":"Feature","id":"tiny","geometry":{"type":"Point","coordinates":[2.3,48.8]},"properties":{"store_id":"s1","name":"Kiosk","timezone":"Europe/Pariss","radius_m":2}}"#.to_string(),
        // 4: duplicate id, missing name, two-vertex ring
        r#"{"type":"Feature","id":"ok","geometry":{"type":"Polygon","coordinates":[[[2.35,48.85],[2.351,48.85],[2.35,48.85]]]},"properties":{"store_id":"s2","timezone":"UTC"}}"#.to_string(),
        // 5: unsupported geometry
        feature("line", r#"{"type":"LineString","coordinates":[[2.35,48.85],[2.36,48.86]]}"#, ""),
        // 6: 40 km² is a district, not a store
        feature("huge", r#"{"type":"Polygon","coordinates":[[[2.3,48.8],[2.4,48.8],[2.4,48.85],[2.3,48.85],[2.3,48.8]]]}"#, ""),
    ]
    .join(","));
    let err = parse(&text).unwrap_err();
    let expected = "\
9 problems found; nothing was accepted:
  feature 1 (id \"swapped\"): exterior ring vertex 2: [48.851, 92] is out of range (longitude must be within [-180, 180], latitude within [-90, 90]; GeoJSON order is [lon, lat])
  feature 2 (id \"bowtie\"): exterior ring intersects itself: edge 0 crosses or touches edge 2
  feature 3 (id \"tiny\"): time zone \"Europe/Pariss\" is not an IANA time zone name (for example \"Europe/Paris\")
  feature 3 (id \"tiny\"): radius_m 2 is out of bounds: it must be within [5, 50000] metres
  feature 4 (id \"ok\"): duplicate id: feature 0 already uses it
  feature 4 (id \"ok\"): missing required field `name`
  feature 4 (id \"ok\"): exterior ring has 2 distinct positions; a ring needs at least 3 plus the closing position
  feature 5 (id \"line\"): geometry type \"LineString\" is not supported (use Polygon, MultiPolygon, or Point with radius_m)
  feature 6 (id \"huge\"): area 40792148 m² is implausible for a store fence (allowed: 10 to 10000000 m²)";
    assert_eq!(err.to_string(), expected);
    assert_eq!(err.feature_errors().len(), 9);
}

#[test]
fn unclosed_ring_and_hole_outside_shell_are_reported() {
    let text = geojson(&[
        feature("open", r#"{"type":"Polygon","coordinates":[[[2.35,48.85],[2.351,48.85],[2.351,48.851],[2.35,48.851]]]}"#, ""),
        feature("hole", r#"{"type":"Polygon","coordinates":[[[2.35,48.85],[2.351,48.85],[2.351,48.851],[2.35,48.851],[2.35,48.85]],[[2.36,48.85],[2.361,48.85],[2.361,48.851],[2.36,48.85]]]}"#, ""),
    ]
    .join(","));
    let err = parse(&text).unwrap_err();
    let problems: Vec<&Problem> = err.feature_errors().iter().map(|e| &e.problem).collect();
    assert_eq!(
        problems,
        [
            &Problem::RingNotClosed { part: 0, ring: 0 },
            &Problem::HoleOutsideShell { part: 0, ring: 1 }
        ]
    );
}

#[test]
fn overlapping_holes_are_reported() {
    let shell = "[[2.35,48.85],[2.36,48.85],[2.36,48.86],[2.35,48.86],[2.35,48.85]]";
    let hole_a = "[[2.352,48.852],[2.356,48.852],[2.356,48.856],[2.352,48.856],[2.352,48.852]]";
    let hole_b = "[[2.354,48.854],[2.358,48.854],[2.358,48.858],[2.354,48.858],[2.354,48.854]]";
    let geometry = format!(r#"{{"type":"Polygon","coordinates":[{shell},{hole_a},{hole_b}]}}"#);
    let err = parse(&geojson(&feature("holes", &geometry, ""))).unwrap_err();
    assert_eq!(
        err.to_string(),
        "1 problem found; nothing was accepted:\n  feature 0 (id \"holes\"): hole 1 overlaps hole 2"
    );
}

#[test]
fn syntax_and_structure_errors_say_where() {
    let err = parse("{\"type\": \"FeatureCollection\",\n \"features\": [,]}").unwrap_err();
    assert!(
        matches!(
            err,
            FenceFileError::Syntax {
                line: 2,
                column: 15,
                ..
            }
        ),
        "{err:?}"
    );
    let err = parse(r#"{"type":"Feature"}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "expected a GeoJSON FeatureCollection (\"type\": \"FeatureCollection\")"
    );
}

const CSV_HEADER: &str = "store_id,name,lat,lon,radius_m,dwell_s,tags,timezone\n";

#[test]
fn csv_of_circles_is_accepted_with_defaults_and_tags() {
    let text = format!(
        "{CSV_HEADER}store-1,Main St,48.85,2.35,80,240,grocery|organic,Europe/Paris\nstore-2,\"Station, north\",48.86,2.36,40,,,UTC\n"
    );
    let catalog = parse(&text).unwrap();
    assert_eq!(catalog.len(), 2);
    let s1 = catalog.get(&FenceId::new("store-1").unwrap()).unwrap();
    assert_eq!(s1.tags, ["grocery", "organic"]);
    assert_eq!(s1.dwell.as_secs(), 240);
    let s2 = catalog.get(&FenceId::new("store-2").unwrap()).unwrap();
    assert_eq!(s2.name, "Station, north");
    assert_eq!(s2.dwell.as_secs(), 300);
}

#[test]
fn invalid_csv_rows_are_listed_with_line_numbers() {
    let text = format!(
        "{CSV_HEADER}store-1,Main St,48.85,2.35,80,240,grocery,Europe/Paris\nstore-2,Bad,north,2.35,80,240,,UTC\nstore-3,Far,48.85,2.35,90000,240,,UTC\nstore-1,Dup,48.85,2.35,80,240,,Mars/Base\n"
    );
    let err = parse(&text).unwrap_err();
    assert_eq!(
        err.to_string(),
        "\
4 problems found; nothing was accepted:
  row 3 (line 3) (id \"store-2\"): field `lat` \"north\" is not a number
  row 4 (line 4) (id \"store-3\"): radius_m 90000 is out of bounds: it must be within [5, 50000] metres
  row 5 (line 5) (id \"store-1\"): duplicate id: feature 0 already uses it
  row 5 (line 5) (id \"store-1\"): time zone \"Mars/Base\" is not an IANA time zone name (for example \"Europe/Paris\")"
    );
}

#[test]
fn csv_with_missing_or_unknown_columns_is_rejected_whole() {
    let err = parse("store_id,name,lat,lon\nx,y,1,2\n").unwrap_err();
    assert_eq!(
        err.to_string(),
        "CSV header is missing column(s) radius_m; expected columns: \
         store_id,name,lat,lon,radius_m (or wkt instead of lat,lon,radius_m) \
         (optional: id,wkt,timezone,dwell_s,tags,opening_hours,valid_from,valid_until)"
    );
    let header = CSV_HEADER.replace("timezone", "timezone,colour");
    let err = parse(&format!("{header}x,y,1,2,50,60,,UTC,red\n")).unwrap_err();
    assert!(
        err.to_string().contains("unknown column \"colour\""),
        "{err}"
    );
}

#[test]
fn diff_reports_added_changed_and_removed_ids() {
    let old = parse(&geojson(
        &[
            feature("a", SQUARE, ""),
            feature("b", SQUARE, ""),
            feature("c", SQUARE, ""),
        ]
        .join(","),
    ))
    .unwrap();
    let new = parse(&geojson(
        &[
            feature("a", SQUARE, ""),
            feature("b", SQUARE, r#","dwell_s":60"#),
            feature("d", SQUARE, ""),
        ]
        .join(","),
    ))
    .unwrap();
    let diff = old.diff(&new);
    let ids = |v: &[FenceId]| v.iter().map(|i| i.as_str().to_owned()).collect::<Vec<_>>();
    assert_eq!(ids(&diff.added), ["d"]);
    assert_eq!(ids(&diff.changed), ["b"]);
    assert_eq!(ids(&diff.removed), ["c"]);
    assert_eq!(diff.unchanged, 1);
    assert!(old.diff(&old).is_empty());
}

#[test]
fn exported_geojson_reads_back_as_the_same_catalog() {
    let text = geojson(
        &[
            feature(
                "a",
                SQUARE,
                r#","dwell_s":120,"tags":["x"],"opening_hours":"Mo 09:00-17:00""#,
            ),
            feature(
                "c",
                r#"{"type":"Point","coordinates":[2.34,48.86]}"#,
                r#","radius_m":75,"valid_from":"2026-01-01T00:00:00Z""#,
            ),
        ]
        .join(","),
    );
    let catalog = parse(&text).unwrap();
    let again = parse(&to_geojson(&catalog)).unwrap();
    assert_eq!(catalog, again);
}

#[test]
fn opening_hours_follow_openstreetmap_and_refuse_what_is_not_supported() {
    let text = geojson(&feature(
        "a",
        SQUARE,
        r#","opening_hours":"Mo-Sa 09:00-20:00; Sa 10:00-14:00; Fr 22:00-02:00""#,
    ));
    let catalog = parse(&text).unwrap();
    let hours = catalog.fences()[0].opening_hours.as_ref().unwrap();
    assert_eq!(
        hours.to_string(),
        "Mo-Th 09:00-20:00; Fr 22:00-24:00; Sa 00:00-02:00,10:00-14:00"
    );
    assert!(
        !hours.is_open(5, 9 * 60 + 30),
        "Saturday's later rule replaced Mo-Sa"
    );

    let err = parse(&geojson(&feature(
        "a",
        SQUARE,
        r#","opening_hours":"Mo-Fr 09:00-18:00; PH off""#,
    )))
    .unwrap_err();
    assert!(
        err.to_string().contains(
            "field `opening_hours` unknown day \"PH\" (use Mo Tu We Th Fr Sa Su; public \
             holidays, months and dates are not supported)"
        ),
        "{err}"
    );
}

#[test]
fn blank_opening_hours_are_no_opening_hours() {
    let text = geojson(&feature("a", SQUARE, r#","opening_hours":"  ""#));
    let catalog = parse(&text).unwrap();
    assert_eq!(catalog.fences()[0].opening_hours, None);
    let csv = "store_id,name,lat,lon,radius_m,dwell_s,tags,timezone,opening_hours\n\
               s1,Kiosk,48.85,2.35,40,,,Europe/Paris,\n";
    let catalog = parse(csv).unwrap();
    assert_eq!(catalog.fences()[0].opening_hours, None);
}

/// A CSV as German or French Excel saves it: `;` between fields (the comma
/// is the decimal separator there), a UTF-8 byte-order mark, CRLF line
/// ends, and only the columns that matter.
const SPREADSHEET_CSV: &str = "\u{feff}store_id;name;lat;lon;radius_m;timezone\r\n\
store-0001;\"Bäckerei; Mitte\";52.5200;13.4050;40;Europe/Berlin\r\n\
store-0002;Kiosk Nord;52.5301;13.4102;25;Europe/Berlin\r\n";

#[test]
fn a_semicolon_csv_saved_by_a_spreadsheet_with_a_byte_order_mark_is_accepted() {
    let catalog = parse(SPREADSHEET_CSV).unwrap();
    assert_eq!(catalog.len(), 2);
    let first = catalog.get(&FenceId::new("store-0001").unwrap()).unwrap();
    assert_eq!(first.name, "Bäckerei; Mitte");
    assert_eq!(first.dwell.as_secs(), 300, "no dwell_s column: the default");
    assert!(first.tags.is_empty(), "no tags column: none");
    // A broken copy (a radius of 2 m) says which row, as before.
    let broken = SPREADSHEET_CSV.replace(";25;", ";2;");
    let e = parse(&broken).unwrap_err();
    assert_eq!(
        e.to_string().lines().nth(1).map(str::trim),
        Some(
            "row 3 (line 3) (id \"store-0002\"): radius_m 2 is out of bounds: it must be within [5, 50000] metres"
        ),
        "{e}"
    );
}

#[test]
fn a_tab_separated_csv_is_accepted() {
    let text = "store_id\tname\tlat\tlon\tradius_m\ttimezone\n\
                s1\tShop, the corner\t52.5\t13.4\t30\tEurope/Berlin\n";
    let catalog = parse(text).unwrap();
    assert_eq!(catalog.fences()[0].name, "Shop, the corner");
}

#[test]
fn a_geojson_file_with_a_byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{}", geojson(&feature("a", SQUARE, "")));
    assert_eq!(FenceFormat::sniff(&text), FenceFormat::GeoJson);
    assert_eq!(parse(&text).unwrap().len(), 1);
    // A broken copy still says where the JSON breaks.
    let e = parse(&text[..text.len() - 3]).unwrap_err();
    assert!(e.to_string().contains("line 1"), "{e}");
}

#[test]
fn an_area_just_under_the_minimum_never_reads_as_the_minimum() {
    // A 3.1 m x 3.1 m kiosk: about 9.6 m², which rounds to 10.
    let kiosk = r#"{"type":"Polygon","coordinates":[[[2.35,48.85],[2.3500422,48.85],[2.3500422,48.8500279],[2.35,48.8500279],[2.35,48.85]]]}"#;
    let e = parse(&geojson(&feature("k", kiosk, ""))).unwrap_err();
    let message = e.to_string();
    assert!(message.contains("allowed: 10 to 10000000 m²"), "{message}");
    let shown: f64 = message
        .split("area ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no area in {message}"));
    assert!(shown < 10.0, "{message}");
}

#[test]
fn changed_fields_name_what_differs_between_two_versions_of_a_fence() {
    let before = parse(&geojson(&feature("a", SQUARE, r#","dwell_s":120"#))).unwrap();
    let after = parse(&geojson(&feature(
        "a",
        SQUARE,
        r#","dwell_s":60,"tags":["x"]"#,
    )))
    .unwrap();
    assert_eq!(
        before.fences()[0].changed_fields(&after.fences()[0]),
        ["dwell_s", "tags"]
    );
    assert!(
        before.fences()[0]
            .changed_fields(&before.fences()[0])
            .is_empty()
    );
}

/// An extract as OpenStreetMap gives it: no time zone on any feature, and
/// one kiosk too small to be a store fence.
fn osm_extract() -> String {
    let kiosk = r#"{"type":"Polygon","coordinates":[[[2.35,48.85],[2.3500422,48.85],[2.3500422,48.8500279],[2.35,48.8500279],[2.35,48.85]]]}"#;
    let shop = |id: &str| {
        format!(
            r#"{{"type":"Feature","id":"{id}","geometry":{SQUARE},"properties":{{"store_id":"s-{id}","name":"Shop {id}"}}}}"#
        )
    };
    let tiny = format!(
        r#"{{"type":"Feature","id":"kiosk","geometry":{kiosk},"properties":{{"store_id":"s-k","name":"Kiosk"}}}}"#
    );
    geojson(&[shop("a"), tiny, shop("b")].join(","))
}

#[test]
fn a_default_time_zone_applies_to_every_feature_that_names_none() {
    let text = osm_extract().replace(
        r#""name":"Shop b""#,
        r#""name":"Shop b","timezone":"Europe/London""#,
    );
    let e = parse(&text).unwrap_err();
    assert!(
        e.to_string().contains("missing required field `timezone`"),
        "{e}"
    );
    let options = UploadOptions {
        default_timezone: Some("Europe/Paris".into()),
        default_dwell_s: Some(120.0),
        skip_invalid: true,
    };
    let parsed = parse_upload(
        &text,
        FenceFormat::GeoJson,
        &ValidationLimits::default(),
        &options,
    )
    .unwrap();
    let a = parsed.catalog.get(&FenceId::new("a").unwrap()).unwrap();
    let b = parsed.catalog.get(&FenceId::new("b").unwrap()).unwrap();
    assert_eq!(a.time_zone, chrono_tz::Europe::Paris);
    assert_eq!(
        b.time_zone,
        chrono_tz::Europe::London,
        "a feature's own time zone wins"
    );
    assert_eq!(a.dwell.as_secs(), 120);
}

#[test]
fn skip_invalid_keeps_the_valid_features_and_lists_the_refused_ones() {
    let options = UploadOptions {
        default_timezone: Some("Europe/Paris".into()),
        ..UploadOptions::default()
    };
    let limits = ValidationLimits::default();
    // All or nothing by default: the kiosk refuses the whole file.
    let e = parse_upload(&osm_extract(), FenceFormat::GeoJson, &limits, &options).unwrap_err();
    assert_eq!(e.feature_errors().len(), 1, "{e}");
    let keep = UploadOptions {
        skip_invalid: true,
        ..options
    };
    let parsed = parse_upload(&osm_extract(), FenceFormat::GeoJson, &limits, &keep).unwrap();
    assert_eq!(parsed.catalog.len(), 2);
    assert_eq!(parsed.refused.len(), 1);
    assert_eq!(parsed.refused[0].id.as_deref(), Some("kiosk"));
    assert!(
        parsed.refused[0]
            .problem
            .to_string()
            .contains("implausible")
    );
    // A file with nothing valid is still refused whole.
    let none_valid = parse_upload(
        // The shops as points without a radius: invalid too.
        &osm_extract().replace(SQUARE, r#"{"type":"Point","coordinates":[2.35,48.85]}"#),
        FenceFormat::GeoJson,
        &limits,
        &keep,
    );
    assert!(none_valid.is_err());
}

#[test]
fn polygons_come_from_a_wkt_column_of_a_spreadsheet_csv() {
    let text = "store_id;name;timezone;wkt\r\n\
        s1;Market Hall;Europe/Paris;POLYGON((2.35 48.85, 2.351 48.85, 2.351 48.851, 2.35 48.851, 2.35 48.85))\r\n\
        s2;Two Halls;Europe/Paris;MULTIPOLYGON(((2.36 48.85, 2.361 48.85, 2.361 48.851, 2.36 48.85)), ((2.37 48.85, 2.371 48.85, 2.371 48.851, 2.37 48.85)))\r\n";
    let catalog = parse(text).unwrap();
    assert!(matches!(
        catalog.get(&FenceId::new("s1").unwrap()).unwrap().geometry,
        FenceGeometry::Polygon(_)
    ));
    assert!(matches!(
        catalog.get(&FenceId::new("s2").unwrap()).unwrap().geometry,
        FenceGeometry::MultiPolygon(_)
    ));
    // Broken copies: a ring cut short, and a point instead of a polygon.
    let broken = text
        .replace(", 2.35 48.85))", "))")
        .replace("MULTIPOLYGON(((2.36 48.85", "MULTIPOLYGON(((2.36 north");
    let e = parse(&broken).unwrap_err();
    let message = e.to_string();
    assert!(
        message.contains("row 2 (line 2) (id \"s1\"): exterior ring is not closed"),
        "{message}"
    );
    assert!(
        message.contains("row 3 (line 3) (id \"s2\"): field `wkt`"),
        "{message}"
    );
    let point = text.replace(
        "MULTIPOLYGON(((2.36 48.85, 2.361 48.85, 2.361 48.851, 2.36 48.85)), ((2.37 48.85, 2.371 48.85, 2.371 48.851, 2.37 48.85)))",
        "POINT(2.36 48.85)",
    );
    let e = parse(&point).unwrap_err();
    assert!(
        e.to_string()
            .contains("geometry type \"POINT\" is not supported"),
        "{e}"
    );
}
