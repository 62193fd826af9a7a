"""The start of a run: the data files' parsed copy, and what a run leaves unimported."""

from __future__ import annotations

import json
import math
import subprocess
import sys
import tomllib
from datetime import date

import pytest

import reconcile.data as data
from reconcile import Document, check
from reconcile.render import FORMATS, RENDERERS, render, render_json, render_text


def _plain(name: str) -> dict:
    return tomllib.loads(data._read(name))


@pytest.mark.parametrize("name", data._toml_names())
def test_the_parsed_copy_is_the_toml_parsed(name: str) -> None:
    copy = data._parsed_copies()[name]
    assert copy["sha256"] == data._digest(data._read(name))
    assert data._same(copy["data"], _plain(name))
    assert data.load_data(name) is copy["data"]


def test_an_edited_file_is_parsed_from_its_toml(monkeypatch: pytest.MonkeyPatch) -> None:
    name = "grammar.toml"
    stale = {name: {"sha256": "0" * 64, "data": {"be": {"singular": ["was not"]}}}}
    monkeypatch.setattr(data, "_parsed_copies", lambda: stale)
    assert data._same(data.load_data.__wrapped__(name), _plain(name))
    fresh = {name: {"sha256": data._digest(data._read(name)), "data": {"x": [1]}}}
    monkeypatch.setattr(data, "_parsed_copies", lambda: fresh)
    assert data.load_data.__wrapped__(name) == {"x": [1]}


def test_the_committed_copy_is_current() -> None:
    assert data._read(data.PARSED_COPY) == data.parsed_copy_json()


@pytest.mark.parametrize(
    ("copied", "original", "same"),
    [
        ({"a": [1, 2.5, "x"]}, {"a": [1, 2.5, "x"]}, True),
        ({"b": 1, "a": 2}, {"a": 2, "b": 1}, False),  # the order of keys is kept
        ([1], [1.0], False),
        ([True], [1], False),
        ([float("nan")], [math.nan], True),
        ("2020-05-01", date(2020, 5, 1), False),  # a date cannot go through JSON
        ({"k": [["deep", {"n": -0.0}]]}, {"k": [["deep", {"n": -0.0}]]}, True),
        ([1, 2], [1, 2, 3], False),
    ],
)
def test_same_compares_types_all_the_way_down(copied: object, original: object, same: bool):
    assert data._same(copied, original) is same


def test_a_table_json_cannot_hold_is_left_out_of_the_copy() -> None:
    table = {"opened": date(2021, 3, 4), "words": ["one"]}
    assert not data._same(json.loads(json.dumps(table, default=str)), table)


def _imported_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_the_command_line_loads_no_renderer_it_does_not_use() -> None:
    loaded = _imported_after("import reconcile.cli")
    assert "rich" not in loaded
    assert {"reconcile.render.text", "reconcile.render.html", "reconcile.evaluate"}.isdisjoint(
        loaded
    )


def test_dateparser_is_imported_only_for_a_date_our_reading_leaves_to_it() -> None:
    assert "dateparser" not in _imported_after("import reconcile.cli, reconcile.api")
    plain = "from reconcile.extract.dates import _parse; _parse('July 28', _BASE)"
    other = "from reconcile.extract.dates import _parse; _parse('the 3rd of last month', _BASE)"
    base = "from datetime import datetime; _BASE = datetime(2020, 8, 1)"
    assert "dateparser" not in _imported_after(f"{base}; {plain}")
    assert "dateparser" in _imported_after(f"{base}; {other}")


def test_the_renderers_are_still_importable_from_the_package() -> None:
    assert sorted(RENDERERS) == FORMATS
    report = check(
        [Document(text="Four people died, police said.", publisher="Wire", published="2021-01-02")]
    )
    assert render("json", report) == render_json(report, ())
    assert render("text", report, width=90) == render_text(report, (), width=90)
    assert all(
        RENDERERS[fmt](report, ()) == render(fmt, report) for fmt in FORMATS if fmt != "text"
    )
