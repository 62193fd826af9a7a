"""Documents to sentences with exact character spans; verbatim repeats are marked.

Sentences are split by syntok, which keeps exact offsets and handles abbreviations such as
"Gen." and "No.". A sentence whose normalised text (white space folded) equals an earlier
sentence's is a *verbatim repeat*: it keeps its own span for provenance and gets
``duplicate_of`` = the first occurrence's id. "Earlier" means: in an earlier-published
document, or earlier in the same document. Claims are read from first occurrences only, so
a copy is never counted as a second claim. A sentence that nearly repeats one of an
earlier document (syndicated copy with small edits) gets ``near_duplicate_of``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from difflib import SequenceMatcher

from syntok import segmenter
from syntok.tokenizer import Tokenizer

from reconcile.models import Document, Sentence, Span

#: Sentences with fewer words are too generic to call repeats ("He said.").
MIN_REPEAT_WORDS = 4


def sentence_id(doc_id: str, start: int, end: int) -> str:
    """The deterministic id of a sentence.

    >>> sentence_id("a", 0, 10)
    'sent:a:0-10'
    """
    return f"sent:{doc_id}:{start}-{end}"


def _syntok_sentences(text: str) -> Iterable[tuple[int, list]]:
    """syntok's ``segmenter.analyze`` as (paragraph offset, sentence tokens), without its
    quadratic cost: analyze pads each paragraph with as many spaces as its offset before
    tokenizing it, so a long document of many paragraphs cost O(length x paragraphs).
    Each paragraph is tokenized alone here; token offsets are paragraph-relative."""
    tokenizer = Tokenizer(replace_not_contraction=False)
    for offset, paragraph in segmenter.preprocess_with_offsets(text):
        for tokens in segmenter.segment(tokenizer.tokenize(paragraph)):
            yield offset, tokens


def split_sentences(doc: Document) -> list[Sentence]:
    """Split one document into sentences with spans into ``doc.text``.

    >>> from reconcile.models import Document
    >>> d = Document(id="d", text="Gen. Ali spoke. Two died.", publisher="P",
    ...              published="2020-01-01")
    >>> [s.text for s in split_sentences(d)]
    ['Gen. Ali spoke.', 'Two died.']
    """
    sentences: list[Sentence] = []
    text = doc.text
    for offset, tokens in _syntok_sentences(text):
        if not tokens:
            continue
        start = offset + tokens[0].offset
        end = offset + tokens[-1].offset + len(tokens[-1].value)
        if not text[start:end].strip():
            continue
        sentences.append(
            Sentence(
                id=sentence_id(doc.id, start, end),
                span=Span(doc_id=doc.id, start=start, end=end),
                text=text[start:end],
                index=len(sentences),
            )
        )
    return sentences


def normalise(text: str) -> str:
    """The key two sentences must share to be verbatim repeats: white space folded.

    >>> normalise("  Two   people\\n died. ")
    'Two people died.'
    """
    return " ".join(text.split())


def publication_rank(documents: Iterable[Document]) -> dict[str, int]:
    """Each document's place in publication order (time, then id): earlier is original."""
    ordered = sorted(documents, key=lambda d: (d.published, d.id))
    return {doc.id: position for position, doc in enumerate(ordered)}


def mark_repeats(documents: Iterable[Document], sentences: list[Sentence]) -> list[Sentence]:
    """Return the sentences with ``duplicate_of`` set on every verbatim repeat.

    Documents are visited by (publication time, id), so the original of a syndicated copy is
    the earliest-published occurrence. A document whose whole text is the text of an
    earlier one is a copy through and through: its short sentences ("Two died.") repeat
    the original's too, so that a copy never adds a claim. The result keeps the input order.
    """
    documents = list(documents)
    rank = publication_rank(documents)
    copy_of: dict[str, str] = {}  # document id -> the earlier document with the same text
    first_with_text: dict[str, str] = {}
    for doc in sorted(documents, key=lambda d: rank[d.id]):
        copy_of[doc.id] = first_with_text.setdefault(doc.text, doc.id)
    first: dict[str, str] = {}
    for sent in sorted(sentences, key=lambda s: (rank[s.span.doc_id], s.span.start)):
        key = normalise(sent.text)
        if len(key.split()) >= MIN_REPEAT_WORDS:
            first.setdefault(key, sent.id)
    marked = []
    for sent in sentences:
        original = first.get(normalise(sent.text))
        source = copy_of.get(sent.span.doc_id, sent.span.doc_id)
        if original is None and source != sent.span.doc_id:
            original = sentence_id(source, sent.span.start, sent.span.end)
        if original is not None and original != sent.id:
            sent = sent.model_copy(update={"duplicate_of": original})
        marked.append(sent)
    return marked


