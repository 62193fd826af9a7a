"""The word lists and tables extraction, segmentation and grouping read (configuration,
not code; see the comments in each file), and the one function that loads them."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources


@cache
def load_data(name: str) -> dict:
    """A data file of ``reconcile/data`` (configuration), parsed once per process."""
    return tomllib.loads(resources.files(__name__).joinpath(name).read_text("utf-8"))
