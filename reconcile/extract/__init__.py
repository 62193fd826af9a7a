"""Claims out of sentences: numbers, who said them, and when.

One module per claim kind (``numbers``, ``attribution``, ``dates``); this package's
:func:`extract` runs them over the first occurrence of every sentence (verbatim repeats
carry no claims of their own) and assembles frozen claim models.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache

from reconcile.extract.attribution import (
    attribute_sentences,
    source_before,
    source_id,
    source_of_publisher,
)
from reconcile.extract.counts import Count, count_mentions
from reconcile.extract.cues import find_quoted_labels, find_retractions
from reconcile.extract.dates import find_times
from reconcile.extract.lexicon import load_data
from reconcile.extract.lists import place_list_counts
from reconcile.extract.numbers import find_numbers
from reconcile.extract.statements import find_statements
from reconcile.models import (
    Attribution,
    Claim,
    Document,
    ExtractionWarning,
    NumericClaim,
    QuotedLabel,
    Sentence,
    Source,
    Span,
    StatementClaim,
    TimeRef,
    variable_id,
)

__all__ = ["Extraction", "extract", "extract_document", "merge_extractions"]


@dataclass(frozen=True)
class Extraction:
    """What extraction found in a set of documents."""

    claims: list[Claim]
    times: list[TimeRef]
    sources: list[Source]
    labels: list[QuotedLabel] = field(default_factory=list)
    warnings: list[ExtractionWarning] = field(default_factory=list)


_EARLIER = ("earlier", "previously", "before that", "prior to that")


def publisher_source(doc: Document) -> Source:
    """The source standing for a document's publisher: its own voice (an organisation's
    own release speaks as that organisation, see ``attribution.source_of_publisher``)."""
    return source_of_publisher(doc.publisher)


def _nearest(times: list[TimeRef], start: int) -> TimeRef | None:
    """The time expression of a sentence nearest to a claim."""
    if not times:
        return None
    return min(times, key=lambda t: (abs(t.span.start - start), t.span.start))


_SAID = re.compile(
    r"\b(?:said|says|told|announced|reported|confirmed|added)(?:\s+[A-Z][\w'’-]*){0,3}\s+$"
)


def _refers_to(text: str, times: list[TimeRef], start: int, change: str | None) -> TimeRef | None:
    """The time a claim refers to. A new total ("has risen to 241") is a count as of the
    statement, so the time of the statement ("…, the agency said on Thursday") wins over
    the event's ("Tuesday's earthquake")."""
    if change == "new_total":
        for time in times:
            if _SAID.search(text[max(0, time.span.start - 40) : time.span.start]):
                return time
    return _nearest(times, start)


#: A figure after a time naming an earlier year, this many days or more before
#: publication, counts another event ("In June 2022 a quake left more than 1,000 dead").
EARLIER_EVENT_DAYS = 45


def _another_event(refers_to: TimeRef | None, doc: Document, start: int) -> bool:
    """Whether a figure counts another, earlier event: its sentence names, before it, a
    time with a year written out, at least :data:`EARLIER_EVENT_DAYS` before publication.
    A year after the figure ('killed 16, its deadliest attack since 2017') does not."""
    if refers_to is None or refers_to.span.start > start:
        return False
    if not re.search(r"\b(?:19|20)\d\d\b", refers_to.surface):
        return False
    return (doc.published.date() - refers_to.end).days >= EARLIER_EVENT_DAYS


def _with_place_lists(counts: list[Count], items: list[Count]) -> list[Count]:
    """The sentence's counts with the items of a place list in place of any reading of
    the same numbers (a list item has no verb of its own)."""
    if not items:
        return counts
    taken = {c.mention.start for c in items}
    kept = [c for c in counts if c.mention.start not in taken]
    merged = sorted(kept + items, key=lambda c: c.mention.start)
    position = {id(c): n for n, c in enumerate(merged)}
    return [
        replace(c, total_index=position.get(id(counts[c.total_index])))
        if c.total_index is not None
        else c
        for c in merged
    ]


def _clause_attribution(parts: list[tuple[int, int, Attribution]], offset: int) -> Attribution:
    """The attribution of the clause holding ``offset``."""
    for start, end, attribution in parts:
        if start <= offset < end:
            return attribution
    return parts[0][2]


