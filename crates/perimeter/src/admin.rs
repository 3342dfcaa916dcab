//! The admin API (see `docs/admin-api.md`): the fence catalog for store
//! operations (replace with dry run and diff, read, delete one) and erase
//! requests, on the same server as `/metrics`. Plus the store-ops page.
//!
//! Writes go to the fences and consent topics through a [`Publisher`];
//! every instance, this one included, applies them from there, so the
//! answer of an upload says whether this instance already serves it.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::SecondsFormat;
use metrics::counter;
use perimeter_fences::{
    ChangeSummary, Fence, FenceCatalog, FenceFileError, FenceFormat, FenceGeometry, ParsedUpload,
    UploadOptions, ValidationLimits, VersionClaim, VersionCommit, VersionLogRecord, VersionUndo,
    parse_upload, to_geojson, to_geojson_feature,
};
use perimeter_model::{FenceId, Position, Timestamp, UserId};
use perimeter_presence::PresenceConfig;
use perimeter_stream::{Clock, LiveCatalog, LiveTables, Publisher, TopicCatalog};
use serde::Deserialize;
use serde_json::{Value, json};
use tokio::sync::Mutex;
use tracing::{info, warn};

use crate::config::AdminSettings;

/// Admin API requests, by `endpoint` and HTTP `status`.
pub const REQUESTS: &str = "perimeter_admin_requests_total";
/// `PUT /v1/fences` results, by `outcome`: `published`, `unchanged`,
/// `dry_run`, `invalid`, `failed`.
pub const UPLOADS: &str = "perimeter_admin_fence_uploads_total";

/// What the admin handlers share.
pub struct Admin {
    live: LiveTables,
    /// `None` when there is nothing to publish to (tests of the read side).
    publisher: Option<Publisher>,
    settings: AdminSettings,
    clock: Clock,
    limits: ValidationLimits,
    /// The presence rules, for `GET /v1/explain`.
    presence: PresenceConfig,
    /// Uploads and deletions of this instance, one at a time: each takes
    /// the next version of what is live.
    writes: Mutex<()>,
}

impl std::fmt::Debug for Admin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Admin")
            .field("live", &self.live)
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

impl Admin {
    /// The admin side of a processor whose tables `live` shows, writing
    /// through `publisher`.
    #[must_use]
    pub fn new(
        live: LiveTables,
        publisher: Option<Publisher>,
        settings: AdminSettings,
        clock: Clock,
    ) -> Self {
        for outcome in [
            "published",
            "unchanged",
            "dry_run",
            "invalid",
            "failed",
            "conflict",
        ] {
            counter!(UPLOADS, "outcome" => outcome).increment(0);
        }
        Self {
            live,
            publisher,
            settings,
            clock,
            limits: ValidationLimits::default(),
            presence: PresenceConfig::default(),
            writes: Mutex::new(()),
        }
    }

    /// The bounds of a valid fence (`[fences]`), the processor's own: the
    /// default until this is called.
    #[must_use]
    pub const fn with_limits(mut self, limits: ValidationLimits) -> Self {
        self.limits = limits;
        self
    }

    /// The presence rules `GET /v1/explain` applies (the processor's own:
    /// the default until this is called).
    #[must_use]
    pub fn with_presence(mut self, presence: PresenceConfig) -> Self {
        self.presence = presence;
        self
    }
}

/// The admin routes and the store-ops page, bound to `admin`.
pub fn routes(admin: Arc<Admin>) -> Router {
    Router::new()
        .route("/", get(page))
        .route("/ui/app.js", get(script))
        .route("/ui/style.css", get(style))
        .route("/ui/config.json", get(page_config))
        .route("/ui/vendor/map.js", get(map_script))
        .route("/ui/vendor/map.css", get(map_style))
        .route("/ui/vendor/LICENSE.txt", get(map_license))
        .route(
            "/v1/fences",
            get(list_fences).put(put_fences).patch(patch_fences),
        )
        .route("/v1/fences/delete", post(delete_fences))
        .route("/v1/catalog/history", get(history))
        .route("/v1/catalog/export", get(export))
        .route("/v1/catalog/rollback", post(rollback))
        .route("/v1/fences/{id}", get(get_fence).delete(delete_fence))
        .route("/v1/users/{id}/erase", post(erase_user))
        .route("/v1/explain", get(explain))
        .with_state(admin)
}

// ---------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------

/// An error answer: a stable code and a message for people.
struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
    extra: Option<Value>,
}

impl ApiError {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            extra: None,
        }
    }

    fn not_ready() -> Self {
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "not_ready",
            "the fence catalog is still being read at startup; retry in a moment",
        )
    }

    fn not_found(what: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, "not_found", what)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut body = json!({ "error": self.code, "message": self.message });
        if let (Some(Value::Object(extra)), Some(map)) = (self.extra, body.as_object_mut()) {
            map.extend(extra);
        }
        let mut response = json_response(self.status, &body);
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer"),
            );
        }
        response
    }
}

fn json_response(status: StatusCode, body: &Value) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        format!("{body}\n"),
    )
        .into_response()
}

/// Counts the answer under `endpoint` and returns it.
fn answered(endpoint: &'static str, result: Result<Response, ApiError>) -> Response {
    let response = result.unwrap_or_else(IntoResponse::into_response);
    counter!(REQUESTS, "endpoint" => endpoint, "status" => response.status().as_str().to_owned())
        .increment(1);
    response
}

fn rfc3339(t: Timestamp) -> Value {
    chrono::DateTime::from_timestamp_millis(t.as_millis()).map_or(Value::Null, |d| {
        Value::String(d.to_rfc3339_opts(SecondsFormat::Millis, true))
    })
}

// ---------------------------------------------------------------------------
// Authentication
// ---------------------------------------------------------------------------

