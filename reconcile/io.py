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

Every problem raises :class:`~reconcile.errors.InputError` with the file and the reason.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from reconcile.errors import InputError
from reconcile.models import Document, Expected

MANIFEST_NAME = "documents.toml"
_MANIFEST_KEYS = {"file", "id", "publisher", "published", "url", "title", "event"}


def read_text(path: Path) -> str:
    """Read a UTF-8 text file (a leading byte-order mark is dropped)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a folder, expected a file") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
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


def read_manifest(manifest: Path) -> list[Document]:
    """Read a ``documents.toml`` manifest and the text files it names."""
    try:
        data = tomllib.loads(read_text(manifest))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(str(manifest), f"not valid TOML: {exc}") from None
    default_event = _dossier_event(manifest, data.get("event"))
    entries = data.get("document")
    if not isinstance(entries, list) or not entries:
        raise InputError(str(manifest), "no [[document]] tables in the manifest")
    documents = []
    for number, entry in enumerate(entries, start=1):
        where = f"{manifest} (document {number})"
        if not isinstance(entry, dict):
            raise InputError(where, "each [[document]] must be a table")
        unknown = sorted(set(entry) - _MANIFEST_KEYS)
        if unknown:
            raise InputError(where, f"unknown key {unknown[0]!r}")
        for key in ("file", "publisher", "published"):
            if key not in entry:
                raise InputError(where, f"missing key {key!r}")
        text_path = manifest.parent / str(entry["file"])
        if not text_path.is_file():
            raise InputError(str(manifest), f"names a missing file {entry['file']!r}")
        fields = {k: v for k, v in entry.items() if k != "file"}
        fields.setdefault("id", _safe_id(text_path.stem))
        fields.setdefault("event", default_event)
        documents.append(
            make_document(str(text_path), text=read_text(text_path), path=str(text_path), **fields)
        )
    return documents


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


def read_jsonl(path: Path) -> list[Document]:
    """Read a JSON Lines file: one document object per non-blank line."""
    return list(iter_jsonl(path))


def iter_jsonl(path: Path) -> Iterator[Document]:
    """Yield the documents of a JSON Lines file one at a time, reading line by line (a long
    archive is never held in memory whole). Lines end at ``\n`` only: a U+2028 inside a
    JSON string is text, not a line break."""
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    with handle:
        yield from _jsonl_lines(handle, str(path))


def _jsonl_lines(lines: Iterable[bytes], name: str) -> Iterator[Document]:
    for number, raw in enumerate(lines, start=1):
        where = f"{name}:{number}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(where, f"not UTF-8 text (byte 0x{raw[exc.start]:02x})") from None
        if number == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(where, f"not valid JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise InputError(where, "each line must be a JSON object")
        yield make_document(where, **obj)


def read_text_document(path: Path, *, publisher: str | None, published: str | None) -> Document:
    """Read one bare text file; its publisher and publication time must be given."""
    if not publisher or not published:
        raise InputError(str(path), "a bare text file needs --publisher and --published")
    return make_document(
        str(path),
        id=_safe_id(path.stem),
        text=read_text(path),
        publisher=publisher,
        published=published,
        path=str(path),
    )


def read_stdin(
    stream: IO[bytes], *, publisher: str | None = None, published: str | None = None
) -> list[Document]:
    """Read standard input (``-``): JSON Lines when the first non-blank character is ``{``,
    else one plain-text document that needs ``publisher`` and ``published``."""
    raw = stream.read()
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise InputError(
            "<stdin>", f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        ) from None
    if text.lstrip().startswith("{"):
        return list(_jsonl_lines(text.encode("utf-8").split(b"\n"), "<stdin>"))
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
    paths: Iterable[str | Path], *, publisher: str | None = None, published: str | None = None
) -> list[Document]:
    """Read every path (case folder, manifest, JSON Lines or text file) into documents.

    Documents come back sorted by id, so the input order never changes the result.
    """
    paths = list(paths)
    loaded: list[tuple[Document, str]] = []
    for raw in paths:
        path = Path(raw)
        loaded.extend(
            (doc, str(path)) for doc in _load_one(path, publisher=publisher, published=published)
        )
    first: dict[str, str] = {}
    for doc, where in loaded:
        if doc.id in first:
            raise InputError(
                where,
                f"document id {doc.id!r} is already used by a document of "
                f"{first[doc.id]}; give each document its own id",
            )
        first[doc.id] = where
    if not loaded:
        raise InputError(", ".join(str(p) for p in paths) or "(no path)", "no documents")
    return sorted((doc for doc, _ in loaded), key=lambda d: d.id)


def iter_paths(
    paths: Iterable[str | Path], *, publisher: str | None = None, published: str | None = None
) -> Iterator[Document]:
    """Yield the documents of every path lazily: a JSON Lines archive is read line by line,
    never whole. A document id seen twice is refused, as by :func:`load_paths` (only the
    ids are kept in memory). Order is the input's; the pipeline sorts what it needs."""
    paths = list(paths)
    seen: set[str] = set()
    count = 0
    for raw in paths:
        path = Path(raw)
        if path.is_file() and path.suffix.lower() in (".jsonl", ".ndjson"):
            found: Iterable[Document] = iter_jsonl(path)
        else:
            found = _load_one(path, publisher=publisher, published=published)
        for doc in found:
            if doc.id in seen:
                raise InputError(
                    str(path),
                    f"document id {doc.id!r} is used twice; give each document its own id",
                )
            seen.add(doc.id)
            count += 1
            yield doc
    if not count:
        raise InputError(", ".join(str(p) for p in paths) or "(no path)", "no documents")


def _load_one(path: Path, *, publisher: str | None, published: str | None) -> list[Document]:
    if str(path) == "-":
        return read_stdin(sys.stdin.buffer, publisher=publisher, published=published)
    if path.is_dir():
        for candidate in (path / MANIFEST_NAME, path / "documents" / MANIFEST_NAME):
            if candidate.is_file():
                return read_manifest(candidate)
        raise InputError(
            str(path), f"folder has no {MANIFEST_NAME} (nor documents/{MANIFEST_NAME})"
        )
    if not path.exists():
        raise InputError(str(path), "no such file or folder")
    suffix = path.suffix.lower()
    if suffix == ".toml":
        return read_manifest(path)
    if suffix in (".jsonl", ".ndjson"):
        return read_jsonl(path)
    return [read_text_document(path, publisher=publisher, published=published)]


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
