#!/usr/bin/env python3
"""Renders deploy/prometheus/alerts.yml for an installation.

alerts.yml is the source: it links every runbook under a placeholder base
URL and selects the scrape job with `job="perimeter"`. This prints it with
your base URL and job selector, as a Prometheus rule file (default) or as a
Kubernetes PrometheusRule for the Prometheus Operator:

    python3 scripts/render_alerts.py [--runbook-base URL] [--job-selector 'job="..."']
                                     [--format rules|prometheusrule]

Both substitutions are textual, so the rule file keeps its comments. The
PrometheusRule needs PyYAML. scripts/ops_check.sh checks that
deploy/k8s/prometheusrule.yaml is this script's output with the defaults,
and that a rendering with other values passes promtool.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "deploy" / "prometheus" / "alerts.yml"
DEFAULT_RUNBOOK_BASE = "https://github.com/your-org/perimeter/blob/main/docs/metrics.md"
DEFAULT_JOB_SELECTOR = 'job="perimeter"'


def render_rules(text: str, runbook_base: str, job_selector: str) -> str:
    """The rule file with `runbook_base` and `job_selector` in place of the
    defaults. Raises ValueError when the source lacks them or the values
    are malformed."""
    if not re.fullmatch(r"https?://\S+", runbook_base) or "#" in runbook_base:
        raise ValueError(f"--runbook-base must be an http(s) URL without a #fragment, got {runbook_base!r}")
    if not re.fullmatch(r'\s*[a-zA-Z_][a-zA-Z0-9_]*\s*(=|!=|=~|!~)\s*"[^"]*"\s*', job_selector):
        raise ValueError(f'--job-selector must be one label matcher such as job="perimeter", got {job_selector!r}')
    links = text.count(f'runbook_url: "{DEFAULT_RUNBOOK_BASE}#')
    alerts = len(re.findall(r"^\s*- alert: ", text, flags=re.M))
    if links != alerts:
        raise ValueError(f"{SOURCE}: {alerts} alerts but {links} runbook_url under {DEFAULT_RUNBOOK_BASE}")
    if f"{{{DEFAULT_JOB_SELECTOR}}}" not in text:
        raise ValueError(f"{SOURCE}: no {{{DEFAULT_JOB_SELECTOR}}} selector to replace")
    text = text.replace(f'runbook_url: "{DEFAULT_RUNBOOK_BASE}#', f'runbook_url: "{runbook_base.rstrip("/")}#')
    return text.replace(f"{{{DEFAULT_JOB_SELECTOR}}}", f"{{{job_selector.strip()}}}")


def render_prometheus_rule(rules: str) -> str:
    """The rule file's groups as a PrometheusRule object."""
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    def text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, text)
    groups = yaml.safe_load(rules)["groups"]
    manifest = {
        "apiVersion": "monitoring.coreos.com/v1",
        "kind": "PrometheusRule",
        "metadata": {
            "name": "perimeter",
            "labels": {"app.kubernetes.io/name": "perimeter", "app.kubernetes.io/component": "processor"},
        },
        "spec": {"groups": groups},
    }
    header = (
        "# Generated from deploy/prometheus/alerts.yml by\n"
        "# `python3 scripts/render_alerts.py --format prometheusrule`: do not edit,\n"
        "# render it again (scripts/ops_check.sh checks that it is up to date).\n"
        "# Render with --runbook-base and --job-selector for your installation;\n"
        "# see deploy/k8s/README.md.\n"
    )
    return header + yaml.dump(manifest, Dumper=Dumper, sort_keys=False, width=100, allow_unicode=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runbook-base", default=DEFAULT_RUNBOOK_BASE,
                        help="URL of docs/metrics.md as your users reach it (default: %(default)s)")
    parser.add_argument("--job-selector", default=DEFAULT_JOB_SELECTOR,
                        help="label matcher of the scrape job that scrapes Perimeter (default: %(default)s)")
    parser.add_argument("--format", choices=("rules", "prometheusrule"), default="rules")
    args = parser.parse_args(argv)
    try:
        rules = render_rules(SOURCE.read_text(encoding="utf-8"), args.runbook_base, args.job_selector)
    except ValueError as e:
        print(f"render_alerts: {e}", file=sys.stderr)
        return 2
    sys.stdout.write(rules if args.format == "rules" else render_prometheus_rule(rules))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
