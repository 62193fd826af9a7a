"""Reading input: good inputs in every format, and every kind of bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reconcile.errors import InputError
from reconcile.io import load_paths

MANIFEST = """
[[document]]
file = "a.txt"
publisher = "Wire"
published = 2020-05-01
"""


def _case(tmp_path: Path, manifest: str = MANIFEST, text: str | bytes = "Two died.") -> Path:
    (tmp_path / "documents.toml").write_text(manifest, encoding="utf-8")
    target = tmp_path / "a.txt"
    if isinstance(text, bytes):
        target.write_bytes(text)
    else:
        target.write_text(text, encoding="utf-8")
    return tmp_path


def test_case_folder_with_manifest(tmp_path: Path) -> None:
    (doc,) = load_paths([_case(tmp_path)])
    assert doc.id == "a"
    assert doc.publisher == "Wire"
    assert doc.published.isoformat() == "2020-05-01T00:00:00+00:00"


def test_manifest_in_documents_subfolder(tmp_path: Path) -> None:
    sub = tmp_path / "documents"
    sub.mkdir()
    _case(sub)
    assert [d.id for d in load_paths([tmp_path])] == ["a"]


def test_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "archive.jsonl"
    rows = [
        {"id": "b", "text": "Three died.", "publisher": "P", "published": "2020-05-02T10:00:00Z"},
        {"text": "One died.", "publisher": "Q", "published": "2020-05-01"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    docs = load_paths([path])
    assert len(docs) == 2
    assert docs == sorted(docs, key=lambda d: d.id)
    derived = next(d for d in docs if d.id != "b")
    assert derived.id.startswith("doc-")


def test_bare_text_file(tmp_path: Path) -> None:
    path = tmp_path / "article one.txt"
    path.write_text("Five died.", encoding="utf-8")
    (doc,) = load_paths([path], publisher="RFE/RL", published="2012-07-29")
    assert doc.id == "article-one"


def test_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    (doc,) = load_paths([_case(tmp_path, text="\ufeffTwo died.".encode())])
    assert doc.text == "Two died."


@pytest.mark.parametrize(
    ("setup", "reason"),
    [
        (lambda p: p / "missing.txt", "no such file"),
        (lambda p: _case(p, text=b"caf\xe9 closed"), "not UTF-8"),
        (lambda p: _case(p, text="   \n "), "empty"),
        (lambda p: _case(p, MANIFEST.replace("a.txt", "gone.txt")), "missing file 'gone.txt'"),
        (lambda p: _case(p, MANIFEST.replace("2020-05-01", '"last Tuesday"')), "ISO 8601"),
        (lambda p: _case(p, MANIFEST.replace('publisher = "Wire"\n', "")), "missing key"),
        (lambda p: _case(p, MANIFEST + "colour = 1\n"), "unknown key"),
        (lambda p: _case(p, "[[document]\n"), "not valid TOML"),
        (lambda p: p, "has no documents.toml"),
    ],
)
def test_bad_input_is_one_line_naming_the_file(tmp_path: Path, setup, reason: str) -> None:
    target = setup(tmp_path)
    with pytest.raises(InputError) as caught:
        load_paths([target])
    message = str(caught.value)
    assert reason in message
    assert "\n" not in message
    assert str(tmp_path) in message


def test_bare_text_needs_publisher_and_date(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Two died.", encoding="utf-8")
    with pytest.raises(InputError, match="--publisher and --published"):
        load_paths([path])


def test_bad_jsonl_line_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"text": "a", "publisher": "P", "published": "2020-01-01"}\n{oops\n')
    with pytest.raises(InputError, match=r"x\.jsonl:2: not valid JSON"):
        load_paths([path])


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    row = json.dumps({"id": "same", "text": "a", "publisher": "P", "published": "2020-01-01"})
    path.write_text(row + "\n" + row + "\n")
    with pytest.raises(InputError, match="already used"):
        load_paths([path])


# BUGS: one test per input bug fixed after review


def test_jsonl_key_named_where_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(
        '{"text": "Two died.", "publisher": "W", "published": "2020-01-01", "where": "x"}\n'
    )
    with pytest.raises(InputError, match="where"):
        load_paths([path])


def test_jsonl_with_a_line_separator_inside_a_string(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    row = {"text": "Two died.\u2028Three fled.", "publisher": "W", "published": "2020-01-01"}
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = load_paths([path])
    assert "\u2028" in doc.text


def test_a_number_is_not_a_publication_date(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"text": "Two died.", "publisher": "W", "published": 20200101}\n')
    with pytest.raises(InputError, match="not a number"):
        load_paths([path])


def test_manifest_file_name_with_spaces_and_brackets(tmp_path: Path) -> None:
    (tmp_path / "my file (1).txt").write_text("Two died.", encoding="utf-8")
    (tmp_path / "documents.toml").write_text(MANIFEST.replace("a.txt", "my file (1).txt"))
    (doc,) = load_paths([tmp_path])
    assert doc.id == "my-file-1"