/// Checks the bearer token of a mutating request, before its body is
/// read, and returns who makes the request: the identity header's value
/// when `admin.identity_header` is set, else the named token's name, else
/// `admin-token` for the shared token.
fn authorize(admin: &Admin, headers: &HeaderMap) -> Result<String, ApiError> {
    let settings = &admin.settings;
    if settings.token.is_none() && settings.named_tokens.is_empty() {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "read_only",
            "the admin API is read-only: no admin.token (or PERIMETER_ADMIN_TOKEN) is configured",
        ));
    }
    let unauthorized = || {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "missing or wrong bearer token (Authorization: Bearer ...)",
        )
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .ok_or_else(unauthorized)?;
    // Every configured token is compared, so the time taken does not tell
    // which one (if any) matched.
    let mut name = None;
    if let Some(shared) = &settings.token
        && same_secret(given.as_bytes(), shared.as_bytes())
    {
        name = Some("admin-token".to_owned());
    }
    for (token_name, secret) in &settings.named_tokens {
        if same_secret(given.as_bytes(), secret.as_bytes()) && name.is_none() {
            name = Some(token_name.clone());
        }
    }
    let name = name.ok_or_else(unauthorized)?;
    let Some(identity_header) = &settings.identity_header else {
        return Ok(name);
    };
    let person = headers
        .get(identity_header.as_str())
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|v| !v.is_empty() && v.len() <= 200);
    match person {
        Some(person) => Ok(person.to_owned()),
        None => Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            format!(
                "the request has no {identity_header} header naming who makes it \
                 (admin.identity_header: the authenticating proxy in front of Perimeter sets it)"
            ),
        )),
    }
}

/// Compares two secrets without stopping at the first difference, so the
/// time taken does not tell how much of a guess was right. (The length is
/// not secret: tokens have a documented minimum, not a hidden one.)
fn same_secret(given: &[u8], expected: &[u8]) -> bool {
    if given.len() != expected.len() {
        return false;
    }
    let diff = given
        .iter()
        .zip(expected)
        .fold(0u8, |acc, (a, b)| std::hint::black_box(acc | (a ^ b)));
    diff == 0
}

// ---------------------------------------------------------------------------
// The store-ops page
// ---------------------------------------------------------------------------

/// A map library built into the binary from the npm registry (`build.rs`).
#[allow(
    dead_code,
    reason = "never built when the binary has no map library (no npm at build time)"
)]
struct MapLibrary {
    name: &'static str,
    version: &'static str,
    js: &'static str,
    css: &'static str,
    license: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/ui_vendor.rs"));

/// The page's content security policy: its own script and style (the map
/// library is served from here too), and images from here and from the
/// basemap's origin, the one outside source, when `admin.basemap_url` is
/// set. Tiles are `<img>` elements, so `connect-src` stays `'self'`.
/// (`style-src 'unsafe-inline'`: the map library positions its panes with
/// inline styles.)
fn page_csp(settings: &AdminSettings) -> String {
    let tiles = settings
        .basemap_url
        .as_deref()
        .and_then(|u| crate::config::basemap_origin(u).ok())
        .map_or_else(String::new, |origin| format!(" {origin}"));
    format!(
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
         img-src 'self' data:{tiles}; connect-src 'self'; frame-ancestors 'none'"
    )
}

fn asset(admin: &Admin, content_type: &'static str, body: &'static str) -> Response {
    let mut response = (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "no-cache"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        body,
    )
        .into_response();
    if let Ok(csp) = header::HeaderValue::from_str(&page_csp(&admin.settings)) {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    response
}

async fn page(State(admin): State<Arc<Admin>>) -> Response {
    asset(
        &admin,
        "text/html; charset=utf-8",
        include_str!("ui/index.html"),
    )
}

async fn script(State(admin): State<Arc<Admin>>) -> Response {
    asset(
        &admin,
        "text/javascript; charset=utf-8",
        include_str!("ui/app.js"),
    )
}

async fn style(State(admin): State<Arc<Admin>>) -> Response {
    asset(
        &admin,
        "text/css; charset=utf-8",
        include_str!("ui/style.css"),
    )
}

/// A file of the built-in map library, or 404 when the binary has none.
fn map_asset(
    admin: &Admin,
    content_type: &'static str,
    file: fn(&MapLibrary) -> &'static str,
) -> Response {
    MAP_LIBRARY.as_ref().map_or_else(
        || {
            ApiError::not_found("this binary has no map library built in (docs/store-ops.md)")
                .into_response()
        },
        |lib| asset(admin, content_type, file(lib)),
    )
}

async fn map_script(State(admin): State<Arc<Admin>>) -> Response {
    map_asset(&admin, "text/javascript; charset=utf-8", |l| l.js)
}

async fn map_style(State(admin): State<Arc<Admin>>) -> Response {
    map_asset(&admin, "text/css; charset=utf-8", |l| l.css)
}

async fn map_license(State(admin): State<Arc<Admin>>) -> Response {
    map_asset(&admin, "text/plain; charset=utf-8", |l| l.license)
}

/// `GET /ui/config.json`: what the page needs to draw its map: the
/// basemap (or none), the map library (or none: the page's own drawing)
/// and the fence limits, for its help text.
async fn page_config(State(admin): State<Arc<Admin>>) -> Response {
    let s = &admin.settings;
    let l = &admin.limits;
    let body = json!({
        "basemap_url": s.basemap_url,
        "basemap_attribution": s.basemap_attribution,
        "map_library": MAP_LIBRARY.as_ref().map(|m| json!({
            "name": m.name,
            "version": m.version,
            "license": "ui/vendor/LICENSE.txt",
        })),
        "limits": {
            "min_area_m2": l.min_area_m2,
            "max_area_m2": l.max_area_m2,
            "max_vertices": l.max_vertices,
            "min_radius_m": l.min_radius_m,
            "max_radius_m": l.max_radius_m,
        },
    });
    let mut response = json_response(StatusCode::OK, &body);
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-cache"),
    );
    response
}

// ---------------------------------------------------------------------------
// Reading the catalog
// ---------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ListQuery {
    include: Option<String>,
}

