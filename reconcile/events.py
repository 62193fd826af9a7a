"""Events: group documents into the events they report, before rules run.

An archive holds many events; rules compare figures *within* one event only. Grouping is
*blocking*, as in record linkage: a cheap key narrows the candidates, a score decides.

How a document's event is decided:

1. **Given.** A document with an ``event`` field (JSON Lines key or manifest key) belongs
   to that event, whatever its text says. (The reader gives a manifest's documents the
   manifest's event, or the case folder's name: a case folder is one event's dossier.)
2. **Inferred**, for the others. Two documents are *linked* when all of these hold:

   * **time**: their time spans are at most ``window_days`` apart. A document's span runs
     from the earliest day it refers to (a resolved date such as "on Sunday" or "January
     16", at most ``lookback_days`` before publication) to its publication day. Up to
     ``long_window_days`` apart, the name tests below must hold twice over (twice the
     names, twice the overlap): a late follow-up report must match more strongly;
   * **names**: they share at least ``min_shared`` capitalised names (places, people,
     organisations), and the shared names weigh at least ``min_overlap`` of the lighter
     document's names. A name's weight is ``1 + log(N / df)``: rare names weigh more; a
     name standing after "in", "near", … or before "province", "district", … is a
     **place** and weighs ``place_weight`` times more. When either document names places
     and no shared name is one of them (a follow-up naming only a suburb), the shared
     names must weigh ``placeless_factor`` times the overlap. A capitalised "-ing" word
     opening a sentence ("Speaking on Sunday, ...") is not a name;
   * **kind**: when both documents clearly report a kind of incident (earthquake, air
     strike, protest, … from ``reconcile/data/incidents.toml``), it is the same kind.

   An event is a connected group of linked documents (single linkage), so a story that
   runs for weeks stays one event while each report is near the one before it. A document
   linked to no other is an event of its own. A group of more than
   ``max_event_documents`` is most likely events chained through round-ups (documents
   that tell several): it is grouped again from its links whose shared names weigh
   enough of the *heavier* document's names, raising that share ``split_factor`` times
   per round (at most ``split_rounds``) until every part is small enough.

   Candidates are found by blocking: per name, the documents naming it within the long
   window (a bisection on a sorted list); a name that more than ``block_limit`` documents
   use in those weeks ("Afghanistan" in an Afghan archive, "United Nations") tells no
   event apart: it neither finds candidates nor counts among the shared names. Without
   this, a dense archive chains into one giant event through such names (100,000
   generated reports: one "event" of 67,672 documents). The cost grows with the archive
   times the documents of a few weeks, not with the square of the archive.

Every step is order-free: the same documents give the same events, whatever order they
come in. Event ids are the given key, or ``auto-`` and a hash of the member documents' ids.
The settings are :class:`EventSettings` (``--event-window``, ``--event-long-window``,
``--event-overlap``, ``--event-names``); docs/events.md has the measured defaults.
"""

from __future__ import annotations

import math
import re
import sys
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from itertools import compress, count
from typing import Any

import networkx as nx

from reconcile.data import load_data
from reconcile.estimate import estimate
from reconcile.extract import Extraction, extract_document, merge_extractions
from reconcile.graph import add_findings, build_graph
from reconcile.models import (
    Claim,
    Document,
    Estimate,
    ExtractionWarning,
    Finding,
    QuotedLabel,
    RuleFailure,
    Sentence,
    Source,
    TimeRef,
    Variable,
    content_id,
)
from reconcile.rules import Rule, RuleContext, run_rules
from reconcile.segment import mark_near_repeats, mark_repeats, split_marked
from reconcile.variables import build_variables

__all__ = [
    "DocumentResult",
    "EventAnalysis",
    "EventFeatures",
    "EventSettings",
    "analyse_event",
    "document_features",
    "group_events",
    "process_document",
]


