"""Fuzz the library with generated hostile documents for a time budget; print the figures.

Usage::

    python benchmarks/fuzz.py [--minutes 5] [--seed 0] [--failures DIR]

Each execution builds one to three documents from news-like words, number forms
('1 000', '1.000', '١٬٢٠٠'), vague words at the end of the text, invisible and control
characters, random Unicode (lone surrogates included), long enumerations and extreme
publication dates, then checks the library's contract (the properties of
tests/test_properties.py, on a long budget):

* no exception but the documented ones (pydantic's ValidationError when building a
  Document, ReconcileError from check);
* every span slices back to its surface; the report validates against
  docs/report.schema.json; the text view holds no raw control character;
* the report is identical byte for byte for any document order;
* adding a verbatim copy of a document (under another id) never changes an estimate.

Prints executions, failures and executions per second; each failure is written to
``--failures`` as JSON (the documents and the traceback) so that it can be replayed.
Not collected by pytest.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jsonschema
from pydantic import ValidationError

import reconcile
from reconcile.errors import ReconcileError
from reconcile.render import render_text
from reconcile.report import report_json

ROOT = Path(__file__).resolve().parent.parent
WORDS = (
    "the ministry said police Tajik prosecutors according to officials told soldiers were "
    "killed wounded militants civilians and , ; . at least more than about dozens of several "
    "including rose to from he she it a soldier was shot dead on Tuesday yesterday overnight "
    "last week this month in July 2012 people died injured arrested missing 17 48 1,200 two "
    "twenty-three one hundred $5 million 40% of the harvest between 10 and 15 10-15 up from "
    "38 the agency Red Cross (WHO) WHO said no one nobody was hurt killing 3.30 pm aged 45 "
    "Flight 17 + - — : ' \" “ ” ( ) [ ]"
).split()
FORMS = [
    "1 000", "1\u00a0000", "1\u202f000", "1\u2009000", "1\u200d000", "1,00,000", "1.000",
    "1.000.000", "1,5 Mio", "12 345", "\u0661\u066c\u0662\u0660\u0660", "\u0661\u0662\u0660\u0660",
    "\u200f17", "17\u200e", "1'000", "2.000,5", "29.07.2012", "999999 days ago",
    "99999999999999999999", "1e5", "0.5", "-3", "+7 (495) 123-45-67",
]  # fmt: skip
ODD = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\t", "\x00", "\x1b[2J", "\ufeff", "\u202e",
       "\ud800", "\U0001f600", "\u0301", "  ", "..."]  # fmt: skip
ENDINGS = ["several", "dozens", "hundreds of", "a dozen", "some", "at least", "up to"]


def _text(rng: random.Random) -> str:
    parts: list[str] = []
    for _ in range(rng.randint(1, 80)):
        roll = rng.random()
        if roll < 0.65:
            parts.append(rng.choice(WORDS))
        elif roll < 0.8:
            parts.append(rng.choice(FORMS))
        elif roll < 0.9:
            parts.append(rng.choice(ODD))
        else:
            parts.append("".join(chr(rng.randint(0, 0x2FFFF)) for _ in range(rng.randint(1, 4))))
    if rng.random() < 0.05:
        parts.append(", ".join(str(rng.randint(1, 999)) for _ in range(rng.randint(50, 600))))
    if rng.random() < 0.15:
        parts.append(rng.choice(ENDINGS))  # a vague word ending the text, no full stop
    return rng.choice([" ", " ", "", "\n"]).join(parts)


def _published(rng: random.Random) -> datetime:
    roll = rng.random()
    if roll < 0.1:
        return datetime(1, 1, 1, tzinfo=UTC) + timedelta(days=rng.randint(0, 30))
    if roll < 0.2:
        return datetime(9999, 12, 31, tzinfo=UTC) - timedelta(days=rng.randint(0, 30))
    return datetime(2000, 1, 1, tzinfo=UTC) + timedelta(seconds=rng.randint(0, 10**9))


def _documents(rng: random.Random) -> list[dict]:
    return [
        {
            "id": f"d{n}-{rng.randint(0, 9)}",
            "text": _text(rng),
            "publisher": rng.choice(["Wire", "RFE/RL", "Evil\nR101 forged", "\x1b[31mRed"]),
            "published": _published(rng).isoformat(),
        }
        for n in range(rng.randint(1, 3))
    ]


def _check_contract(rows: list[dict], validator: jsonschema.protocols.Validator) -> None:
    docs = []
    for row in rows:
        try:
            docs.append(reconcile.Document(**row))
        except ValidationError:
            continue  # documented: blank text, lone surrogate, …
    if not docs:
        return
    try:
        report = reconcile.check(docs)
    except ReconcileError:
        return  # documented
    texts = {d.id: d.text for d in docs}
    for item in [*report.claims, *report.times, *report.warnings]:
        assert texts[item.span.doc_id][item.span.start : item.span.end] == item.surface, item
    for sentence in report.sentences:
        assert texts[sentence.span.doc_id][sentence.span.start : sentence.span.end] == (
            sentence.text
        )
    rendered = report_json(report)
    errors = list(validator.iter_errors(json.loads(rendered)))
    assert not errors, errors[0].message
    view = render_text(report)
    assert not any(ch in view for ch in "\x00\x1b\r\u2028\u202e"), "raw control character"
    assert report_json(reconcile.check(list(reversed(docs)))) == rendered, "order changes output"
    copy = docs[0].model_copy(update={"id": docs[0].id + "-copy"})
    doubled = reconcile.check([*docs, copy])
    assert [(e.variable_id, e.low, e.best, e.high) for e in doubled.estimates] == [
        (e.variable_id, e.low, e.best, e.high) for e in report.estimates
    ], "a verbatim copy changed an estimate"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0, help="time budget (default 5)")
    parser.add_argument("--seed", type=int, default=0, help="first seed (default 0)")
    parser.add_argument("--failures", type=Path, default=Path("fuzz-failures"))
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    schema = json.loads((ROOT / "docs" / "report.schema.json").read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    deadline = time.monotonic() + args.minutes * 60
    executions = failures = 0
    kinds: dict[str, int] = {}
    seed = args.seed
    began = time.monotonic()
    while time.monotonic() < deadline:
        rows = _documents(random.Random(seed))
        try:
            _check_contract(rows, validator)
        except Exception as exc:  # a broken contract: keep it for replay
            failures += 1
            kind = f"{type(exc).__name__}: {str(exc)[:80]}"
            kinds[kind] = kinds.get(kind, 0) + 1
            args.failures.mkdir(parents=True, exist_ok=True)
            (args.failures / f"seed-{seed}.json").write_text(
                json.dumps(
                    {"seed": seed, "documents": rows, "error": traceback.format_exc()},
                    ensure_ascii=True,
                    indent=1,
                )
            )
        executions += 1
        seed += 1
    elapsed = time.monotonic() - began
    print(f"executions {executions}, failures {failures}, {executions / elapsed:.1f}/s, "
          f"seeds {args.seed}..{seed - 1}, {elapsed / 60:.1f} min")  # fmt: skip
    for kind, count in sorted(kinds.items(), key=lambda item: -item[1]):
        print(f"  {count:5d}  {kind}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