/// Whether `include` asks for geometry; anything else is a bad request.
fn wants_geometry(include: Option<&str>) -> Result<bool, ApiError> {
    match include {
        None | Some("") => Ok(false),
        Some("geometry") => Ok(true),
        Some(other) => Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "bad_request",
            format!("include={other:?} is not known (only include=geometry)"),
        )),
    }
}

fn bad_query(e: &axum::extract::rejection::QueryRejection) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, "bad_request", e.body_text())
}

fn kind_of(f: &Fence) -> &'static str {
    match f.geometry {
        FenceGeometry::Polygon(_) => "polygon",
        FenceGeometry::MultiPolygon(_) => "multipolygon",
        FenceGeometry::Circle { .. } => "circle",
    }
}

/// The summary of a live catalog.
fn summary(live: &LiveCatalog) -> Value {
    let index = &live.index;
    let mut kinds: BTreeMap<&str, usize> = ["polygon", "multipolygon", "circle"]
        .into_iter()
        .map(|k| (k, 0))
        .collect();
    for f in index.fences() {
        *kinds.entry(kind_of(f)).or_default() += 1;
    }
    let stores: std::collections::HashSet<&str> =
        index.fences().map(|f| f.store_id.as_str()).collect();
    json!({
        "version": live.version,
        "generation": live.generation,
        "base_generation": live.base_generation,
        "overlay_fence_count": index.overlay_len(),
        "fence_count": index.len(),
        "store_count": stores.len(),
        "kinds": kinds,
        "updated_at": rfc3339(live.updated_at),
    })
}

async fn list_fences(
    State(admin): State<Arc<Admin>>,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let result = (|| {
        let Query(q) = query.map_err(|e| bad_query(&e))?;
        let geometry = wants_geometry(q.include.as_deref())?;
        let live = admin.live.fences().ok_or_else(ApiError::not_ready)?;
        let mut body = summary(&live);
        if geometry {
            body["fences"] = live.index.fences().map(to_geojson_feature).collect();
        }
        let mut response = json_response(StatusCode::OK, &body);
        response
            .headers_mut()
            .insert(header::ETAG, etag(live.version));
        Ok(response)
    })();
    answered("fences_list", result)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExplainQuery {
    lat: f64,
    lon: f64,
    /// The ping's accuracy radius in metres (default 10).
    accuracy_m: Option<f64>,
}

/// Largest accuracy `GET /v1/explain` takes: beyond it a ping says nothing
/// about a store.
const MAX_EXPLAIN_ACCURACY_M: f64 = 10_000.0;

/// `GET /v1/explain?lat=..&lon=..&accuracy_m=..`: the live fences near a
/// position, whether each contains it, the signed distance to its edge and
/// the presence rule that decides what a ping there says about it.
async fn explain(
    State(admin): State<Arc<Admin>>,
    query: Result<Query<ExplainQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let result = (|| {
        let Query(q) = query.map_err(|e| bad_query(&e))?;
        let position = Position::new(q.lat, q.lon)
            .map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, "bad_request", e.to_string()))?;
        let accuracy_m = q.accuracy_m.unwrap_or(10.0);
        if !(0.0..=MAX_EXPLAIN_ACCURACY_M).contains(&accuracy_m) {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                "bad_request",
                format!("accuracy_m {accuracy_m} is outside 0 to {MAX_EXPLAIN_ACCURACY_M} m"),
            ));
        }
        let live = admin.live.fences().ok_or_else(ApiError::not_ready)?;
        let e = perimeter_engine::explain(&live.index, &admin.presence, position, accuracy_m);
        let fences: Vec<Value> = e
            .fences
            .iter()
            .map(|f| {
                json!({
                    "fence_id": f.fence_id.as_str(),
                    "store_id": f.store_id.as_str(),
                    "name": f.name,
                    "inside": f.inside,
                    "distance_to_edge_m": (f.distance_to_edge_m * 10.0).round() / 10.0,
                    "reading": f.reading.name(),
                    "rule": f.rule,
                })
            })
            .collect();
        Ok(json_response(
            StatusCode::OK,
            &json!({
                "catalog_version": live.version,
                "lat": q.lat,
                "lon": q.lon,
                "accuracy_m": accuracy_m,
                "exit_margin_m": e.exit_margin_m,
                "radius_m": e.radius_m,
                "fences": fences,
            }),
        ))
    })();
    answered("explain", result)
}

/// The live fence with this id, or a 404.
fn live_fence<'a>(live: &'a LiveCatalog, id: &str) -> Result<&'a Fence, ApiError> {
    FenceId::new(id)
        .ok()
        .and_then(|fid| live.index.slot_of(&fid))
        .and_then(|slot| live.index.fence(slot))
        .ok_or_else(|| ApiError::not_found(format!("no live fence with id {id:?}")))
}

async fn get_fence(State(admin): State<Arc<Admin>>, Path(id): Path<String>) -> Response {
    let result = (|| {
        let live = admin.live.fences().ok_or_else(ApiError::not_ready)?;
        let fence = live_fence(&live, &id)?;
        Ok(json_response(StatusCode::OK, &to_geojson_feature(fence)))
    })();
    answered("fence_get", result)
}

// ---------------------------------------------------------------------------
// Replacing the catalog
// ---------------------------------------------------------------------------

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PutQuery {
    dry_run: Option<bool>,
    include: Option<String>,
    /// The version the preview was based on (or `If-Match`).
    base_version: Option<u64>,
    /// The uploaded file's name, kept in the history.
    file_name: Option<String>,
    /// The time zone of features that name none.
    default_timezone: Option<String>,
    /// The dwell time of features that set none.
    default_dwell_s: Option<f64>,
    /// Publish the valid features and list the refused ones.
    skip_invalid: Option<bool>,
}