@dataclass(frozen=True)
class EventSettings:
    """How documents are grouped into events (see the module docstring)."""

    window_days: float = 3.0
    long_window_days: float = 21.0
    lookback_days: int = 31
    min_overlap: float = 0.2
    place_weight: float = 2.0
    min_shared: int = 3
    placeless_factor: float = 2.5
    max_event_documents: int = 300
    split_factor: float = 1.5
    split_rounds: int = 6
    use_kind: bool = True
    block_limit: int = 100


@dataclass(frozen=True)
class EventFeatures:
    """What grouping reads of one document."""

    doc_id: str
    given: str | None
    first: date
    last: date
    places: frozenset[str]
    names: frozenset[str]
    kind: str | None
    publisher: str = ""
    text_digest: str = ""  # a verbatim copy of a document is always in its event


@cache
def _incidents() -> dict[str, Any]:
    return load_data("incidents.toml")


@cache
def _kind_words() -> tuple[dict[tuple[str, ...], str], int]:
    """Each incident word or phrase (as a tuple of lower-case words) and its kind."""
    table: dict[tuple[str, ...], str] = {}
    for name, value in sorted(_incidents()["kinds"].items()):
        for phrase in value["words"]:
            table.setdefault(tuple(phrase.lower().split()), name)
    return table, max(len(k) for k in table)


@cache
def _kind_first_words() -> frozenset[str]:
    """The first words of the incident words and phrases."""
    return frozenset(phrase[0] for phrase in _kind_words()[0])


@cache
def _ignored() -> frozenset[str]:
    return frozenset(_incidents()["entities"]["ignore"])


@cache
def _place_words() -> tuple[frozenset[str], frozenset[str]]:
    places = _incidents()["places"]
    return frozenset(places["before"]), frozenset(places["after"])


#: ``bytes.translate`` table keeping the bytes a-z and making every other byte a space
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
#: A name (read by :func:`_is_name`, which tests compare with this pattern)
_NAME = re.compile(r"[A-Z][A-Za-z'’-]*[a-z][A-Za-z'’-]*|[A-Z]{2,}")
#: A word (group 1): ``split`` gives the text between words and the words, in turn.
#: (possessive: nothing follows the repeat, so the regex engine keeps no way back into it)
_WORD = re.compile(r"([A-Za-z][A-Za-z'’-]*+)")
#: The character after "Z": a word that opens on a letter sorts before it when that is a capital
_CAPITAL = "["
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“”\n]\s*|\s[-–—]\s)$")


