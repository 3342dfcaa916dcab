#!/usr/bin/env bash
# Checks the deploy files, the Grafana dashboard and the Prometheus alert
# rules with what runs without a Docker engine or a cluster:
#
#   - promtool: check rules, the rules' unit tests, check config;
#   - deploy/k8s/prometheusrule.yaml is alerts.yml rendered by
#     scripts/render_alerts.py, and a rendering with another runbook base
#     URL and job selector is valid;
#   - every YAML file under deploy/ parses (all documents of it);
#   - the dashboard JSON parses and is well-formed;
#   - every metric name used in the dashboard and the alert rules is
#     documented in docs/metrics.md, and every metric name the code defines
#     is too; every alert has a severity, a summary, a description and a
#     runbook_url whose anchor resolves in docs/metrics.md;
#   - the compose file and the Kubernetes manifests agree with each other
#     and with the files they mount;
#   - the Perimeter configuration files the deploy files mount are accepted
#     by `perimeter run --config FILE --check-config` (no network).
#
# Installs what it needs when missing: promtool (Debian package
# `prometheus`, when root) and PyYAML (a virtualenv under
# ~/.cache/perimeter/ops-venv when python3 has no `yaml`).
#
# Usage: bash scripts/ops_check.sh
# Environment: PERIMETER_BIN=path/to/perimeter to use that binary instead
# of building one with `cargo build -p perimeter`.
set -euo pipefail
cd "$(dirname "$0")/.."

failures=0
ok() { printf '  ok    %s\n' "$1"; }
fail() {
    printf '  FAIL  %s\n' "$1"
    if [ -n "${2:-}" ]; then
        printf '%s\n' "$2" | sed 's/^/          /'
    fi
    failures=$((failures + 1))
}
# run DESCRIPTION COMMAND...: one line, the command's output only on failure.
run() {
    local desc=$1 out
    shift
    if out=$("$@" 2>&1); then ok "$desc"; else fail "$desc" "$out"; fi
}

# ---------------------------------------------------------------- tools
if ! command -v promtool >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "== installing promtool (Debian package prometheus)"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null
        # The package starts a Prometheus server; it is not needed here.
        if command -v systemctl >/dev/null 2>&1; then systemctl stop prometheus >/dev/null 2>&1 || true; fi
    else
        echo "promtool not found: install Prometheus (Debian: apt-get install prometheus)" >&2
        exit 1
    fi
fi

PY=python3
if ! python3 -c 'import yaml' >/dev/null 2>&1; then
    venv="$HOME/.cache/perimeter/ops-venv"
    if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import yaml' >/dev/null 2>&1; then
        echo "== creating $venv with PyYAML"
        mkdir -p "$(dirname "$venv")"
        if ! python3 -m venv "$venv" >/dev/null 2>&1; then
            if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
                apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
                rm -rf "$venv"
                python3 -m venv "$venv"
            else
                echo "python3 has no venv module (Debian: apt-get install python3-venv)" >&2
                exit 1
            fi
        fi
        "$venv/bin/pip" install -q PyYAML
    fi
    PY="$venv/bin/python"
fi

# ---------------------------------------------------------------- promtool
echo "== Prometheus rules and configuration"
run "promtool check rules deploy/prometheus/alerts.yml" promtool check rules deploy/prometheus/alerts.yml
run "promtool test rules deploy/prometheus/alerts_test.yml" promtool test rules deploy/prometheus/alerts_test.yml
run "promtool check config deploy/prometheus/prometheus.yml" promtool check config deploy/prometheus/prometheus.yml

# ---------------------------------------------------------------- files
# The Python checks print their own "ok"/"FAIL" lines and exit 1 if any
# failed. The helper is written to a temporary file so that the checks can
# run as separate commands.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/checks.py" <<'PY'
import glob
import json
import os
import re
import sys

import yaml

failed = 0


def ok(desc):
    print(f"  ok    {desc}")


def fail(desc, details):
    global failed
    failed += 1
    print(f"  FAIL  {desc}")
    for d in details:
        print(f"          {d}")


def check(desc, problems):
    if problems:
        fail(desc, problems)
    else:
        ok(desc)