/// Reads a request body of at most `limit` bytes. A declared length over
/// the limit is refused before anything is read; a chunked body as soon
/// as it passes the limit.
async fn read_body(headers: &HeaderMap, body: Body, limit: usize) -> Result<Bytes, ApiError> {
    let too_large = || {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "body_too_large",
            format!("the request body is over {limit} bytes (admin.max_body_bytes)"),
        )
    };
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    axum::body::to_bytes(body, limit).await.map_err(|e| {
        let over = std::error::Error::source(&e)
            .is_some_and(<dyn std::error::Error + 'static>::is::<http_body_util::LengthLimitError>);
        if over {
            too_large()
        } else {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "bad_request",
                format!("reading the request body: {e}"),
            )
        }
    })
}

/// The fence file format of a request: its content type, else its first
/// character.
fn format_of(headers: &HeaderMap, text: &str) -> FenceFormat {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        });
    match content_type.as_deref() {
        Some("application/geo+json" | "application/json") => FenceFormat::GeoJson,
        Some("text/csv") => FenceFormat::Csv,
        _ => FenceFormat::sniff(text),
    }
}

const fn format_name(format: FenceFormat) -> &'static str {
    match format {
        FenceFormat::GeoJson => "geojson",
        FenceFormat::Csv => "csv",
    }
}

/// A catalog's fences as GeoJSON features (`include=geometry`).
fn features_json(catalog: &FenceCatalog) -> Value {
    catalog.fences().iter().map(to_geojson_feature).collect()
}

/// Feature problems as the API lists them.
fn feature_errors_json(errors: &[perimeter_fences::FeatureError]) -> Value {
    errors
        .iter()
        .map(|fe| {
            json!({
                "index": fe.index,
                "line": fe.line,
                "id": fe.id,
                "message": fe.problem.to_string(),
            })
        })
        .collect()
}

/// An invalid fence file as a 422 answer listing every problem.
fn invalid_fences(format: FenceFormat, e: &FenceFileError) -> ApiError {
    let errors = feature_errors_json(e.feature_errors());
    let message = match e {
        FenceFileError::Invalid(list) => format!(
            "{} problem{} found; nothing was accepted",
            list.len(),
            if list.len() == 1 { "" } else { "s" }
        ),
        other => format!("not a valid {} fence file: {other}", format_name(format)),
    };
    ApiError {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        code: "invalid_fences",
        message,
        extra: Some(json!({ "format": format_name(format), "errors": errors })),
    }
}

/// Parses an uploaded fence file on a blocking thread (a big catalog
/// takes seconds to validate).
async fn read_upload(
    body: Bytes,
    format: FenceFormat,
    limits: ValidationLimits,
    options: UploadOptions,
) -> Result<ParsedUpload, ApiError> {
    tokio::task::spawn_blocking(move || {
        let text = std::str::from_utf8(&body).map_err(|e| {
            invalid_fences(
                format,
                &FenceFileError::Structure(format!(
                    "the file is not UTF-8 text (invalid byte at offset {})",
                    e.valid_up_to()
                )),
            )
        })?;
        parse_upload(text, format, &limits, &options).map_err(|e| invalid_fences(format, &e))
    })
    .await
    .map_err(|e| internal(format!("validating the upload: {e}")))?
}

fn internal(message: String) -> ApiError {
    ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", message)
}

/// A change to the catalog, as a request asks for it.
enum Change {
    /// The file is the whole new catalog.
    Replace(FenceCatalog),
    /// The file's fences are added or replaced; the others stay.
    Upsert(FenceCatalog),
    /// These live fences are removed.
    Delete(Vec<FenceId>),
    /// The catalog goes back to what it was at this version.
    Rollback(u64),
}

impl Change {
    const fn mode(&self) -> &'static str {
        match self {
            Self::Replace(_) => "replace",
            Self::Upsert(_) => "upsert",
            Self::Delete(_) => "delete",
            Self::Rollback(_) => "rollback",
        }
    }

    /// The catalog after this change to `topic`'s.
    fn apply(
        &self,
        topic: &TopicCatalog,
        limits: &ValidationLimits,
    ) -> Result<FenceCatalog, ApiError> {
        let current = &topic.catalog;
        match self {
            Self::Rollback(version) => topic
                .log
                .catalog_at(*version, current, topic.version, limits)
                .map_err(|e| {
                    ApiError::new(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        "rollback_impossible",
                        format!(
                            "cannot roll back to version {version}: {e}; nothing was published"
                        ),
                    )
                }),
            Self::Replace(file) => Ok(file.clone()),
            Self::Upsert(file) => {
                let mut fences: BTreeMap<&FenceId, &Fence> =
                    current.fences().iter().map(|f| (&f.id, f)).collect();
                for f in file.fences() {
                    fences.insert(&f.id, f);
                }
                FenceCatalog::new(fences.into_values().cloned().collect())
                    .map_err(|e| internal(format!("duplicate fence id {}", e.0.as_str())))
            }
            Self::Delete(ids) => {
                let unknown: Vec<&str> = ids
                    .iter()
                    .filter(|id| current.get(id).is_none())
                    .map(FenceId::as_str)
                    .collect();
                if !unknown.is_empty() {
                    return Err(ApiError {
                        extra: Some(json!({ "unknown": unknown })),
                        ..ApiError::not_found(format!(
                            "{} of the ids to delete {} not live: {}; nothing was deleted",
                            unknown.len(),
                            if unknown.len() == 1 { "is" } else { "are" },
                            unknown.join(", ")
                        ))
                    });
                }
                let gone: std::collections::HashSet<&FenceId> = ids.iter().collect();
                FenceCatalog::new(
                    current
                        .fences()
                        .iter()
                        .filter(|f| !gone.contains(&f.id))
                        .cloned()
                        .collect(),
                )
                .map_err(|e| internal(format!("duplicate fence id {}", e.0.as_str())))
            }
        }
    }
}

