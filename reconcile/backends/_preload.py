"""Loaded once by the local backend's fork server, before it forks any worker.

The fork server serves a caller that runs threads of its own (a library caller's); a
process that runs none forks its workers itself, with the engine it has loaded
(``backends.local._start_context``), and each worker loads quantulum3's units when a
number first needs them.

Workers are forked from the fork server, so whatever it has loaded they start with: the
engine's modules (~1 s of imports) and quantulum3's unit tables (~0.6 s: its first parse
compiles a large regex). Before, every worker paid both itself. Nothing here runs
analysis; an import error here only means workers load these themselves.

What is loaded is then frozen out of the garbage collector (``gc.freeze``): the workers'
collections no longer walk the modules' and tables' objects again and again (a seventh
of a report's CPU time), and their pages stay shared with the fork server. The collector's
thresholds are raised as a run in one process raises them (``GC_THRESHOLDS``): workers
inherit them.
"""

import gc

from reconcile.backends.local import GC_THRESHOLDS, run_events  # noqa: F401 - the whole engine
from reconcile.extract.numbers import load_units

load_units()
gc.collect()
gc.freeze()
gc.set_threshold(*GC_THRESHOLDS)