def load_yaml(path):
    with open(path, encoding="utf-8") as f:
        return [d for d in yaml.safe_load_all(f) if d is not None]


def metric_names(text):
    names = set()
    for m in re.findall(r"perimeter_[a-z0-9_]*[a-z0-9]", text):
        names.add(re.sub(r"_(sum|count|bucket)$", "", m))
    return names


def documented():
    with open("docs/metrics.md", encoding="utf-8") as f:
        return set(re.findall(r"perimeter_[a-z0-9_]*[a-z0-9]", f.read()))


def anchors(md_path):
    """GitHub-style anchors of the headings of a Markdown file."""
    out = set()
    with open(md_path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"#+\s+(.*)", line)
            if m:
                a = m.group(1).strip().lower()
                a = re.sub(r"[^\w\- ]", "", a).replace(" ", "-")
                out.add(a)
    return out


def dashboard_exprs(d):
    exprs = []

    def walk(o):
        if isinstance(o, dict):
            if isinstance(o.get("expr"), str):
                exprs.append(o["expr"])
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)

    walk(d)
    return exprs


def alert_rules():
    (doc,) = load_yaml("deploy/prometheus/alerts.yml")
    return [r for g in doc["groups"] for r in g["rules"]]


def cmd_yaml():
    files = sorted(glob.glob("deploy/**/*.yml", recursive=True) + glob.glob("deploy/**/*.yaml", recursive=True))
    if not files:
        fail("YAML files under deploy/", ["none found"])
    for path in files:
        try:
            n = len(load_yaml(path))
            check(f"YAML parses: {path} ({n} document{'s' if n != 1 else ''})", [] if n else ["empty"])
        except yaml.YAMLError as e:
            fail(f"YAML parses: {path}", str(e).splitlines())


def cmd_dashboard():
    path = "deploy/grafana/perimeter.json"
    try:
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
    except (OSError, ValueError) as e:
        fail(f"dashboard JSON parses: {path}", [str(e)])
        return
    problems = []
    if not isinstance(d.get("schemaVersion"), int):
        problems.append("no integer schemaVersion")
    if not d.get("uid") or not d.get("title"):
        problems.append("uid and title are required for provisioning")
    ids = [p.get("id") for p in d.get("panels", [])]
    dup = sorted({i for i in ids if ids.count(i) > 1 and i is not None})
    if dup:
        problems.append(f"duplicate panel ids: {dup}")
    variables = {v["name"] for v in d.get("templating", {}).get("list", [])}
    for p in d.get("panels", []):
        if p.get("type") == "row":
            continue
        if not p.get("targets"):
            problems.append(f"panel {p.get('title')!r} has no query")
        for t in p.get("targets", []):
            if not t.get("expr"):
                problems.append(f"panel {p.get('title')!r}: a target without expr")
        gp = p.get("gridPos", {})
        if gp.get("x", 0) + gp.get("w", 0) > 24:
            problems.append(f"panel {p.get('title')!r} is wider than the grid")
    for e in dashboard_exprs(d):
        for var in re.findall(r"\$(\w+)", e):
            if not var.startswith("__") and var not in variables:
                problems.append(f"unknown variable ${var} in {e}")
        if e.count("(") != e.count(")") or e.count("{") != e.count("}"):
            problems.append(f"unbalanced brackets: {e}")
    check(f"dashboard JSON parses and is well-formed: {path} ({len(ids)} panels)", problems)


def cmd_metrics():
    docs = documented()
    with open("deploy/grafana/perimeter.json", encoding="utf-8") as f:
        dash = json.load(f)
    used_dash = set()
    for e in dashboard_exprs(dash):
        used_dash |= metric_names(e)
    used_alerts = set()
    for r in alert_rules():
        used_alerts |= metric_names(r["expr"])
    check(f"dashboard uses only metrics documented in docs/metrics.md ({len(used_dash)} names)",
          [f"{n} is not in docs/metrics.md" for n in sorted(used_dash - docs)])
    check(f"alert rules use only metrics documented in docs/metrics.md ({len(used_alerts)} names)",
          [f"{n} is not in docs/metrics.md" for n in sorted(used_alerts - docs)])
    defined = set()
    for path in glob.glob("crates/**/*.rs", recursive=True):
        with open(path, encoding="utf-8") as f:
            for name in re.findall(r'const [A-Z0-9_]+: &str = "(perimeter_[a-z0-9_]+)"', f.read()):
                defined.add((name, path))
    check(f"every metric the code defines is documented in docs/metrics.md ({len(defined)} names)",
          [f"{n} ({p}) is not in docs/metrics.md" for n, p in sorted(defined) if n not in docs])


