"""The words a passage's speaker is read from: the word tables of ``[passages]`` in
``reconcile/data/sources.toml`` and the token tests the readers share (verbs, subjects,
asides, times, possessives). The readers are in :mod:`.cue_before` and :mod:`.cue_after`;
:mod:`.passage_cues` tries them in order."""

from __future__ import annotations

from functools import cache

from reconcile.extract.lexicon import (
    POSSESSIVE_ENDINGS,
    Token,
    calendar_words,
    closed_words,
    lexicon,
    load_data,
    person_titles,
)

DATA = load_data("sources.toml")
WORDS = DATA["passages"]
CALENDAR = calendar_words()
RELATIVES = frozenset(DATA["attribution"]["relatives"])  # "who", "which"
_ANTECEDENT = 6  # how many words an antecedent of 'who' may have
PRONOUNS = frozenset(DATA["attribution"]["pronouns"]) | frozenset(WORDS["personal_pronouns"])
AUXILIARIES = frozenset(WORDS["auxiliaries"])
SUBORDINATORS = frozenset(WORDS["subordinators"])
CLAUSE_BREAKS = frozenset(WORDS["clause_breaks"]) | SUBORDINATORS
LEAD_INS = frozenset(WORDS["lead_ins"])
NOT_SUBJECTS = frozenset(WORDS["not_subjects"])
PREPOSITIONS = frozenset(WORDS["prepositions"])
DETERMINERS = frozenset(DATA["attribution"]["determiners"])
_ADVERB_JOINERS = frozenset(WORDS["adverb_joiners"])
PLAIN_ADVERBS = frozenset(WORDS["plain_adverbs"])
ASKING = frozenset(WORDS["asking"])
_PARTY_INITIALS = frozenset(WORDS["party_initials"])
TIME_WORDS = frozenset(WORDS["time_words"]) | CALENDAR
_TIME_LEADS = frozenset(WORDS["time_leads"])
_WEEKDAYS = frozenset(day.lower() for day in load_data("taxonomy.toml")["calendar"]["weekdays"])
TIME_HEADS = (TIME_WORDS - {"now", "then", "while", "may", "march"}) | frozenset(_WEEKDAYS)
PARTICLES = frozenset(WORDS["particles"])
_VERB_PREFIXES = frozenset(WORDS["verb_prefixes"])
IRREGULAR_PARTICIPLES = frozenset(WORDS["irregular_participles"])
IRREGULAR_PASTS = frozenset(load_data("names.toml")["subjects"]["irregular_pasts"])
_MODALS = closed_words("modals")
Range = tuple[int, int]  # a token range, end excluded
AGENT_REACH = 7  # how many words may stand between a passage and its agent's 'by'


# recommended to Bako most forcefully by Y")
NP_JOINERS = frozenset(WORDS["np_joiners"])
COORDINATORS = frozenset(WORDS["coordinators"])
_PARTICIPLE_COMPLEMENTS = (
    frozenset(WORDS["participle_complements"])
    | PREPOSITIONS
    | (NP_JOINERS - {"and", "the", "-", "'s", "’s", "to"})
)
_NOUN_BEFORE = NP_JOINERS - COORDINATORS - {"to", "-"}  # "secretary of state": no verb
DASHES = frozenset(WORDS["dashes"])
QUOTES = frozenset(WORDS["quotes"])
SEGMENT_ENDS = QUOTES | {",", "."}
SINGLE_QUOTES = frozenset(WORDS["single_quotes"])
_QUOTED_PHRASE = 8  # how many words a quoted phrase inside a clause may have
_HEADLINE_REACH = 4  # how many words of the passage show that a sentence is a headline
LABEL = 8  # how many words a name before a colon may have
_ASIDE = 16  # how many words an aside after a subject may have
ASIDES = 4  # how many asides may follow a subject
ASIDE_OPENERS = {",": ",", "(": ")"}  # what closes an aside that opens with each mark
_ACCORDING_WORDS = tuple(WORDS["according_to"])
_ACCORDING_TO = 12  # how many words the source of 'according to' may have
_DOCUMENTS = frozenset(WORDS["documents"])
QUANTIFIERS = frozenset(WORDS["quantifiers"])
_SINGULAR_MODIFIERS = frozenset(WORDS["singular_modifiers"])
_NOUN_MODIFIERS = frozenset(WORDS["noun_modifiers"])
OBJECT_PRONOUNS = closed_words("object_pronouns")
ARTICLES = closed_words("articles")
NOT_NAMES = frozenset(WORDS["not_names"]) | {word.capitalize() for word in CALENDAR}
NAME_ABBREVIATIONS = (
    person_titles()
    | frozenset(load_data("sentences.toml")["abbreviations"]["other"])
    | frozenset(load_data("taxonomy.toml")["calendar"]["abbreviations"])
)  # "Mr.", "Jr.", "Sept.": no full stop of a sentence
_SAYING_VERBS = lexicon().speech_verbs


