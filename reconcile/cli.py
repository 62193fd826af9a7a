"""The ``reconcile`` command: a thin layer over :mod:`reconcile.api`.

Exit codes, like a linter's: **0** no finding at or above ``--fail-on`` (or
``--exit-zero``), **1** findings, **2** bad input, bad options, a failed rule or an internal
error (one line on stderr, no traceback, no output file written).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, NoReturn

from reconcile.api import STAGES, analyse, render_events
from reconcile.backends.local import default_jobs
from reconcile.errors import ReconcileError, UsageError
from reconcile.estimate import POLICIES
from reconcile.events import EventSettings
from reconcile.io import (
    DEFAULT_MAX_SIZE,
    find_config,
    input_files,
    iter_paths,
    load_inputs,
    read_config,
)
from reconcile.models import SEVERITY_ORDER, Document, Report
from reconcile.render import FORMATS, render
from reconcile.render._common import one_line
from reconcile.render.graph import GRAPH_FORMATS, render_graph
from reconcile.render.rules import render_rules_json
from reconcile.report import schema_json, tool_version
from reconcile.rules import get_rule, get_rules

EXAMPLES = """examples:
  reconcile check cases/khorugh-2012/
  reconcile check cases/khorugh-2012/ --format json -o report.json
  reconcile check article.txt --publisher "RFE/RL" --published 2012-07-29
  reconcile check archive.jsonl --select R1,R4 --ignore R401 --fail-on warning
  reconcile check cases/khorugh-2012/ --format html -o report.html
  reconcile check cases/khorugh-2012/ --format sarif -o reconcile.sarif
  cat archive.jsonl | reconcile check - --format jsonl | jq .code
  reconcile graph cases/khorugh-2012/ --format gexf -o claims.gexf
  reconcile rules R101
"""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


def _split(values: list[str] | None, option: str = "") -> list[str] | None:
    """Comma-separated codes of repeatable options, flattened; an empty list is refused."""
    if not values:
        return None
    codes = [part.strip() for value in values for part in value.split(",") if part.strip()]
    if not codes:
        raise UsageError(f"{option} needs at least one rule code or prefix")
    return codes


def _megabytes(value: str) -> int:
    try:
        size = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of megabytes: {value!r}") from None
    if not size > 0 or size > 1e9:
        raise argparse.ArgumentTypeError(f"must be a positive number of megabytes: {value!r}")
    return int(size * 1024 * 1024)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used by the docs test to list every option)."""
    parser = _Parser(
        prog="reconcile",
        description="Find where sources disagree on the facts of one event, and reconcile them.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"reconcile {tool_version()}",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = commands.add_parser(
        "check",
        help="check documents for disagreements and print a report",
        description="Check documents for disagreements and print a report.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a case folder (with documents.toml), a manifest .toml, a .jsonl "
        "file, a bare text file, or - for standard input (JSON Lines, or plain text with "
        "--publisher and --published)",
    )
    check.add_argument(
        "--format",
        choices=[*FORMATS, FORMAT_EVENTS],
        default="text",
        help="output format (default: text): text, json, jsonl (one finding per line), "
        "sarif (SARIF 2.1.0), github (workflow annotations), html (one offline file), "
        f"{FORMAT_EVENTS} (one report per event, written as the run goes)",
    )
    check.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="write the report to FILE instead of standard output ('-': standard output)",
    )
    check.add_argument(
        "--statistics",
        action="store_true",
        help="print the count of findings per rule code instead of the report "
        "(text, or JSON with --format json)",
    )
    check.add_argument("--publisher", help="publisher of a bare text file")
    check.add_argument(
        "--published",
        metavar="DATE",
        help="publication date or time of a bare text file (ISO 8601)",
    )
    check.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help="run only these rules: codes or prefixes, comma-separated (R1,R401)",
    )
    check.add_argument(
        "--ignore",
        action="append",
        metavar="CODES",
        help="skip these rules: codes or prefixes, comma-separated",
    )
    check.add_argument(
        "--fail-on",
        choices=sorted(SEVERITY_ORDER, key=SEVERITY_ORDER.get),
        default=None,
        help="lowest severity that makes the exit code 1 (default: info)",
    )
    check.add_argument(
        "--exit-zero", action="store_true", help="exit 0 even when there are findings"
    )
    check.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="settings file (default: reconcile.toml, or [tool.reconcile] in pyproject.toml, "
        "found in the current folder or a parent)",
    )
    check.add_argument(
        "--policy",
        choices=sorted(POLICIES),
        default=None,
        help="reconciliation policy of the estimates (default: reconcile; see docs/estimates.md)",
    )
    check.add_argument(
        "--conflict-window",
        type=int,
        metavar="DAYS",
        default=None,
        help="days within which figures count as stated at the same time (rule R101; default: 2)",
    )
    check.add_argument(
        "--graphml",
        type=Path,
        metavar="FILE",
        help="also write the claim graph to FILE as GraphML ('-': standard output, "
        "with the report written to a file by -o)",
    )
    _add_archive_options(check)
    check.add_argument(
        "--keep-going",
        action="store_true",
        help="skip a malformed line or document, list it in the report, and go on "
        "(default: stop with exit code 2)",
    )
    check.add_argument(
        "--allow-outside",
        action="store_true",
        help="let a manifest name files outside its case folder (by default they are refused)",
    )
    check.add_argument(
        "--max-size",
        type=_megabytes,
        metavar="MB",
        default=DEFAULT_MAX_SIZE,
        help=f"largest input file, or JSON Lines line, to read, in MB "
        f"(default: {DEFAULT_MAX_SIZE // 1024 // 1024})",
    )

    evaluate = commands.add_parser(
        "eval",
        help="score extraction and findings against worked cases' expected.json",
        description="Score extraction and findings against worked cases' expected.json.",
    )
    evaluate.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a case folder, or a folder of case folders (cases/)",
    )
    evaluate.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="list every missed, extra or wrong claim and finding",
    )

    rules = commands.add_parser(
        "rules",
        help="list the rules, or show one rule's documentation",
        description="List the rules, or show one rule's documentation.",
    )
    rules.add_argument("code", nargs="?", help="a rule code (R101) or name")
    rules.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    explain = commands.add_parser(
        "explain",
        help="show one rule's documentation (same as 'rules CODE')",
        description="Show one rule's documentation (same as 'rules CODE').",
    )
    explain.add_argument("code", help="a rule code (R101) or name")
    _add_schema_command(commands)
    _add_graph_command(commands)
    return parser