def cmd_alerts():
    problems = []
    rules = alert_rules()
    for r in rules:
        name = r.get("alert", "?")
        if r.get("labels", {}).get("severity") not in ("info", "warning", "critical"):
            problems.append(f"{name}: severity label missing or not info/warning/critical")
        ann = r.get("annotations", {})
        for key in ("summary", "description", "runbook_url"):
            if not ann.get(key):
                problems.append(f"{name}: annotation {key} missing")
        # runbook_url is the base URL of docs/metrics.md (rendered by
        # scripts/render_alerts.py) plus the alert's section anchor, which
        # must exist in this repository's docs/metrics.md.
        runbook = ann.get("runbook_url", "")
        base, _, anchor = runbook.partition("#")
        if runbook and (not re.match(r"https?://", base) or not base.endswith("/docs/metrics.md")):
            problems.append(f"{name}: runbook_url {runbook}: not an absolute URL of docs/metrics.md")
        elif anchor != name.lower():
            problems.append(f"{name}: runbook_url {runbook}: anchor is not #{name.lower()}")
        elif anchor not in anchors("docs/metrics.md"):
            problems.append(f"{name}: runbook_url {runbook}: no heading with anchor #{anchor} in docs/metrics.md")
    with open("deploy/prometheus/alerts_test.yml", encoding="utf-8") as f:
        tests = yaml.safe_load(f)
    fired, quiet = set(), set()
    for t in tests.get("tests", []):
        for a in t.get("alert_rule_test", []):
            (fired if a.get("exp_alerts") else quiet).add(a["alertname"])
    for r in rules:
        name = r.get("alert", "?")
        if name not in fired:
            problems.append(f"{name}: no unit test in which it fires")
        if name not in quiet:
            problems.append(f"{name}: no unit test in which it must not fire")
    check(f"alerts have severity, summary, description, a runbook that resolves, and tests both ways ({len(rules)} alerts)",
          problems)


def volume_mounts(service):
    for v in service.get("volumes", []):
        if isinstance(v, str):
            parts = v.split(":")
            yield parts[0], parts[1]
        else:
            yield v.get("source"), v.get("target")


def cmd_compose():
    (c,) = load_yaml("deploy/compose.yaml")
    services = c.get("services", {})
    problems = []
    for name, s in services.items():
        deps = s.get("depends_on", [])
        for dep in deps if isinstance(deps, list) else deps.keys():
            if dep not in services:
                problems.append(f"{name}: depends_on unknown service {dep}")
        for src, _ in volume_mounts(s):
            if src and src.startswith("."):
                if not os.path.exists(os.path.join("deploy", src)):
                    problems.append(f"{name}: mounts {src}, which does not exist (relative to deploy/)")
        build = s.get("build")
        if isinstance(build, dict):
            ctx = os.path.normpath(os.path.join("deploy", build.get("context", ".")))
            df = os.path.join(ctx, build.get("dockerfile", "Dockerfile"))
            if not os.path.isfile(df):
                problems.append(f"{name}: no Dockerfile at {df}")
    p = services.get("perimeter", {})
    if "perimeter" not in services:
        problems.append("no perimeter service")
    grace = p.get("stop_grace_period", "10s")
    conf = dict((t, s) for s, t in volume_mounts(p)).get("/etc/perimeter/perimeter.toml")
    if not conf:
        problems.append("perimeter: nothing mounted at /etc/perimeter/perimeter.toml")
    else:
        shutdown = toml_duration(os.path.join("deploy", conf), "processor", "shutdown_timeout", "10s")
        if seconds(grace) <= shutdown:
            problems.append(f"perimeter: stop_grace_period {grace} is not above processor.shutdown_timeout ({shutdown} s)")
    prom = services.get("prometheus", {})
    mounted = {t for _, t in volume_mounts(prom)}
    if "/etc/prometheus/alerts.yml" not in mounted:
        problems.append("prometheus: alerts.yml is not mounted next to prometheus.yml")
    check("compose.yaml: services, mounts, build context and stop grace period are consistent", problems)


