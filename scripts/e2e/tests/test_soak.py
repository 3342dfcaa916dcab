"""The soak runs (perimeter_e2e/soak.py, perimeter_e2e/soak_churn.py)
through pytest: deselected by default (marker `soak`), run with

    python -m pytest -s -m soak tests/test_soak.py [--soak-minutes 10]

Each takes --soak-minutes (10 by default); for their other options, run
the module itself (`python -m perimeter_e2e.soak_churn --help`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from perimeter_e2e import soak, soak_churn
from perimeter_e2e.processes import KafkaDistribution

pytestmark = [pytest.mark.soak, pytest.mark.slow]


def soak_argv(perimeter_bin: str, kafka_dist: KafkaDistribution, proto_dir: Path, minutes: float) -> list[str]:
    """The command line both soak modules share."""
    return ["--perimeter", perimeter_bin, "--kafka", str(kafka_dist.home), "--java", kafka_dist.java,
            "--proto-dir", str(proto_dir), "--minutes", str(minutes)]


def test_soak(perimeter_bin: str, kafka_dist: KafkaDistribution, proto_dir: Path, pytestconfig: pytest.Config) -> None:
    """soak: steady load, the processor's resident memory sampled"""
    argv = soak_argv(perimeter_bin, kafka_dist, proto_dir, pytestconfig.getoption("soak_minutes"))
    assert soak.main(argv) == 0


def test_soak_churn(perimeter_bin: str, kafka_dist: KafkaDistribution, proto_dir: Path,
                    pytestconfig: pytest.Config) -> None:
    """churn soak: users, consent and the fence catalog changing under load"""
    argv = soak_argv(perimeter_bin, kafka_dist, proto_dir, pytestconfig.getoption("soak_minutes"))
    if pytestconfig.getoption("keep"):
        argv.append("--keep")
    assert soak_churn.main(argv) == 0