/// A write request: what to change and on which conditions.
struct WriteRequest {
    change: Change,
    /// The version the client's preview was based on (`If-Match` or
    /// `base_version`); `None`: whatever is current.
    expected: Option<u64>,
    dry_run: bool,
    file_name: Option<String>,
    author: String,
}

/// The outcome of a write: the answer body, the new catalog (for the
/// page's drawing) and the metrics outcome label.
struct Written {
    body: Value,
    catalog: FenceCatalog,
    outcome: &'static str,
}

fn conflict(expected: u64, current: u64, diff: &Value, fence_count: usize) -> ApiError {
    ApiError {
        status: StatusCode::CONFLICT,
        code: "conflict",
        message: format!(
            "the catalog moved: this change was based on version {expected}, the catalog is now \
             at version {current}; nothing was published. Review the diff against version \
             {current} and publish again with base_version={current}"
        ),
        extra: Some(json!({
            "base_version": expected,
            "current_version": current,
            "fence_count": fence_count,
            "diff": diff,
        })),
    }
}

/// Reads the fences topic to its end, waiting while another writer is
/// still writing the latest version (until its commit, or until its claim
/// expires).
async fn settled_catalog(publisher: &Publisher) -> Result<TopicCatalog, ApiError> {
    let deadline = tokio::time::Instant::now() + publisher.timeout() * 2;
    loop {
        let topic = publisher
            .read_catalog()
            .await
            .map_err(|e| read_failed(&e))?;
        let now = wall_clock_ms();
        match topic.log.in_progress(now) {
            None => return Ok(topic),
            Some(entry) if tokio::time::Instant::now() >= deadline => {
                return Err(ApiError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "publish_failed",
                    format!(
                        "version {} is still being written by another instance; retry in a moment",
                        entry.claim.version
                    ),
                ));
            }
            // Another instance is writing; its commit is one round trip
            // after its last fence record.
            Some(_) => tokio::time::sleep(SETTLE_POLL).await,
        }
    }
}

/// The wall clock, for the version log's claims, commits and expiries:
/// never the processing clock, which `perimeter demo` accelerates (a
/// claim must expire after `admin.publish_timeout` of real time).
fn wall_clock_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// How often a writer looks again at a version another writer is writing.
const SETTLE_POLL: std::time::Duration = std::time::Duration::from_millis(50);

fn read_failed(e: &perimeter_stream::StreamError) -> ApiError {
    ApiError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "publish_failed",
        format!("reading the fences topic: {e}; nothing was published, retry the request"),
    )
}

/// Plans and (unless a dry run) publishes one catalog change, decided
/// against the fences topic read to its end: see `docs/fences.md`,
/// "Versions and concurrent changes".
async fn write_version(admin: &Admin, request: WriteRequest) -> Result<Written, ApiError> {
    let publisher = publisher(admin)?;
    // One write at a time in this instance; other instances are kept out
    // by the version log.
    let _turn = admin.writes.lock().await;
    let topic = settled_catalog(publisher).await?;
    let target = request.change.apply(&topic, &admin.limits)?;
    let diff = topic.catalog.diff(&target);
    let base_version = topic.version;
    let mut body = json!({
        "dry_run": request.dry_run,
        "mode": request.change.mode(),
        "fence_count": target.len(),
        "base_version": base_version,
        "version": Value::Null,
        "published": 0,
        "live": false,
        "diff": diff_json(&diff, &topic.catalog, &target),
    });
    if let Some(expected) = request.expected
        && expected != base_version
    {
        return Err(conflict(
            expected,
            base_version,
            &body["diff"],
            target.len(),
        ));
    }
    if request.dry_run {
        return Ok(Written {
            body,
            catalog: target,
            outcome: "dry_run",
        });
    }
    if diff.is_empty() {
        body["version"] = json!(base_version);
        body["live"] = json!(true);
        info!(
            version = base_version,
            fences = target.len(),
            "fence change identical to the live catalog; nothing published"
        );
        return Ok(Written {
            body,
            catalog: target,
            outcome: "unchanged",
        });
    }

    // Claim the next version, then read the log back: the first claim for
    // a version wins, and only the winner writes fences.
    let version = base_version + 1;
    let now = wall_clock_ms();
    let timeout_ms = i64::try_from(publisher.timeout().as_millis()).unwrap_or(i64::MAX);
    let claim = VersionClaim {
        version,
        base_version,
        claim_id: format!("{:016x}", rand::random::<u64>()),
        claimed_at_ms: now,
        expires_at_ms: now.saturating_add(timeout_ms),
        author: request.author.clone(),
        mode: request.change.mode().to_owned(),
        file_name: request.file_name.clone(),
        rollback_to: match request.change {
            Change::Rollback(v) => Some(v),
            _ => None,
        },
        changes: ChangeSummary::of(&diff, target.len()),
    };
    let claim_id = claim.claim_id.clone();
    publisher
        .publish_version_record(&VersionLogRecord::Claim(Box::new(claim)))
        .await
        .map_err(|e| publish_failed(&e))?;
    let after = publisher
        .read_catalog()
        .await
        .map_err(|e| read_failed(&e))?;
    let won = after
        .log
        .winner(version)
        .is_some_and(|e| e.claim.claim_id == claim_id);
    if !won {
        // Another instance claimed this version first: answer with the
        // diff against what it wrote.
        info!(
            version,
            "another instance claimed this catalog version first"
        );
        let current = settled_catalog(publisher).await?;
        let target = request
            .change
            .apply(&current, &admin.limits)
            .unwrap_or(target);
        return Err(conflict(
            request.expected.unwrap_or(base_version),
            current.version,
            &diff_json(&current.catalog.diff(&target), &current.catalog, &target),
            target.len(),
        ));
    }

    let upserts: Vec<&Fence> = diff
        .added
        .iter()
        .chain(&diff.changed)
        .filter_map(|id| target.get(id))
        .collect();
    let published = match publisher
        .publish_fences(&upserts, &diff.removed, version)
        .await
    {
        Ok(n) => n,
        Err(e) => {
            warn!(version, error = %e, "fence change not fully published");
            return Err(publish_failed(&e));
        }
    };
    // What undoes this version (for a rollback later), then the commit.
    let previous: Vec<Value> = diff
        .changed
        .iter()
        .chain(&diff.removed)
        .filter_map(|id| topic.catalog.get(id))
        .map(to_geojson_feature)
        .collect();
    let added: Vec<String> = diff.added.iter().map(|id| id.as_str().to_owned()).collect();
    for part in VersionUndo::parts(version, &claim_id, added, previous) {
        publisher
            .publish_version_record(&VersionLogRecord::Undo(Box::new(part)))
            .await
            .map_err(|e| publish_failed(&e))?;
    }
    publisher
        .publish_version_record(&VersionLogRecord::Commit(VersionCommit {
            version,
            claim_id,
            committed_at_ms: wall_clock_ms(),
        }))
        .await
        .map_err(|e| publish_failed(&e))?;
    let live = wait_live(admin, version, &upserts, &diff.removed).await;
    info!(
        version,
        mode = request.change.mode(),
        author = request.author.as_str(),
        fences = target.len(),
        added = diff.added.len(),
        changed = diff.changed.len(),
        removed = diff.removed.len(),
        published,
        live,
        "fence catalog version published"
    );
    body["version"] = json!(version);
    body["published"] = json!(published);
    body["live"] = json!(live);
    Ok(Written {
        body,
        catalog: target,
        outcome: "published",
    })
}