def seconds(text):
    total = 0
    for n, unit in re.findall(r"(\d+)\s*(ms|s|m|h)", str(text)):
        total += int(n) * {"ms": 0.001, "s": 1, "m": 60, "h": 3600}[unit]
    return total


def toml_duration(path, section, key, default):
    try:
        import tomllib
    except ImportError:  # Python < 3.11: the binary's check covers the file
        return seconds(default)
    with open(path, "rb") as f:
        doc = tomllib.load(f)
    return seconds(doc.get(section, {}).get(key, default))


def cmd_k8s():
    docs = {}
    for path in sorted(glob.glob("deploy/k8s/*.yaml")):
        for d in load_yaml(path):
            docs[(d["kind"], d["metadata"]["name"])] = (d, path)
    problems = []
    for (kind, name), (d, path) in docs.items():
        if "namespace" in d["metadata"]:
            problems.append(f"{path}: {kind}/{name} sets a namespace (the manifests are namespace-free)")
    sets = [d for (k, _), (d, _) in docs.items() if k == "StatefulSet"]
    if len(sets) != 1:
        problems.append(f"expected one StatefulSet, found {len(sets)}")
        check("k8s manifests are consistent", problems)
        return
    dep = sets[0]
    pod = dep["spec"]["template"]
    labels = pod["metadata"].get("labels", {})
    sel = dep["spec"]["selector"]["matchLabels"]
    if any(labels.get(k) != v for k, v in sel.items()):
        problems.append("StatefulSet selector does not match its pod labels")
    governing = docs.get(("Service", dep["spec"].get("serviceName", "")), (None, None))[0]
    if governing is None or governing["spec"].get("clusterIP") != "None":
        problems.append(f"StatefulSet serviceName {dep['spec'].get('serviceName')!r} is not a headless Service")
    for (kind, name), (d, path) in docs.items():
        if kind == "Service" and any(labels.get(k) != v for k, v in d["spec"]["selector"].items()):
            problems.append(f"Service {name} selects no Perimeter pod")
        if kind == "PodDisruptionBudget" and any(labels.get(k) != v for k, v in d["spec"]["selector"]["matchLabels"].items()):
            problems.append(f"PodDisruptionBudget {name} selects no Perimeter pod")
    spec = pod["spec"]
    (c,) = [c for c in spec["containers"] if c["name"] == "perimeter"]
    ports = {p.get("name"): p["containerPort"] for p in c.get("ports", [])}
    for probe, path in (("readinessProbe", "/readyz"), ("livenessProbe", "/healthz")):
        get = c.get(probe, {}).get("httpGet", {})
        if get.get("path") != path:
            problems.append(f"{probe} must GET {path}")
        port = ports.get(get.get("port"), get.get("port"))
        if port != 9464:
            problems.append(f"{probe} port is {port}, not 9464")
    # The PodMonitor scrapes the metrics port of these pods, as job
    # "perimeter" (the alert rules' default selector); the NetworkPolicy
    # opens only ports the container has.
    pm = docs.get(("PodMonitor", "perimeter"), (None, None))[0]
    if pm is None:
        problems.append("no PodMonitor perimeter (podmonitor.yaml)")
    else:
        if any(labels.get(k) != v for k, v in pm["spec"]["selector"]["matchLabels"].items()):
            problems.append("PodMonitor perimeter selects no Perimeter pod")
        if labels.get(pm["spec"].get("jobLabel", "")) != "perimeter":
            problems.append("PodMonitor jobLabel does not give job=\"perimeter\"")
        for e in pm["spec"]["podMetricsEndpoints"]:
            if ports.get(e.get("port")) != 9464 or e.get("path", "/metrics") != "/metrics":
                problems.append(f"PodMonitor endpoint {e} is not port http (9464) /metrics")
    for (kind, name), (d, path) in docs.items():
        if kind != "NetworkPolicy":
            continue
        if any(labels.get(k) != v for k, v in d["spec"]["podSelector"]["matchLabels"].items()):
            problems.append(f"NetworkPolicy {name} selects no Perimeter pod")
        for rule in d["spec"].get("ingress", []):
            for port in rule.get("ports", []):
                if port.get("port") not in ports and port.get("port") not in ports.values():
                    problems.append(f"NetworkPolicy {name}: port {port.get('port')} is not a container port")
    sc, psc = c.get("securityContext", {}), spec.get("securityContext", {})
    if not (sc.get("runAsNonRoot") or psc.get("runAsNonRoot")):
        problems.append("runAsNonRoot is not set")
    if not sc.get("readOnlyRootFilesystem"):
        problems.append("readOnlyRootFilesystem is not set")
    if not c.get("resources", {}).get("requests") or not c.get("resources", {}).get("limits"):
        problems.append("resources requests and limits are not both set")
    from_name = {e["name"] for e in c.get("env", [])
                 if e.get("valueFrom", {}).get("fieldRef", {}).get("fieldPath") == "metadata.name"}
    if not from_name & {"PERIMETER_KAFKA_PROPERTY__CONSUMER_GROUP_INSTANCE_ID",
                        "PERIMETER_KAFKA_PROPERTY__GROUP_INSTANCE_ID"}:
        problems.append("group.instance.id is not the pod name (static membership: "
                        "PERIMETER_KAFKA_PROPERTY__CONSUMER_GROUP_INSTANCE_ID from metadata.name)")
    volumes = {v["name"]: v for v in spec.get("volumes", [])}
    secret = docs.get(("Secret", "perimeter-secrets"), (None, None))[0]
    for e in c.get("env", []):
        ref = e.get("valueFrom", {}).get("secretKeyRef")
        if ref:
            s = docs.get(("Secret", ref["name"]), (None, None))[0]
            if s is None or ref["key"] not in s.get("stringData", {}) | s.get("data", {}):
                problems.append(f"env {e['name']}: key {ref['key']} is not in Secret {ref['name']} (secret.example.yaml)")
    cm_mount = None
    for m in c.get("volumeMounts", []):
        v = volumes.get(m["name"])
        if v is None:
            problems.append(f"volumeMount {m['name']} has no volume")
        elif "configMap" in v:
            cm = docs.get(("ConfigMap", v["configMap"]["name"]))
            if cm is None:
                problems.append(f"ConfigMap {v['configMap']['name']} is not defined")
            else:
                cm_mount = (m["mountPath"], cm[0])
    args = c.get("args", [])
    if cm_mount:
        mount, cm = cm_mount
        conf = args[args.index("--config") + 1] if "--config" in args else "/etc/perimeter/perimeter.toml"
        if os.path.dirname(conf) != mount or os.path.basename(conf) not in cm.get("data", {}):
            problems.append(f"--config {conf} is not a key of the mounted ConfigMap at {mount}")
        else:
            try:
                import tomllib
                shutdown = seconds(tomllib.loads(cm["data"][os.path.basename(conf)]).get("processor", {}).get("shutdown_timeout", "10s"))
            except ImportError:
                shutdown = 10
            try:
                import tomllib
                http = tomllib.loads(cm["data"][os.path.basename(conf)]).get("http", {})
                for key, port_name in (("listen", "http"), ("admin_listen", "admin")):
                    if key in http and int(http[key].rsplit(":", 1)[1]) != ports.get(port_name):
                        problems.append(f"http.{key} {http[key]} is not container port {port_name} ({ports.get(port_name)})")
            except ImportError:
                pass
            grace = spec.get("terminationGracePeriodSeconds", 30)
            if grace <= shutdown:
                problems.append(f"terminationGracePeriodSeconds {grace} is not above processor.shutdown_timeout ({shutdown} s)")
    else:
        problems.append("no ConfigMap mounted in the perimeter container")
    check(f"k8s manifests are consistent ({len(docs)} objects: selectors, headless Service, static membership, "
          "probes, Secret keys, ConfigMap, grace period, PodMonitor, NetworkPolicy)", problems)