@cache
def verbs() -> frozenset[str]:
    speech = load_data("sources.toml")["speech"]
    return (
        frozenset(speech["verbs"]) | frozenset(speech["participles"]) | frozenset(speech["stance"])
    )


def is_verb(token: Token, seen_noun: bool, seen_word: bool | None = None) -> bool:
    """Whether ``token`` ends a subject as its verb; ``seen_noun``: after a word other than
    a determiner ('A redacted copy' is no verb), ``seen_word``: after any word."""
    word = token.lower
    if token.text[0].isupper() and (seen_noun if seen_word is None else seen_word):
        return False  # "a State Department official": a name, not the verb "state"
    if word in AUXILIARIES or word in verbs() or _is_negated_auxiliary(token):
        return True
    past = (word.endswith("ed") and len(word) > 4 and not _is_compound_adjective(word)) or (
        word in IRREGULAR_PASTS
    )
    return seen_noun and token.text[0].islower() and past  # "Jo Bako met", "Jo Bako urged"


def _is_negated_auxiliary(token: Token) -> bool:
    """Whether ``token`` is an auxiliary with 'not' written in ("didn't", "isn’t")."""
    stem = token.lower.replace("’", "'")
    return token.text[0].islower() and stem.endswith("n't") and len(stem) > 3


def _is_compound_adjective(word: str) -> bool:
    """Whether ``word``, in -ed, is a compound written with a hyphen that is no verb with a
    prefix ('well-connected', 'city-based'; not 'co-authored')."""
    head, dash, _ = word.partition("-")
    return bool(dash) and head not in _VERB_PREFIXES


def subject_at(tokens: list[Token], k: int, end: int) -> tuple[int, int] | None:
    """The token range of the noun phrase that starts the clause at ``tokens[k]`` and ends
    before its verb (no later than ``end``)."""
    while k < end and (tokens[k].lower in LEAD_INS or tokens[k].text in {",", "-"}):
        k += 1
    if k >= end:
        return None
    if tokens[k].lower in PRONOUNS:
        return k, k + 1
    j = k
    seen_noun = False
    headline = is_headline(tokens, k, end)
    while j < end:
        token = tokens[j]
        after_determiner = j > k and (
            tokens[j - 1].lower in DETERMINERS
            or (j - 1 > k and seen_noun and tokens[j - 1].lower in _NOUN_BEFORE)
            or _is_noun_after_one(tokens, j)
        )  # "the reports", "the secretary of state", "one estimate"
        after_determiner = after_determiner or _modifies_a_noun(tokens, j, end)
        if j > k and not after_determiner and is_verb(token, seen_noun, not headline):
            j = _past_reduced_relative(tokens, j, end)
            break  # in a headline, "Bako Says" is a verb too
        if seen_noun and opens_a_time(tokens, j) and not _names_no_one(tokens[k:j]):
            break  # "Gov. Ana Lobo on Monday"; not "late Saturday [he]"
        past = _past_quoted_name(tokens, j, end) if j > k else None
        if past is not None:
            j = past  # 'the "Late Talk" host', 'a "super PAC"'
            seen_noun = True
            continue
        if not (token.text[0].isalnum() or token.text in NP_JOINERS or token.text in {".", "/"}):
            if not is_plural_possessive(tokens, j, k):
                break  # but "the Lobos' team": its mark goes on
        if seen_noun and token.lower in RELATIVES - {"whose"}:
            break  # "several people who heard it"; not "a mayor whose aides"
        if token.text == "." and not (
            j > k and (len(tokens[j - 1].text) <= 3 or is_abbreviation(tokens, j))
        ):
            break  # "Mr." or "U.S." keep going; a full stop does not
        seen_noun = seen_noun or (token.text[0].isalpha() and token.lower not in DETERMINERS)
        j += 1
    while j > k and (
        tokens[j - 1].lower in NP_JOINERS | {","}
        or (tokens[j - 1].text == "." and not is_abbreviation(tokens, j - 1))
    ):
        j -= 1  # not the stop of "Jo Bako Jr."
    if j == k or (
        is_verb(tokens[k], False)
        and not (_verb_as_modifier(tokens, k, j) or _modifies_a_noun(tokens, k, j))
        and not _modal_as_name(tokens, k, j)
    ):
        return None
    return k, j


