"""Every pydantic model of reconcile, in one place.

Stages pass these models, never dicts. Models are frozen and forbid unknown fields; every
field has a description, which becomes the documentation of the published JSON Schema
(``docs/report.schema.json``). This module imports nothing from ``reconcile``.

Provenance is carried by :class:`Span`: ``document.text[span.start:span.end]`` gives back the
exact words a sentence, claim or finding came from.
"""

from __future__ import annotations

import ctypes
import hashlib
import platform
from datetime import UTC, date, datetime
from operator import attrgetter
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

#: Version of the report format (docs/report.md). 1.1 added tool_version, summary and scope;
#: 1.2 added events (Report.events, DocumentSummary.event, Document.event), Report.warnings
#: and Report.skipped.
SCHEMA_VERSION = "1.2"

Severity = Literal["info", "warning", "error"]
SEVERITY_ORDER: dict[str, int] = {"info": 0, "warning": 1, "error": 2}

Qualifier = Literal[
    "exact", "at_least", "more_than", "at_most", "less_than", "nearly", "about", "range", "vague"
]
AttributionKind = Literal["explicit", "passive", "unattributed"]


# --- attribute reads at the interpreter's speed ------------------------------------------
#
# pydantic's BaseModel defines ``__getattr__`` (for private attributes and extra fields),
# and a class with ``__getattr__`` gets CPython's generic attribute hook: every field read
# of every model (``claim.span.doc_id``) then takes ~400 instructions instead of ~40, and the
# interpreter cannot specialise it. This module's models have neither private attributes
# nor stored extra fields (``extra`` is "forbid" or "ignore"), so for them pydantic's
# ``__getattr__`` only ever raises the AttributeError Python raises without it (same type,
# same message). Each model class therefore gets back the plain attribute read of
# ``object`` (its type slot), when the interpreter is one whose type layout is checked
# below; anywhere else nothing changes. ~3% of an archive run's instructions.

#: Where ``tp_getattro`` lies in a type object: after the object header (reference count,
#: type, size) and fifteen slots (``tp_name`` … ``tp_str``), as CPython lays it out.
_GETATTRO_OFFSET = 18 * ctypes.sizeof(ctypes.c_void_p)


def _getattro_slot(cls: type) -> ctypes.c_void_p:
    return ctypes.c_void_p.from_address(id(cls) + _GETATTRO_OFFSET)


def _generic_getattr_address() -> int | None:
    """The address of ``PyObject_GenericGetAttr`` when ``object``'s slot at
    :data:`_GETATTRO_OFFSET` holds it (the layout is as assumed), else None."""
    if platform.python_implementation() != "CPython":  # pragma: no cover
        return None
    address = ctypes.cast(ctypes.pythonapi.PyObject_GenericGetAttr, ctypes.c_void_p).value
    if address is None or _getattro_slot(object).value != address:  # pragma: no cover
        return None
    return address


_GENERIC_GETATTR = _generic_getattr_address()


