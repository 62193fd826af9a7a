"""Reading input: the only module that reads input files from disk.

Three ways in, all giving ``list[Document]`` sorted by id:

* a **case folder** holding a manifest ``documents.toml`` (in the folder itself or in its
  ``documents/`` sub-folder), one ``[[document]]`` table per text file::

      [[document]]
      file = "rferl-khorugh-2012-07-29.txt"   # relative to the manifest
      id = "rferl-2012-07-29"                  # optional: the file's stem by default
      publisher = "RFE/RL"
      published = 2012-07-29                   # TOML date or datetime, or an ISO 8601 string
      url = "https://..."                      # optional
      title = "..."                            # optional
      event = "tarsun-bombing"                 # optional: the event it reports

* a manifest file ``*.toml`` named directly;
* a **JSON Lines** file ``*.jsonl``: one object per line with ``text``, ``publisher``,
  ``published`` and optionally ``id``, ``url``, ``title``, ``event``;
* a bare **text file** with the publisher and publication time given by the caller;
* ``-``, **standard input**: JSON Lines when its first non-blank character is ``{``, else
  one plain-text document whose publisher and publication time the caller gives.

Every problem raises :class:`~reconcile.errors.InputError` with the file (and line or
manifest entry) and the reason. Hostile input is refused, not followed: only regular files
are read (a FIFO or a device would hang or never end), each at most ``max_size`` bytes
(a JSON Lines file: each line); a manifest reads only files inside its case folder unless
``allow_outside`` is given; unknown manifest keys, at any level, are errors. With
``keep_going``, a bad line or document is skipped and listed (:class:`SkippedInput`)
instead of stopping the run.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import sys
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from reconcile.errors import InputError
from reconcile.models import Document, Expected, SkippedInput

MANIFEST_NAME = "documents.toml"
_MANIFEST_KEYS = {"file", "id", "publisher", "published", "url", "title", "event"}
_MANIFEST_TOP_KEYS = {"document", "event"}
#: The largest input file (or JSON Lines line) read by default: 64 MB.
DEFAULT_MAX_SIZE = 64 * 1024 * 1024


def _file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _open_regular(path: Path) -> int:
    """Open a regular file for reading without blocking on a FIFO; refuse anything else."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a folder, expected a file") from None
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a FIFO with no writer, a socket
            raise InputError(str(path), "is not a regular file") from None
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        kind = _file_kind(mode)
        if kind == "a folder":
            raise InputError(str(path), "is a folder, expected a file")
        raise InputError(str(path), f"is {kind}, not a regular file; only files are read")
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return fd


def _too_large(limit: int) -> str:
    return f"larger than the size limit of {limit / 1024 / 1024:g} MB (raise it with --max-size)"


def read_text(path: Path, *, max_size: int = DEFAULT_MAX_SIZE) -> str:
    """Read a UTF-8 text file (a leading byte-order mark is dropped).

    Only a regular file is read, and at most ``max_size`` bytes of it.
    """
    fd = _open_regular(path)
    with os.fdopen(fd, "rb") as handle:
        try:
            raw = handle.read(max_size + 1)
        except OSError as exc:
            raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    if len(raw) > max_size:
        raise InputError(str(path), _too_large(max_size))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            str(path), f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        ) from None
    return text.removeprefix("\ufeff")


def _validation_reason(exc: ValidationError) -> str:
    """One line out of a pydantic error: the field and what is wrong with it."""
    first = exc.errors()[0]
    field = ".".join(str(part) for part in first.get("loc", ())) or "document"
    message = str(first.get("msg", "invalid")).removeprefix("Value error, ")
    more = len(exc.errors()) - 1
    return f"{field}: {message}" + (f" (and {more} more)" if more else "")


def make_document(where: str, /, **fields: Any) -> Document:
    """Build a Document, turning a validation error into an InputError for ``where``."""
    try:
        return Document(**fields)
    except ValidationError as exc:
        raise InputError(where, _validation_reason(exc)) from None


@dataclass
class Inputs:
    """What :func:`load_inputs` read: the documents, what was skipped, and the files read."""

    documents: list[Document]
    skipped: list[SkippedInput] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