def extract_document(doc: Document, sentences: list[Sentence]) -> Extraction:
    """Claims, times and sources of one document, from its sentences (in order)."""
    attributions, sources = attribute_sentences(doc, sentences, publisher_source(doc))
    claims: list[Claim] = []
    times: list[TimeRef] = []
    lead: tuple[int, int] | None = None
    before: tuple[str, str] | None = None  # the last count's outcome and group
    warnings: list[ExtractionWarning] = []
    for sent in sentences:
        previous, lead = lead, (sent.span.start, sent.span.end)
        if sent.duplicate_of is not None:
            continue
        start, end = sent.span.start, sent.span.end
        sent_times = find_times(doc.text, start, end, doc.id, doc.published)
        times.extend(sent_times)
        mentions = find_numbers(doc.text, start, end)
        if mentions:  # (most sentences hold no number: no generator is made for them)
            warnings.extend(
                ExtractionWarning(
                    span=Span(doc_id=doc.id, start=m.start, end=m.end),
                    surface=m.surface,
                    reason=m.refusal,
                )
                for m in mentions
                if m.refusal
            )
        counts = count_mentions(doc.text, start, end, mentions, before)
        counts = _with_place_lists(
            counts, place_list_counts(doc.text, start, end, previous, mentions)
        )
        if counts:  # (nor, for a sentence with no count, the generator and list below)
            before = next(((c.outcome, c.group) for c in reversed(counts) if c.outcome), before)
            claims.extend(_numeric_claims(doc, sent, counts, sent_times, attributions[sent.id]))
        for statement in find_statements(doc.text, start, end):
            claims.append(
                StatementClaim(
                    id=f"claim:{doc.id}:{statement.start}-{statement.end}",
                    span=Span(doc_id=doc.id, start=statement.start, end=statement.end),
                    sentence_id=sent.id,
                    surface=doc.text[statement.start : statement.end],
                    attribution=_clause_attribution(attributions[sent.id], statement.start),
                    published=doc.published,
                    refers_to=_nearest(sent_times, statement.start),
                    predicate=statement.predicate,
                    polarity=statement.polarity,  # type: ignore[arg-type]
                    actor=statement.actor,
                    cue=statement.cue,
                    earlier=sent.text.lstrip().lower().startswith(_EARLIER),
                    variable_id=variable_id(statement.predicate, None, "statement"),
                )
            )
    labels = _labels(doc, sentences, attributions, sources)
    claims = _others_as_increments(claims, _separate_incidents(sentences))
    claims = _withdrawn(doc, sentences, claims)
    return Extraction(claims, times, sorted(sources, key=lambda s: s.id), labels, warnings)


def _numeric_claims(
    doc: Document,
    sent: Sentence,
    counts: list[Count],
    sent_times: list[TimeRef],
    parts: list[tuple[int, int, Attribution]],
) -> list[Claim]:
    """The numeric claims of a sentence's counts (``parts``: its clauses' attributions),
    but for a count of another, earlier event."""
    claims: list[Claim] = []
    ids = [f"claim:{doc.id}:{c.mention.start}-{c.mention.end}" for c in counts]
    for count, claim_id in zip(counts, ids, strict=True):
        mention = count.mention
        refers_to = _refers_to(doc.text, sent_times, mention.start, count.change)
        if count.outcome and _another_event(refers_to, doc, mention.start):
            continue  # "in June 2022, a quake left more than 1,000 people dead"
        attribution = _clause_attribution(parts, mention.start)
        part_of = ids[count.total_index] if count.total_index is not None else None
        claims.append(
            _numeric_claim(doc, sent.id, count, claim_id, attribution, refers_to, part_of)
        )
    return claims


def _numeric_claim(
    doc: Document,
    sentence_id: str,
    count: Count,
    claim_id: str,
    attribution: Attribution,
    refers_to: TimeRef | None,
    part_of: str | None,
) -> NumericClaim:
    """The claim of a count, validated once with its span and interval given as dicts: the
    same frozen models, equal field for field, as ``NumericClaim(span=Span(...),
    interval=Interval(...), ...)``, which costs ~30% more (~9 us a claim, measured with
    pydantic 2.14: three ``__init__`` calls, each validating into the instance it fills)."""
    mention = count.mention
    measure = count.outcome or ("share" if mention.unit == "percent" else "amount")
    group = count.group if mention.unit == "count" else None
    scope = count.scope if mention.unit == "count" else None
    return NumericClaim.model_validate(
        {
            "id": claim_id,
            "span": {"doc_id": doc.id, "start": mention.start, "end": mention.end},
            "sentence_id": sentence_id,
            "surface": mention.surface,
            "attribution": attribution,
            "published": doc.published,
            "refers_to": refers_to,
            "value": mention.value,
            "qualifier": mention.qualifier,
            "interval": {
                "low": mention.low,
                "high": mention.high,
                "low_inclusive": mention.low_inclusive,
                "high_inclusive": mention.high_inclusive,
            },
            "unit": mention.unit,
            "outcome": count.outcome,
            "outcome_surface": count.outcome_surface,
            "group": group or "-",
            "group_surface": count.group_surface,
            "variable_id": variable_id(measure, group, mention.unit, scope),
            "change": count.change,
            "role": count.role,
            "part_of": part_of,
            "implied": count.implied,
            "scope": scope,
        }
    )


