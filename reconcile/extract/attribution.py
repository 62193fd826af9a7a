"""Who says so: the speaker a sentence's claims are attributed to.

Rule-based, over the lexicon in ``reconcile/data/sources.toml`` (speaker head nouns with a
role, speech verbs, participles, passive markers). Patterns, tried in this order:

* ``according to X`` (X runs to the next comma or clause break);
* ``X said / told / reported / announced / confirmed …`` and the trailing ``…, X said.``;
  the inverted ``…, said X.``;
* ``X provided a higher death toll, saying …``: a participle carries the attribution to the
  sentence's subject;
* passive or anonymous voice (``it was reported``, ``reportedly``, ``sources said``): weak
  attribution, kind ``passive``;
* nothing: the publisher's own voice, kind ``unattributed``.

A short back-reference (``the ministry``, ``the prosecutors``, ``he``) is resolved to the
fullest mention of the same head noun named earlier in the same document (``the Interior
Ministry``, ``Tajik prosecutors``), including mentions that were not speakers ("The
announcement was made by the Interior Ministry").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reconcile.extract.lexicon import Token, lexicon, tokenize
from reconcile.models import Attribution, Document, Sentence, Source, Span

_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"}
_PRONOUNS = {"he", "she", "they", "it", "we"}
_NP_LOWER = set(
    "local regional senior provincial state federal military security government health "
    "interior foreign independent human rights top chief deputy district city hospital "
    "unnamed other two three several some of and 's ’s official news public emergency "
    "emergencies defence defense justice general national international medical police "
    "army prosecutor's town village tribal opposition rebel militant aid relief "
    "humanitarian civil pro-government".split()
)
_STOP = set(
    ', . ; : ( ) " “ ” — – that which who but while as when after before because since in '
    "on at by for with from to if earlier meanwhile later however".split()
)
_ANONYMOUS_HEADS = {"sources", "source"}
_MAX_NP = 9


@dataclass(frozen=True)
class Speaker:
    """A noun phrase naming who speaks, with its role and offsets in the document."""

    name: str
    role: str
    start: int
    end: int
    head: str
    definite: bool = False  # written with a determiner: "the ministry"


def source_id(name: str) -> str:
    """The graph id of a source from its name: lower-cased, words joined by hyphens.

    >>> source_id("Interior Ministry")
    'src:interior-ministry'
    """
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return f"src:{slug or 'unknown'}"


def _allowed_in_np(token: Token) -> bool:
    if token.lower in _STOP:
        return False
    if token.text[0].isupper() or token.lower in _NP_LOWER or token.lower in _DETERMINERS:
        return True
    return token.lower in _role_words()


@cache
def _role_words() -> frozenset[str]:
    return frozenset(word for phrase in lexicon().roles.entries for word in phrase)


def _speaker_from(tokens: list[Token], i: int, j: int, text: str) -> Speaker | None:
    """Read a speaker out of ``tokens[i:j]`` if it names one (a role head or a proper name)."""
    definite = False
    while i < j and (tokens[i].lower in _DETERMINERS or tokens[i].lower in {"and", "of"}):
        definite = definite or tokens[i].lower in _DETERMINERS
        i += 1
    while j > i and tokens[j - 1].lower in {"and", "of", "'s", "’s"}:
        j -= 1
    if i >= j:
        return None
    roles = lexicon().roles
    role, head = None, ""
    k = i
    while k < j:
        hit = roles.match(tokens, k)
        if hit:
            role, head = hit[0], " ".join(t.lower for t in tokens[k : k + hit[1]])
            k += hit[1]
        else:
            k += 1
    if role is None:
        if not all(t.text[0].isupper() for t in tokens[i:j]):
            return None
        role, head = "unknown", tokens[j - 1].lower
    start, end = tokens[i].start, tokens[j - 1].end
    return Speaker(text[start:end], role, start, end, head, definite)


_ADVERBS = set(
    "later also earlier again then now previously initially first separately "
    "subsequently still already meanwhile".split()
)


def _np_before(tokens: list[Token], v: int) -> tuple[int, int]:
    """The noun phrase ending before ``tokens[v]``, skipping adverbs ("the army later said")."""
    while v > 0 and (tokens[v - 1].lower in _ADVERBS or tokens[v - 1].lower.endswith("ly")):
        v -= 1
    i = v
    while i > 0 and v - i < _MAX_NP and _allowed_in_np(tokens[i - 1]):
        i -= 1
    return i, v


def _np_after(tokens: list[Token], v: int) -> tuple[int, int]:
    j = v
    while j < len(tokens) and j - v < _MAX_NP and _allowed_in_np(tokens[j]):
        j += 1
    return v, j


@dataclass(frozen=True)
class SentenceSpeaker:
    """What attribution analysis found in one sentence."""

    kind: str  # "explicit", "passive" or "unattributed"
    speaker: Speaker | None
    pronoun: bool = False


def find_speaker(text: str, start: int, end: int) -> SentenceSpeaker:
    """The speaker of the sentence ``text[start:end]`` (offsets into ``text``).

    >>> s = "Earlier, Tajik prosecutors said 30 militants were killed."
    >>> find_speaker(s, 0, len(s)).speaker.name
    'Tajik prosecutors'
    >>> s = "Two died, according to the Red Cross."
    >>> find_speaker(s, 0, len(s)).speaker.name
    'Red Cross'
    >>> find_speaker("Two people were reportedly killed.", 0, 34).kind
    'passive'
    """
    tokens = tokenize(text[start:end], start)
    lex = lexicon()
    lowered = [t.lower for t in tokens]
    for n in range(len(tokens) - 1):
        if lowered[n] == "according" and lowered[n + 1] == "to":
            speaker = _speaker_from(tokens, *_np_after(tokens, n + 2), text)
            if speaker:
                return _explicit(speaker)
    for v, word in enumerate(lowered):
        if word not in lex.speech_verbs:
            continue
        if v > 0 and lowered[v - 1] in {"was", "were", "is", "are", "been", "be"}:
            continue  # passive "were reported": handled below
        if v > 0 and lowered[v - 1] in _PRONOUNS:
            return SentenceSpeaker("explicit", None, pronoun=True)
        speaker = _speaker_from(tokens, *_np_before(tokens, v), text)
        if speaker is None and v > 0 and lowered[v - 1] in {",", '"', "”"}:
            speaker = _speaker_from(tokens, *_np_after(tokens, v + 1), text)
        if speaker:
            return _explicit(speaker)
    for p, word in enumerate(lowered):
        if word in lex.participles and p > 0:
            speaker = _speaker_from(tokens, *_np_after(tokens, 0), text)
            if speaker:
                return _explicit(speaker)
    sentence = " ".join(lowered)
    if any(re.search(rf"\b{re.escape(marker)}\b", sentence) for marker in lex.passive):
        return SentenceSpeaker("passive", None)
    return SentenceSpeaker("unattributed", None)


def _explicit(speaker: Speaker) -> SentenceSpeaker:
    if speaker.head in _ANONYMOUS_HEADS or speaker.role == "anonymous":
        return SentenceSpeaker("passive", speaker)
    return SentenceSpeaker("explicit", speaker)


def _is_short_reference(speaker: Speaker) -> bool:
    """'the ministry', 'the prosecutors': a determiner and the head, no other word."""
    return speaker.definite and speaker.name.lower() == speaker.head


def _mentions(doc: Document) -> list[Speaker]:
    """Named mentions of sources in a document: a capitalised modifier plus a role head."""
    tokens = tokenize(doc.text)
    roles = lexicon().roles
    found: list[Speaker] = []
    k = 0
    while k < len(tokens):
        hit = roles.match(tokens, k)
        if not hit:
            k += 1
            continue
        i = k
        while (
            i > 0
            and tokens[i - 1].text[0].isupper()
            and tokens[i - 1].lower not in _STOP
            and tokens[i - 1].lower not in _DETERMINERS
        ):
            i -= 1
        j = k + hit[1]
        head = " ".join(t.lower for t in tokens[k:j])
        named = i < k or any(t.text[0].isupper() for t in tokens[k:j])
        if named:
            found.append(
                Speaker(
                    doc.text[tokens[i].start : tokens[j - 1].end],
                    hit[0],
                    tokens[i].start,
                    tokens[j - 1].end,
                    head,
                )
            )
        k = j
    return found


def _head_word(head: str) -> str:
    return head.split()[-1]


def attribute_sentences(
    doc: Document, sentences: list[Sentence], publisher: Source
) -> tuple[dict[str, Attribution], list[Source]]:
    """Attribute every sentence of one document; return the attributions and the sources.

    Sentences that are verbatim repeats are attributed too (so a repeat reads the same), but
    they carry no claims of their own.
    """
    mentions = _mentions(doc)
    sources: dict[str, Source] = {publisher.id: publisher}
    result: dict[str, Attribution] = {}
    last: tuple[Source, Speaker] | None = None
    for sent in sentences:
        found = find_speaker(doc.text, sent.span.start, sent.span.end)
        if found.kind == "unattributed":
            result[sent.id] = Attribution(kind="unattributed", source_id=publisher.id)
            continue
        if found.pronoun:
            if last is None:
                result[sent.id] = Attribution(kind="passive", source_id="src:unnamed")
                sources.setdefault(
                    "src:unnamed", Source(id="src:unnamed", name="unnamed", role="anonymous")
                )
            else:
                result[sent.id] = Attribution(
                    kind="explicit",
                    source_id=last[0].id,
                    surface=last[1].name,
                    resolved_from=last[1].name,
                )
            continue
        speaker = found.speaker
        if speaker is None:
            sources.setdefault(
                "src:unnamed", Source(id="src:unnamed", name="unnamed", role="anonymous")
            )
            result[sent.id] = Attribution(kind="passive", source_id="src:unnamed")
            continue
        name, resolved = speaker.name, None
        if _is_short_reference(speaker):
            earlier = [
                m
                for m in mentions
                if m.end <= speaker.start
                and _head_word(m.head) == _head_word(speaker.head)
                and not _is_short_reference(m)
            ]
            if earlier:
                resolved = name = earlier[-1].name
        source = Source(id=source_id(name), name=name, role=speaker.role)
        sources.setdefault(source.id, source)
        if resolved is None:
            mentions.append(speaker)
            mentions.sort(key=lambda m: m.start)
        last = (source, speaker)
        result[sent.id] = Attribution(
            kind=found.kind,  # type: ignore[arg-type]
            source_id=source.id,
            surface=speaker.name,
            span=Span(doc_id=doc.id, start=speaker.start, end=speaker.end),
            resolved_from=resolved,
        )
    return result, sorted(sources.values(), key=lambda s: s.id)