def env_for(value_source):
    """A stand-in value for an environment variable filled at deploy time."""
    return "ops-check-0123456789abcdef0123456789"


def cmd_extract(which, out):
    """Writes the files Perimeter would see at /etc/perimeter into `out`,
    and the environment the deployment gives it into out/env (NAME=VALUE
    lines)."""
    env = {}
    if which == "compose":
        (c,) = load_yaml("deploy/compose.yaml")
        p = c["services"]["perimeter"]
        for src, target in volume_mounts(p):
            if target.startswith("/etc/perimeter/"):
                with open(os.path.join("deploy", src), "rb") as f:
                    data = f.read()
                with open(os.path.join(out, os.path.basename(target)), "wb") as f:
                    f.write(data)
        e = p.get("environment", {})
        items = e.items() if isinstance(e, dict) else (x.split("=", 1) for x in e)
        for k, v in items:
            env[k] = env_for(v) if "${" in str(v) else str(v)
    else:
        cm = None
        for path in glob.glob("deploy/k8s/*.yaml"):
            for d in load_yaml(path):
                if d.get("kind") == "ConfigMap":
                    cm = d
                if d.get("kind") == "StatefulSet":
                    (c,) = [c for c in d["spec"]["template"]["spec"]["containers"] if c["name"] == "perimeter"]
                    for e in c.get("env", []):
                        if "value" in e:
                            env[e["name"]] = e["value"]
                        elif "secretKeyRef" in e.get("valueFrom", {}):
                            env[e["name"]] = env_for(e)
                        else:
                            env[e["name"]] = "perimeter-2"
        for key, text in cm["data"].items():
            with open(os.path.join(out, key), "w", encoding="utf-8") as f:
                f.write(text)
    with open(os.path.join(out, "env"), "w", encoding="utf-8") as f:
        for k, v in env.items():
            f.write(f"{k}={v}\n")