def _withdrawn(doc: Document, sentences: list[Sentence], claims: list[Claim]) -> list[Claim]:
    """Figures their source disowns ('reported more than 9,000 injured, but later took the
    figure back'): the last figure with an outcome before the retraction's words in its
    sentence, else the last of the sentence before; marked with those words."""
    withdrawn: dict[str, str] = {}
    replacements: set[str] = set()  # figures given after a retraction, in its sentence
    previous: list[Claim] = []
    by_sentence: dict[str, list[Claim]] = {}  # grouped once, not scanned per sentence
    for c in claims:
        if isinstance(c, NumericClaim):
            by_sentence.setdefault(c.sentence_id, []).append(c)
    for sent in sentences:
        if sent.duplicate_of is not None:
            continue
        mine = by_sentence.get(sent.id, [])
        for cue in find_retractions(doc.text, sent.span.start, sent.span.end):
            before = [c for c in mine if c.span.end <= cue.start and c.outcome]
            if not before and not any(c.id in withdrawn for c in previous):
                before = [c for c in previous if c.outcome and c.id not in replacements]
            if before:
                withdrawn.setdefault(before[-1].id, cue.text)
            replacements.update(c.id for c in mine if c.span.start >= cue.end)
        previous = mine or previous
    return [
        c.model_copy(update={"withdrawn": withdrawn[c.id]}) if c.id in withdrawn else c
        for c in claims
    ]


_OTHERS = ("others", "other ")


def _others_as_increments(
    claims: list[Claim], separate: Callable[[str], bool] = lambda sentence_id: False
) -> list[Claim]:
    """'Twelve people died on Monday … seven others were killed': 'others' after a figure
    of the same outcome and source in the same document counts more people, an increment,
    not a rival toll; so does a figure of a sentence about another incident (``separate``:
    whether a sentence id is one, 'Separately, three women were killed …'; asked only of
    a figure that could be an increment). In a list ('killed three
    soldiers and two others') it stays a part; after a figure of another outcome in its
    sentence ('left six dead and 38 others injured') the others are other than those."""
    seen: set[tuple[str, str]] = set()
    fates: dict[str, set[str]] = {}  # per sentence, the outcomes of its figures so far
    result: list[Claim] = []
    for claim in claims:
        if isinstance(claim, NumericClaim) and claim.outcome:
            surface = (claim.group_surface or "").lower()
            before = fates.setdefault(claim.sentence_id, set())
            others = surface.startswith(_OTHERS) and not before - {claim.outcome}
            if (
                (claim.outcome, claim.attribution.source_id) in seen
                and claim.role is None
                and claim.change is None
                and (others or separate(claim.sentence_id))
            ):
                claim = claim.model_copy(update={"change": "increment"})
            seen.add((claim.outcome, claim.attribution.source_id))
            before.add(claim.outcome)
        result.append(claim)
    return result


@cache
def _separate_opening() -> re.Pattern[str]:
    taxonomy = load_data("taxonomy.toml")
    cues = sorted(taxonomy["separate_incident"]["cues"], key=len, reverse=True)
    return re.compile(
        r"^\W*(?:" + "|".join([*(re.escape(c) for c in cues), _day_of_month(taxonomy)]) + r")\b",
        re.IGNORECASE,
    )


def _day_of_month(taxonomy: dict) -> str:
    """A pattern for 'On the 23rd', 'On 4 May', 'On May 4th': a day of the month named."""
    calendar = taxonomy["calendar"]
    month = "(?:" + "|".join([*calendar["months"], *calendar["abbreviations"]]) + r")\.?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    return (
        rf"on\s+the\s+\d{{1,2}}(?:st|nd|rd|th)(?:\s+of\s+{month})?"
        rf"|on\s+{day}\s+(?:of\s+)?{month}|on\s+{month}\s+{day}"
    )


def _separate_incidents(sentences: list[Sentence]) -> Callable[[str], bool]:
    """Whether the sentence of an id opens on another incident of the story
    (``[separate_incident]`` in taxonomy.toml: 'Separately, …', 'Later that day, …'), or
    on a day of the month ('On the 23rd, …', 'On 4 May, …': a digest of dated incidents).
    Verbatim repeats are not read: they hold no claims. A sentence is read when asked, not
    all of them beforehand (a few figures ask: ~14k instructions a sentence)."""
    opening = _separate_opening()
    by_id = {s.id: s for s in sentences}

    def separate(sentence_id: str) -> bool:
        s = by_id[sentence_id]
        return s.duplicate_of is None and opening.match(" ".join(s.text.split())) is not None

    return separate