def _add_graph_command(commands: argparse._SubParsersAction) -> None:
    graph = commands.add_parser(
        "graph",
        help="write the claim graph as GraphML, GEXF or node-link JSON",
        description="Build the claim graph of the documents (sources, documents, sentences, "
        "claims, variables; findings as claim-to-claim edges) and write it for Gephi, "
        "Cytoscape or networkx.",
    )
    graph.add_argument("paths", nargs="+", metavar="PATH", help="inputs, as for 'check'")
    graph.add_argument(
        "--format",
        choices=GRAPH_FORMATS,
        default="graphml",
        help="graphml (default), gexf, or json (networkx node-link data)",
    )
    graph.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to FILE ('-': standard output)"
    )
    graph.add_argument("--publisher", help="publisher of a bare text file or standard input")
    graph.add_argument(
        "--published", metavar="DATE", help="publication date of a bare text file (ISO 8601)"
    )


def _run_graph(args: argparse.Namespace) -> int:
    if not _is_stdout(args.output):
        _check_output_dir(args.output)
    inputs = load_inputs(args.paths, publisher=args.publisher, published=args.published)
    _refuse_overwriting_inputs([("--output", args.output)], inputs.files)
    documents = inputs.documents
    with _progress(len(documents)) as step:
        analysis = analyse(documents, progress=step)
    for failure in analysis.report.errors:
        print(f"reconcile: error: rule {failure.code} failed: {failure.message}", file=sys.stderr)
    if analysis.report.errors:
        return 2  # as for check: nothing is written when the run is not whole
    _emit(args.output, render_graph(analysis.graph, args.format))
    return 0


def _is_stdout(path: Path | None) -> bool:
    """No path, or '-', means standard output."""
    return path is None or str(path) == "-"


def _emit(path: Path | None, text: str) -> None:
    """Write to standard output or, whole or not at all, to a file."""
    if _is_stdout(path):
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        _write_atomic(path, text)


def _use_colour(output: Path | None) -> bool:
    """Colour on a terminal; never in a file, with NO_COLOR set (no-color.org) or TERM=dumb;
    FORCE_COLOR set asks for it when piped (CI logs that show colours)."""
    if not _is_stdout(output) or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return bool(os.environ.get("FORCE_COLOR")) or sys.stdout.isatty()


