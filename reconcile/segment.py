"""Documents to sentences with exact character spans; verbatim repeats are marked.

Sentences are split by syntok, which keeps exact offsets and handles abbreviations such as
"Gen." and "No.". A sentence whose normalised text (white space folded) equals an earlier
sentence's is a *verbatim repeat*: it keeps its own span for provenance and gets
``duplicate_of`` = the first occurrence's id. "Earlier" means: in an earlier-published
document, or earlier in the same document. Claims are read from first occurrences only, so
a copy is never counted as a second claim.
"""

from __future__ import annotations

from collections.abc import Iterable

from syntok import segmenter

from reconcile.models import Document, Sentence, Span

#: Sentences with fewer words are too generic to call repeats ("He said.").
MIN_REPEAT_WORDS = 4


def sentence_id(doc_id: str, start: int, end: int) -> str:
    """The deterministic id of a sentence.

    >>> sentence_id("a", 0, 10)
    'sent:a:0-10'
    """
    return f"sent:{doc_id}:{start}-{end}"


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
    for paragraph in segmenter.analyze(text):
        for tokens in paragraph:
            if not tokens:
                continue
            start = tokens[0].offset
            end = tokens[-1].offset + len(tokens[-1].value)
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


def mark_repeats(documents: Iterable[Document], sentences: list[Sentence]) -> list[Sentence]:
    """Return the sentences with ``duplicate_of`` set on every verbatim repeat.

    Documents are visited by (publication time, id), so the original of a syndicated copy is
    the earliest-published occurrence. The result keeps the input order.
    """
    rank = {
        doc.id: position
        for position, doc in enumerate(sorted(documents, key=lambda d: (d.published, d.id)))
    }
    first: dict[str, str] = {}
    for sent in sorted(sentences, key=lambda s: (rank[s.span.doc_id], s.span.start)):
        key = normalise(sent.text)
        if len(key.split()) >= MIN_REPEAT_WORDS:
            first.setdefault(key, sent.id)
    marked = []
    for sent in sentences:
        original = first.get(normalise(sent.text))
        if original is not None and original != sent.id:
            sent = sent.model_copy(update={"duplicate_of": original})
        marked.append(sent)
    return marked


def segment(documents: list[Document]) -> list[Sentence]:
    """Split every document and mark verbatim repeats within and across documents."""
    sentences = [s for doc in documents for s in split_sentences(doc)]
    return mark_repeats(documents, sentences)
