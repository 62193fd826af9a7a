"""The speaker named before a passage: the subject of the clause that leads into it
("Critics argue [that …]", "Ana and Lev agreed [to meet]", "a new poll found [40% …]"),
read back from the passage over asides, openers and subordinate clauses. Entry:
:func:`before`, which tries its readings in order (those at the passage, then those of the
clause leading in, then each comma's); :mod:`.passage_cues` tries it among the other
readings."""

from __future__ import annotations

from collections.abc import Callable

from reconcile.extract.lexicon import (
    Token,
    lexicon,
    load_data,
)
from reconcile.extract.numbers import is_number_token
from reconcile.extract.passage_words import (
    ARTICLES,
    ASIDE_OPENERS,
    ASIDES,
    AUXILIARIES,
    CALENDAR,
    CLAUSE_BREAKS,
    COORDINATORS,
    DASHES,
    DETERMINERS,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PASTS,
    LABEL,
    LEAD_INS,
    NAME_ABBREVIATIONS,
    NOT_NAMES,
    NOT_SUBJECTS,
    NP_JOINERS,
    OBJECT_PRONOUNS,
    PARTICLES,
    PLAIN_ADVERBS,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFIERS,
    QUOTES,
    RELATIVES,
    SEGMENT_ENDS,
    SINGLE_QUOTES,
    SUBORDINATORS,
    TIME_HEADS,
    TIME_WORDS,
    WORDS,
    according_phrase,
    agent_before,
    clause_start,
    in_document,
    is_abbreviation,
    is_adverb,
    is_participle,
    is_party_label,
    is_plural_possessive,
    is_possessive,
    is_verb,
    name_at,
    opens_according_to,
    opens_no_subject,
    past_asides,
    past_lead_ins,
    peel_cue,
    phrase_start,
    sentence_start,
    subject_at,
    verbs,
    without_adverbs,
)

_WITH = frozenset(WORDS["with_participle"])
_VERB_ADVERBS = (
    frozenset(load_data("sources.toml")["attribution"]["adverbs"]) | PLAIN_ADVERBS | AUXILIARIES
)  # "first", "once", "long", "even": before a verb ("Jo Bako, 58, once told [...]")
_CLAIM_NOUNS = frozenset(WORDS["claim_nouns"])
_ATTITUDES = frozenset(WORDS["attitude_adjectives"])
_NOT_MODIFIED = (
    DETERMINERS | PREPOSITIONS | PARTICLES | PRONOUNS | OBJECT_PRONOUNS | NOT_SUBJECTS
) | CLAUSE_BREAKS  # words that show a participle heads a phrase, not a noun it modifies
_NOT_IN_MODIFIED = PRONOUNS | OBJECT_PRONOUNS | CLAUSE_BREAKS | DASHES | {"to"}
_ATTITUDE_PREDICATES = (
    frozenset(WORDS["attitude_predicates"]) | AUXILIARIES | PLAIN_ADVERBS | QUANTIFIERS | LEAD_INS
)
_CLAIM_OWNERS = frozenset(WORDS["claim_owners"])
_ADVERB_ENDINGS = tuple(WORDS["adverb_endings"])
_EXISTENTIAL_SOURCES = frozenset(WORDS["existential_sources"])
_CONTROLLERS = frozenset(WORDS["infinitive_controllers"])
_NOUN_MODIFIERS = 2  # how many words may stand between a possessive and its noun of saying
_PARTICIPLE_PREPOSITIONS = frozenset(WORDS["participle_prepositions"])
_GERUND_LEADS = frozenset(WORDS["gerund_leads"])
_QUESTION_WORDS = frozenset(WORDS["question_words"])
_SUBORDINATE_OPENERS = SUBORDINATORS | frozenset(WORDS["subordinate_openers"])
_PREPOSITION_BREAKS = tuple(tuple(words.split()) for words in WORDS["preposition_breaks"])
_STANCE_HOLDERS = frozenset(WORDS["stance_holders"])
_VIEWPOINTS = frozenset(WORDS["viewpoints"])
_NOT_VIEWPOINTS = frozenset(WORDS["not_viewpoints"]) | TIME_WORDS
_TIME_PHRASE = 4  # how many words a phrase naming a time may have
_CONTROLLED = 8  # how many words the object of 'led' may have before 'to' ("led X to …")
_GERUND_OBJECT = 6  # how many words a participle's object may have before the passage
_ASIDE_BOUNDS = frozenset({",", ";", ":", "(", ")"}) | frozenset(WORDS["quotes"])
_GIVEN_NAMES = frozenset(
    name for names in load_data("names.toml")["given_names"].values() for name in names
)
_PHRASE_OPENERS = (NOT_SUBJECTS | PREPOSITIONS | PARTICLES | DETERMINERS | {"that", ","}) - {
    "of"
}  # what follows a participle that opens a phrase ("Speaking at", "Asked if")
_BEFORE_CONTENT = frozenset(WORDS["before_content"])
_LEADS = NOT_SUBJECTS | PREPOSITIONS  # words that open a phrase ("in", "about")
_PLACE_TAIL = 3  # how many words the part of a place after its comma may have ("Kell County")
_PARTITIVES = load_data("sources.toml")["partitives"]
_PARTITIVE_HEADS = QUANTIFIERS | frozenset(_PARTITIVES["heads"])
_PARTITIVE_RELATIVES = frozenset(_PARTITIVES["relatives"])
_QUALIFIERS = tuple(
    tuple(phrase.split())
    for phrases in load_data("taxonomy.toml")["qualifiers"].values()
    for phrase in phrases
)  # "at least", "over": a number follows


# What a reading of the speaker before a passage gives: _PASS when it does not apply (the
# next reading is tried); else its answer, which ends the search: the speaker's token
# range, or None (the reading applies and no speaker stands before the passage).
class _Pass:
    """The type of :data:`_PASS`."""

    __slots__ = ()


_PASS = _Pass()
_Reading = tuple[int, int] | None | _Pass