/// A diff as JSON; `changed_fields` says, per changed fence, which of
/// its fields differ between `before` and `after`.
fn diff_json(
    diff: &perimeter_fences::CatalogDiff,
    before: &FenceCatalog,
    after: &FenceCatalog,
) -> Value {
    fn ids(v: &[FenceId]) -> Vec<&str> {
        v.iter().map(FenceId::as_str).collect()
    }
    let changed_fields: serde_json::Map<String, Value> = diff
        .changed
        .iter()
        .filter_map(|id| {
            let fields = before.get(id)?.changed_fields(after.get(id)?);
            Some((id.as_str().to_owned(), json!(fields)))
        })
        .collect();
    json!({
        "added": ids(&diff.added),
        "changed": ids(&diff.changed),
        "changed_fields": changed_fields,
        "removed": ids(&diff.removed),
        "unchanged": diff.unchanged,
    })
}

fn publish_failed(e: &perimeter_stream::StreamError) -> ApiError {
    ApiError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "publish_failed",
        format!(
            "{e}; records acknowledged before the failure stay written: retry the same request"
        ),
    )
}

fn publisher(admin: &Admin) -> Result<&Publisher, ApiError> {
    admin.publisher.as_ref().ok_or_else(|| {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "publish_failed",
            "this server has no connection to the fences topic",
        )
    })
}

/// Waits until this instance serves catalog `version` with every record
/// of it applied: each of `upserts` live as written, none of `removed`
/// live. (The records of one version are spread over partitions and may
/// be applied in more than one index swap.)
async fn wait_live(admin: &Admin, version: u64, upserts: &[&Fence], removed: &[FenceId]) -> bool {
    let applied = |c: &LiveCatalog| {
        c.version >= version
            && upserts.iter().all(|f| {
                c.index
                    .slot_of(&f.id)
                    .and_then(|slot| c.index.fence(slot))
                    .is_some_and(|live| live == *f)
            })
            && removed.iter().all(|id| c.index.slot_of(id).is_none())
    };
    admin
        .live
        .wait_for_fences(applied, admin.settings.live_wait)
        .await
}

async fn put_fences(
    State(admin): State<Arc<Admin>>,
    query: Result<Query<PutQuery>, axum::extract::rejection::QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    upload_answer(&admin, query, &headers, body, false, "fences_put").await
}

async fn patch_fences(
    State(admin): State<Arc<Admin>>,
    query: Result<Query<PutQuery>, axum::extract::rejection::QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    upload_answer(&admin, query, &headers, body, true, "fences_patch").await
}

async fn upload_answer(
    admin: &Admin,
    query: Result<Query<PutQuery>, axum::extract::rejection::QueryRejection>,
    headers: &HeaderMap,
    body: Body,
    upsert: bool,
    endpoint: &'static str,
) -> Response {
    let result = upload(admin, query, headers, body, upsert).await;
    count_upload(&result);
    answered(endpoint, result.map(|(r, _)| r))
}