@contextlib.contextmanager
def _progress(documents: int) -> Iterator[Callable[[str], None] | None]:
    """A progress bar of the pipeline's stages on standard error when it is a terminal;
    nothing otherwise (so logs and pipes stay clean). The bar disappears when done."""
    if not sys.stderr.isatty() or os.environ.get("TERM") == "dumb":
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(f"reading {documents} document(s)", total=len(STAGES))

        def step(stage: str) -> None:
            done = STAGES.index(stage) if stage in STAGES else 0
            bar.update(task, completed=done, description=f"{stage}: {documents} document(s)")

        yield step


def _check_outputs(args: argparse.Namespace) -> None:
    """Refuse bad output options before any work."""
    for path in (args.output, args.graphml):
        if not _is_stdout(path):
            _check_output_dir(path)
    if args.graphml is not None and _is_stdout(args.graphml) and _is_stdout(args.output):
        raise UsageError(
            "--graphml - writes the graph to standard output: write the report to a file "
            "with -o FILE"
        )
    if args.output is not None and args.graphml is not None and args.output == args.graphml:
        raise UsageError("--output and --graphml name the same file")
    if args.statistics and args.format not in ("text", "json"):
        raise UsageError("--statistics prints text or JSON: use --format text or json")


def _rendered(args: argparse.Namespace, report: Report, documents: Sequence[Document]) -> str:
    """The report in the format asked for (or its statistics)."""
    if args.statistics:
        from reconcile.render.statistics import render_statistics, render_statistics_json

        stats = render_statistics_json if args.format == "json" else render_statistics
        return stats(report)
    colour = _use_colour(args.output)
    width = shutil.get_terminal_size().columns if colour else None
    return render(args.format, report, documents, colour=colour, width=width)


def _add_schema_command(commands: argparse._SubParsersAction) -> None:
    commands.add_parser(
        "schema",
        help="print the JSON Schema of the report (docs/report.schema.json)",
        description="Print the JSON Schema of the JSON report, generated from the models "
        "(the same text as docs/report.schema.json and the copy shipped in the package).",
    )


def _run_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(schema_json())
    return 0


FORMAT_EVENTS = "events-jsonl"


def _add_archive_options(check: argparse.ArgumentParser) -> None:
    """Options of archive runs: events, streaming outputs, parallelism (docs/events.md)."""
    check.add_argument(
        "--event-window",
        type=float,
        metavar="DAYS",
        default=EventSettings.window_days,
        help="days between two reports of one event (default: %(default)s; a stronger "
        "match may be up to --event-long-window apart)",
    )
    check.add_argument(
        "--event-long-window",
        type=float,
        metavar="DAYS",
        default=EventSettings.long_window_days,
        help="longest gap between two reports of one event (default: %(default)s)",
    )
    check.add_argument(
        "--event-overlap",
        type=float,
        metavar="SHARE",
        default=EventSettings.min_overlap,
        help="share of names two reports of one event must have in common (default: %(default)s)",
    )
    check.add_argument(
        "--event-names",
        type=int,
        metavar="N",
        default=EventSettings.min_shared,
        help="names two reports of one event must share at least (default: %(default)s)",
    )
    check.add_argument(
        "--csv", type=Path, metavar="FILE", help="also write the event table to FILE as CSV"
    )
    check.add_argument(
        "--sqlite",
        type=Path,
        metavar="FILE",
        help="also write events, estimates, documents, sources, claims and findings to a "
        "new SQLite database FILE",
    )
    check.add_argument(
        "--jobs",
        type=int,
        metavar="N",
        default=None,
        help="worker processes (default: all cores); the output is the same for any N",
    )
    check.add_argument(
        "--backend",
        choices=["local", "dask"],
        default="local",
        help="executor: local processes, or a Dask cluster (pip install 'reconcile[dask]')",
    )
    check.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler address (tcp://host:8786); default: a local cluster",
    )


def _event_settings(args: argparse.Namespace) -> EventSettings:
    if args.event_window < 0 or args.event_long_window < 0:
        raise UsageError("--event-window and --event-long-window take days, 0 or more")
    if not 0 <= args.event_overlap <= 1:
        raise UsageError("--event-overlap takes a share between 0 and 1")
    if args.event_names < 1:
        raise UsageError("--event-names takes 1 or more")
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs takes 1 or more")
    return EventSettings(
        window_days=args.event_window,
        long_window_days=max(args.event_long_window, args.event_window),
        min_overlap=args.event_overlap,
        min_shared=args.event_names,
    )