def before(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The subject of the clause leading into the passage that starts at ``tokens[i]``.

    The readings of :data:`_READINGS_AT_PASSAGE` are tried first, in order, then those of
    the clause leading in (:func:`_subject_of_leading_clause`): the first that applies
    decides."""
    k = i
    while k > 0 and tokens[k - 1].lower in _BEFORE_CONTENT:
        k -= 1
    if k == 0:
        return None
    for reading in _READINGS_AT_PASSAGE:
        found = reading(tokens, k)
        if found is not _PASS:
            return found
    return _subject_of_leading_clause(tokens, k)


def _source_named(tokens: list[Token], k: int) -> _Reading:
    """'According to the Star and the Post, [the deal …]': a source named as such."""
    source = _according_to_before(tokens, k) or agent_before(tokens, k)
    return _PASS if source is None else source


def _gerund_reading(tokens: list[Token], k: int) -> _Reading:
    """'Jo Bako left before announcing [it]': the subject of the clause a gerund ends."""
    lead = _gerund_lead(tokens, k)
    return _PASS if lead is None else _gerund_subject(tokens, lead)


def _participle_after_comma(tokens: list[Token], k: int) -> _Reading:
    """'Jo Bako left, saying [that …]': the subject of the participle after a comma."""
    comma = _comma_before_participle(tokens, k)
    return _PASS if comma is None else _participle_subject(tokens, comma)


def _participle_after_quote(tokens: list[Token], k: int) -> _Reading:
    """'Jo Bako called it "a farce," adding [that …]': the main clause's subject."""
    comma = _quote_before_participle(tokens, k)
    return _PASS if comma is None else _main_subject(tokens, comma)


def _subject_before_comma_verb(tokens: list[Token], k: int) -> _Reading:
    """'Jo Bako, appearing on TV after it, said': the subject before the asides that end
    with a comma before the verb ('Jo Bako, host of the “Late Show,” said', 'The chief, Jo
    Bako, said', 'Jo Bako, 58, who lives in Orlin, said')."""
    comma = _comma_before_verb(tokens, k)
    if comma is None:
        return _PASS
    opening = next((n for n in range(comma - 1, -1, -1) if tokens[n].text == ","), None)
    if opening is not None:
        found = _aside_before(tokens, opening)
        if found is not None:
            return _named_in_apposition(tokens, found, comma) or found
    found = _subject_before_asides(tokens, comma)
    return _PASS if found is None else found


def _holder_of_a_phrase(tokens: list[Token], k: int) -> _Reading:
    """'…, with recent polls showing [a tie]', 'for voters to judge [it]': the holder of an
    attitude, the noun before a participle, the subject of an infinitive or of 'with'."""
    found = (
        _attitude_holder(tokens, k)
        or _noun_before_participle(tokens, k)
        or _infinitive_subject(tokens, k)
        or _with_in_clause(tokens, k)
    )
    return _PASS if found is None else found


def _holder_of_a_claim(tokens: list[Token], k: int) -> _Reading:
    """'Jo Bako's latest claim that [the vote …]': the holder of a stance, or the possessor
    of a noun of saying."""
    found = _stance_holder(tokens, k) or _possessor(tokens, k)
    return _PASS if found is None else found


_READINGS_AT_PASSAGE: tuple[Callable[[list[Token], int], _Reading], ...] = (
    _source_named,
    _gerund_reading,
    _participle_after_comma,
    _participle_after_quote,
    _subject_before_comma_verb,
    _holder_of_a_phrase,
    _holder_of_a_claim,
)


def _subject_of_leading_clause(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The subject of the clause that leads into the passage at ``tokens[k]``: the first
    reading of :data:`_READINGS_OF_CLAUSE` that applies, else the first subject read after
    its start or one of its commas (:func:`_subject_after_comma`, from the last comma
    back), else what stands before the clause (:func:`_before_the_clause`)."""
    start = _joined_subject_start(tokens, clause_start(tokens, k), k)
    commas = [start] + [n + 1 for n in range(start, k) if tokens[n].text == ","]
    for reading in _READINGS_OF_CLAUSE:
        found = reading(tokens, k, start, commas)
        if found is not _PASS:
            return found
    after_comma = tokens[k].text == "," and not _may_be_verb(tokens[k - 1])
    for begin in reversed(commas):  # "In interviews Wednesday, Trump dismissed …"
        found = _subject_after_comma(tokens, k, begin, start, commas, after_comma)
        if found is not _PASS:
            return found
    return _before_the_clause(tokens, k, start, commas)


def _prepositional_lead(tokens: list[Token], k: int, start: int, commas: list[int]) -> _Reading:
    """'Jo Bako said after a lunch [that …]': the clause is a prepositional phrase; the
    speaker is read before it."""
    if _opens_a_prepositional_phrase(tokens, start, k):
        return before(tokens, start - 1)
    return _PASS


def _participle_after_last_comma(
    tokens: list[Token], k: int, start: int, commas: list[int]
) -> _Reading:
    """'…, (even) calling it [a …]': the subject of a participle after the last comma."""
    if len(commas) > 1 and is_participle(tokens[_past_adverbs(tokens, commas[-1], k)]):
        return _participle_subject(tokens, commas[-1] - 1)
    return _PASS


def _relative_clause_subject(
    tokens: list[Token], k: int, start: int, commas: list[int]
) -> _Reading:
    """'a charity that campaigns for [tenants]', 'two of whom backed [it]': the subject of
    a relative clause with no comma inside."""
    if len(commas) != 1:
        return _PASS
    found = _partitive_relative(tokens, start, k) or _relative_subject(tokens, start, k)
    return _PASS if found is None else found


def _subject_of_coordinated_predicate(
    tokens: list[Token], k: int, start: int, commas: list[int]
) -> _Reading:
    """'Jo Bako left early and went back to [it]': the subject of the first predicate."""
    if len(commas) != 1 or not _coordinated_predicate(tokens, start, k):
        return _PASS
    found = _conjunct_subject(tokens, start - 1)
    return without_adverbs(tokens, found) if found is not None else None


_READINGS_OF_CLAUSE: tuple[Callable[[list[Token], int, int, list[int]], _Reading], ...] = (
    _prepositional_lead,
    _participle_after_last_comma,
    _relative_clause_subject,
    _subject_of_coordinated_predicate,
)


def _subject_after_comma(
    tokens: list[Token], k: int, begin: int, start: int, commas: list[int], after_comma: bool
) -> _Reading:
    """The speaker read from ``tokens[begin]``, the clause's start or the word after one of
    its commas: a source named there, a subject resumed after an aside, or the subject
    that stands there, unless those words open no subject."""
    found = _source_at(tokens, begin, k)
    if found is not None:
        return found
    found = _resumed_subject(tokens, begin, k) if begin > start and not after_comma else None
    if found is not None:
        return found  # "Jo Bako, who lives in Orlin, has also hit [...]"
    if _no_subject_from(tokens, begin, k):
        return _PASS
    return _subject_at_comma(tokens, k, begin, commas, after_comma)


def _source_at(tokens: list[Token], begin: int, k: int) -> tuple[int, int] | None:
    """'According to the Daily Star, [the deal …]', '…, with Jo Bako calling [it …]',
    'For most voters, [the race is over]', 'In the Post poll, […]': a source named by the
    words from ``tokens[begin]``."""
    return (
        _according_to(tokens, begin, k)
        or _with_subject(tokens, begin, k)
        or _viewpoint(tokens, begin, k)
        or in_document(tokens, begin, k)
    )


def _no_subject_from(tokens: list[Token], begin: int, k: int) -> bool:
    """Whether the words from ``tokens[begin]`` open no subject: 'Jo Bako, for example,
    said', 'Jo Bako, appearing on TV, said' (a lead-in or a party label, not a participle
    modifying a noun), or 'Jo Bako said, when the story broke, [...]' (a subordinate
    clause closing before the passage: no clause leading in)."""
    if begin < k and (
        _opens_no_subject_at(tokens, past_lead_ins(tokens, begin, k))
        or is_party_label(tokens[begin])
    ):
        if not _participle_as_modifier(tokens, past_lead_ins(tokens, begin, k), k):
            return True
    return tokens[k].text == "," and _closes_a_subordinate(tokens, begin, k)


def _subject_at_comma(
    tokens: list[Token], k: int, begin: int, commas: list[int], after_comma: bool
) -> _Reading:
    """The subject standing at ``tokens[begin]`` before the passage ('Immigrants feel [that
    …]', 'Ida Lenz shot back, […]'; not 'The levy, […]'), unless it is no subject."""
    found = subject_at(tokens, _past_question(tokens, begin, k), k)
    if found is not None and found[1] >= k:
        found = None if after_comma else peel_cue(tokens, found[0], k)
    if found is None or _no_speaker(tokens, begin, found):
        return _PASS
    if [t.lower for t in tokens[found[0] : found[1]]] == ["there"]:
        return _existential_subject(tokens, found[1], k)  # "there is anger among [...]"
    if found[1] < k:
        return _head_of_asides(tokens, commas, found, k) or found
    return _PASS


def _no_speaker(tokens: list[Token], begin: int, found: tuple[int, int]) -> bool:
    """Whether the words read as a subject name no speaker: adverbs only ('The memo, now
    public, methodically exposed [the …]'), a time ('Sunday morning, Jo Bako said [that
    …]', not 'Jo Bako then said'), or an abbreviated place ('Ida Lenz of Tarn, Ore.,
    argued [that …]': not 'Ore.')."""
    return (
        all(is_adverb(t) for t in tokens[found[0] : found[1]])
        or _names_a_time(tokens, *found)
        or _abbreviated_place(tokens, begin, found[1])
    )


def _before_the_clause(
    tokens: list[Token], k: int, start: int, commas: list[int]
) -> tuple[int, int] | None:
    """The speaker read before the clause leading in: the subject of the conjunct before
    'and' ('Jo Bako left early and said [that …]'), the relative pronoun for its antecedent
    ('senators who oppose [him]'), or the speaker before a dash ('Jo Bako argued —
    rebuking Ida Lenz — [that …]')."""
    if start <= 0:
        return None
    word = tokens[start - 1]
    if word.lower in COORDINATORS:
        return _conjunct_subject(tokens, start - 1)
    if word.lower in RELATIVES and len(commas) == 1:
        return start - 1, start
    if word.text in DASHES and not _opens_a_noun_phrase(tokens, start, k):
        return before(tokens, start - 1)
    return None


def _joined_subject_start(tokens: list[Token], start: int, k: int) -> int:
    """Where the clause that begins at ``tokens[start]`` after 'and' or 'or' begins when
    the conjunction joins subjects of one verb ('Her aides and allies said [that …]',
    'the growers, traders and officials said [that …]'): at the clause before the
    conjunction, when it holds only noun phrases set off by commas, none ending with a
    pronoun (resolved alone) or a word that may be a verb ('Jo Bako left and critics
    said'), and the words after the conjunction are a subject and its verb ('… and came
    away convinced [that …]', '… and sometimes helping [it]' are verb phrases)."""
    if start < 2 or tokens[start - 1].lower not in NP_JOINERS & COORDINATORS:
        return start
    first = tokens[start]
    if is_adverb(first) or first.lower in _VERB_ADVERBS or is_participle(first):
        return start
    own = subject_at(tokens, start, k)
    if _is_finite_verb(first) or own is None or own[1] >= k:
        return start
    if not _is_finite_verb(tokens[own[1]]):
        return start
    clause = clause_start(tokens, start - 1)
    ends = [n for n in range(clause, start - 1) if tokens[n].text == ","] + [start - 1]
    for begin, end in zip([clause] + [n + 1 for n in ends[:-1]], ends, strict=True):
        found = subject_at(tokens, begin, end)
        if found is None or found[1] != end or _may_end_no_noun_phrase(tokens[end - 1]):
            return start
    return clause


def _may_end_no_noun_phrase(token: Token) -> bool:
    """Whether ``token`` may end something other than the noun phrase of a subject: a
    pronoun, a verb or an adverb."""
    word = token.lower
    return word in PRONOUNS or is_verb(token, True) or word in IRREGULAR_PASTS or is_adverb(token)


def _opens_a_prepositional_phrase(tokens: list[Token], start: int, k: int) -> bool:
    """Whether the clause break before ``tokens[start]`` opens a phrase of
    ``preposition_breaks`` after a word in lower case, with no mark and no verb of its own
    up to the passage at ``tokens[k]``, nor a participle leading into it ('Jo Bako said
    after a lunch on Monday [that …]', 'used it as a chance to attack [Ida Lenz]'; not
    'after the board voted [to …]', 'After the vote, Jo Bako said [that …]', 'as the
    ones describing [it]')."""
    if start < 2 or start >= k or not tokens[start - 2].text[0].islower():
        return False
    words = [t.lower for t in tokens[start - 1 : k]]
    if not any(tuple(words[: len(phrase)]) == phrase for phrase in _PREPOSITION_BREAKS):
        return False
    return not is_participle(tokens[k - 1]) and all(
        (t.text[0].isalnum() or t.text == ".") and not _is_finite_verb(t)
        for n, t in enumerate(tokens[start:k], start)
        if tokens[n - 1].lower != "to"
    )


def _opens_a_noun_phrase(tokens: list[Token], start: int, k: int) -> bool:
    """Whether the words from ``tokens[start]`` to the passage at ``tokens[k]`` are only
    the determiners of a noun phrase the passage goes on with ('— a [remark X made]')."""
    return start < k and all(t.lower in DETERMINERS | QUANTIFIERS for t in tokens[start:k])


def _gerund_lead(tokens: list[Token], k: int) -> int | None:
    """The word of ``gerund_leads`` before a participle that leads into the passage at
    ``tokens[k]``, past adverbs, and past the participle's object and particles, a few
    words with no mark or other participle ('ended by urging [a recount]', 'after
    repeatedly mocking [them]', 'after telling the crowd at the hall [that …]')."""
    for p in range(k - 1, max(0, k - 1 - _GERUND_OBJECT), -1):
        if is_participle(tokens[p]):
            n = _before_adverbs(tokens, p - 1)
            return n if n > 0 and tokens[n].lower in _GERUND_LEADS else None
        if not tokens[p].text[0].isalnum() or tokens[p].lower in CLAUSE_BREAKS | RELATIVES:
            return None
    return None


def _before_adverbs(tokens: list[Token], n: int) -> int:
    """The first token back from ``tokens[n]`` that is no adverb in -ly."""
    while n > 0 and is_adverb(tokens[n]):
        n -= 1
    return n


def _gerund_subject(tokens: list[Token], lead: int) -> tuple[int, int] | None:
    """The subject of the clause that the phrase opening with ``tokens[lead]`` ('by',
    'before', …) belongs to: the main clause's after a comma ('Jo Bako left, despite
    pursuing [it]') or after a verb phrase joined by a conjunction ('Jo Bako smiled and
    shook hands before leaving [it]'), else the clause leading into it; none when the
    phrase opens its clause ('After choosing [Lenz], voters …', 'A week after
    unveiling [it], …'); without its last adverbs ('Jo Bako often sold it before
    launching [a bid]')."""
    if _opens_a_clause(tokens, lead):
        return None
    if tokens[lead - 1].text == ",":
        found = _participle_subject(tokens, lead - 1)
    elif lead > 1 and tokens[lead - 1].text in QUOTES and tokens[lead - 2].text == ",":
        found = _main_subject(tokens, lead - 2)  # 'Jo Bako said it was "over," while […]'
    else:
        found = before(tokens, lead)
        if found is not None and _runs_into_an_object(tokens, found[1], lead):
            found = name_at(tokens, found[0], lead) or found  # "Jo Bako quit the race"
    if found is not None and _opens_a_verb_phrase(tokens, found[0]):
        found = _main_subject(tokens, found[0])  # "… and pressed the board by naming [X]"
    return None if found is None else without_adverbs(tokens, found)


def _runs_into_an_object(tokens: list[Token], end: int, lead: int) -> bool:
    """Whether a subject read up to ``tokens[end]`` took in its verb: a word that may open
    a predicate but is no verb follows it before ``tokens[lead]`` ('Jo Bako quit the
    [race] before …', where 'quit' is no listed verb)."""
    return (
        end < lead
        and _may_open_a_predicate(tokens[end])
        and not _opens_a_predicate(tokens, end, lead)
    )


def _opens_a_clause(tokens: list[Token], lead: int) -> bool:
    """Whether ``tokens[lead]`` opens its sentence or a clause after a colon, past lead-ins
    and a phrase of time ('Case in point: After …', 'Days before …')."""
    floor = sentence_start(tokens, lead)
    if any(t.text in {":", ";"} for t in tokens[floor:lead]):
        floor = max(n + 1 for n in range(floor, lead) if tokens[n].text in {":", ";"})
    first = past_lead_ins(tokens, floor, lead + 1)
    if tokens[lead - 1].lower in TIME_WORDS and lead - first <= _TIME_PHRASE:
        return True
    return first == lead


def _opens_a_verb_phrase(tokens: list[Token], n: int) -> bool:
    """Whether the words at ``tokens[n]`` are a verb and the start of its object, not a
    subject ('press the board', 'thanks them'; not 'critics of the plan')."""
    after = tokens[n + 1] if n + 1 < len(tokens) else None
    return (
        _may_open_a_predicate(tokens[n])
        and after is not None
        and after.lower in DETERMINERS | OBJECT_PRONOUNS | QUANTIFIERS
    )


def _past_question(tokens: list[Token], begin: int, k: int) -> int:
    """Where the subject of a question that opens at ``tokens[begin]`` stands: past its
    question word and auxiliary ('Why does [Jo Bako] oppose …', 'How can [voters] …')."""
    n = past_lead_ins(tokens, begin, k)
    if n + 2 < k and tokens[n].lower in _QUESTION_WORDS and tokens[n + 1].lower in AUXILIARIES:
        return n + 2
    return begin


def _relative_subject(tokens: list[Token], start: int, k: int) -> tuple[int, int] | None:
    """The subject of a relative clause that opens at ``tokens[start]`` with its verb and
    leads into the passage at ``tokens[k]``: the relative word ('who', 'which'), which
    stands for its antecedent, or the antecedent of 'that' ('a charity that campaigns for
    [tenants]', 'polls that show [a tie]'); not 'that' after a verb ('said that …')."""
    if start < 2 or start >= k or not _opens_with_a_verb(tokens, start):
        return None
    relative = tokens[start - 1].lower
    if relative in RELATIVES - {"whose", "where"}:
        return start - 1, start
    if relative != "that":
        return None
    begin = phrase_start(tokens, start - 1)
    articles = [n for n in range(begin + 1, start - 1) if tokens[n].lower in ARTICLES]
    begin = articles[-1] if articles else begin  # "runs [a charity] that", a verb no list holds
    head = tokens[start - 2]
    if begin >= start - 1 or head.lower in TIME_HEADS or head.text[0].isdigit():
        return None  # "a memo from 2019 that later showed [it]": a time, no antecedent
    return begin, start - 1


def _partitive_relative(tokens: list[Token], start: int, k: int) -> tuple[int, int] | None:
    """The part of an antecedent that opens a relative clause and is the subject of its
    verb at ``tokens[start]``, leading into the passage at ``tokens[k]``: a quantifier or
    a number, 'of' and a relative ('the aldermen, two of whom have pledged [their
    votes]', 'all of whom opposed [it]'; not 'the rest of which […]')."""
    if start < 3 or start >= k or tokens[start - 1].lower not in _PARTITIVE_RELATIVES:
        return None
    head = tokens[start - 3]
    if tokens[start - 2].lower != "of" or not (
        head.lower in _PARTITIVE_HEADS or is_number_token(head)
    ):
        return None
    verb = _past_adverbs(tokens, start, k)
    return (start - 3, start) if _opens_with_a_verb(tokens, verb) else None


def _opens_with_a_verb(tokens: list[Token], n: int) -> bool:
    """Whether the words at ``tokens[n]`` open with a verb: a finite one, or a word in
    lower case before a particle, a determiner or a preposition ('campaigns for', 'hands
    out'); not a noun before its verb ('voters reject')."""
    if _is_finite_verb(tokens[n]):
        return True
    after = tokens[n + 1].lower
    return _may_open_a_predicate(tokens[n]) and after in (
        PARTICLES | DETERMINERS | OBJECT_PRONOUNS | NOT_SUBJECTS | PREPOSITIONS
    ) - {"of"}  # not "backers of"


def _closes_a_subordinate(tokens: list[Token], begin: int, k: int) -> bool:
    """Whether the words from ``tokens[begin]`` to the comma before the passage at
    ``tokens[k]`` are a subordinate clause after a main one ('Jo Bako said, when the story
    broke, [...]'; not 'While a poll showed X ahead, [...]', which opens its sentence)."""
    opener = past_lead_ins(tokens, sentence_start(tokens, k), k)
    return begin - 1 > opener and tokens[begin - 1].lower in SUBORDINATORS


def _aside_before(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """The subject that ends at the comma ``tokens[comma]`` opening an aside before a
    verb: the clause there, when it opens with no relative word and with a subject."""
    start = clause_start(tokens, comma)
    if start > 0 and tokens[start - 1].lower in RELATIVES:
        return None  # "Jo Bako, who backs Ida Lenz, [...]": not "backs Ida Lenz"
    found = subject_at(tokens, start, comma)
    if found is None or found[1] != comma or _opens_no_subject_at(tokens, found[0]):
        return None
    return found


def _named_in_apposition(
    tokens: list[Token], found: tuple[int, int], comma: int
) -> tuple[int, int] | None:
    """The name that the aside from the end of ``found`` to the comma ``tokens[comma]``
    is, when ``found`` describes a person without naming one ('The chief, Jo Bako, said',
    'a third, Ida Lenz, said'): a noun phrase in lower case past its first word, the aside
    a noun phrase that ends with a name ('…, former Mayor Jo Bako, said')."""
    begin, end = found
    if not all(t.text[0].islower() or t.text[0].isdigit() for t in tokens[begin + 1 : end]):
        return None  # "Jo Bako, Ida Lenz, …": a list of names
    if tokens[begin].text[0].isupper() and tokens[begin].lower not in DETERMINERS:
        return None
    first = next((n for n in range(end + 1, comma) if tokens[n].text[0].isupper()), comma)
    if comma - first < 2 or subject_at(tokens, end + 1, comma) != (end + 1, comma):
        return None  # not "…, a big one, said"
    words = tokens[first:comma]  # past a title in lower case ('former Mayor Jo Bako')
    if any(t.text[0].islower() and t.lower not in NP_JOINERS for t in words):
        return None  # not "…, akin to Jo Bako's view of the Velt Union, is"
    return end + 1, comma


def _comma_before_verb(tokens: list[Token], k: int) -> int | None:
    """The comma that closes an aside right before the verb ending at ``tokens[k]``, also
    inside a closing quotation mark ('…, 58, said', '… the “Late Show,” said')."""
    n = k - 2
    if n > 1 and tokens[n].text in QUOTES and tokens[n - 1].text == ",":
        n -= 1
    return n if n > 0 and tokens[n].text == "," else None


def _resumed_subject(tokens: list[Token], begin: int, k: int) -> tuple[int, int] | None:
    """The subject before the asides that end at the comma before ``tokens[begin]``, when
    the words from there to the passage at ``tokens[k]`` go on with its clause and hold
    no subject of their own ('Jo Bako, who lives in Orlin, has also hit [...]')."""
    first = past_lead_ins(tokens, begin, k)
    if _after_relative_aside(tokens, begin) and _opens_a_predicate(tokens, first, k):
        return _subject_before_asides(tokens, begin - 1)  # "Jo Bako, who …, long opposed"
    adverbs = _adverb_before_verb(tokens, begin, k)
    if not adverbs and not _resumes_a_clause(tokens[first]):
        return None
    own = subject_at(tokens, first, k)
    if (
        not adverbs
        and own is not None
        and any(t.lower not in NP_JOINERS | PARTICLES for t in tokens[own[1] : k])
    ):
        return None  # "Thus, in the debate, candidates referred to [...]"; not "focuses on"
    found = _subject_before_asides(tokens, begin - 1) or _appositive_head(tokens, begin - 1)
    if found is None and adverbs:  # "The clerk, a critic of it, even went on to [...]"
        return _first_subject(tokens, clause_start(tokens, begin - 1), begin - 1)
    return found


def _adverb_before_verb(tokens: list[Token], begin: int, k: int) -> bool:
    """Whether the words from ``tokens[begin]`` to the passage at ``tokens[k]`` open with
    adverbs of ``_VERB_ADVERBS`` (or in -ly) and then a finite verb: the rest of a clause
    an aside broke ('Jo Bako, the mayor, first pointed out [...]', '…, even went on radio
    to declare [...]'), never a subject ('…, first ladies have focused on [...]')."""
    n = begin
    while n < k - 1 and (tokens[n].lower in _VERB_ADVERBS or is_adverb(tokens[n])):
        n += 1
    return n > begin and tokens[begin].text[0].islower() and _is_finite_verb(tokens[n])


def _after_relative_aside(tokens: list[Token], begin: int) -> bool:
    """Whether the words before the comma at ``tokens[begin - 1]`` are a relative clause
    set off by commas ('Jo Bako, who lives in Orlin, [...]')."""
    segments = _comma_segments(tokens, begin - 1) if begin > 0 else []
    return (
        len(segments) > 1
        and tokens[begin - 1].text == ","
        and tokens[segments[0][0]].lower in RELATIVES
    )


def _opens_a_predicate(tokens: list[Token], n: int, k: int) -> bool:
    """Whether the words from ``tokens[n]`` to the passage at ``tokens[k]`` open with a
    finite verb, past adverbs: a listed verb or auxiliary, a past form ('closed out',
    'made no comment'), or a word before one ('long blocked', 'first told')."""
    while n < k - 1 and is_adverb(tokens[n]):
        n += 1
    if n >= k or not _may_open_a_predicate(tokens[n]):
        return False
    if _is_finite_verb(tokens[n]):
        return True
    return n + 1 < k and _is_finite_verb(tokens[n + 1]) and not is_participle(tokens[n])


def _coordinated_predicate(tokens: list[Token], start: int, k: int) -> bool:
    """Whether the clause from ``tokens[start]`` to the passage at ``tokens[k]`` is a verb
    phrase joined to the clause before by a conjunction, sharing its subject ('… and
    went after', '… and then took aim at'), not a clause of its own ('… and critics
    say')."""
    if start == 0 or tokens[start - 1].text not in COORDINATORS:
        return False  # "But then came [...]" opens a sentence
    n = past_lead_ins(tokens, start, k)
    while n < k - 1 and is_adverb(tokens[n]):
        n += 1
    verb = tokens[n]
    if not (_may_open_a_predicate(verb) and _is_finite_verb(verb)):
        return False  # "… and critics say"
    if verb.lower in AUXILIARIES:
        return True
    return n + 1 < len(tokens) and not _is_finite_verb(tokens[n + 1])  # "and polls show"


def _may_open_a_predicate(token: Token) -> bool:
    """Whether ``token`` may open a verb phrase: a word in lower case that is no
    determiner, pronoun, quantifier, preposition, relative word or conjunction."""
    word = token.lower
    return (
        token.text[0].islower()
        and token.text.isalpha()
        and word not in DETERMINERS | PRONOUNS | QUANTIFIERS | OBJECT_PRONOUNS
        and word not in NOT_SUBJECTS | PREPOSITIONS | RELATIVES | CLAUSE_BREAKS
    )


def _is_finite_verb(token: Token) -> bool:
    """Whether ``token`` may be a clause's finite verb: a listed verb or auxiliary, a past
    form in -ed or one of names.toml irregular_pasts."""
    return token.text[0].islower() and (is_verb(token, True) or token.lower in IRREGULAR_PASTS)


def _appositive_head(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """The name before a run of asides that ends at ``tokens[comma]``, each of which opens
    in lower case, with a determiner or a number ('Jo Bako, the counsel who ran the
    inquiry, spoke [...]'), the nearest name phrase that is all of its segment."""
    for begin, end in _comma_segments(tokens, comma)[:ASIDES]:
        first = tokens[begin]
        if first.text[0].isupper() and first.lower not in DETERMINERS:
            found = subject_at(tokens, begin, end)
            if found != (begin, end) or not _is_name_phrase(tokens, begin, end):
                return None  # "Along the way, he'll share [...]"
            if _opens_no_subject_at(tokens, begin) or first.text in NOT_NAMES:
                return None
            return found
    return None


def _resumes_a_clause(token: Token) -> bool:
    """Whether words after a comma that open with ``token`` go on with the clause an aside
    broke ('did not', 'closed out', "doesn't"): a word in lower case that is no
    determiner, pronoun, preposition, participle or adverb."""
    word = token.lower
    return (
        token.text[0].islower()
        and token.text.replace("'", "").replace("’", "").isalpha()  # "doesn't"
        and word.split("'")[0].split("’")[0] not in DETERMINERS | PRONOUNS  # "he’ll"
        and word not in RELATIVES | COORDINATORS | CLAUSE_BREAKS
        and not opens_no_subject(token)
        and not is_adverb(token)
    )


def _existential_subject(tokens: list[Token], n: int, k: int) -> tuple[int, int] | None:
    """Whose words a passage after 'there is' at ``tokens[n]`` gives: the noun phrase after
    the verb ('there are two reports of [...]', 'there would be more polls showing [...]'),
    or the one after a word of ``existential_sources`` in it ('there is anger among
    voters [that …]'); without its closing particle or participle."""
    if n >= k or tokens[n].lower not in AUXILIARIES:
        return None  # "took her there on Sunday"
    while n < k and (tokens[n].lower in AUXILIARIES | {"been"} or is_adverb(tokens[n])):
        n += 1
    end = k
    while end > n and (tokens[end - 1].lower in PARTICLES or is_participle(tokens[end - 1])):
        end -= 1
    sources = [m for m in range(n, end) if tokens[m].lower in _EXISTENTIAL_SOURCES]
    begin = sources[-1] + 1 if sources else n
    found = subject_at(tokens, begin, end)
    return found if found is not None and found[1] == end else None


def _head_of_asides(
    tokens: list[Token], commas: list[int], found: tuple[int, int], k: int
) -> tuple[int, int] | None:
    """The name that the words ``found`` are an aside of ('Jo Bako, the mayor, said [that
    …]', 'Jo Bako, now in Orlin, said'): the nearest capitalised noun phrase before them
    whose asides run on to them. An aside opens with a word in lower case or a number
    ('Jo Bako, Ana Lobo said' is a list)."""
    if found[1] >= len(tokens) or tokens[found[1]].text not in ASIDE_OPENERS:
        return None
    if tokens[found[0]].text[0].isupper():
        return None
    for begin in reversed([b for b in commas if b < found[0]]):
        head = subject_at(tokens, begin, k)
        if head is None or head[1] >= found[0] or not _is_name_phrase(tokens, *head):
            continue
        if found[0] in {head[1] + 1, *past_asides(tokens, head[1])}:
            return head  # the first aside, or one after it
        if _opens_a_predicate(tokens, head[1], found[0]):
            return head  # "Jo Bako made the safe, [cheap], even dull choice for [...]"
    return None


def _is_name_phrase(tokens: list[Token], a: int, b: int) -> bool:
    """Whether ``tokens[a:b]`` opens with a capitalised word that is no day, month or
    participle ('Jo Bako', 'Senator Ida Lenz'; not 'Sunday', 'Alarmed by …')."""
    first = tokens[a]
    return (
        first.text[0].isupper()
        and first.lower not in TIME_WORDS | LEAD_INS | NOT_SUBJECTS | DETERMINERS
        and not first.lower.endswith(("ing", "ed"))
    )


def _names_a_time(tokens: list[Token], a: int, b: int) -> bool:
    """Whether ``tokens[a:b]`` is a short phrase naming a time: set off by a comma
    ('Sunday morning,', 'Later that day,', 'two months later,'), or in lower case and
    ending with a time noun before its clause's verb ('Jo Bako, 58, last week said'; not
    'The board now says', 'Time announces'). It opens with a time word, a day, a month, a
    lead-in, a determiner or a number and holds a time word; no capitalised word but days
    and months follow the first."""
    words = tokens[a:b]
    if not (0 < len(words) <= _TIME_PHRASE and b < len(tokens)):
        return False
    last = words[-1].lower
    set_off = tokens[b].text == "," or (
        last in TIME_WORDS - LEAD_INS
        and all(t.lower in CALENDAR or t.text[0].islower() for t in words)
    )
    return (
        set_off
        and (words[0].lower in TIME_WORDS | LEAD_INS | DETERMINERS or is_number_token(words[0]))
        and any(t.lower in TIME_WORDS for t in words)
        and all(t.text[0].islower() or t.lower in CALENDAR for t in words[1:])
    )


def _may_be_verb(token: Token) -> bool:
    """Whether a word before a comma may be the verb that leads into a passage ('sings',
    'answered', 'shot back', 'writing'), not a noun ('The levy, [which …]')."""
    word = token.lower
    return word in PARTICLES or word.endswith(("s", "ed", "ing")) or word in verbs()


def _comma_before_participle(tokens: list[Token], k: int) -> int | None:
    """The comma or dash before a participle that ends at ``tokens[k]``, past adverbs
    between them ('…, saying', '…, falsely suggesting', '… — even calling')."""
    if k < 2 or not is_participle(tokens[k - 1]):
        return None
    n = k - 2
    while n > 0 and (is_adverb(tokens[n]) or tokens[n].lower in LEAD_INS | PLAIN_ADVERBS):
        if tokens[n].lower in NOT_SUBJECTS:
            return None  # "…, especially fundraising"
        n -= 1
    return n if tokens[n].text == "," or tokens[n].text in DASHES else None


def _quote_before_participle(tokens: list[Token], k: int) -> int | None:
    """The comma inside the closing quotation mark before a participle that ends at
    ``tokens[k]`` ('… called it “a farce,” adding [that …]')."""
    if k < 4 or not is_participle(tokens[k - 1]) or tokens[k - 2].text not in QUOTES:
        return None
    return k - 3 if tokens[k - 3].text == "," else None


def _attitude_holder(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """Who holds the attitude of an adjective of ``attitude_adjectives`` that leads into
    the passage at ``tokens[k]``, past a particle: the noun phrase right before it
    ('lawmakers nervous about [the vote]', 'supporters reluctant [to leave]'), or the
    subject of the main clause after a comma ('Jo Bako left, confident [that …]'); none
    after a verb ('Jo Bako is confident [that …]': the clause's own subject)."""
    a = k - 1
    if a > 0 and tokens[a].lower in PARTICLES:
        a -= 1
    if a < 1 or tokens[a].lower not in _ATTITUDES:
        return None
    if tokens[a - 1].text == ",":
        return _coordinated_clause_subject(tokens, a - 1) or _participle_subject(tokens, a - 1)
    last = tokens[a - 1]
    if last.lower in OBJECT_PRONOUNS:
        return a - 1, a  # "it made them wary of [it]"
    begin = phrase_start(tokens, a)
    begin = max([begin] + [n + 1 for n in range(begin, a - 1) if tokens[n].lower in PARTICLES])
    if begin == a or not last.text[0].isalpha() or last.lower in _ATTITUDE_PREDICATES:
        return None  # "voters remain wary of [it]", "grew more nervous about [it]"
    if is_adverb(last) or _is_finite_verb(last):
        return None
    while begin > 1 and tokens[begin - 1].lower in COORDINATORS:
        first = phrase_start(tokens, begin - 1)  # "growers and traders wary of [it]"
        if first == begin - 1:
            break
        begin = first
    return _owner_start(tokens, begin, a - 1), a


def _coordinated_clause_subject(tokens: list[Token], n: int) -> tuple[int, int] | None:
    """The subject of the clause that ends at ``tokens[n]`` when a coordinator opened it
    and it has a verb of its own ('…, but the board dropped it, wary of [a loss]')."""
    begin = clause_start(tokens, n)
    if begin == 0 or begin >= n or tokens[begin - 1].lower not in COORDINATORS:
        return None
    found = _first_subject(tokens, begin, n)
    return found if found is not None and _opens_a_predicate(tokens, found[1], n) else None


def _noun_before_participle(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The noun phrase right before a participle that ends at ``tokens[k]``, after a
    preposition ('with polls showing [a tie]', 'despite many voters backing [the levy]');
    not the object of a verb ('Jo Bako issued a statement saying […]', where Jo Bako
    speaks)."""
    if k < 2 or not is_participle(tokens[k - 1]):
        return None
    end = k - 1
    while end > 0 and is_adverb(tokens[end - 1]):
        end -= 1  # "with critics openly saying"
    begin = phrase_start(tokens, end)
    if begin == end or all(t.lower in DETERMINERS for t in tokens[begin:end]):
        return None
    if begin == 0 or tokens[begin - 1].lower not in _PARTICIPLE_PREPOSITIONS:
        return None  # "Jo Bako issued a statement saying": the statement's issuer speaks
    return begin, end


def _infinitive_subject(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The noun phrase before the 'to' of an infinitive that ends at ``tokens[k]``, after
    'for' or a verb that takes an object and an infinitive ('for voters to judge [it]',
    'has led some allies to fear [a loss]', 'to quickly endorse [her]')."""
    v = k - 1
    if v > 0 and tokens[v].lower in PARTICLES | NOT_SUBJECTS | PREPOSITIONS:
        v -= 1  # "to worry about [...]", "to withdraw from [...]"
    while v > 1 and tokens[v - 1].text != "to" and is_adverb(tokens[v - 1]):
        v -= 1
    if v < 2 or not tokens[v].text.isalpha() or tokens[v - 1].text != "to":
        return None
    end = v - 1
    if tokens[end - 1].lower.endswith(("self", "selves")):
        return None  # "Jo Bako allowed himself to address [it]": Jo Bako
    for m in range(end - 1, max(0, end - 1 - _CONTROLLED), -1):
        if tokens[m].lower in _CONTROLLERS:
            return (m + 1, end) if m + 1 < end else None
        if tokens[m].lower == "to" or not (
            tokens[m].text[0].isalnum() or tokens[m].text in {".", "'s", "’s", "-"}
        ):
            return None  # "did not need to meet a rival to settle [it]"
    return None


def _stance_holder(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """Who holds the stance of a noun of sources.toml stance_holders before the 'of' at
    ``tokens[k]``: the name the noun phrase is an apposition of ('Jo Bako, a retired judge
    and vocal critic of [the levy]'), else the noun phrase that opens a clause
    ('Supporters of [the levy] met'); none after a verb ('has been a critic of [it]')."""
    if k < 1 or tokens[k].lower != "of" or tokens[k - 1].lower not in _STANCE_HOLDERS:
        return None
    begin = phrase_start(tokens, k)
    while begin > 1 and tokens[begin - 1].lower in COORDINATORS:
        begin = phrase_start(tokens, begin - 1)  # "a retired judge and vocal critic"
    if begin > 1 and tokens[begin - 1].text == "," and tokens[begin].text[0].islower():
        head = phrase_start(tokens, begin - 1)
        return (head, begin - 1) if _is_name_phrase(tokens, head, begin - 1) else None
    opens = begin == sentence_start(tokens, k) or tokens[begin - 1].lower in CLAUSE_BREAKS
    if not opens or any(t.lower in PRONOUNS for t in tokens[begin:k]):
        return None  # not "Jo Bako remains a critic of [it]", "He remains a critic of [it]"
    return begin, k


def _possessor(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The owner of a noun of saying that ends at ``tokens[k]`` ('Jo Bako's claim [that
    …]', 'the mayor's repeated calls for [a recount]', 'criticism from rivals [that …]'); not
    a possessive pronoun."""
    n = k
    while n > 0 and tokens[n - 1].lower in PARTICLES:
        n -= 1
    begin = phrase_start(tokens, n)
    if 1 < begin < n and tokens[begin - 1].lower in _CLAIM_OWNERS:
        if tokens[begin - 2].lower in _CLAIM_NOUNS and not opens_no_subject(tokens[begin]):
            return begin, n  # "criticism from rivals that [...]", not "a speech by quoting"
    if n == 0 or tokens[n - 1].lower not in _CLAIM_NOUNS:
        return None
    mark = next(
        (m for m in range(n - 2, max(n - 3 - _NOUN_MODIFIERS, -1), -1)
         if is_possessive(tokens[m]) or is_plural_possessive(tokens, m)),
        None,
    )  # fmt: skip
    if mark is None or any(not t.text[0].isalpha() for t in tokens[mark + 1 : n - 1]):
        return None
    begin = phrase_start(tokens, mark)
    if any(t.lower in lexicon().saying for t in tokens[max(0, begin - 2) : begin]):
        return None  # "Jo Bako said of Ida Lenz's request: [...]": Jo Bako
    owner = mark - 1 if is_plural_possessive(tokens, mark) else mark  # "the growers' fears"
    return _owner_start(tokens, begin, owner), owner + 1


def _owner_start(tokens: list[Token], begin: int, mark: int) -> int:
    """Where the owner that ends with the possessive at ``tokens[mark]`` begins, no further
    back than ``begin``: the run of capitalised words (and abbreviations' full stops)
    before a capitalised one ('to fuel Jo Bako's claims', not 'fuel Jo Bako'), else the
    last determiner ('voters share the mayor's fears', not 'voters share the mayor'),
    else the first capitalised word ('to back Kell County growers' fears'), else the noun
    and one word before it ('to highlight city councils' fears')."""
    if not tokens[mark].text[0].isupper():
        determiners = [n for n in range(begin, mark) if tokens[n].lower in DETERMINERS]
        names = [n for n in range(begin, mark) if tokens[n].text[0].isupper()]
        return max(begin, determiners[-1] if determiners else (names or [mark - 1])[0])
    n = mark
    while n > begin and (tokens[n - 1].text[0].isupper() or is_abbreviation(tokens, n - 1)):
        n -= 1
    return n


def _with_subject(tokens: list[Token], begin: int, k: int) -> tuple[int, int] | None:
    """The subject of a participle after 'with' ('…, with Jo Bako calling [it …]', 'with
    critics openly saying [that …]', 'with many leaders worried about [the race]')."""
    if begin >= k - 2 or tokens[begin].lower not in _WITH:
        return None
    found = subject_at(tokens, begin + 1, k)
    if found is None or found[1] >= k:
        return None
    end = found[1]
    while end > found[0] + 1 and is_adverb(tokens[end - 1]):
        end -= 1  # "with Jo Bako repeatedly calling"
    if all(is_adverb(t) for t in tokens[found[0] : found[1]]):
        return None  # "with newly disclosed records showing [...]"
    verb = tokens[found[1]]
    past = verb.text[0].islower() and (
        verb.lower.endswith("ed") or verb.lower in IRREGULAR_PARTICIPLES
    )
    return (found[0], end) if is_participle(verb) or past else None


def _with_in_clause(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The subject of a participle after a 'with' inside a clause, when no mark, relative
    word, finite verb or conjunction before a new subject stands between it and the
    passage at ``tokens[k]`` ('the talk ended with Jo Bako asking [whether …]', 'with Jo
    Bako interrupting the clerk and firing off [attacks]'; not '… and others opposing
    [it]'); a 'with' that opens a segment is read by :func:`_with_subject`."""
    for n in range(k - 1, sentence_start(tokens, k) - 1, -1):
        token = tokens[n]
        if not token.text[0].isalnum() or token.lower in RELATIVES | {"that"}:
            return None
        if token.lower in _WITH:
            return _subject_of_participle(tokens, n + 1, k)
        if _is_finite_verb(token) and not is_participle(token):
            return None
        if token.lower in COORDINATORS and not is_participle(tokens[n + 1]):
            return None  # "with Jo Bako calling for it and others opposing [it]"
    return None


def _subject_of_participle(tokens: list[Token], begin: int, k: int) -> tuple[int, int] | None:
    """The noun phrase from ``tokens[begin]`` up to the first participle before the
    passage at ``tokens[k]``, without its last adverbs ('Jo Bako repeatedly [asking]');
    none when the participle modifies a noun after it, after a lone number or determiner
    ('one overriding [aim]'), when it is the object of a preposition ('a clip of remarks
    about wanting [it]'), or when the phrase opens with a participle ('varying views
    speaking')."""
    if is_participle(tokens[begin]):
        return None
    verb = next((p for p in range(begin + 1, k) if is_participle(tokens[p])), None)
    if verb is None or tokens[verb - 1].lower in _LEADS:
        return None  # "comments about wanting [it]": a gerund
    found = subject_at(tokens, begin, verb)
    if found is None or found[1] != verb:
        return None
    found = without_adverbs(tokens, found)
    first = tokens[found[0]]
    spelled = is_number_token(first) and not first.text[0].isdigit()  # "one", not "42%"
    lone = found[1] - found[0] == 1 and (first.lower in DETERMINERS | QUANTIFIERS or spelled)
    return None if lone else found


def _viewpoint(tokens: list[Token], begin: int, k: int) -> tuple[int, int] | None:
    """Whose view a sentence opening with 'For X,' or 'To X,' gives, when the passage
    follows the comma ('For most voters, [the race is over]', 'To Jo Bako, [it was a
    betrayal]'); not a time or a purpose ('For now,', 'To be sure,', 'For years,')."""
    first = past_lead_ins(tokens, begin, k)
    if tokens[k].text != "," or tokens[first].lower not in _VIEWPOINTS:
        return None
    if first != past_lead_ins(tokens, sentence_start(tokens, k), k):
        return None  # an opening phrase of its sentence only
    found = subject_at(tokens, first + 1, k)
    if found is None or found[1] != k:
        return None
    words = tokens[found[0] : found[1]]
    if any(t.lower in _NOT_VIEWPOINTS or t.text[0].isdigit() for t in words):
        return None
    return found


def _subject_before_asides(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """The subject before a run of asides set off by commas, the last of which ends at
    ``tokens[comma]`` right before the verb: an age ('Jo Bako, 58, said'), a relative
    clause ('…, who lives in Orlin, said'), a phrase that is no noun phrase ('…, of course,
    said'), and a noun phrase after such a phrase ('…, facing a recall, a close one,
    said')."""
    segments = _comma_segments(tokens, comma)
    relatives = [m for m, (b, _) in enumerate(segments) if tokens[b].lower in RELATIVES]
    n = relatives[-1] + 1 if relatives else 0  # "…, who lives in Orlin, Kell County, said"
    while n < len(segments) and (
        _is_aside_at(tokens, *segments[n])
        or (
            tokens[segments[n][0]].lower in DETERMINERS
            and n + 1 < len(segments)
            and _is_aside_at(tokens, *segments[n + 1])
        )
    ):
        n += 1
    if n == 0 or n == len(segments) or opens_no_subject(tokens[segments[n][0]]):
        return None
    begin, end = segments[n]
    begin = past_lead_ins(tokens, begin, end)
    if tokens[begin].lower in SUBORDINATORS and begin + 1 < end:
        begin += 1  # "…, when Jo Bako, who lost, called for", "even though most voters, …"
    found = subject_at(tokens, begin, end)
    if found is None or found[1] != end or _names_a_time(tokens, *found):
        return None  # not "Last week, after a rally in Orlin, a group said"
    return found


def _comma_segments(tokens: list[Token], end: int) -> list[tuple[int, int]]:
    """The runs of words set off by commas before ``tokens[end]``, in its sentence, the
    nearest first; a place named across a comma stays in one ('a rally in Orlin, Kell
    County')."""
    floor = sentence_start(tokens, end)
    segments = []
    while True:
        begin = end
        while begin > floor and (
            tokens[begin - 1].text not in _ASIDE_BOUNDS or _splits_a_place(tokens, begin - 1, end)
        ):
            begin -= 1
        if begin == end:
            return segments
        segments.append((begin, end))
        if begin == floor or tokens[begin - 1].text != ",":
            return segments
        end = begin - 1


def _splits_a_place(tokens: list[Token], comma: int, end: int) -> bool:
    """Whether the comma at ``tokens[comma]`` splits a place: a preposition and a
    capitalised word before it, only capitalised words (or abbreviations) after it up to
    ``tokens[end]`` ('in Orlin, Kell County', 'in Tarn, N.M.'), no given name or title
    ('at the Post, Ana Lobo', 'in Orlin, Gov. Ana Lobo'), not after a day or a month ('on
    Friday, Mayor Ana Lobo')."""
    after = tokens[comma + 1 : end]
    return (
        tokens[comma].text == ","
        and comma > 1
        and tokens[comma - 1].text[0].isupper()
        and tokens[comma - 1].lower not in CALENDAR
        and tokens[comma - 2].lower in NOT_SUBJECTS | PREPOSITIONS
        and 0 < sum(t.text != "." for t in after) <= _PLACE_TAIL
        and after[0].lower not in _GIVEN_NAMES
        and after[0].text not in NAME_ABBREVIATIONS
        and all(t.text[0].isupper() or t.text == "." for t in after)
    )


def _abbreviated_place(tokens: list[Token], begin: int, end: int) -> bool:
    """Whether the words ``tokens[begin:end]``, which end with a full stop, are the
    abbreviated rest of a place split by the comma before them ('in Tarn, Ore.,')."""
    return tokens[end - 1].text == "." and begin > 0 and _splits_a_place(tokens, begin - 1, end)


def _is_aside_at(tokens: list[Token], begin: int, end: int) -> bool:
    """Whether the words ``tokens[begin:end]`` between commas are an aside
    (:func:`_is_aside`), past the lead-ins that open a sentence or follow a conjunction
    ('But Jo Bako, …' and ', but Jo Bako, …' are no aside; ', now a senator,' is)."""
    if tokens[begin].text[0].isupper() or tokens[begin].lower in COORDINATORS:
        begin = past_lead_ins(tokens, begin, end)
    return _is_aside(tokens[begin])


def _is_aside(first: Token) -> bool:
    """Whether words between commas that open with ``first`` are an aside: a number, a
    relative clause, a phrase that opens with a participle, a preposition or an adverb."""
    return (
        first.text[0].isdigit()
        or is_party_label(first)
        or first.lower in RELATIVES
        or opens_no_subject(first)
        or is_adverb(first)
        or first.lower in LEAD_INS
        or first.lower in PARTICLES  # "of course"
        or first.lower in PLAIN_ADVERBS - QUANTIFIERS  # "long a critic of it"; not "most"
        or first.lower.endswith("self")  # "herself a candidate"
    )


def _according_to(tokens: list[Token], begin: int, k: int) -> tuple[int, int] | None:
    """The source of 'According to X, […]': X, to the comma that closes it."""
    if begin + 2 >= k or not opens_according_to(tokens, begin):
        return None
    end = next((n for n in range(begin + 2, k) if tokens[n].text in {",", ":"}), k)
    return (begin + 2, end) if end > begin + 2 else None


def _according_to_before(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """'According to X, […]' where X holds words that open a clause elsewhere ('the book
    and the film'): the last 'according to' of the sentence before ``tokens[k]``, when
    only X stands between it and the passage."""
    floor = sentence_start(tokens, k)
    for n in range(k - 2, floor - 1, -1):
        if opens_according_to(tokens, n):
            found = according_phrase(tokens, n + 2)
            return found if found is not None and found[1] == k else None
    return None


def _past_adverbs(tokens: list[Token], k: int, end: int) -> int:
    """The first token from ``tokens[k]`` that is no adverb in -ly ('quickly adding')."""
    while k < end - 1 and is_adverb(tokens[k]):
        k += 1
    return k


def _opens_no_subject_at(tokens: list[Token], n: int) -> bool:
    """Whether the words at ``tokens[n]`` are a phrase that is no subject
    (:func:`opens_no_subject`), a capitalised participle or adverb among them: one
    followed by a preposition, a particle, a determiner or a comma ('Speaking at a rally,
    …', 'Reached by phone, …', 'Alarmed, …', 'Publicly, …'; not 'Retired nurses', 'Polling
    of voters', 'Kelly, …': an adverb ends as sources.toml adverb_endings)."""
    if opens_no_subject(tokens[n]):
        return not _opens_a_quantity(tokens, n)  # "At least six groups said"
    word, after = tokens[n], tokens[n + 1] if n + 1 < len(tokens) else None
    return (
        word.text[0].isupper()
        and len(word.lower) > 4
        and word.lower.endswith(("ing", "ed", *_ADVERB_ENDINGS))
        and after is not None
        and after.lower in _PHRASE_OPENERS
    )


def _participle_as_modifier(tokens: list[Token], n: int, k: int) -> bool:
    """Whether a participle in lower case at ``tokens[n]`` modifies the noun after it in
    a subject, which a verb follows before the passage at ``tokens[k]`` ('leading
    growers have urged [it]', 'elected officials say [it]'); not a phrase of its own
    ('appearing on TV', 'praising Jo Bako, …')."""
    word = tokens[n]
    after = tokens[n + 1] if n + 1 < k else None
    if after is None or not after.text[0].isalpha() or not word.text[0].islower():
        return False
    if word.lower in NOT_SUBJECTS | PREPOSITIONS | TIME_WORDS:
        return False  # "that evening backed [it]": a time
    if not word.lower.endswith(("ing", "ed")) or _is_finite_verb(after):
        return False  # "voiced support for [it]"
    if after.lower in _NOT_MODIFIED:
        return False  # "appearing on TV", "citing the report"
    found = subject_at(tokens, n, k)
    if found is None or found[1] >= k or found[1] - found[0] < 2:
        return False
    if any(t.lower in _NOT_IN_MODIFIED for t in tokens[n + 1 : found[1]]):
        return False  # "fees she received", "served until he was", "offered X to offer"
    verb = tokens[found[1]]
    return _is_finite_verb(verb) and not is_participle(verb)


def _opens_a_quantity(tokens: list[Token], n: int) -> bool:
    """Whether the words at ``tokens[n]`` are a qualifier of taxonomy.toml [qualifiers]
    and a number ('At least six groups', 'Over 40 people'), a noun phrase."""
    for words in _QUALIFIERS:
        after = n + len(words)
        if after < len(tokens) and tuple(t.lower for t in tokens[n:after]) == words:
            return is_number_token(tokens[after])
    return False


def _participle_subject(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """The speaker of '…, adding [that …]': the speaker of a verb of saying just before
    the comma ('Jo Bako said, adding', '…, said Jo Bako, adding'), else the subject of the
    sentence's main clause."""
    return _saying_before(tokens, comma) or _main_subject(tokens, comma, past_quotes=True)


def _saying_before(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    start = max(
        (
            n + 1
            for n in range(comma)
            if tokens[n].text in SEGMENT_ENDS | SINGLE_QUOTES and not is_abbreviation(tokens, n)
        ),
        default=0,
    )  # "…, said Mr. Voss, adding": not the stop of "Mr."; "…,'' Ms. Lenz said, adding"
    if start >= comma:
        return None
    saying = lexicon().saying
    if tokens[comma - 1].lower in saying:
        found = subject_at(tokens, start, comma - 1)  # "Jo Bako said, adding"
        return found if found is not None and found[1] == comma - 1 else None
    if tokens[start].lower in saying:
        return subject_at(tokens, start + 1, comma)  # "…, said Jo Bako, adding"
    return None


def _conjunct_subject(tokens: list[Token], n: int) -> tuple[int, int] | None:
    """The subject of the clause whose verb phrase the coordinator at ``tokens[n]`` goes
    on with: the clause that ends there, when it has a subject and a verb of its own
    ('The vote was close when Jo Bako spoke and said [that …]'), else the first clause of
    the sentence (:func:`_main_subject`)."""
    begin = clause_start(tokens, n)
    if tokens[n - 1].text == ",":
        return _main_subject(tokens, n)  # "Jo Bako left when it rained, and said [it]"
    if 0 < begin < n and tokens[begin - 1].lower in _SUBORDINATE_OPENERS:
        found = _first_subject(tokens, begin, n)
        if found is not None and _opens_a_predicate(tokens, found[1], n):
            return found
    return _main_subject(tokens, n)


def _main_subject(
    tokens: list[Token], end: int, *, past_quotes: bool = False
) -> tuple[int, int] | None:
    """The subject of the first clause of the sentence before ``tokens[end]``, past any
    opening phrase ('In a speech, Jo Bako urged …'): the speaker of a verb coordinated
    with that clause's verb ('… and warned [that …]', '…, saying [that …]'). The clause
    begins after a dateline's dash, and after a quotation that opens the sentence (or,
    with ``past_quotes``, any quoted sentence: '"…," Jo Bako said, adding [that …]'; not
    a quoted phrase inside the clause: 'Jo Bako called it "a farce" at the hall, adding');
    failing that, after the last dash ('In Orlin — a town he won — Jo Bako spoke,
    adding')."""
    begin = _past_dateline(tokens, sentence_start(tokens, end), end)
    quoted = past_quotes or (begin < end and _is_quotation_mark(tokens, begin))
    for n in range(end - 1, begin - 1, -1):
        if quoted and _is_quotation_mark(tokens, n) and _closes_a_quoted_sentence(tokens, n):
            begin = n + 1  # '"…," Jo Bako said, adding'
            break
    dash = max((n for n in range(begin, end) if tokens[n].text in DASHES), default=None)
    return _first_subject(tokens, begin, end) or (
        _first_subject(tokens, dash + 1, end) if dash is not None else None
    )


def _closes_a_quoted_sentence(tokens: list[Token], n: int) -> bool:
    """Whether the quotation mark ``tokens[n]`` closes a quoted sentence or clause: a mark
    or a comma stands before it or a comma after it ('"It is over," Jo Bako said', '"It is
    over", Jo Bako said'; not 'called it "a farce" at the hall')."""
    m = n - 1
    while m > 0 and _is_quotation_mark(tokens, m):
        m -= 1  # "''It is over,''": the first apostrophe of two
    after = tokens[n + 1].text if n + 1 < len(tokens) else ""
    return m >= 0 and (tokens[m].text in {",", ".", "?", "!"} or after == ",")


def _first_subject(tokens: list[Token], begin: int, end: int) -> tuple[int, int] | None:
    """The subject of the first clause from ``tokens[begin]`` to ``tokens[end]``, past
    opening phrases, asides and a noun phrase that is all of its segment."""
    starts = [begin] + [n + 1 for n in range(begin, end) if tokens[n].text == ","]
    phrase = None  # the first noun phrase that is all of its segment ("Jo Bako, 58, left")
    for b in starts:
        if b >= end or _opens_no_subject_at(tokens, past_lead_ins(tokens, b, end)):
            continue
        if b > begin and tokens[b].lower in RELATIVES:
            continue  # "Speaking beside Ida Lenz, who runs it, Jo Bako left and said"
        if tokens[b].lower in SUBORDINATORS:
            if b != starts[-1]:
                continue  # "When asked about it, Jo Bako smiled and said, […]"
            b += 1  # "While Jo Bako smiled and said […]"
        found = subject_at(tokens, b, end)
        if b == begin and found == (b, end) and _is_name(tokens, b, end):
            return found  # "Jo Bako, while feeling [it] …"
        if found is not None and found[1] >= end:
            found = name_at(tokens, past_lead_ins(tokens, b, end), end)  # "But Jo Bako went …"
        if found is None or found[1] >= end or _names_a_time(tokens, *found):
            continue  # not "Sunday morning, Jo Bako left and said"
        if found[0] > b and _opens_no_subject_at(tokens, found[0]):
            continue  # "However, over the past week, Jo Bako …": past lead-ins, a phrase
        if b > begin and tokens[found[1]].text in {",", "."}:
            if _splits_a_place(tokens, b - 1, found[1]):
                continue  # "At a rally in Tarn, N.M., Jo Bako was blunt, saying"
        if phrase and _may_open_a_predicate(tokens[found[0]]):
            return phrase  # "Jo Bako, who …, stuck to it, saying"
        if phrase and _is_aside_of(tokens, b, found):
            continue  # "Jo Bako, who lives in Orlin, …", "Jo Bako, a mayor in Orlin, Kell, …"
        if tokens[found[1]].text != ",":
            return found
        if not (b > begin and _splits_a_place(tokens, b - 1, found[1])):
            phrase = phrase or found  # "In Kell, Orne, Jo Bako spoke, saying": not "Orne"
    return phrase


def _is_name(tokens: list[Token], a: int, b: int) -> bool:
    """Whether ``tokens[a:b]`` are only the capitalised words of a name ('Jo Bako', 'Mr.
    Lenz'; not 'Jo Bako quit', 'The campaign')."""
    return _is_name_phrase(tokens, a, b) and all(
        t.text[0].isupper() or t.text == "." for t in tokens[a:b]
    )


def _is_aside_of(tokens: list[Token], b: int, found: tuple[int, int]) -> bool:
    """Whether the words ``found``, read at ``tokens[b]`` after a noun phrase and a comma,
    are an aside of it or the rest of its list: a phrase of :func:`_is_aside`, an
    apposition that opens with an article in lower case or an owner ('Jo Bako, a former
    mayor, …', 'Orlin, Kell's only ally, …'), the rest of a place split by a comma ('…, a
    retiree in Orlin, Kell, …'), the last items of a list ('Jo Bako, Ana Lobo and …')."""
    first = tokens[found[0]]
    return (
        _is_aside_at(tokens, *found)
        or (first.lower in ARTICLES and first.text[0].islower())
        or is_possessive(first)
        or _splits_a_place(tokens, b - 1, found[1])
        or any(t.lower in COORDINATORS for t in tokens[found[0] : found[1]])
    )


def _past_dateline(tokens: list[Token], begin: int, end: int) -> int:
    """Where a sentence that opens at ``tokens[begin]`` begins past its dateline: after the
    first dash, when only capitalised words and marks stand before it ('PARIS (AP) — Jo
    Bako …', 'ORLIN, Kell - …'); a dash elsewhere sets off an aside or a phrase ('Jo Bako
    — a teacher — left, saying', '… the mayor — and said')."""
    for n in range(begin, min(end, begin + LABEL)):
        if tokens[n].text in DASHES:
            return n + 1
        if tokens[n].text[0].isalpha() and not tokens[n].text[0].isupper():
            return begin
    return begin


def _is_quotation_mark(tokens: list[Token], n: int) -> bool:
    """Whether ``tokens[n]`` is a quotation mark: a double one, or one of two apostrophes
    written for one ("''It is over,'' Jo Bako said"), not the mark of 'voters' views'."""
    if tokens[n].text in QUOTES:
        return True
    pair = [t.text for t in tokens[max(0, n - 1) : n + 2]]
    return tokens[n].text == "'" and pair.count("'") >= 2