/// Counts a change request's outcome in [`UPLOADS`] (requests refused
/// before planning are only in [`REQUESTS`]).
fn count_upload(result: &Result<(Response, &'static str), ApiError>) {
    let outcome = match result {
        Ok((_, outcome)) => *outcome,
        Err(e) if e.code == "invalid_fences" => "invalid",
        Err(e) if e.code == "publish_failed" => "failed",
        Err(e) if e.code == "conflict" => "conflict",
        Err(_) => return,
    };
    counter!(UPLOADS, "outcome" => outcome).increment(1);
}

/// The version a request states its preview was based on: `If-Match`
/// (an entity tag, `"5"`, as `GET /v1/fences` and a dry run give it) or
/// `base_version`; both must agree when both are given.
fn expected_version(headers: &HeaderMap, query: Option<u64>) -> Result<Option<u64>, ApiError> {
    let bad = |m: String| ApiError::new(StatusCode::BAD_REQUEST, "bad_request", m);
    let header = match headers.get(header::IF_MATCH) {
        None => None,
        Some(v) => {
            let text = v.to_str().unwrap_or("").trim();
            let tag = text.strip_prefix("W/").unwrap_or(text);
            let n = tag.trim_matches('"').parse::<u64>().map_err(|_| {
                bad(format!(
                    "If-Match {text:?} is not a catalog version tag like \"5\""
                ))
            })?;
            Some(n)
        }
    };
    match (header, query) {
        (Some(h), Some(q)) if h != q => Err(bad(format!(
            "If-Match says version {h} and base_version says {q}: give one"
        ))),
        (h, q) => Ok(h.or(q)),
    }
}

/// The entity tag of catalog `version`.
fn etag(version: u64) -> header::HeaderValue {
    header::HeaderValue::from_str(&format!("\"{version}\""))
        .unwrap_or_else(|_| header::HeaderValue::from_static("\"0\""))
}

/// `PUT` (replace) or `PATCH` (upsert) `/v1/fences`; the answer and the
/// upload outcome label.
async fn upload(
    admin: &Admin,
    query: Result<Query<PutQuery>, axum::extract::rejection::QueryRejection>,
    headers: &HeaderMap,
    body: Body,
    upsert: bool,
) -> Result<(Response, &'static str), ApiError> {
    let author = authorize(admin, headers)?;
    let Query(q) = query.map_err(|e| bad_query(&e))?;
    let geometry = wants_geometry(q.include.as_deref())?;
    let expected = expected_version(headers, q.base_version)?;
    if admin.live.fences().is_none() {
        return Err(ApiError::not_ready());
    }
    let bytes = read_body(headers, body, admin.settings.max_body_bytes).await?;
    // The first bytes decide the format when the content type does not; a
    // character cut in two at the end of them does not matter.
    let text_start = String::from_utf8_lossy(&bytes[..bytes.len().min(64)]);
    let format = format_of(headers, &text_start);
    let options = UploadOptions {
        default_timezone: q.default_timezone.clone(),
        default_dwell_s: q.default_dwell_s,
        skip_invalid: q.skip_invalid.unwrap_or(false),
    };
    if let Some(tz) = &options.default_timezone
        && tz.parse::<chrono_tz::Tz>().is_err()
    {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "bad_request",
            format!(
                "default_timezone={tz:?} is not an IANA time zone name (for example \"Europe/Paris\")"
            ),
        ));
    }
    let ParsedUpload {
        catalog: file,
        refused,
    } = read_upload(bytes, format, admin.limits, options).await?;
    let change = if upsert {
        Change::Upsert(file)
    } else {
        Change::Replace(file)
    };
    let written = write_version(
        admin,
        WriteRequest {
            change,
            expected,
            dry_run: q.dry_run.unwrap_or(false),
            file_name: q.file_name,
            author,
        },
    )
    .await?;
    let mut body = written.body;
    body["format"] = json!(format_name(format));
    if q.skip_invalid == Some(true) {
        body["refused"] = feature_errors_json(&refused);
    }
    if geometry {
        body["fences"] = features_json(&written.catalog);
    }
    let mut response = json_response(StatusCode::OK, &body);
    if let Some(v) = body["base_version"].as_u64() {
        let v = body["version"].as_u64().unwrap_or(v);
        response.headers_mut().insert(header::ETAG, etag(v));
    }
    Ok((response, written.outcome))
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct DeleteQuery {
    dry_run: Option<bool>,
    base_version: Option<u64>,
}

/// The body of `POST /v1/fences/delete`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DeleteBody {
    ids: Vec<String>,
}

async fn delete_fences(
    State(admin): State<Arc<Admin>>,
    query: Result<Query<DeleteQuery>, axum::extract::rejection::QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let result = async {
        let author = authorize(&admin, &headers)?;
        let Query(q) = query.map_err(|e| bad_query(&e))?;
        let expected = expected_version(&headers, q.base_version)?;
        let bytes = read_body(&headers, body, admin.settings.max_body_bytes).await?;
        let request: DeleteBody = serde_json::from_slice(&bytes).map_err(|e| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "bad_request",
                format!("the body must be {{\"ids\": [\"fence-id\", ...]}}: {e}"),
            )
        })?;
        let mut ids = Vec::with_capacity(request.ids.len());
        for id in &request.ids {
            ids.push(FenceId::new(id).map_err(|e| {
                ApiError::new(
                    StatusCode::BAD_REQUEST,
                    "bad_request",
                    format!("{id:?} is not a fence id: {e}"),
                )
            })?);
        }
        if ids.is_empty() {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                "bad_request",
                "no ids to delete",
            ));
        }
        ids.sort();
        ids.dedup();
        if admin.live.fences().is_none() {
            return Err(ApiError::not_ready());
        }
        let written = write_version(
            &admin,
            WriteRequest {
                change: Change::Delete(ids),
                expected,
                dry_run: q.dry_run.unwrap_or(false),
                file_name: None,
                author: author.clone(),
            },
        )
        .await?;
        Ok((
            json_response(StatusCode::OK, &written.body),
            written.outcome,
        ))
    }
    .await;
    count_upload(&result);
    answered("fences_delete", result.map(|(r, _)| r))
}

async fn delete_fence(
    State(admin): State<Arc<Admin>>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let result = async {
        let author = authorize(&admin, &headers)?;
        let expected = expected_version(&headers, None)?;
        if admin.live.fences().is_none() {
            return Err(ApiError::not_ready());
        }
        let fence_id = FenceId::new(&id)
            .map_err(|_| ApiError::not_found(format!("no live fence with id {id:?}")))?;
        let written = write_version(
            &admin,
            WriteRequest {
                change: Change::Delete(vec![fence_id.clone()]),
                expected,
                dry_run: false,
                file_name: None,
                author: author.clone(),
            },
        )
        .await
        .map_err(|e| {
            if e.code == "not_found" {
                ApiError::not_found(format!("no live fence with id {id:?}"))
            } else {
                e
            }
        })?;
        Ok(json_response(
            StatusCode::OK,
            &json!({
                "removed": fence_id.as_str(),
                "version": written.body["version"],
                "live": written.body["live"],
            }),
        ))
    }
    .await;
    answered("fence_delete", result)
}

// ---------------------------------------------------------------------------
// History and export
// ---------------------------------------------------------------------------

