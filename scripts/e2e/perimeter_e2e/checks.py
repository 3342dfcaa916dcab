"""The PASS/FAIL collector of the end-to-end stages.

A stage makes many named checks and goes on after a failed one, so that
one run shows everything that is wrong: each check prints a PASS or FAIL
line (with a diff on failure), and the stage ends with its verdict, a
closing "N passed, M failed" line. Under pytest (`Checks.stage`), a stage
with any failed check, or stopped by an error, fails its test.
"""

from __future__ import annotations

import time
import traceback
from collections import Counter
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator, Optional


class Checks:
    """A tiny runner: named checks, a PASS/FAIL line each, diffs on failure."""

    def __init__(self) -> None:
        self.results: list[tuple[str, bool]] = []

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        self.results.append((name, ok))
        print(f"  {'PASS' if ok else 'FAIL'}  {name}", flush=True)
        if not ok and detail:
            print("        " + detail.replace("\n", "\n        "), flush=True)
        return ok

    def same(self, name: str, expected: Iterable, actual: Iterable, describe: Callable = str) -> bool:
        """Exact multiset equality, with what is missing and what is extra."""
        want, got = Counter(expected), Counter(actual)
        missing, extra = want - got, got - want
        lines = [f"expected {sum(want.values())}, got {sum(got.values())}"]
        lines += [f"- missing:    {describe(x)}" for x in sorted(missing.elements())]
        lines += [f"+ unexpected: {describe(x)}" for x in sorted(extra.elements())]
        lines += ["  expected:   " + describe(x) for x in sorted(want.elements())]
        return self.check(name, not missing and not extra, "\n".join(lines))

    @property
    def failed(self) -> int:
        return sum(1 for _, ok in self.results if not ok)

    def verdict(self, name: str, error: Optional[BaseException], seconds: Optional[float] = None) -> int:
        """Prints the test's PASS/FAIL line and the counts (an error that
        stopped the test counts as one failure); returns the exit code."""
        passed = len(self.results) - self.failed
        failed = self.failed + (1 if error is not None else 0)
        took = f" in {seconds:.0f} s" if seconds is not None else ""
        print(f"{name}: {'PASS' if failed == 0 else 'FAIL'}{took}" + (f" ({error})" if error else ""))
        print(f"{passed} passed, {failed} failed")
        return 0 if failed == 0 else 1

    @contextmanager
    def stage(self, name: str, cleanup: Callable[[bool], None]) -> Iterator[None]:
        """Runs the body of the stage `name` as a pytest test: an error
        that stops it is reported here and counts as one failure;
        `cleanup(failed)` then runs in any case (it stops the processes,
        and prints their logs when `failed`); then the verdict. A stage
        with a failed check or an error fails its test (pytest.fail, with
        the counts). KeyboardInterrupt (Ctrl-C, or SIGTERM through
        processes.interrupt_on_termination) cleans up and goes on up."""
        import pytest  # the venv's: only the tests need it

        started = time.monotonic()
        error: Optional[BaseException] = None
        try:
            yield
        except Exception as e:  # noqa: BLE001 (report, clean up, fail)
            error = e
            report_error(e)
        finally:
            cleanup(error is not None or self.failed > 0)
        print()
        if self.verdict(name, error, time.monotonic() - started) == 0:
            return
        message = f"{name}: {self.failed} failed check(s)"
        if error is not None:
            message = f"{name}: stopped by {type(error).__name__}: {error}" + (
                f", after {self.failed} failed check(s)" if self.failed else "")
        try:
            pytest.fail(message, pytrace=False)
        except pytest.fail.Exception as failure:
            raise failure from None  # the error was reported above: no chained traceback


def report_error(e: BaseException) -> None:
    """Says what stopped a test; a traceback only for the unexpected."""
    print(f"\nERROR: {e}", flush=True)
    if not isinstance(e, (RuntimeError, TimeoutError, KeyboardInterrupt)):
        traceback.print_exc()