#: Word-sequence similarity from which a sentence nearly repeats one of another document.
NEAR_REPEAT_RATIO = 0.8
_WORD = re.compile(r"\w+")


def mark_near_repeats(documents: Iterable[Document], sentences: list[Sentence]) -> list[Sentence]:
    """Mark sentences that nearly repeat a sentence of an earlier-published document.

    Candidates share a rare word (blocking, so the work is not quadratic in the corpus);
    a pair counts when difflib's ratio over their words is at least ``NEAR_REPEAT_RATIO``
    and the texts are not verbatim the same.
    """
    rank = publication_rank(documents)
    words = {s.id: [w.lower() for w in _WORD.findall(s.text)] for s in sentences}
    counts = {sid: Counter(ws) for sid, ws in words.items()}
    frequency: dict[str, int] = {}
    for s in sentences:
        for w in set(words[s.id]):
            frequency[w] = frequency.get(w, 0) + 1
    # word -> document -> its sentences holding the word (in visiting order): a sentence is
    # compared with other documents' sentences only, never walking its own document's
    index: dict[str, dict[str, list[Sentence]]] = {}
    marked = []
    for sent in sorted(sentences, key=lambda s: (rank[s.span.doc_id], s.span.start)):
        mine = words[sent.id]
        mine_count = counts[sent.id]
        best = None
        if sent.duplicate_of is None and len(mine) >= MIN_REPEAT_WORDS:
            keys = sorted(set(mine), key=lambda w: (frequency[w], w))[:3]
            seen: set[str] = set()
            for key in keys:
                others = (
                    other
                    for doc_id, in_doc in index.get(key, {}).items()
                    if doc_id != sent.span.doc_id
                    for other in in_doc
                )
                for other in others:
                    if other.id in seen:
                        continue
                    seen.add(other.id)
                    theirs = words[other.id]
                    if (
                        min(len(mine), len(theirs)) / max(len(mine), len(theirs))
                        < NEAR_REPEAT_RATIO
                    ):
                        continue
                    # an upper bound first (difflib's quick_ratio: the words the two share,
                    # counted with repeats): below the threshold, ratio() is too
                    theirs_count = counts[other.id]
                    shared = sum(min(n, theirs_count.get(w, 0)) for w, n in mine_count.items())
                    if 2 * shared / (len(mine) + len(theirs)) < NEAR_REPEAT_RATIO:
                        continue
                    ratio = SequenceMatcher(None, mine, theirs, autojunk=False).ratio()
                    if (
                        ratio >= NEAR_REPEAT_RATIO
                        and normalise(other.text) != normalise(sent.text)
                        and (best is None or ratio > best[0])
                    ):
                        best = (ratio, other.id)
            for key in keys:
                index.setdefault(key, {}).setdefault(sent.span.doc_id, []).append(sent)
        marked.append(sent.model_copy(update={"near_duplicate_of": best[1]}) if best else sent)
    order = {s.id: n for n, s in enumerate(sentences)}
    return sorted(marked, key=lambda s: order[s.id])


def segment(documents: list[Document]) -> list[Sentence]:
    """Split every document; mark verbatim and near repeats within and across documents."""
    sentences = [s for doc in documents for s in split_sentences(doc)]
    return mark_near_repeats(documents, mark_repeats(documents, sentences))