COMMANDS = {
    "yaml": (cmd_yaml, "YAML files under deploy/"),
    "dashboard": (cmd_dashboard, "the Grafana dashboard"),
    "metrics": (cmd_metrics, "metric names of the dashboard, the alert rules and the code"),
    "alerts": (cmd_alerts, "alert annotations and tests"),
    "compose": (cmd_compose, "compose.yaml"),
    "k8s": (cmd_k8s, "the Kubernetes manifests"),
}

if __name__ == "__main__":
    cmd = sys.argv[1]
    try:
        if cmd == "extract":
            cmd_extract(sys.argv[2], sys.argv[3])
        else:
            COMMANDS[cmd][0]()
    except Exception as e:  # a file that does not parse or lacks a key
        if cmd == "extract":
            print(f"cannot extract the {sys.argv[2]} configuration: {type(e).__name__}: {e}")
        else:
            fail(f"{COMMANDS[cmd][1]}: could not be checked",
                 [f"{type(e).__name__}: {line}" if i == 0 else line
                  for i, line in enumerate(str(e).splitlines())])
        sys.exit(1)
    sys.exit(1 if failed else 0)
PY

checks() { "$PY" "$tmp/checks.py" "$@" || failures=$((failures + 1)); }

echo "== YAML under deploy/"
checks yaml
echo "== Grafana dashboard, metric names, alert annotations"
checks dashboard
checks metrics
checks alerts
# The variants of the rules: the PrometheusRule is alerts.yml rendered with
# the defaults; a rendering with another runbook base and job selector is
# valid and carries them everywhere.
if out=$(diff -u deploy/k8s/prometheusrule.yaml <("$PY" scripts/render_alerts.py --format prometheusrule) 2>&1); then
    ok "deploy/k8s/prometheusrule.yaml is scripts/render_alerts.py's rendering of alerts.yml"
else
    fail "deploy/k8s/prometheusrule.yaml is not up to date (python3 scripts/render_alerts.py --format prometheusrule > deploy/k8s/prometheusrule.yaml)" "$out"