@dataclass
class _Reading:
    """Options and the record of one load: skipped items and the files read."""

    allow_outside: bool = False
    max_size: int = DEFAULT_MAX_SIZE
    keep_going: bool = False
    skipped: list[SkippedInput] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    def text(self, path: Path) -> str:
        text = read_text(path, max_size=self.max_size)
        self.files.append(path)
        return text

    def skip(self, error: InputError) -> None:
        """Under keep_going, record a bad line or document; otherwise stop the run."""
        if not self.keep_going:
            raise error
        self.skipped.append(SkippedInput(where=error.path, reason=error.reason))


def _inside(path: Path, root: Path) -> bool:
    """Whether ``path``, symbolic links followed, lies inside the folder ``root``."""
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a symlink loop
        return False


def read_manifest(
    manifest: Path, *, allow_outside: bool = False, max_size: int = DEFAULT_MAX_SIZE
) -> list[Document]:
    """Read a ``documents.toml`` manifest and the text files it names (inside the
    manifest's folder only, unless ``allow_outside``)."""
    reading = _Reading(allow_outside=allow_outside, max_size=max_size)
    return _read_manifest(manifest, manifest.parent, reading)


def _read_manifest(manifest: Path, root: Path, reading: _Reading) -> list[Document]:
    if not reading.allow_outside and not _inside(manifest, root):
        raise InputError(
            str(manifest), f"leads outside the case folder {root} (see --allow-outside)"
        )
    try:
        data = tomllib.loads(reading.text(manifest))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(str(manifest), f"not valid TOML: {exc}") from None
    unknown_top = sorted(set(data) - _MANIFEST_TOP_KEYS)
    if unknown_top:
        raise InputError(
            str(manifest),
            f"unknown top-level key {unknown_top[0]!r} "
            "(a manifest holds [[document]] tables and an optional event)",
        )
    default_event = _dossier_event(manifest, data.get("event"))
    entries = data.get("document")
    if not isinstance(entries, list) or not entries:
        raise InputError(str(manifest), "no [[document]] tables in the manifest")
    documents = []
    for number, entry in enumerate(entries, start=1):
        try:
            documents.append(_manifest_entry(manifest, root, number, entry, reading, default_event))
        except InputError as error:
            reading.skip(error)
    return documents


def _manifest_entry(
    manifest: Path,
    root: Path,
    number: int,
    entry: Any,
    reading: _Reading,
    default_event: str | None = None,
) -> Document:
    where = f"{manifest} (document {number})"
    if not isinstance(entry, dict):
        raise InputError(where, "each [[document]] must be a table")
    unknown = sorted(set(entry) - _MANIFEST_KEYS)
    if unknown:
        raise InputError(where, f"unknown key {unknown[0]!r}")
    for key in ("file", "publisher", "published"):
        if key not in entry:
            raise InputError(where, f"missing key {key!r}")
    if not isinstance(entry["file"], str) or not entry["file"]:
        raise InputError(where, "file must be a file name")
    text_path = manifest.parent / entry["file"]
    if not reading.allow_outside and not _inside(text_path, root):
        raise InputError(
            where,
            f"file {entry['file']!r} lies outside the case folder {root}; only files inside "
            "it are read (--allow-outside reads it anyway)",
        )
    if not text_path.exists():
        raise InputError(where, f"names a missing file {entry['file']!r}")
    fields = {k: v for k, v in entry.items() if k != "file"}
    fields.setdefault("id", _safe_id(text_path.stem))
    fields.setdefault("event", default_event)
    return make_document(
        str(text_path), text=reading.text(text_path), path=str(text_path), **fields
    )


def _dossier_event(manifest: Path, given: Any) -> str:
    """The event of a manifest's documents that name none: the manifest's own top-level
    ``event`` key, else the name of the case folder (a manifest is one event's dossier).

    >>> _dossier_event(Path("cases/tarsun-bombing/documents/documents.toml"), None)
    'tarsun-bombing'
    >>> _dossier_event(Path("dossiers/flood.toml"), None)
    'flood'
    """
    if given is not None:
        if not isinstance(given, str) or not given.strip():
            raise InputError(str(manifest), "event must be a non-empty string")
        return given
    folder = manifest.parent
    if manifest.name != MANIFEST_NAME:
        return _safe_id(manifest.stem)
    if folder.name == "documents" and folder.parent.name:
        folder = folder.parent
    return _safe_id(folder.resolve().name if folder.name in ("", ".") else folder.name)