fn ms_rfc3339(ms: i64) -> Value {
    Timestamp::from_millis(ms).map_or(Value::Null, rfc3339)
}

/// The catalog as the fences topic holds it, read to its end.
async fn topic_catalog(admin: &Admin) -> Result<TopicCatalog, ApiError> {
    let publisher = publisher(admin)?;
    publisher.read_catalog().await.map_err(|e| read_failed(&e))
}

async fn history(State(admin): State<Arc<Admin>>) -> Response {
    let result = async {
        let topic = topic_catalog(&admin).await?;
        let versions: Vec<Value> = topic
            .log
            .entries()
            .iter()
            .rev()
            .map(|e| {
                let c = &e.claim;
                json!({
                    "version": c.version,
                    "base_version": c.base_version,
                    "author": c.author,
                    "mode": c.mode,
                    "file_name": c.file_name,
                    "rollback_to": c.rollback_to,
                    "claimed_at": ms_rfc3339(c.claimed_at_ms),
                    "committed_at": e.committed_at_ms.map_or(Value::Null, ms_rfc3339),
                    "changes": {
                        "added": c.changes.added,
                        "changed": c.changes.changed,
                        "removed": c.changes.removed,
                        "added_ids": c.changes.added_ids,
                        "changed_ids": c.changes.changed_ids,
                        "removed_ids": c.changes.removed_ids,
                        "fence_count": c.changes.fence_count,
                    },
                })
            })
            .collect();
        let mut response = json_response(
            StatusCode::OK,
            &json!({ "version": topic.version, "versions": versions }),
        );
        response
            .headers_mut()
            .insert(header::ETAG, etag(topic.version));
        Ok(response)
    }
    .await;
    answered("catalog_history", result)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RollbackQuery {
    /// The version whose catalog to restore.
    version: u64,
    dry_run: Option<bool>,
    base_version: Option<u64>,
    /// `geometry`: the catalog after the rollback, as GeoJSON features
    /// (for the page's map).
    include: Option<String>,
}

async fn rollback(
    State(admin): State<Arc<Admin>>,
    query: Result<Query<RollbackQuery>, axum::extract::rejection::QueryRejection>,
    headers: HeaderMap,
) -> Response {
    let result = async {
        let author = authorize(&admin, &headers)?;
        let Query(q) = query.map_err(|e| bad_query(&e))?;
        let geometry = wants_geometry(q.include.as_deref())?;
        let expected = expected_version(&headers, q.base_version)?;
        if admin.live.fences().is_none() {
            return Err(ApiError::not_ready());
        }
        let written = write_version(
            &admin,
            WriteRequest {
                change: Change::Rollback(q.version),
                expected,
                dry_run: q.dry_run.unwrap_or(false),
                file_name: None,
                author: author.clone(),
            },
        )
        .await?;
        let mut body = written.body;
        body["rollback_to"] = json!(q.version);
        if geometry {
            body["fences"] = features_json(&written.catalog);
        }
        Ok((json_response(StatusCode::OK, &body), written.outcome))
    }
    .await;
    count_upload(&result);
    answered("catalog_rollback", result.map(|(r, _)| r))
}

async fn export(State(admin): State<Arc<Admin>>) -> Response {
    let result = async {
        let topic = topic_catalog(&admin).await?;
        let body = to_geojson(&topic.catalog);
        let disposition = format!("attachment; filename=\"fences-v{}.geojson\"", topic.version);
        let mut response = (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/geo+json")],
            body,
        )
            .into_response();
        let headers = response.headers_mut();
        headers.insert(header::ETAG, etag(topic.version));
        if let Ok(v) = header::HeaderValue::from_str(&disposition) {
            headers.insert(header::CONTENT_DISPOSITION, v);
        }
        Ok(response)
    }
    .await;
    answered("catalog_export", result)
}

// ---------------------------------------------------------------------------
// Users
// ---------------------------------------------------------------------------

async fn erase_user(
    State(admin): State<Arc<Admin>>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let result = async {
        let author = authorize(&admin, &headers)?;
        let user = UserId::new(&id).map_err(|e| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "bad_request",
                format!("not a user id: {e}"),
            )
        })?;
        // The version of the latest update seen: the erase outranks every
        // update already written, and the user's next opt-in (the consent
        // service's next version) is accepted again.
        let version = admin.live.consent_version(&user).unwrap_or(0);
        let requested_at = admin.clock.now();
        publisher(&admin)?
            .publish_erase(&user, version, requested_at)
            .await
            .map_err(|e| publish_failed(&e))?;
        // The user id stays out of the log: the log outlives the erasure.
        info!(version, author = author.as_str(), "erase request published");
        Ok(json_response(
            StatusCode::ACCEPTED,
            &json!({
                "user_id": user.as_str(),
                "version": version,
                "requested_at": rfc3339(requested_at),
            }),
        ))
    }
    .await;
    answered("user_erase", result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_csp_adds_exactly_the_basemap_origin_to_img_src() {
        let settings = AdminSettings {
            basemap_url: Some("https://tiles.example.com:8443/osm/{z}/{x}/{y}.png".into()),
            ..AdminSettings::default()
        };
        let csp = page_csp(&settings);
        let directive = |name: &str| {
            csp.split(';')
                .map(str::trim)
                .find(|d| d.starts_with(name))
                .unwrap_or_default()
                .to_owned()
        };
        assert_eq!(
            directive("img-src"),
            "img-src 'self' data: https://tiles.example.com:8443"
        );
        assert_eq!(directive("connect-src"), "connect-src 'self'");
        assert_eq!(directive("script-src"), "script-src 'self'");
    }

    #[test]
    fn without_a_basemap_the_page_loads_images_from_itself_only() {
        let csp = page_csp(&AdminSettings::default());
        assert!(csp.contains("img-src 'self' data:;"), "{csp}");
        assert!(!csp.contains("http"), "{csp}");
    }
}