def _labels(
    doc: Document,
    sentences: list[Sentence],
    attributions: dict[str, list[tuple[int, int, Attribution]]],
    sources: list[Source],
) -> list[QuotedLabel]:
    """Quoted labels, each attributed to who uses it (new sources are added to ``sources``)."""
    known = {s.id for s in sources}
    found = []
    for sent in sentences:
        if sent.duplicate_of is not None:
            continue
        for cue in find_quoted_labels(doc.text, sent.span.start, sent.span.end):
            user = source_before(doc.text, sent.span.start, cue.start)
            if user is not None:
                source = Source(id=source_id(user.name), name=user.name, role=user.role)
            else:
                attribution = _clause_attribution(attributions[sent.id], cue.start)
                source = next(s for s in sources if s.id == attribution.source_id)
            if source.id not in known:
                sources.append(source)
                known.add(source.id)
            found.append(
                QuotedLabel(
                    id=f"label:{doc.id}:{cue.start}-{cue.end}",
                    span=Span(doc_id=doc.id, start=cue.start, end=cue.end),
                    label=cue.text,
                    source_id=source.id,
                )
            )
    return found


def source_aliases(sources: list[Source]) -> dict[str, str]:
    """Short names of a source used across documents: 'MedAction' is 'MedAction
    International' when both are named. A name whose words begin another source's name,
    starting with a capitalised word, is an alias of the longest such name.

    >>> names = ["MedAction", "MedAction International", "police"]
    >>> source_aliases([Source(id=source_id(n), name=n) for n in names])
    {'src:medaction': 'src:medaction-international'}
    """
    aliases = {}
    for short in sources:
        words = short.name.split()
        if not words or not words[0][0].isupper() or short.role == "publisher":
            continue
        longer = [
            s
            for s in sources
            if s.id != short.id
            and s.role != "publisher"
            and s.name.split()[: len(words)] == words
            and len(s.name.split()) > len(words)
        ]
        if longer:
            aliases[short.id] = max(longer, key=lambda s: (len(s.name), s.id)).id
    return aliases


def _realias(claim: Claim, aliases: dict[str, str]) -> Claim:
    target = aliases.get(claim.attribution.source_id)
    if target is None:
        return claim
    attribution = claim.attribution.model_copy(update={"source_id": target})
    return claim.model_copy(update={"attribution": attribution})


def extract(documents: list[Document], sentences: list[Sentence]) -> Extraction:
    """Run extraction over every document; results are sorted for a deterministic report."""
    by_doc: dict[str, list[Sentence]] = {}
    for sent in sentences:
        by_doc.setdefault(sent.span.doc_id, []).append(sent)
    return merge_extractions([extract_document(doc, by_doc.get(doc.id, [])) for doc in documents])


def merge_extractions(parts: list[Extraction]) -> Extraction:
    """Per-document extractions as one: a source named by several documents is kept once
    (the first document's), short names resolve to the fuller name of the same source
    (:func:`source_aliases`), everything sorted for a deterministic report."""
    claims: list[Claim] = []
    times: list[TimeRef] = []
    labels: list[QuotedLabel] = []
    warnings: list[ExtractionWarning] = []
    sources: dict[str, Source] = {}
    for part in parts:
        claims.extend(part.claims)
        times.extend(part.times)
        labels.extend(part.labels)
        warnings.extend(part.warnings)
        for source in part.sources:
            sources.setdefault(source.id, source)
    aliases = source_aliases(list(sources.values()))
    if aliases:
        claims = [_realias(c, aliases) for c in claims]
        labels = [
            x.model_copy(update={"source_id": aliases.get(x.source_id, x.source_id)})
            for x in labels
        ]
        used = {c.attribution.source_id for c in claims} | {x.source_id for x in labels}
        sources = {k: v for k, v in sources.items() if k not in aliases or k in used}
    return Extraction(
        claims=sorted(claims, key=lambda c: (c.span.doc_id, c.span.start, c.span.end)),
        times=sorted(times, key=lambda t: (t.span.doc_id, t.span.start)),
        sources=sorted(sources.values(), key=lambda s: s.id),
        labels=sorted(labels, key=lambda x: (x.span.doc_id, x.span.start)),
        warnings=sorted(warnings, key=lambda w: (w.span.doc_id, w.span.start)),
    )