def read_jsonl(path: Path, *, max_size: int = DEFAULT_MAX_SIZE) -> list[Document]:
    """Read a JSON Lines file: one document object per non-blank line."""
    return list(iter_jsonl(path, max_size=max_size))


def iter_jsonl(path: Path, *, max_size: int = DEFAULT_MAX_SIZE) -> Iterator[Document]:
    """Yield the documents of a JSON Lines file one at a time, reading line by line (a long
    archive is never held in memory whole; a line longer than ``max_size`` is refused).
    Lines end at ``\n`` only: a U+2028 inside a JSON string is text, not a line break."""
    yield from _iter_jsonl(path, _Reading(max_size=max_size))


def _iter_jsonl(path: Path, reading: _Reading) -> Iterator[Document]:
    fd = _open_regular(path)
    reading.files.append(path)
    with os.fdopen(fd, "rb") as handle:
        number = 0
        while True:
            raw = handle.readline(reading.max_size + 1)
            if not raw:
                break
            number += 1
            where = f"{path}:{number}"
            if len(raw) > reading.max_size:
                while raw and not raw.endswith(b"\n"):  # the rest of the long line
                    raw = handle.readline(1024 * 1024)
                reading.skip(InputError(where, "line " + _too_large(reading.max_size)))
                continue
            try:
                document = _jsonl_line(raw, number, where)
            except InputError as error:
                reading.skip(error)
                continue
            if document is not None:
                yield document


def _jsonl_lines(
    lines: Iterable[bytes], name: str, reading: _Reading | None = None
) -> Iterator[Document]:
    """The documents of JSON Lines already read (standard input), named ``name:LINE``."""
    for number, raw in enumerate(lines, start=1):
        where = f"{name}:{number}"
        try:
            document = _jsonl_line(raw, number, where)
        except InputError as error:
            if reading is None:
                raise
            reading.skip(error)
            continue
        if document is not None:
            yield document


def _jsonl_line(raw: bytes, number: int, where: str) -> Document | None:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(where, f"not UTF-8 text (byte 0x{raw[exc.start]:02x})") from None
    if number == 1:
        line = line.removeprefix("\ufeff")
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise InputError(where, "not valid JSON (nested too deeply)") from None
    if not isinstance(obj, dict):
        raise InputError(where, "each line must be a JSON object")
    return make_document(where, **obj)


def read_text_document(
    path: Path,
    *,
    publisher: str | None,
    published: str | None,
    max_size: int = DEFAULT_MAX_SIZE,
) -> Document:
    """Read one bare text file; its publisher and publication time must be given."""
    return _text_document(path, publisher, published, _Reading(max_size=max_size))


def _text_document(
    path: Path, publisher: str | None, published: str | None, reading: _Reading
) -> Document:
    if not publisher or not published:
        raise InputError(str(path), "a bare text file needs --publisher and --published")
    return make_document(
        str(path),
        id=_safe_id(path.stem),
        text=reading.text(path),
        publisher=publisher,
        published=published,
        path=str(path),
    )


def read_stdin(
    stream: IO[bytes],
    *,
    publisher: str | None = None,
    published: str | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
) -> list[Document]:
    """Read standard input (``-``): JSON Lines when the first non-blank character is ``{``,
    else one plain-text document that needs ``publisher`` and ``published``. At most
    ``max_size`` bytes are read."""
    return _stdin(stream, publisher, published, _Reading(max_size=max_size))