def _streaming(args: argparse.Namespace) -> bool:
    """Archive runs go event by event: the events-jsonl format, --csv or --sqlite."""
    return args.format == FORMAT_EVENTS or args.csv is not None or args.sqlite is not None


class _Outputs:
    """Files written as the run goes, each to a temporary file renamed into place at the
    end (whole or not at all)."""

    def __init__(self) -> None:
        self.temps: list[tuple[Path, Path]] = []

    def temp(self, path: Path) -> Path:
        fd, temp = _new_temp(path)  # the scheme of _write_atomic: swept if a run is killed
        os.close(fd)
        self.temps.append((temp, path))
        return temp

    def commit(self) -> None:
        for temp, path in self.temps:
            os.replace(temp, path)

    def discard(self) -> None:
        for temp, _ in self.temps:
            temp.unlink(missing_ok=True)


def _run_stream(args: argparse.Namespace, config: dict, fail_on: str) -> int:
    """``check`` over an archive: read lazily, analyse event by event, write as it goes."""
    import sqlite3

    from reconcile.render.tables import csv_text, sqlite_schema

    if args.graphml is not None:
        raise UsageError(
            "--graphml needs the whole graph: use it without --csv, --sqlite "
            f"and --format {FORMAT_EVENTS}"
        )
    if args.sqlite is not None and args.sqlite.exists():
        raise UsageError(f"{args.sqlite}: already exists; give a new file name")
    _refuse_overwriting_inputs(
        [("--output", args.output), ("--csv", args.csv)], input_files(args.paths)
    )
    select = _split(args.select, "--select") or config.get("select")
    ignore = _split(args.ignore, "--ignore") or config.get("ignore")
    policy = args.policy or config.get("policy", "reconcile")
    skipped: list = []
    rendered = render_events(
        iter_paths(
            args.paths,
            publisher=args.publisher,
            published=args.published,
            allow_outside=args.allow_outside,
            max_size=args.max_size,
            keep_going=args.keep_going,
            skipped=skipped,
        ),
        line=args.format == FORMAT_EVENTS,
        csv=args.csv is not None,
        sqlite=args.sqlite is not None,
        select=select,
        ignore=ignore,
        settings=_rule_settings(args, config),
        policy=policy,
        events=_event_settings(args),
        jobs=args.jobs or default_jobs(),
        backend=args.backend,
        scheduler=args.scheduler,
    )
    outputs = _Outputs()
    jsonl: BinaryIO | None = None  # the file written, when not standard output
    write_line: Callable[[bytes], object] | None = None  # lines come as UTF-8 bytes
    if args.format == FORMAT_EVENTS:
        if _is_stdout(args.output):
            write_line = _stdout_bytes_writer()
        else:
            jsonl = open(outputs.temp(args.output), "wb")
            write_line = jsonl.write
    csv_file = (
        open(outputs.temp(args.csv), "w", encoding="utf-8", newline="")
        if args.csv is not None
        else None
    )
    db = sqlite3.connect(outputs.temp(args.sqlite)) if args.sqlite is not None else None
    threshold = SEVERITY_ORDER[fail_on]
    failing = errors = 0
    try:
        if db is not None:
            for statement in sqlite_schema():
                db.execute(statement)
        if csv_file is not None:
            csv_file.write(csv_text([], header=True))
        for event in rendered:
            for failure in event.errors:
                print(
                    f"reconcile: error: rule {failure.code} failed in event "
                    f"{event.event_id}: {failure.message}",
                    file=sys.stderr,
                )
                errors += 1
            failing += sum(1 for s in event.severities if SEVERITY_ORDER[s] >= threshold)
            if write_line is not None and event.line is not None:
                write_line(event.line)
            if csv_file is not None and event.csv is not None:
                csv_file.write(event.csv)
            if db is not None and event.sqlite is not None:
                for table, rows in event.sqlite.items():
                    if rows:
                        marks = ", ".join("?" * len(rows[0]))
                        db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        if errors:
            raise _Abort()
        for handle in (csv_file, jsonl):
            if handle is not None:
                handle.close()
        if db is not None:
            db.commit()
            db.close()
            db = None
        outputs.commit()
    except BaseException:
        for handle in (csv_file, jsonl):
            if handle is not None:
                handle.close()
        if db is not None:
            db.close()
        outputs.discard()
        raise
    for item in skipped:
        print(
            f"reconcile: warning: {one_line(item.where)}: {one_line(item.reason)} "
            "(skipped: --keep-going)",
            file=sys.stderr,
        )
    return 1 if failing and not args.exit_zero else 0


