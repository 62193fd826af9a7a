"""Shared fixtures; ``--update-goldens`` rewrites the cases' report.json snapshots."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "cases"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite cases/*/report.json from the current engine",
    )


@pytest.fixture(scope="session")
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


@pytest.fixture(scope="session", autouse=True)
def _warm_quantulum() -> None:
    """quantulum3 is imported when a number's unit is in question and its first parse
    compiles a large regex (~0.6 s): pay it once per session."""
    from reconcile.extract.numbers import find_numbers

    find_numbers("12 km")


def case_dirs() -> list[Path]:
    """Every worked case (a folder of cases/ with an expected.json)."""
    return sorted(p.parent for p in CASES.glob("*/expected.json"))


@pytest.fixture(autouse=True)
def _no_forced_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    """A FORCE_COLOR in the environment (some CI sets it) must not colour the tests' output."""
    monkeypatch.delenv("FORCE_COLOR", raising=False)