def _stdin(
    stream: IO[bytes], publisher: str | None, published: str | None, reading: _Reading
) -> list[Document]:
    raw = stream.read(reading.max_size + 1)
    if len(raw) > reading.max_size:
        raise InputError("<stdin>", _too_large(reading.max_size))
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise InputError(
            "<stdin>", f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        ) from None
    if text.lstrip().startswith("{"):
        return list(_jsonl_lines(text.encode("utf-8").split(b"\n"), "<stdin>", reading))
    if not publisher or not published:
        raise InputError(
            "<stdin>",
            "plain text on standard input needs --publisher and --published "
            "(or give JSON Lines, one document object per line)",
        )
    return [
        make_document("<stdin>", id="stdin", text=text, publisher=publisher, published=published)
    ]


def _safe_id(stem: str) -> str:
    """A document id from a file name: letters, digits, '.', '_' and single hyphens.

    >>> _safe_id("my file (1)")
    'my-file-1'
    """
    cleaned = re.sub(r"[^A-Za-z0-9._]+", "-", stem).strip("-._")
    return cleaned or "document"


def load_paths(
    paths: Iterable[str | Path],
    *,
    publisher: str | None = None,
    published: str | None = None,
    allow_outside: bool = False,
    max_size: int = DEFAULT_MAX_SIZE,
) -> list[Document]:
    """Read every path (case folder, manifest, JSON Lines or text file) into documents.

    Documents come back sorted by id, so the input order never changes the result.
    """
    return load_inputs(
        paths,
        publisher=publisher,
        published=published,
        allow_outside=allow_outside,
        max_size=max_size,
    ).documents


def load_inputs(
    paths: Iterable[str | Path],
    *,
    publisher: str | None = None,
    published: str | None = None,
    allow_outside: bool = False,
    max_size: int = DEFAULT_MAX_SIZE,
    keep_going: bool = False,
) -> Inputs:
    """Like :func:`load_paths`, and also say what was skipped and which files were read.

    With ``keep_going``, a bad line, manifest entry or file is skipped and listed in
    ``skipped`` (as are later documents reusing an id) instead of raising; the run still
    fails when no document is left.
    """
    paths = list(paths)
    reading = _Reading(allow_outside=allow_outside, max_size=max_size, keep_going=keep_going)
    loaded: list[tuple[Document, str]] = []
    for raw in paths:
        path = Path(raw)
        try:
            found = _load_one(path, publisher=publisher, published=published, reading=reading)
        except InputError as error:
            reading.skip(error)
            continue
        loaded.extend((doc, str(path)) for doc in found)
    first: dict[str, str] = {}
    kept: list[Document] = []
    for doc, where in loaded:
        if doc.id in first:
            reading.skip(
                InputError(
                    where,
                    f"document id {doc.id!r} is already used by a document of "
                    f"{first[doc.id]}; give each document its own id",
                )
            )
            continue
        first[doc.id] = where
        kept.append(doc)
    if not kept:
        raise InputError(", ".join(str(p) for p in paths) or "(no path)", "no documents")
    return Inputs(sorted(kept, key=lambda d: d.id), reading.skipped, reading.files)


def iter_paths(
    paths: Iterable[str | Path],
    *,
    publisher: str | None = None,
    published: str | None = None,
    allow_outside: bool = False,
    max_size: int = DEFAULT_MAX_SIZE,
    keep_going: bool = False,
    skipped: list[SkippedInput] | None = None,
) -> Iterator[Document]:
    """Yield the documents of every path lazily: a JSON Lines archive is read line by line,
    never whole. A document id seen twice is refused, as by :func:`load_paths` (only the
    ids are kept in memory). Order is the input's; the pipeline sorts what it needs.

    With ``keep_going``, a bad line, file or reused id is skipped and appended to
    ``skipped`` (as :func:`load_inputs` does) instead of raising.
    """
    paths = list(paths)
    reading = _Reading(allow_outside=allow_outside, max_size=max_size, keep_going=keep_going)
    if skipped is not None:
        reading.skipped = skipped  # the caller reads what was skipped as the run goes
    seen: set[str] = set()
    count = 0
    for raw in paths:
        path = Path(raw)
        try:
            if path.is_file() and path.suffix.lower() in (".jsonl", ".ndjson"):
                found: Iterable[Document] = _iter_jsonl(path, reading)
            else:
                found = _load_one(path, publisher=publisher, published=published, reading=reading)
            for doc in found:
                if doc.id in seen:
                    reading.skip(
                        InputError(
                            str(path),
                            f"document id {doc.id!r} is used twice; give each document its own id",
                        )
                    )
                    continue
                seen.add(doc.id)
                count += 1
                yield doc
        except InputError as error:
            reading.skip(error)
    if not count:
        raise InputError(", ".join(str(p) for p in paths) or "(no path)", "no documents")