def _names(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Capitalised names of a text and those of them that stand as places.

    A capitalised word at the start of a sentence counts when the text also writes it
    capitalised elsewhere, or never writes it in lower case ("Tarsun was a city in
    mourning" names Tarsun; "Residents said" names nothing when "residents" appears too).
    Whether a word opens a sentence is read from the (at most three) characters before
    it, which are all between it and the word before: no mark is a word's character.

    >>> names, places = _names("Gunmen killed 3 in Kaduna state. Police said gunmen fled.")
    >>> sorted(names), sorted(places)
    (['kaduna'], ['kaduna'])
    """
    before, after = _place_words()
    ignored = _ignored()
    parts = _WORD.split(text)  # between, word, between, word, ..., between
    words = parts[1::2]
    mid: set[str] = set()
    initial: set[str] = set()
    places: set[str] = set()
    # a name starts with a capital A-Z: only the words that do are visited (a word starts
    # with a letter, so it sorts before "[" when that is a capital; picked by a
    # comprehension, a fifth cheaper than ``map`` calling the bound ``str.__gt__``)
    for k in [k for k, word in enumerate(words) if word < _CAPITAL]:
        word = words[k]
        if not _is_name(word):
            continue
        # interned: an archive's documents share their names, so memory holds each once
        key = sys.intern(word.lower().removesuffix("'s").removesuffix("’s"))
        if key in ignored or len(key) < 3:
            continue
        between = parts[2 * k]
        if between != " " and _SENTENCE_END.search(between[-3:]):  # (one space: mid-sentence)
            initial.add(key)
            continue
        mid.add(key)
        j = k - 1
        while j > k - 4 and j >= 0 and words[j][0] <= "Z" and _is_name(words[j]):
            j -= 1
        prev = words[j].lower() if j >= 0 else ""
        if j >= k - 3 and prev in before:
            places.add(key)
        if k + 1 < len(words) and words[k + 1].lower() in after:
            places.add(key)
    # a key is in lower case: it is written so in the text when it stands among its words
    written = set(words)
    # an -ing word opening a sentence ("Describing the raid, ...") is a verb, not a name
    names = frozenset(mid | {w for w in initial if w not in written and not w.endswith("ing")})
    return names, frozenset(places & names)


def _is_name(word: str) -> bool:
    """Whether a word of the text (``_WORD``) that opens on a capital is a name:
    ``_NAME.fullmatch(word)`` (a lower-case letter after the capital, or capitals alone, two
    or more) read by string methods, a tenth of a pattern's call. A word's other
    characters are letters, apostrophes and hyphens, which ``upper`` leaves but for the
    lower-case letters.

    >>> [_is_name(w) for w in ["Kano", "NATO", "US-led", "A", "UN-", "O'N"]]
    [True, True, True, False, False, False]
    """
    return word.upper() != word or (len(word) > 1 and word.isalpha())


def _kind(text: str) -> str | None:
    """The kind of incident a text uses most words of, when it clearly leads.

    >>> _kind("The quake struck at dawn; the earthquake's magnitude was 6.3.")
    'earthquake'
    >>> _kind("Nothing happened.") is None
    True
    """
    table, longest = _kind_words()
    firsts = _kind_first_words()
    words = _lower_words(text)
    counts = dict.fromkeys(sorted(set(table.values())), 0)
    # every phrase looked up starts with one of ``firsts``: only where one stands (found
    # at C speed)
    for k in compress(count(), map(firsts.__contains__, words)):
        for size in range(1, longest + 1):
            kind = table.get(tuple(words[k : k + size]))
            if kind is not None:
                counts[kind] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    best, runner = ranked[0], ranked[1]
    if best[1] >= 2 and best[1] >= 2 * runner[1]:
        return best[0]
    return None


def _lower_words(text: str) -> list[str]:
    """The runs of letters a-z of a text in lower case: ``re.findall("[a-z]+", text.lower())``
    at half its cost. Every other character, one byte once encoded (a non-ASCII one
    is one ``?``), is made a space, so the words are what ``split`` leaves.

    >>> _lower_words("The quake’s toll: 6.3 — Größe")
    ['the', 'quake', 's', 'toll', 'gr', 'e']
    """
    letters = text.lower().encode("ascii", "replace").translate(_LETTERS_ONLY)
    return letters.decode("ascii").split()


def _days_before(day: date, days: int) -> date:
    """``day`` less ``days`` days, or the first day of the calendar when that falls before
    it (a document dated in year 1)."""
    try:
        return day - timedelta(days=days)
    except OverflowError:
        return date.min


def document_features(
    doc: Document, times: Iterable[TimeRef] = (), settings: EventSettings | None = None
) -> EventFeatures:
    """What grouping reads of a document: its time span, names, places and kind.

    ``times`` are the document's resolved time expressions (from extraction); those more
    than ``lookback_days`` before publication, or after it, are left out.
    """
    settings = settings or EventSettings()
    day = doc.published.date()
    first = day
    earliest = _days_before(day, settings.lookback_days)
    for time in times:
        if earliest <= time.start <= day:
            first = min(first, time.start)
    names, places = _names(f"{doc.title}.\n{doc.text}" if doc.title else doc.text)
    return EventFeatures(
        doc_id=doc.id,
        given=doc.event,
        first=first,
        last=day,
        places=places,
        names=names,
        kind=_kind(doc.text) if settings.use_kind else None,
        publisher=doc.publisher,
        text_digest=content_id(doc.text, length=32),
    )


def shared_strings(features: EventFeatures) -> EventFeatures:
    """The same features with their names interned: features reach the process that
    groups them one pickle at a time, each with its own copies of the strings, and an
    archive's documents share most of their names (100,000 documents hold millions of
    name strings but a few hundred thousand distinct ones)."""
    return replace(
        features,
        names=frozenset(map(sys.intern, features.names)),
        places=frozenset(map(sys.intern, features.places)),
    )


def _gap(a: EventFeatures, b: EventFeatures) -> int:
    """Days between two documents' time spans (0 when they overlap)."""
    if a.last < b.first:
        return (b.first - a.last).days
    if b.last < a.first:
        return (a.first - b.last).days
    return 0


class _UnionFind:
    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {item: item for item in items}

    def find(self, item: str) -> str:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            low, high = sorted((ra, rb))
            self.parent[high] = low


def event_id_of(doc_ids: Iterable[str]) -> str:
    """The id of an inferred event: made from its documents' ids, never from a counter.

    >>> event_id_of(["b", "a"]) == event_id_of(["a", "b"])
    True
    """
    return "auto-" + content_id(*sorted(doc_ids))


def group_events(
    features: Sequence[EventFeatures], settings: EventSettings | None = None
) -> dict[str, str]:
    """Each document's event id (see the module docstring): ``{doc_id: event_id}``.

    >>> from datetime import date
    >>> f = lambda i, places, day: EventFeatures(i, None, date(2020, 1, day),
    ...     date(2020, 1, day), frozenset(places), frozenset(places), None)
    >>> herat, kano = {"herat", "zinda", "jan"}, {"kano", "kura", "tudun"}
    >>> groups = group_events([f("a", herat, 1), f("b", herat, 3),
    ...                        f("c", kano, 2), f("d", herat, 30)])
    >>> groups["a"] == groups["b"], groups["a"] == groups["c"], groups["a"] == groups["d"]
    (True, False, False)
    """
    settings = settings or EventSettings()
    result: dict[str, str] = {}
    free = sorted((f for f in features if f.given is None), key=lambda f: f.doc_id)
    for f in features:
        if f.given is not None:
            result[f.doc_id] = f.given
    if not free:
        return result
    df: Counter[str] = Counter()
    for f in free:
        df.update(f.names)
    n = len(free)

    idf = {name: 1.0 + math.log(n / count) for name, count in df.items()}

    def weight(name: str, places: frozenset[str]) -> float:
        """A name's weight: its idf, times ``place_weight`` when one of ``places``."""
        return idf[name] * settings.place_weight if name in places else idf[name]

    totals = {f.doc_id: sum(weight(k, f.places) for k in f.names) for f in free}
    # a shared name weighs the more of its two weights: idf x place_weight when a place of
    # either document (of both, if place_weight < 1), else its idf
    heavier_as_place = settings.place_weight >= 1
    by_id = {f.doc_id: f for f in free}
    # blocking: per name, its documents sorted by last day, so that only those within the
    # long window are visited (a bisection, not a scan of the archive); two flat lists per
    # name, not a list of pairs (a pair per name and document is most of the memory)
    postings: dict[str, list[str]] = defaultdict(list)
    days: dict[str, list[int]] = defaultdict(list)
    for f in sorted(free, key=lambda f: (f.last, f.doc_id)):
        day = f.last.toordinal()
        for name in f.names:
            postings[name].append(f.doc_id)
            days[name].append(day)
    reach = math.ceil(settings.long_window_days)
    uf = _UnionFind(by_id)
    same_text: dict[str, str] = {}
    # (share of the heavier document's name weight shared, a, b): a round-up naming many
    # events shares all of a short report's names, but few of its own
    links: list[tuple[float, str, str]] = []
    for f in free:  # a verbatim copy, whatever its date or publisher, is the same event
        if f.text_digest:
            first = same_text.setdefault(f.text_digest, f.doc_id)
            uf.union(first, f.doc_id)
            links.append((math.inf, first, f.doc_id))
    window = settings.window_days
    for f in free:
        low = f.first.toordinal() - reach
        high = f.last.toordinal() + reach + settings.lookback_days
        # per candidate, how many of f's names it shares outside ``common``: a document's
        # day is the same under each name, so it is met once per shared name, and one
        # that shares fewer than ``min_shared`` can never link (at 100,000 reports 86%
        # of the candidates met, each a set intersection and a day gap spared)
        met: list[str] = []
        common: set[str] = set()
        for name in f.names:
            a, b = bisect_left(days[name], low), bisect_right(days[name], high)
            if (df[name] == n and n > 2) or b - a > settings.block_limit:
                common.add(name)  # in every document, or in too many of these weeks
                continue
            met += postings[name][a:b]
        sharing = Counter(met)
        least = settings.min_shared
        for other_id in sorted(i for i, k in sharing.items() if k >= least and i > f.doc_id):
            g = by_id[other_id]
            gap = _gap(f, g)
            if gap > settings.long_window_days:
                continue
            strict = 2 if gap > window else 1  # a later report must match twice as well
            if settings.use_kind and f.kind and g.kind and f.kind != g.kind:
                continue
            shared = (f.names & g.names) - common
            if len(shared) < settings.min_shared * strict:
                continue
            places = f.places | g.places
            placed = places if heavier_as_place else f.places & g.places
            score = sum(weight(k, placed) for k in shared)
            lighter = min(totals[f.doc_id], totals[g.doc_id])
            if places and not (shared & places):
                strict *= settings.placeless_factor  # names alone must match better
            if lighter and score / lighter >= settings.min_overlap * strict:
                uf.union(f.doc_id, other_id)
                heavier = max(totals[f.doc_id], totals[other_id])
                links.append((score / heavier, f.doc_id, other_id))
    for group in _components(uf, by_id):
        for part in _split_oversize(group, links, settings):
            event = event_id_of(part)
            for doc_id in part:
                result[doc_id] = event
    return result


def _components(uf: _UnionFind, items: Iterable[str]) -> list[list[str]]:
    members: dict[str, list[str]] = defaultdict(list)
    for item in items:
        members[uf.find(item)].append(item)
    return list(members.values())


def _split_oversize(
    group: list[str], links: list[tuple[float, str, str]], settings: EventSettings
) -> list[list[str]]:
    """A group of more than ``max_event_documents`` is most likely a chain of events
    joined through documents that tell several (round-ups): it is grouped again from its
    own links, keeping only those whose shared names weigh at least ``min_overlap`` of the
    *heavier* document's, then ``split_factor`` times that, and so on, until every part is
    small enough or ``split_rounds`` have passed."""
    parts = [group]
    threshold = settings.min_overlap / settings.split_factor
    for _ in range(settings.split_rounds):
        if all(len(p) <= settings.max_event_documents for p in parts):
            break
        threshold *= settings.split_factor
        regrouped = []
        for part in parts:
            if len(part) <= settings.max_event_documents:
                regrouped.append(part)
                continue
            inside = set(part)
            uf = _UnionFind(part)
            for strength, a, b in links:
                if strength >= threshold and a in inside and b in inside:
                    uf.union(a, b)
            regrouped.extend(_components(uf, part))
        parts = regrouped
    return parts


# --- the per-document and per-event stages -------------------------------------------------


@dataclass(frozen=True)
class DocumentResult:
    """Everything computed from one document alone: its sentences (repeats within it
    marked), its extraction, and what grouping reads of it. Picklable, for executors."""

    document: Document
    sentences: list[Sentence]
    extraction: Extraction
    features: EventFeatures


def process_document(doc: Document, settings: EventSettings | None = None) -> DocumentResult:
    """The per-document stage: sentences, repeats within the document, claims, features."""
    sentences = split_marked(doc)
    extraction = extract_document(doc, sentences)
    features = document_features(doc, extraction.times, settings)
    return DocumentResult(doc, sentences, extraction, features)


@dataclass
class EventAnalysis:
    """Everything the per-event stage found: the inputs of one event's part of the report."""

    event_id: str
    documents: list[Document]
    sentences: list[Sentence]
    times: list[TimeRef]
    labels: list[QuotedLabel]
    sources: list[Source]
    claims: list[Claim]
    variables: list[Variable]
    findings: list[Finding]  # as run_rules gives them: by code, then position
    estimates: list[Estimate]
    errors: list[RuleFailure]
    features: list[EventFeatures] = field(default_factory=list)
    graph: nx.MultiDiGraph | None = None
    warnings: list[ExtractionWarning] = field(default_factory=list)


def _event_sentences(results: list[DocumentResult]) -> list[Sentence]:
    """The sentences of an event's documents (sorted by id), repeats marked across them:
    verbatim, then near. A one-document event's are its document's as they are: repeats
    within a document are marked already, and near repeats are only of another document."""
    if len(results) == 1:
        return list(results[0].sentences)
    docs = [r.document for r in results]
    marked = [s for r in results for s in r.sentences]  # marked again among all of them
    return mark_near_repeats(docs, mark_repeats(docs, marked))


def _duplicates(sentences: Iterable[Sentence]) -> set[str]:
    return {s.id for s in sentences if s.duplicate_of is not None}


def _reconcile_repeats(result: DocumentResult, sentences: list[Sentence]) -> Extraction:
    """A document's extraction once the event's other documents are known.

    Sentences that now repeat an earlier document's carry no claims of their own: their
    claims, times and labels are dropped. That is what extracting again would give, since
    extraction attributes every sentence (repeats too) and reads each other sentence's
    claims from that sentence alone; only a quoted label in a dropped sentence may have
    named a source of its own, so then the document is extracted again.
    (``tests/test_events.py`` checks both ways agree on every worked case.)
    """
    before = _duplicates(result.sentences)
    now = _duplicates(sentences)
    if now == before:
        return result.extraction
    dropped = now - before
    spans = [(s.span.start, s.span.end) for s in sentences if s.id in dropped]
    if not dropped <= now or before - now:
        return extract_document(result.document, sentences)

    def inside(start: int) -> bool:
        return any(a <= start < b for a, b in spans)

    part = result.extraction
    if any(inside(x.span.start) for x in part.labels):
        return extract_document(result.document, sentences)
    return Extraction(
        claims=[c for c in part.claims if c.sentence_id not in dropped],
        times=[t for t in part.times if not inside(t.span.start)],
        sources=part.sources,
        labels=part.labels,
        warnings=[w for w in part.warnings if not inside(w.span.start)],
    )


def analyse_event(
    event_id: str,
    results: Iterable[DocumentResult],
    rules: Sequence[Rule],
    *,
    settings: dict[str, Any] | None = None,
    policy: str = "reconcile",
    keep_graph: bool = False,
) -> EventAnalysis:
    """The per-event stage: repeats across the event's documents, then the graph, the rules
    and the estimates — the same functions as a one-event run, so an input that is one
    event gives exactly the findings it always gave.

    A document with sentences that repeat an earlier document's loses those sentences'
    claims (see :func:`_reconcile_repeats`); the others keep the per-document stage's.
    """
    results = sorted(results, key=lambda r: r.document.id)
    docs = [r.document for r in results]
    sentences = _event_sentences(results)
    by_doc: dict[str, list[Sentence]] = defaultdict(list)
    for sent in sentences:
        by_doc[sent.span.doc_id].append(sent)
    parts = []
    for r in results:
        mine = by_doc.get(r.document.id, [])
        parts.append(_reconcile_repeats(r, mine))
    extraction = merge_extractions(parts)
    variables = build_variables(extraction.claims)
    G = build_graph(docs, sentences, extraction.claims, extraction.sources, variables)
    ctx = RuleContext(documents={d.id: d for d in docs}, settings=dict(settings or {}))
    findings, errors = run_rules(G, ctx, rules)
    if keep_graph:  # the findings' relation edges are read only from a kept graph
        add_findings(G, findings)
    return EventAnalysis(
        event_id=event_id,
        documents=docs,
        sentences=sentences,
        times=extraction.times,
        labels=extraction.labels,
        sources=extraction.sources,
        claims=extraction.claims,
        variables=variables,
        findings=findings,
        estimates=estimate(G, policy),
        errors=errors,
        features=[r.features for r in results],
        graph=G if keep_graph else None,
        warnings=extraction.warnings,
    )