def _modal_as_name(tokens: list[Token], k: int, j: int) -> bool:
    """Whether a capitalised modal at ``tokens[k]`` is a name, a verb in the past or in -s
    right after it ('Will wrote', 'Will insists'; not 'Will the board agree', nor the
    month in 'May saw')."""
    if j != k + 1 or j >= len(tokens) or not tokens[k].text[0].isupper():
        return False
    if tokens[k].lower in CALENDAR:
        return False
    verb = tokens[j]
    finite = verb.lower in IRREGULAR_PASTS or verb.lower.endswith(("ed", "s"))
    return tokens[k].lower in _MODALS and verb.text[0].islower() and finite


def _is_noun_after_one(tokens: list[Token], j: int) -> bool:
    """Whether the word at ``tokens[j]``, in its bare form after a word of one thing
    (``singular_modifiers``: 'one estimate', 'each report'), is a noun: no verb in that
    form agrees with it."""
    word = tokens[j].lower
    return (
        tokens[j - 1].lower in _SINGULAR_MODIFIERS
        and word not in AUXILIARIES | IRREGULAR_PASTS
        and not word.endswith(("s", "ed"))
    )


def _modifies_a_noun(tokens: list[Token], j: int, end: int) -> bool:
    """Whether the word at ``tokens[j]`` (``noun_modifiers``) is a noun in lower case that
    modifies the noun or title after it, before ``end`` ('state officials', 'state Sen.')."""
    if tokens[j].text not in _NOUN_MODIFIERS or j + 1 >= end:
        return False
    after = tokens[j + 1]
    if after.text in person_titles():
        return True
    return (
        after.text.isalpha()
        and after.text.islower()
        and after.lower not in DETERMINERS | PRONOUNS | OBJECT_PRONOUNS | PREPOSITIONS
        and after.lower not in CLAUSE_BREAKS | RELATIVES | QUANTIFIERS | AUXILIARIES
        and not is_adverb(after)
    )


def _past_reduced_relative(tokens: list[Token], j: int, end: int) -> int:
    """Where the clause's verb stands when the past form at ``tokens[j]``, after a common
    noun in lower case, is a participle that goes on with the noun phrase ('the people
    involved in the talks say', 'a memo signed by the mayor shows'): the finite verb after
    its complement, in the same clause; else ``j``."""
    word = tokens[j]
    if not (word.lower.endswith("ed") and word.text[0].islower() and j + 1 < end):
        return j
    if not tokens[j - 1].text[0].islower():
        return j  # "Jo Bako worked in Orlin": a name's own verb
    if tokens[j + 1].lower not in _PARTICIPLE_COMPLEMENTS:
        return j  # "officials refused to", "the memo released Friday"
    return _finite_verb_ahead(tokens, j + 2, end) or j


def _finite_verb_ahead(tokens: list[Token], m: int, end: int) -> int | None:
    """The first finite verb (an auxiliary, a verb of saying or stance, a past form) after
    a word that is no determiner, preposition or possessive in ``tokens[m:end]``, before
    any mark, time or word that breaks the clause."""
    for n in range(m, min(end, m + _ASIDE)):
        token = tokens[n]
        if not token.text[0].isalnum() or token.lower in CLAUSE_BREAKS | RELATIVES:
            return None
        if opens_a_time(tokens, n):
            return None  # "a poll released on Sunday shows": the time is no subject's
        if token.text[0].isupper() or token.lower.endswith("ing") or is_adverb(token):
            continue
        if tokens[n - 1].lower in DETERMINERS | _PARTICIPLE_COMPLEMENTS | NP_JOINERS:
            continue  # "the revised plan", "Orlin's praise"
        if is_verb(token, True):
            return n
    return None


def is_plural_possessive(tokens: list[Token], j: int, k: int = 0) -> bool:
    """Whether the apostrophe at ``tokens[j]`` (after ``tokens[k]``) marks the possessive
    of the word in -s before it, right before a word ('Jonas' team', 'the voters’ views')."""
    return (
        j > k
        and tokens[j].text in {"'", "’"}
        and tokens[j - 1].text.endswith("s")
        and tokens[j].start == tokens[j - 1].end
        and j + 1 < len(tokens)
        and tokens[j + 1].text[0].isalpha()
        and tokens[j + 1].start > tokens[j].end
    )