fi
base=https://runbooks.example.org/ops/docs/metrics.md
if "$PY" scripts/render_alerts.py --runbook-base "$base" --job-selector 'job=~"perimeter-(eu|us)"' >"$tmp/rendered.yml" 2>"$tmp/render.err" &&
    out=$(promtool check rules "$tmp/rendered.yml" 2>&1) &&
    [ "$(grep -c "runbook_url: \"$base#" "$tmp/rendered.yml")" = "$(grep -c '^ *- alert: ' "$tmp/rendered.yml")" ] &&
    grep -q 'up{job=~"perimeter-(eu|us)"}' "$tmp/rendered.yml" && ! grep -q '{job="perimeter"}' "$tmp/rendered.yml"; then
    ok "render_alerts.py --runbook-base --job-selector: valid rules, every runbook_url and up{} selector replaced"
else
    fail "render_alerts.py with another runbook base and job selector" "$(cat "$tmp/render.err") ${out:-}"
fi
if ! "$PY" scripts/render_alerts.py --runbook-base 'docs/metrics.md' >/dev/null 2>&1 &&
    ! "$PY" scripts/render_alerts.py --job-selector 'job' >/dev/null 2>&1; then
    ok "render_alerts.py rejects a relative runbook base and a malformed job selector"
else
    fail "render_alerts.py accepted a relative runbook base or a malformed job selector"
fi
echo "== compose and Kubernetes manifests"
checks compose
checks k8s
# The Dockerfile copies these from the build context; .dockerignore must
# not exclude them.
missing=""
while read -r src; do
    if [ "$src" != "." ] && [ ! -e "$src" ]; then missing="$missing $src"; fi
    if grep -qxF "${src%%/*}/" .dockerignore 2>/dev/null; then missing="$missing $src(excluded by .dockerignore)"; fi
done < <(awk 'toupper($1) == "COPY" && $2 !~ /^--from/ { for (i = 2; i < NF; i++) if ($i !~ /^--/) print $i }' deploy/Dockerfile)
if [ -z "$missing" ]; then ok "deploy/Dockerfile: COPY sources exist and are not in .dockerignore"; else fail "deploy/Dockerfile: COPY sources" "missing:$missing"; fi
if command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; then
    run "docker compose config (deploy/compose.yaml)" \
        env PERIMETER_ADMIN_TOKEN=ops-check-0123456789abcdef docker compose -f deploy/compose.yaml config -q
else
    echo "  skip  docker compose config: no docker CLI with the compose plugin here"
fi

# ---------------------------------------------------------------- perimeter
echo "== Perimeter configuration files mounted by the deploy files"
bin=${PERIMETER_BIN:-}
if [ -z "$bin" ]; then
    if cargo build -q -p perimeter 2>"$tmp/build.log"; then
        target_dir=$(cargo metadata --format-version 1 --no-deps |
            "$PY" -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
        bin="$target_dir/debug/perimeter"
    else
        fail "cargo build -p perimeter" "$(tail -n 30 "$tmp/build.log")"
    fi
fi
if [ -n "$bin" ]; then
    if [ ! -x "$bin" ]; then
        fail "perimeter binary" "$bin is not an executable file"
    else
        # `--check-config` is the name of the validation flag; older binaries
        # only know it as `--check`.
        flag=--check
        if "$bin" run --help 2>/dev/null | grep -q -- '--check-config'; then flag=--check-config; fi
        for which in compose k8s; do
            dir="$tmp/$which"
            mkdir -p "$dir"
            case $which in
                compose) desc="deploy/compose/perimeter.toml with the files compose.yaml mounts beside it" ;;
                k8s) desc="perimeter.toml and campaigns.toml of deploy/k8s/configmap.yaml" ;;
            esac
            if ! out=$("$PY" "$tmp/checks.py" extract "$which" "$dir" 2>&1); then
                fail "perimeter run $flag: $desc" "$out"
                continue
            fi
            # Only the environment the deployment sets (secrets replaced by
            # stand-ins), not this shell's PERIMETER_* variables.
            mapfile -t envs <"$dir/env"
            if out=$(env -i PATH="$PATH" HOME="$HOME" "${envs[@]}" \
                "$bin" run --config "$dir/perimeter.toml" "$flag" 2>&1); then
                ok "perimeter run $flag: $desc"
            else
                fail "perimeter run $flag: $desc" "$out"
            fi
        done
    fi
fi

echo
if [ "$failures" -gt 0 ]; then
    echo "ops_check: $failures check(s) FAILED"
    exit 1
fi
echo "ops_check: all checks passed"
