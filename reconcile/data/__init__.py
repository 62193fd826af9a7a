"""The word lists and tables extraction, segmentation and grouping read (configuration,
not code; see the comments in each file), and the one function that loads them.

The TOML files are the source. ``tables.json`` beside them is their parsed copy, generated
(``python -m reconcile.gendocs --write``; ``--check`` and a test fail when it is stale)
because Python's TOML parser is pure Python: parsing the seven files cost ~145 million
instructions, ~7% of a one-document run, against ~5 million for the JSON. Each copy
carries the SHA-256 of its TOML text, and a file whose text no longer matches (edited,
not regenerated) is parsed from the TOML: the copy can make a load faster, never
different.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from functools import cache
from importlib import resources
from typing import Any

#: The parsed copy of the TOML files (package data, generated).
PARSED_COPY = "tables.json"


@cache
def load_data(name: str) -> dict:
    """A data file of ``reconcile/data`` (configuration), parsed once per process."""
    text = _read(name)
    copy = _parsed_copies().get(name)
    if copy is not None and copy["sha256"] == _digest(text):
        return copy["data"]
    return tomllib.loads(text)


def parsed_copy_json() -> str:
    """The text of ``tables.json``: every TOML file's digest and parsed tables, in file
    order (a file JSON cannot hold exactly, a date for one, is left out and parsed)."""
    copies = {}
    for name in sorted(_toml_names()):
        text = _read(name)
        data = tomllib.loads(text)
        if _same(json.loads(json.dumps(data)), data):
            copies[name] = {"sha256": _digest(text), "data": data}
    return json.dumps(copies, ensure_ascii=False, indent=1) + "\n"


def _read(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text("utf-8")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cache
def _parsed_copies() -> dict[str, Any]:
    try:
        return json.loads(_read(PARSED_COPY))
    except (OSError, ValueError):  # not shipped, or damaged: every file is parsed
        return {}


def _toml_names() -> list[str]:
    return [p.name for p in resources.files(__name__).iterdir() if p.name.endswith(".toml")]


def _same(copied: Any, original: Any) -> bool:
    """Equal values of the same types all the way down (``1 == 1.0 == True`` in Python)."""
    if type(copied) is not type(original):
        return False
    if isinstance(original, dict):
        return list(copied) == list(original) and all(
            _same(copied[key], value) for key, value in original.items()
        )
    if isinstance(original, list):
        return len(copied) == len(original) and all(map(_same, copied, original))
    return copied == original or (original != original and copied != copied)  # NaN
