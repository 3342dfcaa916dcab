// Perimeter store-ops page: a client of the admin API (docs/admin-api.md).
// Plain JavaScript. The map is drawn with the map library built into the
// binary (Leaflet, ui/vendor/map.js: crates/perimeter/build.rs) over the
// basemap GET ui/config.json names, if any; without the library, with the
// page's own SVG drawing. Nothing is loaded from elsewhere but the tiles.
//
// - the live panel polls GET /v1/fences and, when the version changes,
//   GET /v1/fences?include=geometry for the map;
// - choosing a file sends PUT (replace) or PATCH (add or update) with
//   dry_run=true&include=geometry and shows either the problems (422) or
//   the diff and a preview on the map;
// - "Publish version N+1" sends the same body with base_version=N: a 409
//   says someone else published in between, and the diff is redone;
// - a fence clicked on the map shows its properties and problems and can
//   be deleted (POST /v1/fences/delete); the history lists the versions
//   (GET /v1/catalog/history) and rolls back to one (POST /v1/catalog/rollback).
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
    file: "In the file",
    problem: "Has problems",
    added: "Added",
    changed: "Changed",
    unchanged: "Unchanged",
    removed: "Removed",
  };

  const STATUS_TITLE = {
    live: "live now",
    file: "in the file",
    problem: "in the file, refused: see its problems",
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
    config: null, // GET ui/config.json
    change: null, // {kind: "replace"|"upsert"|"rollback", version}: what the preview is of
    selected: null, // the fence shown in the fence panel: {id, layer, status, feature, problems}
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

  /** "replace" (PUT: the file is the whole catalog) or "upsert" (PATCH). */
  function uploadMode() {
    const checked = document.querySelector('input[name="mode"]:checked');
    return checked && checked.value === "upsert" ? "upsert" : "replace";
  }
  for (const radio of document.querySelectorAll('input[name="mode"]')) {
    radio.addEventListener("change", () => {
      if (fileInput.files.length) checkFile();
    });
  }

  /** Sends a change: its dry run, or its publication against `baseVersion`. */
  function sendChange(change, dryRun, baseVersion) {
    const pending = state.pending;
    const q = dryRun ? ["dry_run=true"] : [`base_version=${encodeURIComponent(baseVersion)}`];
    if (dryRun) q.push("include=geometry");
    if (change.kind === "rollback") {
      return api("POST", `v1/catalog/rollback?version=${encodeURIComponent(change.version)}&${q.join("&")}`, {
        auth: true,
      });
    }
    else q.push(`file_name=${encodeURIComponent(pending.name)}`);
    return api(change.kind === "upsert" ? "PATCH" : "PUT", `v1/fences?${q.join("&")}`, {
      body: pending.text,
      contentType: pending.contentType,
      auth: true,
    });
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
    const kind = uploadMode();
    setStatus("info", `Checking ${file.name} (${formatBytes(file.size)})…`);
    const r = await sendChange({ kind }, true);
    if (seq !== state.seq) return;
    if (r.status === 200 && r.data) {
      state.change = { kind };
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
    drawInvalid(errors);
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
    const rollback = state.change && state.change.kind === "rollback";
    const file = rollback
      ? `Rolling back to version ${state.change.version}`
      : state.pending
        ? state.pending.name
        : "The file";
    const format = data.format === "csv" ? "CSV" : "GeoJSON";
    const nothing = !added.length && !changed.length && !removed.length;
    if (rollback) {
      setStatus(
        nothing ? "ok" : "info",
        `${file}: ${data.fence_count} fences.`,
        nothing
          ? `The catalog of version ${state.change.version} is what is live: there is nothing to publish.`
          : `Nothing is published yet. Review what the rollback changes against live version ${data.base_version}, then publish.`,
      );
    } else if (nothing) {
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
    confirm.textContent = rollback
      ? `Roll back: publish version ${Number(data.base_version) + 1}`
      : `Publish version ${Number(data.base_version) + 1}`;
    confirm.hidden = nothing;
    confirm.disabled = false;
    $("cancel").hidden = false;
    drawPreview(data, fences, new Set(added), new Set(changed), new Set(removed));
  }

  async function publish() {
    const preview = state.preview;
    const change = state.change;
    if (!preview || !change || (change.kind !== "rollback" && !state.pending)) return;
    const what = change.kind === "rollback" ? `the rollback to version ${change.version}` : state.pending.name;
    const seq = ++state.seq;
    const confirm = $("confirm");
    confirm.disabled = true;
    setStatus("info", `Publishing ${what}…`);
    // The publish states the version its preview was based on: if the
    // catalog moved since, nothing is published (409) and the preview is
    // recomputed against the current version.
    const r = await sendChange(change, false, preview.base_version);
    if (seq !== state.seq) return;
    if (r.status === 409 && r.data) {
      const d = r.data;
      const again = await sendChange(change, true);
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
      state.change = null;
      state.liveFencesVersion = null; // force the map to the new live catalog
      await refreshLive();
      drawLive();
      if (!$("history-box").hidden) loadHistory();
    } else if (r.status === 422 && r.data) {
      resetResult();
      if (r.data.errors) showInvalid(r.data);
      else setStatus("error", r.data.message || `Refused (422) while publishing ${what}.`);
    } else {
      confirm.disabled = false;
      setStatus("error", describeFailure(r, `publishing ${what}`));
    }
  }

  // ---- history and rollback ---------------------------------------------

  $("history-load").addEventListener("click", loadHistory);

  async function loadHistory() {
    const r = await api("GET", "v1/catalog/history");
    const box = $("history-box");
    const note = $("history-note");
    box.hidden = false;
    if (r.status !== 200 || !r.data) {
      note.textContent = describeFailure(r, "reading the history");
      return;
    }
    const current = r.data.version;
    const body = $("history").tBodies[0];
    body.replaceChildren();
    const versions = Array.isArray(r.data.versions) ? r.data.versions : [];
    note.textContent = versions.length
      ? `Live version ${current}; newest first. Rolling back publishes a new version with the catalog of the one you choose.`
      : "No version has been published through the admin API yet.";
    for (const v of versions) {
      const tr = el("tr", { class: "history-row", "data-version": String(v.version) });
      const c = v.changes || {};
      const when = v.committed_at || v.claimed_at;
      const what = [v.mode + (v.rollback_to ? ` to ${v.rollback_to}` : ""), v.file_name].filter(Boolean).join(", ");
      tr.append(
        el("td", { class: "num" }, String(v.version)),
        el("td", {}, when ? new Date(when).toLocaleString() : v.committed_at === null ? "not committed" : "–"),
        el("td", {}, String(v.author ?? "–")),
        el("td", {}, what),
        el("td", { class: "num" }, `+${c.added ?? 0} ~${c.changed ?? 0} −${c.removed ?? 0}`),
      );
      const cell = el("td");
      if (v.version !== current && v.committed_at) {
        const b = el("button", { type: "button", class: "rollback" }, `Roll back to ${v.version}`);
        b.addEventListener("click", () => previewRollback(v.version));
        cell.append(b);
      } else if (v.version === current) {
        cell.textContent = "live";
      }
      tr.append(cell);
      body.append(tr);
    }
  }

  async function previewRollback(version) {
    if (!token()) {
      setStatus("error", "Enter the admin token first (top right), then choose the version again.");
      tokenInput.focus();
      return;
    }
    const seq = ++state.seq;
    resetResult();
    setStatus("info", `Checking a rollback to version ${version}…`);
    const r = await sendChange({ kind: "rollback", version }, true);
    if (seq !== state.seq) return;
    if (r.status === 200 && r.data) {
      state.change = { kind: "rollback", version };
      showPreview(r.data);
      $("upload-title").scrollIntoView({ block: "start" });
    } else if (r.data && r.data.error === "rollback_impossible") {
      setStatus("error", r.data.message);
    } else {
      setStatus("error", describeFailure(r, `checking the rollback to version ${version}`));
    }
  }

  // ---- one fence: properties, problems, delete ------------------------------

  /** Shows a fence (an item of the map) in the fence panel. */
  function selectFence(item) {
    state.selected = item;
    const panel = $("fence-panel");
    panel.hidden = false;
    const f = item.feature || {};
    const p = f.properties || {};
    $("fence-title").textContent = `Fence ${item.id ?? "(no id)"}`;
    const dl = $("fence-props");
    dl.replaceChildren();
    const rows = [
      ["Status", STATUS_TITLE[item.status] || item.status],
      ["Name", p.name],
      ["Store", p.store_id],
      ["Shape", describeShape(f)],
      ["Dwell", p.dwell_s !== undefined ? `${p.dwell_s} s` : undefined],
      ["Time zone", p.timezone],
      ["Opening hours", p.opening_hours],
      ["Tags", Array.isArray(p.tags) && p.tags.length ? p.tags.join(", ") : undefined],
      ["Valid", p.valid_from || p.valid_until ? `${p.valid_from || "…"} to ${p.valid_until || "…"}` : undefined],
    ];
    for (const [k, v] of rows) {
      if (v === undefined || v === null || v === "") continue;
      dl.append(el("dt", {}, k), el("dd", {}, String(v)));
    }
    const problems = $("fence-problems");
    problems.replaceChildren();
    if (item.problems && item.problems.length) {
      for (const m of item.problems) problems.append(el("li", {}, m));
      problems.hidden = false;
      $("fence-ok").hidden = true;
    } else {
      problems.hidden = true;
      $("fence-ok").hidden = false;
    }
    const deletable = item.status === "live" && item.id !== null;
    $("fence-delete").hidden = !deletable;
    $("fence-delete").disabled = false;
    $("fence-delete-confirm").hidden = true;
    $("fence-status").hidden = true;
  }

  function describeShape(f) {
    const g = f.geometry || {};
    const c = circleOf(f);
    if (c) return `circle of ${c.radius} m around ${c.lat.toFixed(5)}, ${c.lon.toFixed(5)}`;
    const polys = polygonsOf(f);
    if (!polys) return g.type || "none";
    const corners = polys.flat().reduce((n, ring) => n + Math.max(ring.length - 1, 0), 0);
    const holes = polys.reduce((n, poly) => n + Math.max(poly.length - 1, 0), 0);
    return `${polys.length === 1 ? "polygon" : `${polys.length} polygons`}, ${corners} vertices${holes ? `, ${holes} hole${holes === 1 ? "" : "s"}` : ""}`;
  }

  $("fence-close").addEventListener("click", () => {
    $("fence-panel").hidden = true;
    state.selected = null;
  });
  $("fence-delete").addEventListener("click", () => {
    const item = state.selected;
    if (!item) return;
    const v = state.live ? state.live.version : "?";
    $("fence-delete-question").textContent =
      `Delete ${item.id} from the live catalog? This publishes version ${Number(v) + 1} without it.`;
    $("fence-delete-confirm").hidden = false;
  });
  $("fence-delete-no").addEventListener("click", () => {
    $("fence-delete-confirm").hidden = true;
  });
  $("fence-delete-yes").addEventListener("click", deleteSelected);

  function fenceStatus(kind, message) {
    const box = $("fence-status");
    box.hidden = false;
    box.className = `status status-${kind}`;
    box.textContent = message;
  }

  async function deleteSelected() {
    const item = state.selected;
    if (!item) return;
    if (!token()) {
      fenceStatus("error", "Enter the admin token first (top right).");
      return;
    }
    // The version this fence was seen in: if the catalog moved since, the
    // delete is refused (409) rather than applied to a catalog not reviewed.
    const base = state.liveFencesVersion;
    $("fence-delete-yes").disabled = true;
    const r = await api("POST", `v1/fences/delete?base_version=${encodeURIComponent(base)}`, {
      body: JSON.stringify({ ids: [item.id] }),
      contentType: "application/json",
      auth: true,
    });
    $("fence-delete-yes").disabled = false;
    $("fence-delete-confirm").hidden = true;
    if (r.status === 200 && r.data) {
      const d = r.data;
      fenceStatus(
        d.live ? "ok" : "warn",
        d.live
          ? `Deleted ${item.id}: version ${d.version} is live without it.`
          : `Deleted ${item.id} in version ${d.version}; not live on this instance yet.`,
      );
      $("fence-delete").hidden = true;
      state.liveFencesVersion = null;
      await refreshLive();
      if (!$("history-box").hidden) loadHistory();
    } else if (r.status === 409 && r.data) {
      fenceStatus(
        "warn",
        `Not deleted: the catalog moved from version ${r.data.base_version} to version ${r.data.current_version} since the map was drawn (someone else published). Nothing was written; look at the fence again on the refreshed map.`,
      );
      state.liveFencesVersion = null;
      await refreshLive();
    } else if (r.status === 404) {
      fenceStatus("warn", `${item.id} is no longer live: nothing was deleted.`);
      state.liveFencesVersion = null;
      await refreshLive();
    } else {
      fenceStatus("error", describeFailure(r, `deleting ${item.id}`));
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

  /** Draws items ({feature, status, layer}) with the page's own SVG drawing. */
  function svgDraw(items, caption) {
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
    const counts = {};
    for (const item of items) {
      const { feature, status } = item;
      const shape = shapeFor(feature, proj);
      if (!shape) continue;
      const id = fenceId(feature) ?? "(no id)";
      const name = (feature.properties && feature.properties.name) || "";
      shape.setAttribute("class", `fence ${status}`);
      shape.setAttribute("data-id", id);
      shape.setAttribute("data-status", status);
      shape.setAttribute("data-layer", item.layer);
      if (!state.layersShown[item.layer]) shape.style.display = "none";
      shape.addEventListener("click", () => selectFence(item));
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

    drawLegend(items);
  }

  /** The legend: one line per status drawn, one checkbox per layer. */
  function drawLegend(items) {
    const legend = $("legend");
    legend.replaceChildren();
    const byLayer = {};
    for (const item of items) {
      const l = (byLayer[item.layer] ||= {});
      l[item.status] = (l[item.status] || 0) + 1;
    }
    for (const layer of LAYER_ORDER) {
      const counts = byLayer[layer];
      if (!counts) continue;
      const li = el("li", { class: `legend-layer ${layer}` });
      const box = el("input", { type: "checkbox", id: `layer-${layer}`, "data-layer": layer });
      box.checked = state.layersShown[layer];
      box.addEventListener("change", () => setLayerShown(layer, box.checked));
      const label = el("label", { for: `layer-${layer}` });
      label.append(box, document.createTextNode(` ${LAYER_LABEL[layer]}:`));
      li.append(label);
      for (const status of ["live", "file", "problem", "added", "changed", "unchanged", "removed"]) {
        if (!counts[status]) continue;
        const span = el("span", { class: `legend-item ${status}` });
        const sw = svgEl("svg", { width: 22, height: 14, viewBox: "0 0 22 14", "aria-hidden": "true" });
        sw.append(svgEl("rect", { x: 2, y: 2, width: 18, height: 10, rx: 2, class: `fence ${status}` }));
        span.append(sw, document.createTextNode(` ${STATUS_LABEL[status]}: ${counts[status]}`));
        li.append(span);
      }
      legend.append(li);
    }
  }

  function setLayerShown(layer, shown) {
    state.layersShown[layer] = shown;
    if (leaflet) {
      leaflet.setLayerShown(layer, shown);
    } else {
      for (const s of $("map").querySelectorAll(`.fence[data-layer="${layer}"]`)) s.style.display = shown ? "" : "none";
    }
  }

  /** Draws the items with the map library when it is built in, else as SVG. */
  function drawMap(items, caption) {
    state.items = items;
    if (leaflet) leaflet.draw(items, caption);
    else svgDraw(items, caption);
  }

  const item = (feature, layer, status, problems) => ({ id: fenceId(feature), feature, layer, status, problems });

  function drawLive() {
    const fences = state.liveFences || [];
    const v = state.liveFencesVersion;
    $("map-title").textContent = "Map: live catalog";
    drawMap(
      fences.map((f) => item(f, "live", "live")),
      fences.length
        ? `The ${fences.length} live fences of version ${v}. Click a fence for its properties; scroll to zoom, drag to move.`
        : "Nothing is live yet.",
    );
  }

  /**
   * A preview in three layers: the live catalog beneath, the file's fences
   * (for an add-or-update, the catalog after it) and on top the diff:
   * added and changed as the file has them, removed as they are live.
   */
  function drawPreview(data, fences, added, changed, removed) {
    const items = (state.liveFences || []).map((f) => item(f, "live", "live"));
    for (const f of fences) {
      const id = fenceId(f);
      items.push(item(f, "file", added.has(id) || changed.has(id) ? "file" : "unchanged"));
    }
    for (const f of fences) {
      const id = fenceId(f);
      if (added.has(id)) items.push(item(f, "diff", "added"));
      else if (changed.has(id)) items.push(item(f, "diff", "changed"));
    }
    for (const f of state.liveFences || []) {
      const id = fenceId(f);
      if (removed.has(id)) items.push(item(f, "diff", "removed"));
    }
    const rollback = state.change && state.change.kind === "rollback";
    const what = rollback ? `the rollback to version ${state.change.version}` : state.pending ? state.pending.name : "the file";
    $("map-title").textContent = "Map: preview";
    drawMap(
      items,
      `Preview of ${what} against live version ${data.base_version}. Click a fence for its properties; scroll to zoom, drag to move.`,
    );
  }

  /** A refused GeoJSON file: its drawable features, those with problems in red. */
  function drawInvalid(errors) {
    const pending = state.pending;
    if (!pending || pending.contentType !== "application/geo+json") return;
    let doc;
    try {
      doc = JSON.parse(pending.text.replace(/^\uFEFF/, ""));
    } catch (_) {
      return;
    }
    const features = Array.isArray(doc && doc.features) ? doc.features : [];
    const problems = new Map();
    for (const e of errors) {
      if (e.index === null || e.index === undefined) continue;
      if (!problems.has(e.index)) problems.set(e.index, []);
      problems.get(e.index).push(String(e.message ?? ""));
    }
    const items = (state.liveFences || []).map((f) => item(f, "live", "live"));
    features.forEach((f, i) => {
      if (!f || typeof f !== "object" || !drawable(f)) return;
      const p = problems.get(i);
      items.push(item(f, "file", p ? "problem" : "file", p || []));
    });
    $("map-title").textContent = "Map: refused file";
    drawMap(items, `${pending.name} as it is: the features with problems in red. Click one for its problems.`);
  }

  /** Whether a feature's coordinates can be drawn at all. */
  function drawable(f) {
    const ok = (p) => Array.isArray(p) && Math.abs(Number(p[0])) <= 360 && Math.abs(Number(p[1])) <= 90;
    const c = circleOf(f);
    if (c) return ok([c.lon, c.lat]) && c.radius > 0 && c.radius < 1e6;
    const polys = polygonsOf(f);
    return !!polys && polys.length > 0 && polys.every((poly) => Array.isArray(poly) && poly.every(
      (ring) => Array.isArray(ring) && ring.length > 1 && ring.every(ok)));
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
  $("zoom-in").addEventListener("click", () => (leaflet ? leaflet.map.zoomIn() : zoomCentre(1.5)));
  $("zoom-out").addEventListener("click", () => (leaflet ? leaflet.map.zoomOut() : zoomCentre(1 / 1.5)));
  $("zoom-fit").addEventListener("click", () => {
    if (leaflet) leaflet.fit();
    else if (state.view) setView({ x: 0, y: 0, w: VIEW_W, h: VIEW_H });
  });

  function zoomToFence(id) {
    if (leaflet) {
      leaflet.zoomTo(id);
      return;
    }
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
    if (leaflet) return; // the map library draws its own scale
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

  let leaflet = null;

  /** The page's settings (basemap, map library, limits), then the first draw. */
  async function start() {
    const r = await api("GET", "ui/config.json");
    state.config = r.status === 200 && r.data ? r.data : {};
    const lib = state.config.map_library;
    if (lib && window.L) {
      leaflet = makeLeafletMap(state.config);
    } else {
      $("map-note").hidden = false;
      $("map-note").textContent = lib
        ? "The map library did not load: fences are drawn without a basemap."
        : "This Perimeter was built without its map library (no npm at build time): fences are drawn without a basemap. See docs/store-ops.md.";
    }
    const limits = state.config.limits;
    if (limits) {
      $("limits").textContent =
        `Limits in force: polygons of ${limits.min_area_m2} to ${limits.max_area_m2} m² with at most ${limits.max_vertices} vertices; ` +
        `circles of ${limits.min_radius_m} to ${limits.max_radius_m} m radius.`;
    }
    drawLive();
    await refreshLive();
    setInterval(refreshLive, REFRESH_MS);
  }

  // ---- the map library (Leaflet) ---------------------------------------------

  const LAYER_ORDER = ["live", "file", "diff"];
  const LAYER_LABEL = { live: "Live catalog", file: "Uploaded file", diff: "Changes" };
  state.layersShown = { live: true, file: true, diff: true };

  /** Stroke and fill of each status, as the legend (style.css) shows them. */
  const STYLE = {
    live: { color: "#2563a8", weight: 1.5, fillOpacity: 0.25 },
    file: { color: "#6d28d9", weight: 1.5, fillOpacity: 0.15 },
    unchanged: { color: "#64748b", weight: 1.5, fillOpacity: 0.15 },
    problem: { color: "#c81e1e", weight: 2.5, fillOpacity: 0.45 },
    added: { color: "#15803d", weight: 2.5, fillOpacity: 0.4 },
    changed: { color: "#c2410c", weight: 2.5, fillOpacity: 0.4 },
    removed: { color: "#c81e1e", weight: 2.5, fillOpacity: 0.2, dashArray: "6 4" },
  };

  /** [[south, west], [north, east]] of a feature, or null. */
  function boundsOf(f) {
    let s = Infinity;
    let w = Infinity;
    let n = -Infinity;
    let e = -Infinity;
    const c = circleOf(f);
    if (c) {
      const dLat = c.radius / M_PER_DEG;
      const dLon = dLat / Math.max(Math.cos((c.lat * Math.PI) / 180), 0.01);
      return [[c.lat - dLat, c.lon - dLon], [c.lat + dLat, c.lon + dLon]];
    }
    for (const poly of polygonsOf(f) || []) {
      for (const p of poly[0] || []) {
        const lon = Number(p[0]);
        const lat = Number(p[1]);
        if (lat < s) s = lat;
        if (lat > n) n = lat;
        if (lon < w) w = lon;
        if (lon > e) e = lon;
      }
    }
    return Number.isFinite(s) && Number.isFinite(w) ? [[s, w], [n, e]] : null;
  }

  /** Whether (lat, lon) is inside an item's fence (even-odd over every ring). */
  function inside(it, lat, lon) {
    const c = circleOf(it.feature);
    if (c) {
      const dy = (lat - c.lat) * M_PER_DEG;
      const dx = (lon - c.lon) * M_PER_DEG * Math.cos((c.lat * Math.PI) / 180);
      return dx * dx + dy * dy <= c.radius * c.radius;
    }
    let hit = false;
    for (const poly of polygonsOf(it.feature) || []) {
      for (const ring of poly) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi, yi] = ring[i];
          const [xj, yj] = ring[j];
          if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) hit = !hit;
        }
      }
    }
    return hit;
  }

  function makeLeafletMap(config) {
    const L = window.L;
    const container = $("map");
    container.replaceChildren();
    container.classList.add("map-library");
    const map = L.map(container, {
      preferCanvas: true,
      zoomControl: false,
      worldCopyJump: false,
      minZoom: 1,
      maxZoom: 20,
    });
    map.attributionControl.setPrefix(
      `<a href="ui/vendor/LICENSE.txt" title="${config.map_library.name} ${config.map_library.version}, its license">Leaflet</a>`,
    );
    if (config.basemap_url) {
      L.tileLayer(config.basemap_url, {
        attribution: config.basemap_attribution ? escapeHtml(config.basemap_attribution) : "",
        maxZoom: 20,
        maxNativeZoom: 19,
        crossOrigin: false,
      }).addTo(map);
    } else {
      container.classList.add("no-basemap");
    }
    L.control.scale({ imperial: false, position: "bottomleft" }).addTo(map);
    map.setView([0, 0], 2);
    // Every fence on one canvas, drawn by FenceCanvas below: projected
    // once, found through a grid, batched per style, and drawn as a dot
    // when smaller than 2 pixels. Leaflet's own vector layers cost a
    // redraw of 0.4 s per frame at 100k fences (docs/store-ops.md).
    const canvas = new FenceCanvas({ padding: 0.3 });
    map.addLayer(canvas);
    let items = [];
    let highlight = null;

    function draw(list, caption) {
      $("map-caption").textContent = caption;
      highlight = null;
      state.highlighted = null;
      items = [];
      let s = Infinity;
      let w = Infinity;
      let n = -Infinity;
      let e = -Infinity;
      // A preview is fitted to the file and the changes, the live catalog to itself.
      const onlyLive = !list.some((o) => o.layer !== "live");
      for (const it of list) {
        const b = boundsOf(it.feature);
        if (!b || !project(it, b)) continue;
        it.bounds = b;
        items.push(it);
        if (it.layer !== "live" || onlyLive) {
          s = Math.min(s, b[0][0]);
          w = Math.min(w, b[0][1]);
          n = Math.max(n, b[1][0]);
          e = Math.max(e, b[1][1]);
        }
      }
      canvas.setItems(items);
      if (Number.isFinite(s)) map.fitBounds([[s, w], [n, e]], { padding: [24, 24], maxZoom: 18, animate: false });
      drawLegend(items);
    }

    /** Projects an item to zoom-0 pixels (Web Mercator), once. */
    function project(it, b) {
      const c = circleOf(it.feature);
      if (c) {
        const p = map.project([c.lat, c.lon], 0);
        const edge = map.project([Math.min(c.lat + c.radius / M_PER_DEG, 89.9), c.lon], 0);
        it.circle = [p.x, p.y, Math.abs(p.y - edge.y)];
        it.rings = null;
      } else {
        const polys = polygonsOf(it.feature);
        if (!polys) return false;
        it.rings = [];
        for (const poly of polys) {
          for (const ring of poly) {
            const flat = new Float64Array(ring.length * 2);
            ring.forEach((q, i) => {
              const p = map.project([Number(q[1]), Number(q[0])], 0);
              flat[2 * i] = p.x;
              flat[2 * i + 1] = p.y;
            });
            it.rings.push(flat);
          }
        }
        it.circle = null;
      }
      const lo = map.project([b[1][0], b[0][1]], 0);
      const hi = map.project([b[0][0], b[1][1]], 0);
      it.box = [lo.x, lo.y, hi.x, hi.y];
      return true;
    }

    function setLayerShownLeaflet() {
      canvas.redrawSoon();
    }

    function zoomTo(id) {
      const it = [...items].reverse().find((i) => i.id === id && state.layersShown[i.layer]);
      if (!it) return;
      highlight = it;
      state.highlighted = id;
      canvas.highlight = it;
      map.fitBounds(it.bounds, { padding: [80, 80], maxZoom: 19, animate: false });
      canvas.redrawSoon();
    }

    /** Whether rank a = [miss, layer, area] comes before rank b. */
    const before = (a, b) => {
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
      return false;
    };

    /** The fence at a clicked point: the topmost layer, the smallest fence. */
    function pick(latlng) {
      const { lat, lng } = latlng;
      const slack = map.containerPointToLatLng([0, 0]).lat - map.containerPointToLatLng([0, 6]).lat;
      let best = null;
      let bestRank = null;
      for (const it of items) {
        if (!state.layersShown[it.layer]) continue;
        const [[s, w], [n, e]] = it.bounds;
        if (lat < s - slack || lat > n + slack || lng < w - slack || lng > e + slack) continue;
        const exact = inside(it, lat, lng);
        const rank = [exact ? 0 : 1, -LAYER_ORDER.indexOf(it.layer), (n - s) * (e - w)];
        if (!bestRank || before(rank, bestRank)) {
          best = it;
          bestRank = rank;
        }
      }
      return best;
    }
    map.on("click", (e) => {
      const it = pick(e.latlng);
      if (it) selectFence(it);
    });

    function fit() {
      let bounds = null;
      for (const it of items) if (state.layersShown[it.layer]) bounds = bounds ? bounds.extend(it.bounds) : L.latLngBounds(it.bounds);
      if (bounds && bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 18 });
    }

    // For the browser tests and the 100k measurement (scripts/store_ops_map_bench.py).
    window.perimeterMap = {
      library: "leaflet",
      map,
      items: () => items.map((i) => ({
        id: i.id, layer: i.layer, status: i.status, kind: circleOf(i.feature) ? "circle" : (polygonsOf(i.feature) || []).length > 1 ? "multipolygon" : "polygon",
        rings: circleOf(i.feature) ? 0 : (polygonsOf(i.feature) || []).reduce((n, p) => n + p.length, 0),
        shown: state.layersShown[i.layer],
      })),
      pointOf: (id) => {
        const it = [...items].reverse().find((i) => i.id === id && state.layersShown[i.layer]);
        if (!it) return null;
        const c = circleOf(it.feature);
        const ll = c ? [c.lat, c.lon] : interiorPoint(it);
        const p = map.latLngToContainerPoint(ll);
        return [p.x, p.y];
      },
      highlighted: () => state.highlighted || null,
      zoomTo: (id) => zoomTo(id),
      // One full redraw of the fences' canvas, in milliseconds.
      redrawMs: () => {
        const t = performance.now();
        canvas._redraw();
        return performance.now() - t;
      },
    };
    return { map, draw, setLayerShown: setLayerShownLeaflet, zoomTo, fit };
  }

  /**
   * The fences' canvas: a Leaflet canvas renderer (so it follows pans and
   * zoom animations as Leaflet's own do) that draws the items itself.
   */
  const FenceCanvas = window.L
    ? window.L.Canvas.extend({
        items: [],
        highlight: null,
        grid: null,

        setItems(items) {
          this.items = items;
          this.highlight = null;
          this.grid = gridOf(items);
          this.seen = new Uint32Array(items.length);
          this.pass = 0;
          items.forEach((it, i) => {
            it.index = i;
          });
          this.redrawSoon();
        },

        redrawSoon() {
          if (this._map && !this._frame) {
            this._frame = requestAnimationFrame(() => {
              this._frame = null;
              this._redraw();
            });
          }
        },

        // Leaflet calls this after each pan or zoom (the canvas moved and
        // was cleared): every item is redrawn, none is "updated".
        _updatePaths() {
          if (this._postponeUpdatePaths) return;
          this._redrawBounds = null;
          this._redraw();
        },

        _draw() {
          const map = this._map;
          if (!map || !this._bounds || !this.grid) return;
          const ctx = this._ctx;
          const k = 2 ** map.getZoom();
          const o = map.getPixelOrigin();
          const b = this._bounds;
          // The view in zoom-0 pixels.
          const view = [(b.min.x + o.x) / k, (b.min.y + o.y) / k, (b.max.x + o.x) / k, (b.max.y + o.y) / k];
          const visible = this.query(view);
          const byStatus = new Map();
          for (const layer of LAYER_ORDER) {
            if (!state.layersShown[layer]) continue;
            for (const it of visible[layer] || []) {
              if (!byStatus.has(it.status)) byStatus.set(it.status, { big: [], dots: [] });
              const box = it.box;
              const size = Math.max(box[2] - box[0], box[3] - box[1]) * k;
              byStatus.get(it.status)[size < 2 ? "dots" : "big"].push(it);
            }
            for (const [status, { big, dots }] of byStatus) {
              const st = STYLE[status];
              ctx.fillStyle = st.color;
              ctx.strokeStyle = st.color;
              ctx.lineWidth = st.weight;
              ctx.setLineDash(st.dashArray ? st.dashArray.split(" ").map(Number) : []);
              if (big.length) {
                ctx.beginPath();
                for (const it of big) this.trace(ctx, it, k, o);
                ctx.globalAlpha = st.fillOpacity;
                ctx.fill("evenodd");
                ctx.globalAlpha = 1;
                ctx.stroke();
              }
              if (dots.length) {
                // One 2x2 dot per pixel pair, however many fences share it.
                const w = Math.ceil((b.max.x - b.min.x) / 2) + 1;
                const taken = new Uint8Array(w * (Math.ceil((b.max.y - b.min.y) / 2) + 1));
                ctx.beginPath();
                for (const it of dots) {
                  const x = ((it.box[0] + it.box[2]) / 2) * k - o.x;
                  const y = ((it.box[1] + it.box[3]) / 2) * k - o.y;
                  const cell = ((y - b.min.y) >> 1) * w + ((x - b.min.x) >> 1);
                  if (taken[cell]) continue;
                  taken[cell] = 1;
                  ctx.rect(x - 1, y - 1, 2, 2);
                }
                ctx.fill();
              }
            }
            byStatus.clear();
          }
          ctx.setLineDash([]);
          const h = this.highlight;
          if (h && state.layersShown[h.layer]) {
            ctx.beginPath();
            this.trace(ctx, h, k, o);
            ctx.strokeStyle = "#111827";
            ctx.lineWidth = 4;
            ctx.stroke();
          }
        },

        /** Adds an item's outline to the current path. */
        trace(ctx, it, k, o) {
          if (it.circle) {
            const [x, y, r] = it.circle;
            ctx.moveTo(x * k - o.x + r * k, y * k - o.y);
            ctx.arc(x * k - o.x, y * k - o.y, r * k, 0, 2 * Math.PI);
            return;
          }
          for (const ring of it.rings) {
            ctx.moveTo(ring[0] * k - o.x, ring[1] * k - o.y);
            for (let i = 2; i < ring.length; i += 2) ctx.lineTo(ring[i] * k - o.x, ring[i + 1] * k - o.y);
            ctx.closePath();
          }
        },

        /** The items whose box meets `view`, by layer, in drawing order. */
        query(view) {
          const g = this.grid;
          const out = {};
          const pass = ++this.pass;
          const cx0 = Math.max(0, Math.floor((view[0] - g.x) / g.cell));
          const cy0 = Math.max(0, Math.floor((view[1] - g.y) / g.cell));
          const cx1 = Math.min(g.n - 1, Math.floor((view[2] - g.x) / g.cell));
          const cy1 = Math.min(g.n - 1, Math.floor((view[3] - g.y) / g.cell));
          const hits = [];
          for (let cy = cy0; cy <= cy1; cy++) {
            for (let cx = cx0; cx <= cx1; cx++) {
              for (const i of g.cells[cy * g.n + cx] || []) {
                if (this.seen[i] === pass) continue;
                this.seen[i] = pass;
                const box = this.items[i].box;
                if (box[2] < view[0] || box[0] > view[2] || box[3] < view[1] || box[1] > view[3]) continue;
                hits.push(i);
              }
            }
          }
          for (const i of hits) {
            const it = this.items[i];
            (out[it.layer] ||= []).push(it);
          }
          return out;
        },
      })
    : null;

  /** A uniform grid over the items' boxes (zoom-0 pixels): about 4 items a cell. */
  function gridOf(items) {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const it of items) {
      x0 = Math.min(x0, it.box[0]);
      y0 = Math.min(y0, it.box[1]);
      x1 = Math.max(x1, it.box[2]);
      y1 = Math.max(y1, it.box[3]);
    }
    const n = Math.max(1, Math.min(1024, Math.ceil(Math.sqrt(items.length / 4))));
    const cell = Math.max(x1 - x0, y1 - y0, 1e-9) / n;
    const cells = new Array(n * n);
    items.forEach((it, i) => {
      const a = Math.min(n - 1, Math.floor((it.box[0] - x0) / cell));
      const b = Math.min(n - 1, Math.floor((it.box[1] - y0) / cell));
      const c = Math.min(n - 1, Math.floor((it.box[2] - x0) / cell));
      const d = Math.min(n - 1, Math.floor((it.box[3] - y0) / cell));
      for (let cy = b; cy <= d; cy++) for (let cx = a; cx <= c; cx++) (cells[cy * n + cx] ||= []).push(i);
    });
    return { x: Number.isFinite(x0) ? x0 : 0, y: Number.isFinite(y0) ? y0 : 0, n, cell, cells };
  }

  /** A point inside a polygon item (a scan line through the middle of its bounds). */
  function interiorPoint(it) {
    const [[s, w], [n, e]] = it.bounds;
    for (const t of [0.5, 0.3, 0.7, 0.2, 0.8, 0.4, 0.6]) {
      const lat = s + (n - s) * t;
      for (let k = 1; k < 40; k++) {
        const lon = w + ((e - w) * k) / 40;
        if (inside(it, lat, lon)) return [lat, lon];
      }
    }
    return [(s + n) / 2, (w + e) / 2];
  }

  function escapeHtml(text) {
    const d = document.createElement("div");
    d.textContent = text;
    return d.innerHTML;
  }

  start();
})();
