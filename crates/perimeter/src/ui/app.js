// Perimeter store-ops page: a client of the admin API (docs/admin-api.md).
// Plain JavaScript, no dependencies, nothing loaded from elsewhere.
//
// - the live panel polls GET /v1/fences and, when the version changes,
//   GET /v1/fences?include=geometry for the map;
// - choosing a file sends PUT /v1/fences?dry_run=true&include=geometry and
//   shows either the problems (422) or the diff and a preview on the map;
// - "Publish version N+1" sends the same body without dry_run.
"use strict";

(() => {
  const TOKEN_KEY = "perimeter.adminToken";
  const REFRESH_MS = 3000;
  // Metres per degree of a great circle (mean Earth radius 6371.0088 km).
  const M_PER_DEG = (2 * Math.PI * 6371008.8) / 360;
  const SVG_NS = "http://www.w3.org/2000/svg";
  const VIEW_W = 1000;
  const VIEW_H = 700;
  const PAD = 24;

  const STATUS_LABEL = {
    live: "Live fence",
    added: "Added",
    changed: "Changed",
    unchanged: "Unchanged",
    removed: "Removed",
  };

  const STATUS_TITLE = {
    live: "live now",
    added: "added by this file",
    changed: "changed by this file",
    unchanged: "unchanged",
    removed: "live now, removed by this file (not in it)",
  };

  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs = {}, text) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const svgEl = (tag, attrs = {}) => {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    return node;
  };

  const state = {
    live: null, // the last GET /v1/fences answer
    liveFences: null, // features of the live catalog
    liveFencesVersion: null, // the version liveFences were read at
    pending: null, // {name, size, text, contentType}: the file being checked
    preview: null, // the 200 answer of the dry run
    seq: 0, // request counter: answers to superseded requests are ignored
    view: null, // the map's current viewBox {x, y, w, h}
    metresPerUnit: 1, // metres per SVG unit of the drawn map
  };

  // ---- token ------------------------------------------------------------

  const tokenInput = $("token");
  tokenInput.value = sessionStorage.getItem(TOKEN_KEY) || "";
  tokenInput.addEventListener("input", () => {
    sessionStorage.setItem(TOKEN_KEY, tokenInput.value.trim());
  });
  $("token-clear").addEventListener("click", () => {
    tokenInput.value = "";
    sessionStorage.removeItem(TOKEN_KEY);
    tokenInput.focus();
  });
  const token = () => tokenInput.value.trim();

  // ---- HTTP ---------------------------------------------------------------

  /** Sends a request; resolves to {status, data} (status 0: no answer). */
  async function api(method, path, { body, contentType, auth } = {}) {
    const headers = { Accept: "application/json" };
    if (contentType) headers["Content-Type"] = contentType;
    if (auth && token()) headers.Authorization = `Bearer ${token()}`;
    let response;
    try {
      response = await fetch(path, { method, headers, body, cache: "no-store" });
    } catch (e) {
      return { status: 0, data: null, detail: String(e) };
    }
    const text = await response.text().catch(() => "");
    let data = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch (_) {
      data = null;
    }
    return { status: response.status, data };
  }

  /** A sentence for staff about a failed request. */
  function describeFailure(r, doing) {
    const code = r.data && r.data.error;
    const said = r.data && r.data.message ? ` The server said: “${r.data.message}”.` : "";
    switch (r.status) {
      case 0:
        return `Could not reach Perimeter while ${doing}. Is it running, and is this the right address?`;
      case 400:
        return `The request was refused as malformed (400) while ${doing}.${said}`;
      case 401:
        return `The admin token was not accepted (401 unauthorized). Type the token in the “Admin token” box at the top right and try again.${said}`;
      case 403:
        return `This Perimeter is read-only (403): it has no admin token configured, so nothing can be uploaded here. Ask the operators to set admin.token.`;
      case 404:
        return `Not found (404) while ${doing}.${said}`;
      case 413: {
        const size = state.pending ? ` (${formatBytes(state.pending.size)})` : "";
        return `The file${size} is too large for this server (413 body too large). The limit is the server's admin.max_body_bytes: ask the operators to raise it.${said}`;
      }
      case 503:
        if (code === "publish_failed") {
          return `Publishing did not complete (503): the broker did not acknowledge every record in time. What was acknowledged stays; upload the file again.${said}`;
        }
        return `Perimeter is not ready yet (503): it is still reading the live catalog at startup. Try again in a few seconds.${said}`;
      default:
        return `Unexpected answer ${r.status} while ${doing}.${said}`;
    }
  }

  function formatBytes(n) {
    if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
    if (n >= 1024) return `${(n / 1024).toFixed(0)} KiB`;
    return `${n} bytes`;
  }

  // ---- status line --------------------------------------------------------

  const statusBox = $("status");
  function setStatus(kind, message, detail) {
    statusBox.hidden = false;
    statusBox.className = `status status-${kind}`;
    statusBox.replaceChildren();
    statusBox.append(el("strong", {}, message));
    if (detail) statusBox.append(el("span", { class: "status-detail" }, detail));
  }
  function clearStatus() {
    statusBox.hidden = true;
    statusBox.replaceChildren();
  }

  // ---- live panel -------------------------------------------------------------

  async function refreshLive() {
    const r = await api("GET", "v1/fences");
    const liveState = $("live-state");
    if (r.status !== 200 || !r.data) {
      liveState.className = "live-state live-bad";
      liveState.textContent =
        r.status === 503
          ? "Not ready: Perimeter is still reading the catalog."
          : r.status === 0
            ? "Perimeter does not answer."
            : `Unexpected answer ${r.status}.`;
      return;
    }
    const live = r.data;
    state.live = live;
    liveState.className = "live-state live-ok";
    liveState.textContent = live.version ? "Serving this catalog now." : "No catalog published yet.";
    $("live-version").textContent = String(live.version ?? "–");
    $("live-count").textContent = String(live.fence_count ?? "–");
    $("live-stores").textContent = String(live.store_count ?? "–");
    const kinds = Object.entries(live.kinds || {})
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k}${n === 1 ? "" : "s"}`);
    $("live-kinds").textContent = kinds.length ? kinds.join(", ") : "–";
    const updated = $("live-updated");
    if (live.updated_at) {
      const d = new Date(live.updated_at);
      updated.textContent = Number.isNaN(d.getTime()) ? live.updated_at : d.toLocaleString();
      updated.title = live.updated_at;
    } else {
      updated.textContent = "–";
      updated.removeAttribute("title");
    }
    if (state.liveFencesVersion !== live.version || state.liveFencesGeneration !== live.generation) {
      await loadLiveGeometry();
    }
  }

  async function loadLiveGeometry() {
    const r = await api("GET", "v1/fences?include=geometry");
    if (r.status !== 200 || !r.data) return;
    state.liveFences = Array.isArray(r.data.fences) ? r.data.fences : [];
    state.liveFencesVersion = r.data.version;
    state.liveFencesGeneration = r.data.generation;
    if (!state.preview) drawLive();
  }

  // ---- upload -------------------------------------------------------------

  const fileInput = $("file");
  fileInput.addEventListener("change", () => {
    $("recheck").disabled = !fileInput.files.length;
    if (fileInput.files.length) checkFile();
  });
  $("recheck").addEventListener("click", checkFile);
  $("confirm").addEventListener("click", publish);
  $("cancel").addEventListener("click", () => {
    resetResult();
    clearStatus();
  });

  /** The Content-Type for a file: by extension, else by its first character. */
  function contentTypeFor(name, text) {
    const lower = name.toLowerCase();
    if (lower.endsWith(".geojson") || lower.endsWith(".json")) return "application/geo+json";
    if (lower.endsWith(".csv")) return "text/csv";
    const first = text.replace(/^\uFEFF/, "").trimStart().charAt(0);
    return first === "{" || first === "[" ? "application/geo+json" : "text/csv";
  }

  function resetResult() {
    const hadPreview = state.preview !== null;
    state.preview = null;
    if (hadPreview) drawLive();
    $("errors-box").hidden = true;
    $("errors").tBodies[0].replaceChildren();
    $("diff").hidden = true;
    $("diff-lists").replaceChildren();
    $("confirm").hidden = true;
    $("confirm").disabled = false;
    $("cancel").hidden = true;
  }

  async function checkFile() {
    const file = fileInput.files[0];
    if (!file) return;
    const seq = ++state.seq;
    resetResult();
    let text;
    try {
      text = await file.text();
    } catch (e) {
      setStatus("error", `Could not read ${file.name}: ${e}`);
      return;
    }
    if (seq !== state.seq) return;
    state.pending = { name: file.name, size: file.size, text, contentType: contentTypeFor(file.name, text) };
    if (!token()) {
      setStatus("error", "Enter the admin token first (top right), then choose “Check again”.");
      tokenInput.focus();
      return;
    }
    setStatus("info", `Checking ${file.name} (${formatBytes(file.size)})…`);
    const r = await api("PUT", "v1/fences?dry_run=true&include=geometry", {
      body: text,
      contentType: state.pending.contentType,
      auth: true,
    });
    if (seq !== state.seq) return;
    if (r.status === 200 && r.data) {
      showPreview(r.data);
    } else if (r.status === 422 && r.data) {
      showInvalid(r.data);
    } else {
      setStatus("error", describeFailure(r, `checking ${file.name}`));
    }
  }

  function showInvalid(data) {
    const file = state.pending ? state.pending.name : "The file";
    setStatus(
      "error",
      data.message || "The file is invalid; nothing was accepted.",
      `${file} was not accepted and nothing was published. Fix every problem below, then choose the file again.`,
    );
    const errors = Array.isArray(data.errors) ? data.errors : [];
    if (!errors.length) return; // a syntax error: the message says where
    const csv = data.format === "csv";
    $("errors-caption").textContent = csv
      ? `${errors.length} problem${errors.length === 1 ? "" : "s"} (rows count from 0 after the header; lines count the header as line 1)`
      : `${errors.length} problem${errors.length === 1 ? "" : "s"} (features count from 0 in the file)`;
    const body = $("errors").tBodies[0];
    for (const e of errors) {
      const row = el("tr", { class: "error-row" });
      row.append(
        el("td", { class: "num" }, e.index === null || e.index === undefined ? "–" : String(e.index)),
        el("td", { class: "num" }, e.line === null || e.line === undefined ? "–" : String(e.line)),
        el("td", { class: "id" }, e.id === null || e.id === undefined ? "(no id)" : String(e.id)),
        el("td", {}, String(e.message ?? "")),
      );
      body.append(row);
    }
    $("errors-box").hidden = false;
  }

  function showPreview(data) {
    state.preview = data;
    const diff = data.diff || { added: [], changed: [], removed: [], unchanged: 0 };
    const added = diff.added || [];
    const changed = diff.changed || [];
    const removed = diff.removed || [];
    const fences = Array.isArray(data.fences) ? data.fences : [];
    const changedSet = new Set([...added, ...changed]);
    const unchangedIds = fences.map(fenceId).filter((id) => id !== null && !changedSet.has(id));
    const file = state.pending ? state.pending.name : "The file";
    const format = data.format === "csv" ? "CSV" : "GeoJSON";
    const nothing = !added.length && !changed.length && !removed.length;
    if (nothing) {
      setStatus(
        "ok",
        `${file} is valid: ${data.fence_count} fences (${format}), identical to live version ${data.base_version}.`,
        "There is nothing to publish.",
      );
    } else {
      setStatus(
        "ok",
        `${file} is valid: ${data.fence_count} fences (${format}).`,
        `Nothing is published yet. Review the changes against live version ${data.base_version} and the map, then publish.`,
      );
    }

    $("diff-title").textContent = `Changes against live version ${data.base_version}`;
    $("diff-added").textContent = String(added.length);
    $("diff-changed").textContent = String(changed.length);
    $("diff-removed").textContent = String(removed.length);
    $("diff-unchanged").textContent = String(diff.unchanged ?? unchangedIds.length);
    const lists = $("diff-lists");
    lists.replaceChildren();
    for (const [kind, ids] of [
      ["added", added],
      ["changed", changed],
      ["removed", removed],
      ["unchanged", unchangedIds],
    ]) {
      if (!ids.length) continue;
      const details = el("details", { class: `diff-list ${kind}`, id: `diff-list-${kind}` });
      details.append(el("summary", {}, `${STATUS_LABEL[kind].split(" ")[0]} (${ids.length})`));
      const ul = el("ul");
      for (const id of ids) {
        const li = el("li");
        const b = el("button", { type: "button", class: "link-button", title: "Show on the map" }, id);
        b.addEventListener("click", () => zoomToFence(id));
        li.append(b);
        ul.append(li);
      }
      details.append(ul);
      lists.append(details);
    }
    $("diff").hidden = false;

    const confirm = $("confirm");
    confirm.textContent = `Publish version ${Number(data.base_version) + 1}`;
    confirm.hidden = nothing;
    confirm.disabled = false;
    $("cancel").hidden = false;
    drawPreview(data, fences, new Set(added), new Set(changed), new Set(removed));
  }

  async function publish() {
    const pending = state.pending;
    const preview = state.preview;
    if (!pending || !preview) return;
    const seq = ++state.seq;
    const confirm = $("confirm");
    confirm.disabled = true;
    setStatus("info", `Publishing ${pending.name}…`);
    // The publish states the version its preview was based on: if the
    // catalog moved since, nothing is published (409) and the preview is
    // recomputed against the current version.
    const query = `base_version=${encodeURIComponent(preview.base_version)}&file_name=${encodeURIComponent(pending.name)}`;
    const r = await api("PUT", `v1/fences?${query}`, { body: pending.text, contentType: pending.contentType, auth: true });
    if (seq !== state.seq) return;
    if (r.status === 409 && r.data) {
      const d = r.data;
      const again = await api("PUT", "v1/fences?dry_run=true&include=geometry", {
        body: pending.text,
        contentType: pending.contentType,
        auth: true,
      });
      if (seq !== state.seq) return;
      if (again.status === 200 && again.data) showPreview(again.data);
      setStatus(
        "warn",
        `Not published: the catalog moved from version ${d.base_version} to version ${d.current_version} since your preview (someone else published). Nothing was written.`,
        `The changes below are now against version ${d.current_version}: review them, then publish again.`,
      );
      state.liveFencesVersion = null;
      await refreshLive();
      return;
    }
    if (r.status === 200 && r.data) {
      const d = r.data;
      confirm.hidden = true;
      $("cancel").hidden = true;
      $("diff-title").textContent = `Published: changes against version ${d.base_version}`;
      if (d.version === d.base_version) {
        setStatus("ok", `Nothing changed: version ${d.version} stays live.`);
      } else if (d.live) {
        setStatus(
          "ok",
          `Published version ${d.version} (${d.published} record${d.published === 1 ? "" : "s"} written). It is live.`,
          "This instance already serves it; the other instances follow within moments.",
        );
      } else {
        setStatus(
          "warn",
          `Published version ${d.version} (${d.published} record${d.published === 1 ? "" : "s"} written), but it is not live on this instance yet.`,
          "It was written to the fences topic; the live panel shows it as soon as the index has been rebuilt.",
        );
      }
      state.preview = null;
      state.liveFencesVersion = null; // force the map to the new live catalog
      await refreshLive();
      drawLive();
    } else if (r.status === 422 && r.data) {
      resetResult();
      showInvalid(r.data);
    } else {
      confirm.disabled = false;
      setStatus("error", describeFailure(r, `publishing ${pending.name}`));
    }
  }

  // ---- geometry -------------------------------------------------------------

  function fenceId(f) {
    if (!f) return null;
    if (f.id !== undefined && f.id !== null) return String(f.id);
    if (f.properties && f.properties.id !== undefined) return String(f.properties.id);
    return null;
  }

  /** The polygons of a feature as arrays of rings of [lon, lat], or null for a circle. */
  function polygonsOf(f) {
    const g = f.geometry || {};
    if (g.type === "Polygon") return [g.coordinates || []];
    if (g.type === "MultiPolygon") return g.coordinates || [];
    return null;
  }

  function circleOf(f) {
    const g = f.geometry || {};
    const r = Number(f.properties && f.properties.radius_m);
    if (g.type === "Point" && Array.isArray(g.coordinates) && Number.isFinite(r)) {
      return { lon: Number(g.coordinates[0]), lat: Number(g.coordinates[1]), radius: r };
    }
    return null;
  }

  /** An equirectangular projection fitted to the features' bounding box. */
  function makeProjection(features) {
    const lons = [];
    const lats = [];
    const circles = [];
    for (const f of features) {
      const polys = polygonsOf(f);
      if (polys) {
        for (const poly of polys) for (const ring of poly) for (const p of ring) {
          lons.push(Number(p[0]));
          lats.push(Number(p[1]));
        }
      } else {
        const c = circleOf(f);
        if (c) {
          circles.push(c);
          lons.push(c.lon);
          lats.push(c.lat);
        }
      }
    }
    const finite = (a) => a.filter(Number.isFinite);
    const flon = finite(lons);
    const flat = finite(lats);
    if (!flon.length || !flat.length) return null;
    // Fences across the 180° meridian: move western longitudes east by 360°.
    const wrap = Math.max(...flon) - Math.min(...flon) > 180;
    const lonOf = (lon) => (wrap && lon < 0 ? lon + 360 : lon);
    const meanLat = flat.reduce((a, b) => a + b, 0) / flat.length;
    const k = Math.max(Math.cos((meanLat * Math.PI) / 180), 0.01);
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    const extend = (x, y) => {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    };
    for (let i = 0; i < lons.length; i++) {
      if (Number.isFinite(lons[i]) && Number.isFinite(lats[i])) extend(lonOf(lons[i]) * k, -lats[i]);
    }
    for (const c of circles) {
      const r = c.radius / M_PER_DEG;
      extend(lonOf(c.lon) * k - r, -c.lat - r);
      extend(lonOf(c.lon) * k + r, -c.lat + r);
    }
    // At least ~100 m across, so a single small fence is not blown up.
    const minSpan = 100 / M_PER_DEG;
    const spanX = Math.max(maxX - minX, minSpan);
    const spanY = Math.max(maxY - minY, minSpan);
    const scale = Math.min((VIEW_W - 2 * PAD) / spanX, (VIEW_H - 2 * PAD) / spanY);
    const offX = PAD + (VIEW_W - 2 * PAD - (maxX - minX) * scale) / 2;
    const offY = PAD + (VIEW_H - 2 * PAD - (maxY - minY) * scale) / 2;
    return {
      point: (lon, lat) => [offX + (lonOf(lon) * k - minX) * scale, offY + (-lat - minY) * scale],
      radius: (metres) => (metres / M_PER_DEG) * scale,
      metresPerUnit: M_PER_DEG / scale,
    };
  }

  const fmt = (v) => (Math.round(v * 100) / 100).toString();

  /** One SVG shape for a fence: a circle, or one path with every ring (evenodd). */
  function shapeFor(f, proj) {
    const polys = polygonsOf(f);
    if (polys) {
      let d = "";
      for (const poly of polys) {
        for (const ring of poly) {
          const pts = ring.filter((p) => Number.isFinite(Number(p[0])) && Number.isFinite(Number(p[1])));
          if (!pts.length) continue;
          pts.forEach((p, i) => {
            const [x, y] = proj.point(Number(p[0]), Number(p[1]));
            d += `${i === 0 ? "M" : "L"}${fmt(x)} ${fmt(y)}`;
          });
          d += "Z";
        }
      }
      return d ? svgEl("path", { d, "fill-rule": "evenodd" }) : null;
    }
    const c = circleOf(f);
    if (!c) return null;
    const [cx, cy] = proj.point(c.lon, c.lat);
    return svgEl("circle", { cx: fmt(cx), cy: fmt(cy), r: Math.max(proj.radius(c.radius), 0.01).toFixed(3) });
  }

  /** Draws features, each {feature, status}, into #map; updates the legend. */
  function drawMap(items, caption) {
    const map = $("map");
    map.replaceChildren();
    $("map-caption").textContent = caption;
    const proj = makeProjection(items.map((i) => i.feature));
    if (!proj) {
      map.append(el("p", { class: "map-empty" }, "No fences to draw."));
      $("legend").replaceChildren();
      $("scale").replaceChildren();
      state.view = null;
      return;
    }
    state.metresPerUnit = proj.metresPerUnit;
    const svg = svgEl("svg", {
      viewBox: `0 0 ${VIEW_W} ${VIEW_H}`,
      preserveAspectRatio: "xMidYMid meet",
      role: "img",
      "aria-label": caption,
    });
    svg.append(svgEl("rect", { class: "map-bg", x: -50 * VIEW_W, y: -50 * VIEW_H, width: 101 * VIEW_W, height: 101 * VIEW_H }));
    const order = { live: 0, unchanged: 0, changed: 1, added: 2, removed: 3 };
    const sorted = [...items].sort((a, b) => order[a.status] - order[b.status]);
    const counts = {};
    for (const { feature, status } of sorted) {
      const shape = shapeFor(feature, proj);
      if (!shape) continue;
      const id = fenceId(feature) ?? "(no id)";
      const name = (feature.properties && feature.properties.name) || "";
      shape.setAttribute("class", `fence ${status}`);
      shape.setAttribute("data-id", id);
      shape.setAttribute("data-status", status);
      const title = svgEl("title");
      title.textContent = `${id}${name ? ` — ${name}` : ""}\n${STATUS_TITLE[status]}`;
      shape.append(title);
      svg.append(shape);
      counts[status] = (counts[status] || 0) + 1;
    }
    map.append(svg);
    state.view = { x: 0, y: 0, w: VIEW_W, h: VIEW_H };
    attachZoom(svg);
    updateScale();

    const legend = $("legend");
    legend.replaceChildren();
    for (const status of ["live", "added", "changed", "unchanged", "removed"]) {
      if (!counts[status]) continue;
      const li = el("li", { class: `legend-item ${status}` });
      const sw = svgEl("svg", { width: 22, height: 14, viewBox: "0 0 22 14", "aria-hidden": "true" });
      sw.append(svgEl("rect", { x: 2, y: 2, width: 18, height: 10, rx: 2, class: `fence ${status}` }));
      li.append(sw, document.createTextNode(` ${STATUS_LABEL[status]}: ${counts[status]}`));
      legend.append(li);
    }
  }

  function drawLive() {
    const fences = state.liveFences || [];
    const v = state.liveFencesVersion;
    $("map-title").textContent = "Map: live catalog";
    drawMap(
      fences.map((feature) => ({ feature, status: "live" })),
      fences.length
        ? `The ${fences.length} live fences of version ${v}. Hover a shape for its id and name; scroll to zoom, drag to move.`
        : "Nothing is live yet.",
    );
  }

  function drawPreview(data, fences, added, changed, removed) {
    const items = fences.map((feature) => {
      const id = fenceId(feature);
      const status = added.has(id) ? "added" : changed.has(id) ? "changed" : "unchanged";
      return { feature, status };
    });
    const live = (state.liveFences || []).filter((f) => removed.has(fenceId(f)));
    for (const feature of live) items.push({ feature, status: "removed" });
    const file = state.pending ? state.pending.name : "the file";
    $("map-title").textContent = "Map: preview";
    drawMap(
      items,
      `Preview of ${file} against live version ${data.base_version}. Hover a shape for its id and name; scroll to zoom, drag to move.`,
    );
  }

  // ---- zoom and pan -------------------------------------------------------

  function setView(v) {
    const svg = $("map").querySelector("svg");
    if (!svg) return;
    state.view = v;
    svg.setAttribute("viewBox", `${fmt(v.x)} ${fmt(v.y)} ${fmt(v.w)} ${fmt(v.h)}`);
    updateScale();
  }

  function zoomAt(factor, cx, cy) {
    const v = state.view;
    if (!v) return;
    const w = Math.min(Math.max(v.w / factor, VIEW_W / 2000), VIEW_W * 4);
    const f = v.w / w;
    const h = v.h / f;
    setView({ x: cx - (cx - v.x) / f, y: cy - (cy - v.y) / f, w, h });
  }

  function svgPoint(svg, clientX, clientY) {
    const ctm = svg.getScreenCTM();
    if (!ctm) return null;
    const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
    return [p.x, p.y];
  }

  function attachZoom(svg) {
    svg.addEventListener(
      "wheel",
      (e) => {
        e.preventDefault();
        const p = svgPoint(svg, e.clientX, e.clientY);
        if (p) zoomAt(e.deltaY < 0 ? 1.25 : 0.8, p[0], p[1]);
      },
      { passive: false },
    );
    let drag = null;
    svg.addEventListener("pointerdown", (e) => {
      if (e.button !== 0) return;
      drag = { start: svgPoint(svg, e.clientX, e.clientY), view: { ...state.view }, id: e.pointerId, moved: false };
    });
    svg.addEventListener("pointermove", (e) => {
      if (!drag || !drag.start) return;
      const p = svgPoint(svg, e.clientX, e.clientY);
      if (!p) return;
      if (!drag.moved) {
        drag.moved = true;
        svg.setPointerCapture(drag.id);
        svg.classList.add("dragging");
      }
      // The CTM moves with the view: shift by the difference in the original view.
      const dx = p[0] - drag.start[0];
      const dy = p[1] - drag.start[1];
      setView({ ...state.view, x: state.view.x - dx, y: state.view.y - dy });
    });
    const end = () => {
      drag = null;
      svg.classList.remove("dragging");
    };
    svg.addEventListener("pointerup", end);
    svg.addEventListener("pointercancel", end);
  }

  function zoomCentre(factor) {
    const v = state.view;
    if (v) zoomAt(factor, v.x + v.w / 2, v.y + v.h / 2);
  }
  $("zoom-in").addEventListener("click", () => zoomCentre(1.5));
  $("zoom-out").addEventListener("click", () => zoomCentre(1 / 1.5));
  $("zoom-fit").addEventListener("click", () => {
    if (state.view) setView({ x: 0, y: 0, w: VIEW_W, h: VIEW_H });
  });

  function zoomToFence(id) {
    const svg = $("map").querySelector("svg");
    if (!svg) return;
    const shape = [...svg.querySelectorAll(".fence")].find((s) => s.getAttribute("data-id") === id);
    if (!shape) return;
    const b = shape.getBBox();
    const size = Math.max(b.width, b.height * (VIEW_W / VIEW_H), VIEW_W / 200) * 4;
    const h = (size * VIEW_H) / VIEW_W;
    setView({ x: b.x + b.width / 2 - size / 2, y: b.y + b.height / 2 - h / 2, w: size, h });
    for (const s of svg.querySelectorAll(".fence.highlight")) s.classList.remove("highlight");
    shape.classList.add("highlight");
  }

  /** A scale bar of a round length, about a fifth of the map's width. */
  function updateScale() {
    const box = $("scale");
    const svg = $("map").querySelector("svg");
    if (!svg || !state.view) {
      box.replaceChildren();
      return;
    }
    const pxPerUnit = Math.min(svg.clientWidth / state.view.w, svg.clientHeight / state.view.h) || 1;
    const metresPerPx = state.metresPerUnit / pxPerUnit;
    const target = metresPerPx * 120;
    const pow = 10 ** Math.floor(Math.log10(target));
    const nice = [1, 2, 5, 10].map((m) => m * pow).filter((m) => m <= target).pop() || pow;
    const px = nice / metresPerPx;
    const bar = el("span", { class: "scale-bar" });
    bar.style.width = `${Math.round(px)}px`;
    box.replaceChildren(bar, document.createTextNode(nice >= 1000 ? `${nice / 1000} km` : `${nice} m`));
  }
  window.addEventListener("resize", updateScale);

  // ---- start --------------------------------------------------------------

  drawLive();
  refreshLive();
  setInterval(refreshLive, REFRESH_MS);
})();