def _stdout_bytes_writer() -> Callable[[bytes], object]:
    """What writes UTF-8 lines to standard output: its byte stream, its text layer flushed
    first; the lines decoded when it has none (a caller's text stream in its place)."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        return buffer.write
    return lambda line: sys.stdout.write(line.decode("utf-8"))


class _Abort(Exception):
    """A rule failed: exit 2, nothing written (the errors are already printed)."""


_TEMP_TAG = "reconcile-tmp"


def _remove_stale_temps(directory: Path, name: str) -> None:
    """Remove temporary files a killed run left beside ``name`` (their process is gone)."""
    for stale in directory.glob(f".{name}.*.{_TEMP_TAG}"):
        pid = stale.name.removeprefix(f".{name}.").split(".")[0]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            stale.unlink(missing_ok=True)
        except (PermissionError, OSError):
            continue  # alive (another user's), or cannot tell: leave it


def _new_temp(path: Path) -> tuple[int, Path]:
    """A new temporary file beside ``path`` (``.NAME.PID.N.reconcile-tmp``, created
    exclusively with the usual permissions), after removing those of killed runs."""
    directory = path.parent if str(path.parent) else Path(".")
    _remove_stale_temps(directory, path.name)
    for attempt in range(100):
        temp = directory / f".{path.name}.{os.getpid()}.{attempt}.{_TEMP_TAG}"
        try:
            return os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), temp
        except FileExistsError:
            continue
    raise ReconcileError(f"{path}: cannot create a temporary file beside it")


def _write_atomic(path: Path, text: str) -> None:
    """Write a file whole or not at all: a new temporary file (created with the usual
    permissions, the umask applying) renamed into place. The temporary file is removed
    on any error or interrupt; one left by a killed run (``.NAME.PID.N.reconcile-tmp``) is
    removed by the next write to the same file."""
    fd, temp = _new_temp(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _check_output_dir(path: Path | None) -> None:
    """An output path must be a file in an existing folder (checked before any work)."""
    if path is None:
        return
    if path.is_dir():
        raise UsageError(f"{path}: is a folder; give a file name to write to")
    if not (path.parent if str(path.parent) else Path(".")).is_dir():
        raise UsageError(f"{path}: the folder to write into does not exist")


def _refuse_overwriting_inputs(
    outputs: Iterable[tuple[str, Path | None]], inputs: list[Path]
) -> None:
    """An output must never replace an input file (checked before any work is written)."""
    for option, output in outputs:
        if _is_stdout(output) or not output.exists():
            continue
        for source in inputs:
            try:
                same = os.path.samefile(output, source)
            except OSError:
                same = False
            if same:
                raise UsageError(
                    f"{output}: {option} names an input file ({source}); refusing to overwrite it"
                )


def _settings(args: argparse.Namespace) -> dict:
    """Settings from the config file; options given on the command line win."""
    path = args.config if args.config is not None else find_config(Path.cwd())
    if args.config is not None and not args.config.is_file():
        raise ReconcileError(f"{args.config}: no such config file")
    return read_config(path) if path is not None else {}


def _rule_settings(args: argparse.Namespace, config: dict) -> dict:
    """Settings the rules read: the conflict window (option, else config file)."""
    window = args.conflict_window
    if window is None:
        window = config.get("conflict-window")
    if window is None:
        return {}
    if not isinstance(window, int) or isinstance(window, bool) or window < 1:
        raise UsageError(f"conflict-window must be a whole number of days >= 1, not {window!r}")
    return {"conflict-window": window}


def _run_check(args: argparse.Namespace) -> int:
    _check_outputs(args)
    config = _settings(args)
    fail_on = args.fail_on or config.get("fail-on", "info")
    if fail_on not in SEVERITY_ORDER:
        raise UsageError(f"fail-on must be one of {', '.join(SEVERITY_ORDER)}, not {fail_on!r}")
    if (args.publisher or args.published) and all(
        Path(p).is_dir() or Path(p).suffix.lower() in (".toml", ".jsonl", ".ndjson")
        for p in args.paths
    ):
        raise UsageError(
            "--publisher and --published apply to bare text files only; "
            "folders, manifests and JSON Lines carry their own"
        )
    for path in (args.csv, args.sqlite):
        _check_output_dir(path)
    if _streaming(args):
        try:
            return _run_stream(args, config, fail_on)
        except _Abort:
            return 2
    inputs = load_inputs(
        args.paths,
        publisher=args.publisher,
        published=args.published,
        allow_outside=args.allow_outside,
        max_size=args.max_size,
        keep_going=args.keep_going,
    )
    documents = inputs.documents
    _refuse_overwriting_inputs(
        [("--output", args.output), ("--graphml", args.graphml)], inputs.files
    )
    for skipped in inputs.skipped:
        print(
            f"reconcile: warning: {one_line(skipped.where)}: {one_line(skipped.reason)} "
            "(skipped: --keep-going)",
            file=sys.stderr,
        )
    select = _split(args.select, "--select") or config.get("select")
    ignore = _split(args.ignore, "--ignore") or config.get("ignore")
    policy = args.policy or config.get("policy", "reconcile")
    settings = _rule_settings(args, config)
    with _progress(len(documents)) as step:
        analysis = analyse(
            documents, select=select, ignore=ignore, policy=policy, settings=settings,
            progress=step, events=_event_settings(args), jobs=args.jobs or default_jobs(),
            backend=args.backend, scheduler=args.scheduler, skipped=inputs.skipped,
            graph=args.graphml is not None,
        )  # fmt: skip
    report = analysis.report
    for failure in report.errors:
        print(
            f"reconcile: error: rule {failure.code} failed: {one_line(failure.message)}",
            file=sys.stderr,
        )
    if report.errors:
        return 2  # nothing is written when the run is not whole
    rendered = _rendered(args, report, documents)
    graphml = render_graph(analysis.graph) if args.graphml is not None else None
    _emit(args.output, rendered)
    if graphml is not None:
        _emit(args.graphml, graphml)
    threshold = SEVERITY_ORDER[fail_on]
    failing = [f for f in report.findings if SEVERITY_ORDER[f.severity] >= threshold]
    return 1 if failing and not args.exit_zero else 0


def _run_rules(args: argparse.Namespace) -> int:
    if getattr(args, "format", "text") == "json":
        chosen = [get_rule(args.code)] if args.code else get_rules()
        sys.stdout.write(render_rules_json(chosen))
        return 0
    if args.code:
        found = get_rule(args.code)
        sys.stdout.write(
            f"{found.code} {found.name} ({found.group}, {found.severity})\n\n{found.doc}\n"
        )
        return 0
    for found in get_rules():
        status = f" [{found.status}]" if found.status != "stable" else ""
        sys.stdout.write(
            f"{found.code}  {found.name:<24} {found.severity:<8} {found.summary}{status}\n"
        )
    return 0


def _terminated(signum: int, frame: object) -> NoReturn:
    raise SystemExit(128 + signum)  # unwinds like Ctrl-C: temporary files are removed


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code (130 when interrupted with Ctrl-C)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    previous = None
    try:
        previous = signal.signal(signal.SIGTERM, _terminated)
    except ValueError:  # not the main thread: leave signals alone
        pass
    try:
        if args.command in ("rules", "explain"):
            return _run_rules(args)
        if args.command == "graph":
            return _run_graph(args)
        if args.command == "schema":
            return _run_schema(args)
        if args.command == "eval":
            from reconcile.evaluate import evaluate_cases, render_evaluation

            evaluation = evaluate_cases(args.paths)
            sys.stdout.write(render_evaluation(evaluation, verbose=args.verbose))
            return 0
        return _run_check(args)
    except ReconcileError as exc:
        print(f"reconcile: error: {one_line(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("reconcile: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except RecursionError:
        print("reconcile: internal error: input nested too deeply", file=sys.stderr)
        return 2
    except Exception as exc:  # an internal error: one line, no traceback
        message = one_line(f"{type(exc).__name__}: {exc}")
        print(f"reconcile: internal error: {message}", file=sys.stderr)
        return 2
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    raise SystemExit(main())