def _plain_attribute_reads(cls: type[BaseModel]) -> None:
    """Give ``cls`` ``object``'s attribute read instead of the hook pydantic's
    ``__getattr__`` brings, unless the layout is not the one checked or ``cls`` has what
    the hook serves (private attributes, extra fields allowed): then nothing is done."""
    if (
        _GENERIC_GETATTR is None
        or cls.__private_attributes__
        or cls.model_config.get("extra") == "allow"
    ):
        return
    _getattro_slot(cls).value = _GENERIC_GETATTR
    ctypes.pythonapi.PyType_Modified(ctypes.py_object(cls))


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        """Each model class, once pydantic has built it: plain attribute reads (above)."""
        super().__pydantic_init_subclass__(**kwargs)
        _plain_attribute_reads(cls)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its class and its attributes, rebuilt by :func:`_unpickle` with no
        call of pydantic's ``__getstate__``/``__setstate__`` (which pack them in a dict
        first): per-document results cross processes and the spill file pickled, tens of
        thousands of models per 1,000 reports. Extra and private attributes are pickled
        only when a model has some (none of this module's models has any)."""
        extra, private = self.__pydantic_extra__, self.__pydantic_private__
        if extra is None and private is None:
            return (_unpickle, (type(self), self.__dict__, self.__pydantic_fields_set__))
        return (
            _unpickle,
            (type(self), self.__dict__, self.__pydantic_fields_set__, extra, private),
        )


ModelT = TypeVar("ModelT", bound=_Model)

#: Bound once: :func:`_unpickle` runs for every model of every result read back. A model's
#: slots are set through their descriptors: ``object.__setattr__`` costs twice as much per
#: slot, and a per-document result holds ~180 models.
_new_object = object.__new__
_set_values = BaseModel.__dict__["__dict__"].__set__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def _unpickle(
    cls: type[_Model],
    values: dict[str, Any],
    fields_set: set[str],
    extra: dict[str, Any] | None = None,
    private: dict[str, Any] | None = None,
) -> Any:
    """A pickled model back, as pydantic's ``__setstate__`` sets it (no validation: it was
    valid when pickled). The one place a model is made without validation: :func:`trusted`,
    :func:`trusted_span` and :func:`trusted_sentence` come here too."""
    model = _new_object(cls)
    _set_values(model, values)
    _set_fields_set(model, fields_set)
    _set_extra(model, extra)
    _set_private(model, private)
    return model


def trusted(cls: type[ModelT], values: dict[str, Any]) -> ModelT:
    """``cls(**values)`` without validation, every field given, for values its caller has
    checked are what validation would keep unchanged (in the fields' order): the same
    frozen model, equal field for field."""
    return _unpickle(cls, values, set(values))


def trusted_copy(model: ModelT, update: dict[str, Any]) -> ModelT:
    """``model.model_copy(update=update)`` for values its caller has checked are what
    validation would keep: the same values and set fields (the model's and the updated
    ones), made as a pickled model is rebuilt, at a fraction of ``model_copy``'s cost
    (segments mark an event's repeats with it).

    >>> span = Span(doc_id="d", start=0, end=4)
    >>> copy = trusted_copy(span, {"end": 9})
    >>> copy == span.model_copy(update={"end": 9}), sorted(copy.model_fields_set)
    (True, ['doc_id', 'end', 'start'])
    """
    values = {**model.__dict__, **update}
    return _unpickle(type(model), values, model.__pydantic_fields_set__ | update.keys())


class Span(_Model):
    """A half-open character range ``[start, end)`` in one document's text."""

    doc_id: str = Field(description="Id of the document the span points into.")
    start: int = Field(ge=0, description="Offset of the first character (0-based).")
    end: int = Field(ge=0, description="Offset one past the last character.")

    @field_validator("end")
    @classmethod
    def _ordered(cls, end: int, info: ValidationInfo) -> int:
        """A field check, not a model check: pydantic runs a model's after-validator again
        on every instance given to another model's field (each finding's spans, each
        claim's), a field's only when it builds the model."""
        start = info.data.get("start")
        if start is not None and end < start:
            raise ValueError(f"span end {end} is before start {start}")
        return end


def content_id(*parts: str, length: int = 12) -> str:
    """A short deterministic id made from content, never from counters.

    >>> content_id("RFE/RL", "text")
    '87ee7106dbb5'
    """
    # surrogatepass: an invalid text still gets an id, so its error names the field
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return digest[:length]


class Document(_Model):
    """One published text: the unit of input."""

    id: str = Field(
        description="Stable id of the document. Derived from publisher, time and text when "
        "not given.",
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$",
    )
    text: str = Field(description="The full text, exactly as read (no normalisation).")
    publisher: str = Field(min_length=1, description="Who published the document (an outlet).")
    published: AwareDatetime = Field(
        description="Publication time, with a timezone. A bare date means midnight UTC."
    )
    url: str | None = Field(default=None, description="Where the document was published.")
    title: str | None = Field(default=None, description="Headline, if known.")
    path: str | None = Field(
        default=None,
        description="The file the text was read from, as given (relative when given "
        "relative); None for JSON Lines, standard input and documents built in code. Not "
        "part of the id; used by outputs that point into files (SARIF, GitHub annotations).",
    )
    event: str | None = Field(
        default=None,
        description="The event the document reports, when the input says so (it wins over "
        "grouping by time, places and names; see reconcile/events.py).",
        min_length=1,
    )

    @model_validator(mode="before")
    @classmethod
    def _derive_id(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("id"):
            data = dict(data)
            published = data.get("published")
            data["id"] = "doc-" + content_id(
                str(data.get("publisher", "")), str(published), str(data.get("text", ""))
            )
        return data

    @field_validator("published", mode="before")
    @classmethod
    def _date_means_utc_midnight(cls, value: Any) -> Any:
        if isinstance(value, date) and not isinstance(value, datetime):
            return datetime(value.year, value.month, value.day, tzinfo=UTC)
        if isinstance(value, datetime) and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        if isinstance(value, bool | int | float):
            raise ValueError("must be an ISO 8601 date or datetime string, not a number")
        if isinstance(value, str):
            parsed = parse_timestamp(value)
            if parsed is None:
                raise ValueError(f"not an ISO 8601 date or datetime: {value!r}")
            return parsed
        return value

    @field_validator("text", "publisher", "url", "title")
    @classmethod
    def _valid_unicode(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise ValueError(
                    f"not valid Unicode text: a lone surrogate U+{ord(value[exc.start]):04X} "
                    f"at offset {exc.start}"
                ) from None
        return value

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the document is empty")
        return value


def parse_timestamp(value: str) -> datetime | None:
    """Parse an ISO 8601 date or datetime; a date or a naive time is taken as UTC.

    >>> parse_timestamp("2012-07-29").isoformat()
    '2012-07-29T00:00:00+00:00'
    >>> parse_timestamp("2012-07-29T14:00:00+05:00").isoformat()
    '2012-07-29T14:00:00+05:00'
    >>> parse_timestamp("29/07/2012") is None
    True
    """
    text = value.strip()
    try:
        if len(text) == 10:
            parsed_date = date.fromisoformat(text)
            return datetime(parsed_date.year, parsed_date.month, parsed_date.day, tzinfo=UTC)
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class Sentence(_Model):
    """A sentence of a document, located by its character span."""

    id: str = Field(description="Deterministic id: 'sent:<doc_id>:<start>-<end>'.")
    span: Span = Field(description="Where the sentence stands in its document.")
    text: str = Field(description="The sentence's text, equal to the span's slice.")
    index: int = Field(ge=0, description="Position of the sentence in its document (0-based).")
    duplicate_of: str | None = Field(
        default=None,
        description="Id of the first sentence with the same normalised text (same or earlier "
        "document), when this one is a verbatim repeat; repeats yield no claims of their own.",
    )
    near_duplicate_of: str | None = Field(
        default=None,
        description="Id of a sentence of an earlier-published document that this one nearly "
        "repeats (syndicated copy with small edits); its claims are kept, but do not count "
        "as an independent source.",
    )


#: The fields sets of the spans and sentences :func:`trusted_span` and
#: :func:`trusted_sentence` make, one set shared by all (a document's sentences and their
#: spans are made, and read back from the spill, by the thousand): a frozen model's fields
#: set is never changed in place (pydantic's ``model_copy`` changes a copy's).
_SPAN_FIELDS_SET = {"doc_id", "start", "end"}
_SENTENCE_FIELDS_SET = {"id", "span", "text", "index"}
_REPEAT_FIELDS_SET = {"id", "span", "text", "index", "duplicate_of"}


def trusted_span(doc_id: str, start: int, end: int) -> Span:
    """``Span(doc_id=doc_id, start=start, end=end)`` without validation, for offsets valid
    by construction (``0 <= start <= end``, found in the document's text): the same frozen
    model, equal field for field, at about half the cost (a document's sentences are made
    by the thousand).

    >>> trusted_span("d", 0, 4) == Span(doc_id="d", start=0, end=4)
    True
    """
    return _unpickle(Span, {"doc_id": doc_id, "start": start, "end": end}, _SPAN_FIELDS_SET)


def trusted_sentence(
    id: str, span: Span, text: str, index: int, duplicate_of: str | None = None
) -> Sentence:
    """``Sentence(id=..., span=..., text=..., index=...)`` (and ``duplicate_of`` when given)
    without validation, for values valid by construction (the splitter's spans, the text
    sliced from them, a count as index): the same frozen model, equal field for field, as
    validation would give (``duplicate_of`` None counts as not given), ``near_duplicate_of``
    left at its default.

    >>> s = trusted_sentence("sent:d:0-4", trusted_span("d", 0, 4), "Rain", 0)
    >>> s == Sentence(id="sent:d:0-4", span=Span(doc_id="d", start=0, end=4), text="Rain",
    ...               index=0)
    True
    """
    values = {
        "id": id,
        "span": span,
        "text": text,
        "index": index,
        "duplicate_of": duplicate_of,
        "near_duplicate_of": None,
    }
    fields_set = _SENTENCE_FIELDS_SET if duplicate_of is None else _REPEAT_FIELDS_SET
    return _unpickle(Sentence, values, fields_set)


class TimeRef(_Model):
    """A time expression in a sentence, resolved against its document's publication time."""

    id: str = Field(description="Deterministic id: 'time:<doc_id>:<start>-<end>'.")
    span: Span = Field(description="Where the expression stands.")
    surface: str = Field(description="The words as written, e.g. 'late on July 28'.")
    start: date = Field(description="First day the expression can refer to.")
    end: date = Field(description="Last day the expression can refer to (same as start for a day).")
    granularity: Literal["day", "week", "month", "year"] = Field(
        description="How precise the expression is."
    )


class Source(_Model):
    """Who a claim is attributed to: an outlet, an authority, a group of people."""

    id: str = Field(description="Deterministic id: 'src:<normalised name>'.")
    name: str = Field(description="Normalised name, e.g. 'Interior Ministry', 'prosecutors'.")
    role: str = Field(
        default="unknown",
        description="What kind of source it is: publisher, government, prosecution, police, "
        "military, armed_group, officials, media, ngo, international, medical, witnesses, "
        "unknown.",
    )


class Attribution(_Model):
    """Who a claim is attributed to, and the words that say so."""

    kind: AttributionKind = Field(
        description="'explicit': a named speaker; 'passive': 'it was reported' or an anonymous "
        "speaker; 'unattributed': the publisher's own voice."
    )
    source_id: str = Field(
        description="Id of the Source the claim is attributed to (the publisher when unattributed)."
    )
    surface: str | None = Field(
        default=None, description="The speaker's words as written, e.g. 'the ministry'."
    )
    span: Span | None = Field(default=None, description="Where the speaker is named.")
    resolved_from: str | None = Field(
        default=None,
        description="When the speaker was a back-reference ('the ministry'), the earlier, "
        "fuller mention it was resolved to.",
    )
    via: str | None = Field(
        default=None,
        description="Who relays the speaker's words, in a chain such as 'Reuters, citing a "
        "hospital official, said': Reuters (the speaker is the hospital official).",
    )


class SpanAttribution(_Model):
    """Who is the source of a passage: the answer of :func:`reconcile.attribute`."""

    kind: AttributionKind = Field(
        description="'explicit': a named speaker; 'passive': reported or anonymous; "
        "'unattributed': the publisher's own voice."
    )
    speaker: str | None = Field(
        description="The speaker's words as written ('Interior Ministry spokesman Ali "
        "Karimov'); for a pronoun or a short back-reference, the fuller mention it stands "
        "for. None in the publisher's own voice."
    )
    source: str = Field(
        description="The resolved source: an institution for its officials ('Interior "
        "Ministry'), else the speaker; the publisher when unattributed."
    )
    source_id: str = Field(description="Id of the source, as in the report's sources.")
    role: str = Field(description="What kind of source it is (see Source.role).")
    span: Span | None = Field(default=None, description="Where the speaker is named.")
    via: str | None = Field(default=None, description="Who relays the speaker's words.")


class QuotedLabel(_Model):
    """A label a source is quoted as using ('what it called "militants"'): the source's
    word, not the publisher's."""

    id: str = Field(description="Deterministic id: 'label:<doc_id>:<start>-<end>'.")
    span: Span = Field(description="Where the label stands (inside the quotation marks).")
    label: str = Field(description="The label as written.")
    source_id: str = Field(
        description='Who uses the label: the subject the sentence names before it ("it" '
        "resolved to the nearest source named earlier in the sentence), else the sentence's "
        "speaker, else the publisher."
    )


class Interval(_Model):
    """The set of values a qualified number admits; None means unbounded."""

    low: float | None = Field(description="Lower bound, or None when unbounded.")
    high: float | None = Field(description="Upper bound, or None when unbounded.")
    low_inclusive: bool = Field(default=True, description="Whether low itself is admitted.")
    high_inclusive: bool = Field(default=True, description="Whether high itself is admitted.")

    def disjoint(self, other: Interval) -> bool:
        """True when no value lies in both intervals.

        >>> Interval(low=12, high=12).disjoint(Interval(low=17, high=17))
        True
        >>> Interval(low=17, high=None).disjoint(Interval(low=48, high=48))
        False
        >>> Interval(low=10, high=None, low_inclusive=False).disjoint(Interval(low=10, high=10))
        True
        """
        return _below(self, other) or _below(other, self)

    def gap(self, other: Interval) -> float:
        """The distance between two disjoint intervals (0 when they meet)."""
        if self.high is not None and other.low is not None and self.high <= other.low:
            return other.low - self.high
        if other.high is not None and self.low is not None and other.high <= self.low:
            return self.low - other.high
        return 0.0


def _below(a: Interval, b: Interval) -> bool:
    """True when every value of ``a`` is below every value of ``b``."""
    if a.high is None or b.low is None:
        return False
    if a.high < b.low:
        return True
    return a.high == b.low and not (a.high_inclusive and b.low_inclusive)


class _ClaimBase(_Model):
    id: str = Field(description="Deterministic id: 'claim:<doc_id>:<start>-<end>'.")
    span: Span = Field(description="The exact words the claim was read from.")
    sentence_id: str = Field(description="Id of the sentence holding the claim.")
    surface: str = Field(description="The claim's words as written (the span's slice).")
    attribution: Attribution = Field(description="Who the claim is attributed to.")
    published: AwareDatetime = Field(description="When the document stating it was published.")
    refers_to: TimeRef | None = Field(
        default=None,
        description="The time the claim's sentence refers to, when it names one.",
    )


class NumericClaim(_ClaimBase):
    """A number stated about something counted, paid or measured."""

    kind: Literal["numeric"] = Field(default="numeric", description="Claim kind discriminator.")
    value: float = Field(description="The number as written (the lower end for a range).")
    qualifier: Qualifier = Field(
        description="How the number is qualified: 'at least 17' is at_least, '17' is exact."
    )
    interval: Interval = Field(description="The values the qualified number admits.")
    unit: str = Field(
        description="What is counted or measured: 'count', 'percent', or a currency code."
    )
    outcome: str | None = Field(
        default=None, description="Normalised outcome, e.g. 'killed', 'wounded', 'arrested'."
    )
    outcome_surface: str | None = Field(
        default=None, description="The outcome's words as written, e.g. 'were killed'."
    )
    group: str = Field(
        default="people",
        description="Normalised group counted, e.g. 'security forces', 'militants', 'civilians', "
        "or 'people' for an unspecified total.",
    )
    group_surface: str | None = Field(
        default=None,
        description="The counted noun as written, e.g. 'members of the security forces'.",
    )
    variable_id: str = Field(description="Id of the variable the claim measures.")
    change: Literal["new_total", "previous", "increment"] | None = Field(
        default=None,
        description="A change claim: 'new_total' for 'the toll rose to 48' or the 17 of 'from "
        "12 to 17'; 'previous' for the 12; 'increment' for 'five more died' (not a total).",
    )
    role: Literal["total", "part"] | None = Field(
        default=None,
        description="'part' for an item of a breakdown ('17 soldiers, 30 militants … were "
        "killed') or of a total ('48 people, including 17 soldiers'); 'total' for the 48.",
    )
    part_of: str | None = Field(
        default=None, description="Id of the total claim this part belongs to, if stated."
    )
    implied: bool = Field(
        default=False,
        description="True when the count is implied, not written ('a soldier was shot dead').",
    )
    scope: str | None = Field(
        default=None,
        description="The place a figure is limited to ('Arda' in 'Arda – 17' or '28 of "
        "them in Arda'); None for the whole event. Part of the variable measured.",
    )
    withdrawn: str | None = Field(
        default=None,
        description="When the source disowned the figure ('it later took the figure back'): "
        "the words that say so. A withdrawn figure takes part in no comparison or estimate.",
    )


#: A claim's place in publication order: publication time, document, position, read in
#: C (the graph sorts each variable's claims by it, R101 the figures of each window of
#: days, and the event table takes the latest figure by it).
PUBLICATION_ORDER = attrgetter("published", "span.doc_id", "span.start")


class StatementClaim(_ClaimBase):
    """A non-numeric assertion that sources can contradict: a predicate with a polarity."""

    kind: Literal["statement"] = Field(default="statement", description="Claim kind discriminator.")
    predicate: str = Field(description="Normalised predicate, e.g. 'lay down arms'.")
    polarity: Literal["positive", "negative"] = Field(
        description="'negative' when negated or refused ('refused to lay down their weapons')."
    )
    actor: str | None = Field(default=None, description="Who the predicate is about, if found.")
    cue: str | None = Field(
        default=None, description="The negation or refusal cue that set the polarity."
    )
    earlier: bool = Field(
        default=False,
        description="True when the sentence places the statement before the report's other "
        "news ('Earlier in Dushanbe, prosecutors said …').",
    )
    variable_id: str = Field(description="Id of the variable (the predicate) it states.")


Claim = Annotated[NumericClaim | StatementClaim, Field(discriminator="kind")]


class Variable(_Model):
    """What a claim measures: an outcome of a group in a unit, or a statement's predicate."""

    id: str = Field(description="Deterministic id, e.g. 'var:killed/security forces'.")
    measure: str = Field(description="The outcome measured ('killed') or the predicate.")
    group: str | None = Field(default=None, description="The group counted, if any.")
    unit: str = Field(description="'count', 'percent', a currency code, or 'statement'.")
    scope: str | None = Field(
        default=None, description="The place the figures are limited to; None for the event."
    )


class Finding(_Model):
    """One discrepancy a rule flagged, with everything needed to check it by hand."""

    id: str = Field(description="Deterministic id from the rule code and the spans involved.")
    code: str = Field(pattern=r"^R\d{3}$", description="The rule's stable code, e.g. 'R101'.")
    rule: str = Field(description="The rule's kebab-case name.")
    severity: Severity = Field(description="How much the finding matters.")
    message: str = Field(description="One plain sentence saying what disagrees and why.")
    claim_ids: list[str] = Field(default_factory=list, description="Claims involved, in order.")
    sentence_ids: list[str] = Field(default_factory=list, description="Sentences involved.")
    spans: list[Span] = Field(description="The exact words involved, one span per item.")
    variable_id: str | None = Field(default=None, description="Variable concerned, if any.")


class HistoryPoint(_Model):
    """One step of a variable's timeline: a figure as it was stated."""

    day: date = Field(description="The day the figure stands for (see docs/estimates.md).")
    value: float = Field(description="The number as written.")
    low: float | None = Field(description="Lower bound of its interval (None: unbounded).")
    high: float | None = Field(description="Upper bound of its interval (None: unbounded).")
    source_id: str = Field(description="Who gave it.")
    claim_id: str = Field(description="The claim it was read from.")


class Estimate(_Model):
    """A reconciled low / best / high for one variable, with the claims behind each bound."""

    variable_id: str = Field(description="The variable estimated.")
    low: float | None = Field(description="Lowest credible value, or None when unbounded.")
    best: float | None = Field(description="Best estimate, or None when none can be given.")
    high: float | None = Field(description="Highest credible value, or None when unbounded.")
    method: str = Field(description="The policy and step that produced the numbers.")
    low_claims: list[str] = Field(default_factory=list, description="Claims behind low.")
    best_claims: list[str] = Field(default_factory=list, description="Claims behind best.")
    high_claims: list[str] = Field(default_factory=list, description="Claims behind high.")
    sources: list[str] = Field(default_factory=list, description="Independent sources counted.")
    note: str = Field(default="", description="Caveats a reader must know, e.g. one source only.")
    current: float | None = Field(
        default=None,
        description="The current figure a fact-checker would quote: the latest update ('the "
        "toll rose to 135'), else the latest figure stated; withdrawn figures are out.",
    )
    current_claims: list[str] = Field(
        default_factory=list, description="The claim the current figure was read from."
    )
    history: list[HistoryPoint] = Field(
        default_factory=list,
        description="How the figure moved: the figures in the order stated, a source's figure "
        "kept when it differs from that source's figure before it (the timeline of rule R204).",
    )


class ExtractionWarning(_Model):
    """A figure set aside because its written form could mean two different numbers
    ("1.000", "12 345", "1,5"): refused rather than guessed (docs/extraction.md)."""

    span: Span = Field(description="Where the figure stands.")
    surface: str = Field(description="The figure as written (the span's slice).")
    reason: str = Field(description="Why it was refused, one line.")


class SkippedInput(_Model):
    """An input line or document skipped under --keep-going, and why."""

    where: str = Field(description="The file, and the line or manifest entry ('a.jsonl:3').")
    reason: str = Field(description="What was wrong with it, one line.")


class RuleFailure(_Model):
    """A rule that raised: reported instead of stopping the other rules."""

    code: str = Field(description="Code of the rule that failed.")
    message: str = Field(description="The error, one line.")


class DocumentSummary(_Model):
    """What the report keeps of an input document (its text is not repeated)."""

    id: str = Field(description="Document id.")
    publisher: str = Field(description="Publisher.")
    published: AwareDatetime = Field(description="Publication time.")
    url: str | None = Field(default=None, description="URL, if known.")
    title: str | None = Field(default=None, description="Headline, if known.")
    sha256: str = Field(description="SHA-256 of the text, to tie the report to its input.")
    characters: int = Field(description="Length of the text in characters.")
    event: str | None = Field(
        default=None, description="Id of the event the document was grouped into."
    )


class Event(_Model):
    """One event of the input: the documents grouped together, and what they found."""

    id: str = Field(
        description="The event key given in the input, or 'auto-' and a hash of the "
        "member documents' ids when the event was inferred."
    )
    inferred: bool = Field(description="True when grouping inferred the event.")
    label: str = Field(description="A title-like label: the kind, the main place, the dates.")
    start: date = Field(description="First day the documents refer to.")
    end: date = Field(description="Last publication day of the documents.")
    places: list[str] = Field(
        default_factory=list, description="Place names the documents share, most named first."
    )
    documents: list[str] = Field(description="Ids of the member documents, sorted.")
    sources: list[str] = Field(description="Publishers of the member documents, sorted.")
    findings: list[str] = Field(
        default_factory=list, description="Ids of the event's findings, in report order."
    )
    estimates: list[Estimate] = Field(
        default_factory=list, description="The event's estimates, by variable."
    )


class Summary(_Model):
    """Counts of a run, for a reader who wants the gist and for CI gates."""

    documents: int = Field(ge=0, description="Number of input documents.")
    claims: int = Field(ge=0, description="Number of claims extracted.")
    findings: int = Field(ge=0, description="Number of findings.")
    errors: int = Field(ge=0, description="Number of rules that failed.")
    by_severity: dict[str, int] = Field(
        description="Findings per severity; every severity is listed, with 0 when none."
    )
    by_code: dict[str, int] = Field(
        description="Findings per rule code; only codes with at least one finding."
    )


class Report(_Model):
    """The result of one run: every claim, finding and estimate, with provenance."""

    schema_version: str = Field(
        default=SCHEMA_VERSION,
        description="Version of this report format: the minor part grows when fields are "
        "added, the major part when a reader must change.",
    )
    tool_version: str = Field(description="Version of reconcile that made the report.")
    summary: Summary = Field(description="Counts by severity and by rule code.")
    documents: list[DocumentSummary] = Field(
        description="The inputs (id, publisher, publication time, SHA-256 of the text), "
        "sorted by id."
    )
    sentences: list[Sentence] = Field(description="All sentences, by document then position.")
    times: list[TimeRef] = Field(description="Time expressions found, resolved.")
    labels: list[QuotedLabel] = Field(
        default_factory=list, description="Labels attributed to a source by quotation."
    )
    sources: list[Source] = Field(description="Publishers and speakers, sorted by id.")
    claims: list[Claim] = Field(description="All claims, by document then position.")
    variables: list[Variable] = Field(description="Variables measured, sorted by id.")
    findings: list[Finding] = Field(description="Findings, by code then position.")
    estimates: list[Estimate] = Field(description="One estimate per variable with numbers.")
    errors: list[RuleFailure] = Field(
        default_factory=list, description="Rules that failed; the other rules still ran."
    )
    warnings: list[ExtractionWarning] = Field(
        default_factory=list,
        description="Figures refused because their form is ambiguous, by document and position.",
    )
    skipped: list[SkippedInput] = Field(
        default_factory=list,
        description="Input lines or documents skipped under --keep-going, in input order.",
    )
    rules_run: list[str] = Field(description="Codes of the rules that were run.")
    policy: str = Field(
        default="reconcile", description="The reconciliation policy of the estimates."
    )
    events: list[Event] = Field(
        default_factory=list,
        description="The events the documents were grouped into, sorted by start day then "
        "id; rules compare claims within one event only.",
    )


def variable_id(measure: str, group: str | None, unit: str, scope: str | None = None) -> str:
    """The id of the variable a claim measures; counts of people omit the unit, and a
    figure limited to a place names it after '@'.

    >>> variable_id("killed", "security forces", "count")
    'var:killed/security forces'
    >>> variable_id("killed", "people", "count", "Arda")
    'var:killed/people@Arda'
    >>> variable_id("amount", None, "USD")
    'var:amount/USD'
    """
    if unit == "count":
        return f"var:{measure}/{group or 'people'}" + (f"@{scope}" if scope else "")
    if unit == "statement":
        return f"var:statement/{measure}"
    return f"var:{measure}/{unit}"


# --- gold annotations of worked cases (cases/<name>/expected.json, see docs/cases.md) ------


class GoldClaim(_Model):
    """A figure a careful reader finds in a document."""

    doc: str = Field(description="Document id.")
    text: str = Field(description="The number's words as written, without the qualifier.")
    occurrence: int = Field(default=1, ge=1, description="Which whole-word occurrence of text.")
    value: float = Field(description="The number.")
    low: float | None = Field(description="Lower bound of the interval (null: unbounded).")
    high: float | None = Field(description="Upper bound of the interval (null: unbounded).")
    qualifier: Qualifier = Field(description="The qualifier.")
    unit: str = Field(description="'count', 'percent' or a currency code.")
    outcome: str | None = Field(description="Outcome, or what money/percent measures.")
    group: str | None = Field(description="Group counted; null for money and percent.")
    speaker: str | None = Field(description="Originating speaker; null for the publisher.")
    refers_to: str | None = Field(description="'YYYY-MM-DD' or 'YYYY-MM-DD/YYYY-MM-DD'.")
    note: str | None = Field(default=None, description="Why the reader annotated it so.")


class GoldTime(_Model):
    """A time expression a reader resolves."""

    doc: str = Field(description="Document id.")
    text: str = Field(description="The expression as written.")
    occurrence: int = Field(default=1, ge=1, description="Which occurrence of text.")
    start: date = Field(description="First day it can mean.")
    end: date = Field(description="Last day it can mean.")


class GoldFinding(_Model):
    """A finding a correct engine must give."""

    code: str = Field(pattern=r"^R\d{3}$", description="Rule code.")
    texts: list[str] = Field(description="Words the finding's spans must cover.")
    note: str | None = Field(default=None, description="Why it must fire.")


class GoldEstimate(_Model):
    """An estimate a reader expects under the default policy."""

    variable: str = Field(description="Variable, e.g. 'killed/security forces'.")
    low: float | None = Field(description="Expected low.")
    best: float | None = Field(description="Expected best.")
    high: float | None = Field(description="Expected high.")
    sources: list[str] = Field(default_factory=list, description="Source names behind it.")
    note: str | None = Field(default=None, description="Why.")


class Expected(_Model):
    """The hand-written truth of a worked case."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    claims: list[GoldClaim] = Field(default_factory=list, description="Gold claims.")
    times: list[GoldTime] = Field(default_factory=list, description="Gold time expressions.")
    findings: list[GoldFinding] = Field(default_factory=list, description="Gold findings.")
    absent: list[str] = Field(default_factory=list, description="Codes that must not fire.")
    estimates: list[GoldEstimate] = Field(
        default_factory=list, description="Estimates (default policy) a reader expects."
    )