def _verb_as_modifier(tokens: list[Token], k: int, j: int) -> bool:
    """Whether a capitalised word that may be a verb, at ``tokens[k]``, opens a noun phrase
    of several words as a noun or modifier ('State business leaders', 'Support groups');
    not a participle ('Asked whether …'), an auxiliary ('Will'), a verb of saying ('Say
    Orlin wins') nor a word of a headline."""
    word = tokens[k]
    return (
        j > k + 1
        and word.text[0].isupper()
        and word.lower not in AUXILIARIES | _SAYING_VERBS
        and not is_headline(tokens, k, j)
        and not word.lower.endswith(("ed", "ing"))
        and word.lower not in IRREGULAR_PARTICIPLES
    )


def opens_a_time(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` opens a phrase of time after a noun phrase ('on Monday', 'last
    week', 'at the time', 'Tuesday'), which the phrase does not hold."""
    if tokens[j].lower in TIME_HEADS and tokens[j].text[0].isupper():
        return tokens[j].lower in _WEEKDAYS  # 'Tuesday', not 'Day' in a name
    if tokens[j].lower in {"yesterday", "today", "tonight"}:
        return True
    return tokens[j].lower in _TIME_LEADS and any(
        t.lower in TIME_HEADS for t in tokens[j + 1 : j + 3]
    )


def _names_no_one(words: list[Token]) -> bool:
    """Whether words are only words of time and their leads ('late', 'early on')."""
    return all(t.lower in _TIME_LEADS | TIME_WORDS for t in words)


def is_headline(tokens: list[Token], k: int, end: int) -> bool:
    """Whether the words from ``tokens[k]`` to a few past ``end`` are written as a
    headline: every word of four letters or more capitalised, and three such words at
    least ('Bako Slams Budget Plan')."""
    words = [t.text for t in tokens[k : end + _HEADLINE_REACH] if t.text.isalpha()]
    long = [w for w in words if len(w) >= 4]
    return len(long) >= 3 and all(w[0].isupper() for w in long)


def clause_start(tokens: list[Token], k: int) -> int:
    """Where the clause ending at ``tokens[k]`` begins; 'and' between names ('Ana and
    Lev') joins a subject, elsewhere it starts a clause; a word of adverb_joiners right
    before ``tokens[k]`` is a particle of its verb ('went after [Ida Lenz]')."""
    if k > 1 and tokens[k - 1].lower in _ADVERB_JOINERS and tokens[k - 2].text[0].islower():
        k -= 1
    while k > 0:
        word = tokens[k - 1].lower
        if word in {"and", "or"}:
            if k > 1 and tokens[k - 2].text[0].isupper():
                k -= 1
                continue
            return k
        opening = _aside_opening(tokens, k, word)
        if opening is not None:
            k = opening  # the clause goes on before the aside
            continue
        if word in CLAUSE_BREAKS and not is_abbreviation(tokens, k - 1):
            if not _is_adverb_here(tokens, k - 1):
                return k
        if _is_spaced_hyphen(tokens, k - 1):
            return k  # "Jo Bako was calm - an aide said [it] -"
        k -= 1
    return k


def _aside_opening(tokens: list[Token], k: int, word: str) -> int | None:
    """Where an aside that ends with ``word``, right before ``tokens[k]``, opens inside its
    clause: brackets after a name ("Jo Bako (Ind.), 58, said"), words between dashes ("Jo
    Bako — a teacher from Orlin — says"), or a short quoted phrase the clause goes on after
    ('Jo Bako, host of "Late Talk," says'); None for any other word."""
    if word == ")":
        return _bracket_after_name(tokens, k - 1)
    if word in DASHES:
        return _dash_aside(tokens, k - 1)
    if _goes_on_after_quotation(tokens, k):
        return _quoted_phrase(tokens, k - 1)
    return None


def _is_spaced_hyphen(tokens: list[Token], n: int) -> bool:
    """Whether ``tokens[n]`` is a hyphen written with a space on each side, as a dash
    ('calm - an aide said'), not inside a word split by the tokenizer ('50-state')."""
    return (
        tokens[n].text == "-"
        and 0 < n < len(tokens) - 1
        and tokens[n - 1].end < tokens[n].start
        and tokens[n].end < tokens[n + 1].start
    )


def _is_adverb_here(tokens: list[Token], n: int) -> bool:
    """Whether a word that may join clauses ('so', 'yet', 'before') stands at ``tokens[n]``
    as an adverb: before an adverb, a particle or a verb ('so vehemently opposed', 'spoke
    out before about'), or 'yet' after an auxiliary ('has not yet endorsed')."""
    if tokens[n].lower not in _ADVERB_JOINERS or n + 1 >= len(tokens):
        return False
    after = tokens[n + 1]
    if tokens[n].lower == "yet" and n > 0 and tokens[n - 1].lower in AUXILIARIES:
        return True
    return (
        after.text[0].islower()
        and not after.lower.endswith("ing")  # "before announcing": a phrase of its own
        and (is_adverb(after) or after.lower in PARTICLES or is_verb(after, True))
    )


def _past_quoted_name(tokens: list[Token], j: int, end: int) -> int | None:
    """Where words quoted inside a noun phrase end, when the opening mark is at
    ``tokens[j]``: past the closing mark ('the "Late Talk" host', "a ''super PAC''
    ad"), or at a comma written inside it, which ends the phrase ('host of "Late
    Talk," said'); none when the quotation holds another mark, or runs past ``end`` or a
    few words."""
    mark = j + 1 if _is_double_apostrophe(tokens, j) else j
    if _opening_mark(tokens, mark) != j:
        return None
    for n in range(mark + 1, min(end, mark + 1 + _QUOTED_PHRASE)):
        if tokens[n].text[0].isalnum() or tokens[n].text in NP_JOINERS:
            continue
        if tokens[n].text == "," and _closing_mark_at(tokens, n + 1) is not None:
            return n
        return _closing_mark_at(tokens, n)
    return None


def _closing_mark_at(tokens: list[Token], n: int) -> int | None:
    """Where a closing quotation mark that begins at ``tokens[n]`` ends, past it."""
    last = n + 1 if _is_double_apostrophe(tokens, n) else n
    return last + 1 if last < len(tokens) and _closing_mark(tokens, last) == n else None


def _is_double_apostrophe(tokens: list[Token], n: int) -> bool:
    """Whether ``tokens[n]`` and the next are two apostrophes written for one mark."""
    return (
        n + 1 < len(tokens)
        and tokens[n].text == tokens[n + 1].text == "'"
        and tokens[n].end == tokens[n + 1].start
    )


def _goes_on_after_quotation(tokens: list[Token], k: int) -> bool:
    """Whether the words at ``tokens[k]``, after a closing quotation mark, may go on with
    the clause the quotation stands in: a word in lower case that is no determiner,
    pronoun or quantifier, nor a participle after a comma ('…,” saying' opens a phrase)."""
    word = tokens[k] if k < len(tokens) else None
    if word is None or not word.text[0].islower():
        return False
    if is_participle(word) and k >= 2 and tokens[k - 2].text == ",":
        return False
    return word.lower not in DETERMINERS | PRONOUNS | QUANTIFIERS | OBJECT_PRONOUNS


def _quoted_phrase(tokens: list[Token], close: int) -> int | None:
    """Where a short quoted phrase closed by the mark at ``tokens[close]`` opens, when it
    stands inside a clause: a title or a few words someone is quoted with ('host of
    "Late Talk,"', "called it ''a sham,''"), the opening mark after a word of the same
    sentence; none for a quotation that opens its sentence or runs long."""
    first = _closing_mark(tokens, close)
    if first is None:
        return None
    for n in range(first - 1, max(0, first - _QUOTED_PHRASE) - 1, -1):
        if closes_a_clause(tokens, n):
            return None
        opening = _opening_mark(tokens, n)
        if opening is not None:
            before = tokens[opening - 1] if opening > 0 else None
            inside = before is not None and (before.text[0].isalnum() or before.text == ",")
            return opening if inside and opening > sentence_start(tokens, opening) else None
    return None


def _closing_mark(tokens: list[Token], n: int) -> int | None:
    """Where the closing quotation mark that ends at ``tokens[n]`` begins: a double mark,
    or two apostrophes written for one, written right after a word or a comma."""
    first = n - 1 if n > 0 and _is_double_apostrophe(tokens, n - 1) else n
    if first == n and tokens[n].text not in QUOTES:
        return None
    return first if first > 0 and tokens[first - 1].end == tokens[first].start else None


def _opening_mark(tokens: list[Token], n: int) -> int | None:
    """Where the opening quotation mark that ends at ``tokens[n]`` begins: a double mark,
    or two apostrophes written for one, written right before a word."""
    first = n - 1 if n > 0 and _is_double_apostrophe(tokens, n - 1) else n
    if first == n and tokens[n].text not in QUOTES:
        return None
    return first if n + 1 < len(tokens) and tokens[n].end == tokens[n + 1].start else None


def closes_a_clause(tokens: list[Token], n: int) -> bool:
    """Whether ``tokens[n]`` ends a sentence or a clause of its own: a full stop (not
    :func:`is_abbreviation`'s), a question or exclamation mark, a semicolon or a colon."""
    return tokens[n].text in {".", "?", "!", ";", ":"} and not is_abbreviation(tokens, n)


def is_abbreviation(tokens: list[Token], n: int) -> bool:
    """Whether ``tokens[n]`` is the full stop of a title, an initial or an abbreviation
    written inside a name ('Mr.', 'G.', 'Jr.'), or of one a comma follows ('Orlin,
    Calif., said'), which ends no clause."""
    if tokens[n].text != "." or n == 0:
        return False
    word = tokens[n - 1].text
    return (
        word in NAME_ABBREVIATIONS
        or (len(word) == 1 and word.isupper())
        or is_party_label(tokens[n - 1])
        or _comma_after(tokens, n)
    )


def _comma_after(tokens: list[Token], n: int) -> bool:
    """Whether a comma follows ``tokens[n]``: a full stop there ends no sentence."""
    return n + 1 < len(tokens) and tokens[n + 1].text == ","


def is_party_label(token: Token) -> bool:
    """Whether ``token`` opens the label of a member of Congress ('R-Ore', 'D-N' of
    'D-N.Y.'): a party's initial of sources.toml party_initials, a dash, a state."""
    party, dash, state = token.text.partition("-")
    return bool(dash) and party in _PARTY_INITIALS and state[:1].isupper()


def _dash_aside(tokens: list[Token], close: int) -> int | None:
    """Where an aside closed by the dash at ``tokens[close]`` and followed by a verb opens:
    the dash before it, a few words back in the same sentence, after a word ('Jo Bako —
    a teacher — says'; not '— a year ago — Jo Bako said')."""
    after = tokens[close + 1] if close + 1 < len(tokens) else None
    if after is None or not (is_verb(after, True) or is_adverb(after)):
        return None
    for n in range(close - 1, max(0, close - 2 * _ASIDE) - 1, -1):
        if tokens[n].text in {".", "?", "!", ";", ":"} and len(tokens[n - 1].text) > 3:
            return None
        if tokens[n].text in DASHES:
            return n if n > 0 and tokens[n - 1].text[0].isalnum() else None
    return None


def _bracket_after_name(tokens: list[Token], close: int) -> int | None:
    """Where the bracket closed at ``tokens[close]`` opens, when it follows a capitalised
    word and holds a few words ('Jo Bako (Ind.)', 'the Authority (VACO)')."""
    for n in range(close - 1, max(0, close - LABEL) - 1, -1):
        if tokens[n].text in {"(", ")"}:
            opens = tokens[n].text == "(" and n > 0 and tokens[n - 1].text[0].isupper()
            return n if opens else None
    return None


def is_possessive(token: Token) -> bool:
    """'Bako's', 'the mayor’s': a noun in the possessive, not 'it's' or 'she’s'."""
    stem = token.text[:-2]
    return (
        token.lower.endswith(POSSESSIVE_ENDINGS)
        and stem.lower() not in PRONOUNS
        and stem.capitalize() not in NOT_NAMES
    )


def contracted_pronoun(token: Token) -> int | None:
    """The length of the pronoun a contracted form opens ("he’s", "they'll": 2, 4), None
    for any other token ('Bako's').

    >>> from reconcile.extract.lexicon import tokenize
    >>> [contracted_pronoun(t) for t in tokenize("he’s they'll Bako's")]
    [2, 4, None]
    """
    stem, _, rest = token.text.replace("’", "'").partition("'")
    if rest.isalpha() and len(rest) <= 2 and stem.lower() in PRONOUNS:
        return len(stem)
    return None


def agent_before(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The agent of a passive participle of saying, stance or asking (``asking``) right
    before the passage at ``tokens[k]``, past a particle and a time ('Asked by the host
    [whether …]', 'when pressed by Ida Lenz on Monday about [the plan]')."""
    end = k
    while end > 0 and tokens[end - 1].lower in PARTICLES:
        end -= 1
    by = next(
        (n for n in range(end - 2, max(0, end - AGENT_REACH) - 1, -1) if tokens[n].lower == "by"),
        None,
    )
    if by is None or by == 0:
        return None
    verb = by - 1
    while verb > 0 and is_adverb(tokens[verb]):
        verb -= 1  # "asked directly by"
    if tokens[verb].lower not in verbs() | ASKING or is_participle(tokens[by + 1]):
        return None  # "gripped by fear of [...]", "concluded by implying [...]"
    found = subject_at(tokens, by + 1, end)
    if found is None or not all(
        t.lower in _TIME_LEADS | TIME_HEADS for t in tokens[found[1] : end]
    ):
        return None  # "a note issued by the council on Monday, said [...]"
    return found


def opens_according_to(tokens: list[Token], n: int) -> bool:
    """Whether 'according to' (``[passages] according_to``) opens at ``tokens[n]``."""
    return (
        n + 1 < len(tokens)
        and tokens[n].lower == _ACCORDING_WORDS[0]
        and tokens[n + 1].lower == _ACCORDING_WORDS[1]
    )


def according_to_at(lowered: list[str]) -> list[int]:
    """Where 'according to' opens among a sentence's lower-cased words (the same test as
    :func:`opens_according_to`, made only in a sentence that holds 'according').

    >>> according_to_at("the toll , according to the guild , and according to us".split())
    [3, 9]
    >>> according_to_at("the toll rose".split())
    []
    """
    first, second = _ACCORDING_WORDS
    if first not in lowered:
        return []
    return [n for n in range(len(lowered) - 1) if lowered[n] == first and lowered[n + 1] == second]


def according_phrase(tokens: list[Token], a: int) -> tuple[int, int] | None:
    """X of 'according to X': the words from ``tokens[a]`` to the next comma, stop,
    quotation mark, dash or relative word, a few at most, past a quoted title ('the
    "Late Talk" memo')."""
    b = a
    words = 0  # a quoted title counts as one
    while b < len(tokens) and words < _ACCORDING_TO and tokens[b].lower not in RELATIVES:
        words += 1
        past = _past_quoted_title(tokens, b)
        if past is not None:
            b = past  # 'according to the "Late Talk" memo'
            continue
        word = tokens[b].text
        abbreviation = word == "." and b > a and len(tokens[b - 1].text) <= 3
        if word in SEGMENT_ENDS | DASHES | {";", ":", "?", "!", "(", ")"} and not abbreviation:
            break  # "according to U.S. port records," reads past "U.S."
        b += 1
    while b > a and tokens[b - 1].text == ".":
        b -= 1
    return (a, b) if b > a else None


def _past_quoted_title(tokens: list[Token], b: int) -> int | None:
    """Where a title quoted from the opening mark at ``tokens[b]`` ends, past its closing
    mark ('the "Late Talk" memo', "''Mill Towns: A History,'' by Ida Lenz"); none when
    no closing mark follows within a few words."""
    mark = b + 1 if _is_double_apostrophe(tokens, b) else b
    if _opening_mark(tokens, mark) != b:
        return None
    for n in range(mark + 1, min(len(tokens), mark + 1 + _ACCORDING_TO)):
        closing = _closing_mark_at(tokens, n)
        if closing is not None:
            return closing
    return None


def is_adverb(token: Token) -> bool:
    return token.text[0].islower() and token.lower.endswith("ly")


def is_participle(token: Token) -> bool:
    return token.text[0].islower() and token.lower.endswith("ing")


def past_lead_ins(tokens: list[Token], k: int, end: int) -> int:
    """The first token from ``tokens[k]`` that is no lead-in ('Even as …': 'as')."""
    while k < end - 1 and tokens[k].lower in LEAD_INS:
        k += 1
    return k


def opens_no_subject(token: Token) -> bool:
    """'for example', 'appearing on TV', 'asked about it', 'taken aback': a phrase that
    is no subject."""
    return token.lower in NOT_SUBJECTS | PREPOSITIONS or (
        token.text[0].islower()
        and (token.lower.endswith(("ing", "ed")) or token.lower in IRREGULAR_PARTICIPLES)
    )


def name_at(tokens: list[Token], b: int, end: int) -> tuple[int, int] | None:
    """The capitalised words at ``tokens[b]``, when a lower-case word follows them."""
    j = b
    while j < end and tokens[j].text[0].isupper():
        j += 1
    return (b, j) if b < j < end and tokens[j].text[0].islower() else None


def sentence_start(tokens: list[Token], end: int) -> int:
    """Where the sentence holding ``tokens[end]`` begins in ``tokens`` (a full stop after
    a short word, 'Mr.' or 'U.S.', or of an abbreviation (:func:`is_abbreviation`: 'R-Ore.,',
    'Sept.', 'Orlin, Calif.,') ends none)."""
    for n in range(end - 1, 0, -1):
        if tokens[n].text in {".", "?", "!"} and len(tokens[n - 1].text) > 3:
            if not is_abbreviation(tokens, n):
                return n + 1  # not "Sen. Ivo Lind, R-Ore., said", "on Sept. 9"
    return 0


def peel_cue(tokens: list[Token], begin: int, k: int) -> tuple[int, int] | None:
    """A subject whose verb is not listed: the words before the passage less the verb, its
    particles, auxiliaries and adverbs ('The memo then itemises', 'Bako laid out', 'Bako
    went after')."""
    j = k
    while j > begin and tokens[j - 1].lower in PARTICLES | _ADVERB_JOINERS:
        j -= 1
    if all(t.lower in ARTICLES for t in tokens[begin : j - 1]):
        return (begin, j) if j > begin + 1 else None  # "a documentary about [...]": a noun
    if j > begin and (tokens[j - 1].text[0].islower() or is_headline(tokens, begin, k)):
        j -= 1  # the verb ("Bako Slams [the plan]" in a headline)
    while j > begin and (
        tokens[j - 1].lower in AUXILIARIES
        or tokens[j - 1].lower in LEAD_INS
        or tokens[j - 1].lower.endswith("ly")
    ):
        j -= 1
    return (begin, j) if j > begin and not is_verb(tokens[j - 1], False) else None


def without_adverbs(tokens: list[Token], found: tuple[int, int]) -> tuple[int, int]:
    """A subject without the adverbs that end it ('Politico recently [reported]'; not 'the
    daily')."""
    begin, end = found
    while (
        end > begin + 1
        and (is_adverb(tokens[end - 1]) or tokens[end - 1].lower in PLAIN_ADVERBS)
        and not _after_determiner(tokens, end - 1)
    ):
        end -= 1
    return begin, end


def _after_determiner(tokens: list[Token], k: int) -> bool:
    return k > 0 and tokens[k - 1].lower in DETERMINERS


def in_document(tokens: list[Token], begin: int, k: int) -> tuple[int, int] | None:
    """The poll, survey or report of 'in the latest Post poll' at ``tokens[begin]``, a
    phrase that names where the passage was found ('In the Post poll, […]', '[…] in a
    new survey')."""
    first = past_lead_ins(tokens, begin, k) if begin < k else begin
    if first >= len(tokens) or tokens[first].lower != "in":
        return None
    end = first + 1
    while end < min(len(tokens), k) and tokens[end].text not in SEGMENT_ENDS | {";", ":"}:
        end += 1
    words = [t.lower for t in tokens[first + 1 : end]]
    if not words or not _DOCUMENTS.intersection(words) or len(words) > _ACCORDING_TO:
        return None
    return first + 1, end


def past_asides(tokens: list[Token], n: int) -> list[int]:
    """Where a clause may resume after its subject, which ends at ``tokens[n]``: there, and
    after each of the asides that follow it, an age, a title or a relative clause between
    commas ('Jo Bako, 58, of Orlin, said'), or a bracket ('Jo Bako (Ind.) said'). An aside
    is a few words with no quotation mark, and no full stop but after an abbreviation."""
    found = [n]
    for _ in range(ASIDES):
        if n >= len(tokens) or tokens[n].text not in ASIDE_OPENERS:
            break
        close = ASIDE_OPENERS[tokens[n].text]
        m = n + 1
        while m < min(len(tokens), n + _ASIDE) and tokens[m].text != close:
            if tokens[m].text in QUOTES or (
                tokens[m].text in {".", "?", "!"} and len(tokens[m - 1].text) > 3
            ):
                return found
            m += 1
        if m >= len(tokens) or tokens[m].text != close or m == n + 1:
            break
        n = m if close == "," else m + 1  # a closing comma opens the next aside
        found.append(n + 1 if close == "," else n)
    return found


def phrase_start(tokens: list[Token], j: int) -> int:
    """Where the noun phrase that ends before ``tokens[j]`` begins, read back to a clause
    break, a preposition or a verb, a few words at most."""
    i = j
    while (
        i > 0
        and j - i < _ANTECEDENT
        and (tokens[i - 1].text[0].isalnum() or tokens[i - 1].text == ".")
        and tokens[i - 1].lower not in CLAUSE_BREAKS | NOT_SUBJECTS | AUXILIARIES
        and not is_verb(tokens[i - 1], True)
    ):
        i -= 1
    return i