def input_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files a run over ``paths`` reads, without reading any text: the files named,
    and for a case folder or a manifest, the manifest and the files it lists (so that a
    streamed run, which reads lazily, can refuse an output that would replace one)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        manifest = path if path.suffix.lower() == ".toml" else None
        if path.is_dir():
            manifest = next(
                (c for c in (path / MANIFEST_NAME, path / "documents" / MANIFEST_NAME)
                 if c.is_file()),
                None,
            )  # fmt: skip
        elif path.is_file():
            found.append(path)
        if manifest is None or not manifest.is_file():
            continue
        found.append(manifest)
        try:
            entries = tomllib.loads(manifest.read_text("utf-8")).get("document", [])
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue  # the run itself reports it, naming the file
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("file"), str):
                found.append(manifest.parent / entry["file"])
    return found


def _load_one(
    path: Path, *, publisher: str | None, published: str | None, reading: _Reading
) -> list[Document]:
    if str(path) == "-":
        return _stdin(sys.stdin.buffer, publisher, published, reading)
    if path.is_dir():
        for candidate in (path / MANIFEST_NAME, path / "documents" / MANIFEST_NAME):
            if candidate.is_file() or candidate.is_symlink():
                return _read_manifest(candidate, path, reading)
        raise InputError(
            str(path), f"folder has no {MANIFEST_NAME} (nor documents/{MANIFEST_NAME})"
        )
    if not path.exists():
        raise InputError(str(path), "no such file or folder")
    suffix = path.suffix.lower()
    if suffix == ".toml":
        return _read_manifest(path, path.parent, reading)
    if suffix in (".jsonl", ".ndjson"):
        return list(_iter_jsonl(path, reading))
    return [_text_document(path, publisher, published, reading)]


def read_expected(path: Path) -> Expected:
    """Read a worked case's hand-written ``expected.json`` (see docs/cases.md)."""
    try:
        return Expected.model_validate_json(read_text(path))
    except ValidationError as exc:
        raise InputError(str(path), _validation_reason(exc)) from None


CONFIG_KEYS = {"select", "ignore", "fail-on", "policy", "conflict-window"}


def find_config(start: Path) -> Path | None:
    """The config file for a run from ``start``: ``reconcile.toml``, else a
    ``pyproject.toml`` with a ``[tool.reconcile]`` table, in ``start`` or a parent."""
    for folder in [start, *start.parents]:
        if (folder / "reconcile.toml").is_file():
            return folder / "reconcile.toml"
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(read_text(pyproject))
            except (tomllib.TOMLDecodeError, InputError):
                continue  # someone else's broken file: not our settings
            if "reconcile" in data.get("tool", {}):
                return pyproject
    return None


def read_config(path: Path) -> dict[str, Any]:
    """The settings of a config file: ``[tool.reconcile]`` of a pyproject.toml, or the top
    level of a reconcile.toml. Keys: select, ignore (lists of codes or prefixes), fail-on,
    policy, conflict-window (days)."""
    try:
        data = tomllib.loads(read_text(path))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(str(path), f"not valid TOML: {exc}") from None
    table = data.get("tool", {}).get("reconcile", {}) if path.name == "pyproject.toml" else data
    unknown = sorted(set(table) - CONFIG_KEYS)
    if unknown:
        raise InputError(
            str(path), f"unknown setting {unknown[0]!r} (known: {', '.join(sorted(CONFIG_KEYS))})"
        )
    for key in ("select", "ignore"):
        if key in table and not (
            isinstance(table[key], list) and all(isinstance(v, str) for v in table[key])
        ):
            raise InputError(str(path), f"{key} must be a list of rule codes or prefixes")
    return dict(table)
