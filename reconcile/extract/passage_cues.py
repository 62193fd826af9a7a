"""Where the cue of a passage stands and whose words name its speaker.

:func:`read_speaker` takes the token range of a passage (a quotation, a paraphrase, a
belief) in its sentence and tries, in the order of ``_READINGS``:

1. **cues that leave no doubt**, after or around the passage, unless a cue leads into it:
   a verb of saying that closes the sentence ("[…], critics say."), the clause after an
   opening participle ("Alarmed by [it], the mayor …"), a noun or adjective of stance
   after it ("[The plan] drew criticism from X", "unpopular with X"), a relative clause
   after it ("[an offer] the council rebuffed") or in it ("[which X says is final]",
   "[a deadline that X said was missed]");
2. **cue before**: the subject of the clause that leads into the passage ("Critics argue
   [that …]", "Ana and Lev agreed [to meet]", "a new poll found [40% …]");
3. **cue after**: "[…], the mayor said", "[…]," said Jo Bako, "[…] was reported by X";
4. **cue inside**: a passage that holds its own attribution ('["It was calm," he said.]').

The subject is read forward from the start of the clause (:func:`subject_at`): a pronoun,
a proper name, or a determiner and the words up to the first verb (auxiliaries, the verbs
of ``[speech]`` and ``stance`` in ``reconcile/data/sources.toml``, or a past form after a
noun). Every reader returns a token range, end excluded; :mod:`.spans` turns it into
characters and resolves pronouns.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from reconcile.extract.lexicon import (
    POSSESSIVE_ENDINGS,
    Token,
    calendar_words,
    lexicon,
    load_data,
    person_titles,
)
from reconcile.extract.numbers import is_number_token

_DATA = load_data("sources.toml")
_WORDS = _DATA["passages"]
_CALENDAR = calendar_words()
RELATIVES = frozenset(_DATA["attribution"]["relatives"])  # "who", "which"
_ANTECEDENT = 6  # how many words an antecedent of 'who' may have
PRONOUNS = frozenset(_DATA["attribution"]["pronouns"]) | frozenset(_WORDS["personal_pronouns"])
_AUXILIARIES = frozenset(_WORDS["auxiliaries"])
_SUBORDINATORS = frozenset(_WORDS["subordinators"])
_CLAUSE_BREAKS = frozenset(_WORDS["clause_breaks"]) | _SUBORDINATORS
_LEAD_INS = frozenset(_WORDS["lead_ins"])
_NOT_SUBJECTS = frozenset(_WORDS["not_subjects"])
_PREPOSITIONS = frozenset(_WORDS["prepositions"])
_DETERMINERS = frozenset(_DATA["attribution"]["determiners"])
_WITH = frozenset(_WORDS["with_participle"])
_CLAIM_NOUNS = frozenset(_WORDS["claim_nouns"])
_CLAIM_OWNERS = frozenset(_WORDS["claim_owners"])
_ADVERB_JOINERS = frozenset(_WORDS["adverb_joiners"])
_ADVERB_ENDINGS = tuple(_WORDS["adverb_endings"])
_PLAIN_ADVERBS = frozenset(_WORDS["plain_adverbs"])
_EXISTENTIAL_SOURCES = frozenset(_WORDS["existential_sources"])
_ASKING = frozenset(_WORDS["asking"])
_CONTROLLERS = frozenset(_WORDS["infinitive_controllers"])
_NOUN_MODIFIERS = 2  # how many words may stand between a possessive and its noun of saying
_PARTICIPLE_PREPOSITIONS = frozenset(_WORDS["participle_prepositions"])
_GERUND_LEADS = frozenset(_WORDS["gerund_leads"])
_PARTY_INITIALS = frozenset(_WORDS["party_initials"])
_QUESTION_WORDS = frozenset(_WORDS["question_words"])
_STANCE_HOLDERS = frozenset(_WORDS["stance_holders"])
_VIEWPOINTS = frozenset(_WORDS["viewpoints"])
_TIME_WORDS = frozenset(_WORDS["time_words"]) | _CALENDAR
_NOT_VIEWPOINTS = frozenset(_WORDS["not_viewpoints"]) | _TIME_WORDS
_TIME_PHRASE = 4  # how many words a phrase naming a time may have
_CONTROLLED = 8  # how many words the object of 'led' may have before 'to' ("led X to …")
_GERUND_OBJECT = 6  # how many words a participle's object may have before the passage
_TIME_LEADS = frozenset(_WORDS["time_leads"])
_WEEKDAYS = frozenset(day.lower() for day in load_data("taxonomy.toml")["calendar"]["weekdays"])
_TIME_HEADS = (_TIME_WORDS - {"now", "then", "while", "may", "march"}) | frozenset(_WEEKDAYS)
_ASIDE_BOUNDS = frozenset({",", ";", ":", "(", ")"}) | frozenset(_WORDS["quotes"])
_PARTICLES = frozenset(_WORDS["particles"])
_IRREGULAR_PARTICIPLES = frozenset(_WORDS["irregular_participles"])
_IRREGULAR_PASTS = frozenset(load_data("names.toml")["subjects"]["irregular_pasts"])
_GIVEN_NAMES = frozenset(
    name for names in load_data("names.toml")["given_names"].values() for name in names
)
_PHRASE_OPENERS = (_NOT_SUBJECTS | _PREPOSITIONS | _PARTICLES | _DETERMINERS | {"that", ","}) - {
    "of"
}  # what follows a participle that opens a phrase ("Speaking at", "Asked if")
_AGENT_FILLERS = frozenset(_WORDS["agent_fillers"])
_Range = tuple[int, int]  # a token range, end excluded
_AGENT_REACH = 7  # how many words may stand between a passage and its agent's 'by'
_AGENT_LEADS = frozenset(_WORDS["agent_leads"])
_AGENT_SPAN = 10  # how many words a participle may stand from its agent's 'by' ("[X] was
# recommended to Bako most forcefully by Y")
_NP_JOINERS = frozenset(_WORDS["np_joiners"])
_BEFORE_CONTENT = frozenset(_WORDS["before_content"])
_COORDINATORS = frozenset(_WORDS["coordinators"])
_NOUN_BEFORE = _NP_JOINERS - _COORDINATORS - {"to", "-"}  # "secretary of state": no verb
_DASHES = frozenset(_WORDS["dashes"])
_QUOTES = frozenset(_WORDS["quotes"])
_SEGMENT_ENDS = _QUOTES | {",", "."}
_SINGLE_QUOTES = frozenset(_WORDS["single_quotes"])
_LABEL_BOUNDS = _QUOTES | _DASHES | frozenset(_WORDS["label_bounds"])
_LABEL_JOINERS = frozenset(_WORDS["label_joiners"])
_QUOTE_ENDS = _QUOTES | _SINGLE_QUOTES | {",", ".", "?", "!", "—", "-"}
_HEADLINE_REACH = 4  # how many words of the passage show that a sentence is a headline
_QUOTE_REACH = 25  # how many words back a closing quotation mark may stand from its verb
_LABEL = 8  # how many words a name before a colon may have
_ASIDE = 16  # how many words an aside after a subject may have
_ASIDES = 4  # how many asides may follow a subject
_ASIDE_OPENERS = {",": ",", "(": ")"}  # what closes an aside that opens with each mark
_ACCORDING_TO = 12  # how many words the source of 'according to' may have
_SENTENCE_TAIL = 4  # how many words may follow a verb that ends a sentence
_DOCUMENTS = frozenset(_WORDS["documents"])
_ADDRESSED = frozenset(_WORDS["addressed"])
_LEAD_IN = 3  # how many words before a passage may hold the verb that leads into it
_HEAD = 8  # how many words into a passage its head noun's relative clause may open
_OPINION = frozenset(load_data("sources.toml")["speech"]["opinion"])
_FINITE_AUXILIARIES = frozenset(_WORDS["finite_auxiliaries"])
_NOT_IN_SUBJECTS = (RELATIVES | _CLAUSE_BREAKS | PRONOUNS) - {"."}  # "Ms. Lenz" keeps its stop
_QUANTIFIERS = frozenset(_WORDS["quantifiers"])
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it", "you"})
_STANCE_NOUNS = frozenset(_WORDS["stance_nouns"])
_STANCE_OWNERS = frozenset(_WORDS["stance_owners"])
_STANCE_ADJECTIVES = frozenset(_WORDS["stance_adjectives"])
_ADJECTIVE_OWNERS = frozenset(_WORDS["adjective_owners"])
_EMOTIVE_VERBS = frozenset(_WORDS["emotive_verbs"])
_SOURCE_VERBS = frozenset(_WORDS["source_verbs"])
_VERB_GROUP = 3  # how many auxiliaries and adverbs may stand before a verb after its subject
_STANCE_REACH = 6  # how many words may stand between a passage and a noun of stance after it
_ARTICLES = frozenset({"the", "a", "an"})
_PARTICIPLE_LEADS = frozenset(_WORDS["participle_leads"])
_OPENER = 8  # how many words a participle may stand before its passage in an opening phrase
_PLACE_TAIL = 3  # how many words the part of a place after its comma may have ("Kell County")
_ADDRESSEE = 4  # how many words the person addressed may have ("told French radio RTL")
_VERBS_AFTER = frozenset(_WORDS["verbs_after"])
_PASSIVE_AUXILIARIES = frozenset(_DATA["attribution"]["passive_auxiliaries"])
_ASIDE_TAIL = 7  # how many words may follow the verb of an attribution between commas
_RELATIVE_OPENERS = frozenset(_WORDS["relative_openers"])
_CLAUSE_RELATIVES = frozenset(_WORDS["clause_relatives"])
_QUALIFIERS = tuple(
    tuple(phrase.split())
    for phrases in load_data("taxonomy.toml")["qualifiers"].values()
    for phrase in phrases
)  # "at least", "over": a number follows
_NOT_NAMES = frozenset(_WORDS["not_names"]) | {word.capitalize() for word in _CALENDAR}
_NAME_ABBREVIATIONS = person_titles() | frozenset(
    load_data("sentences.toml")["abbreviations"]["other"]
)  # "Mr.", "Jr.": no full stop of a sentence


_SAYING_VERBS = frozenset(_DATA["speech"]["verbs"])


@cache
def _verbs() -> frozenset[str]:
    speech = load_data("sources.toml")["speech"]
    return (
        frozenset(speech["verbs"]) | frozenset(speech["participles"]) | frozenset(speech["stance"])
    )


def _is_verb(token: Token, seen_noun: bool, seen_word: bool | None = None) -> bool:
    """Whether ``token`` ends a subject as its verb; ``seen_noun``: after a word other than
    a determiner ('A redacted copy' is no verb), ``seen_word``: after any word."""
    word = token.lower
    if token.text[0].isupper() and (seen_noun if seen_word is None else seen_word):
        return False  # "a State Department official": a name, not the verb "state"
    if word in _AUXILIARIES or word in _verbs():
        return True
    past = (word.endswith("ed") and len(word) > 4) or word in _IRREGULAR_PASTS
    return seen_noun and token.text[0].islower() and past  # "Jo Bako met", "Jo Bako urged"


def subject_at(tokens: list[Token], k: int, end: int) -> tuple[int, int] | None:
    """The token range of the noun phrase that starts the clause at ``tokens[k]`` and ends
    before its verb (no later than ``end``)."""
    while k < end and (tokens[k].lower in _LEAD_INS or tokens[k].text in {",", "-"}):
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
            tokens[j - 1].lower in _DETERMINERS
            or (j - 1 > k and seen_noun and tokens[j - 1].lower in _NOUN_BEFORE)
        )  # "the reports", "the secretary of state"
        if j > k and not after_determiner and _is_verb(token, seen_noun, not headline):
            break  # in a headline, "Bako Says" is a verb too
        if seen_noun and _opens_a_time(tokens, j) and not _names_no_one(tokens[k:j]):
            break  # "Gov. Ana Lobo on Monday"; not "late Saturday [he]"
        if not (token.text[0].isalnum() or token.text in _NP_JOINERS or token.text in {".", "/"}):
            if not _is_plural_possessive(tokens, j, k):
                break  # but "the Lobos' team": its mark goes on
        if seen_noun and token.lower in RELATIVES - {"whose"}:
            break  # "several people who heard it"; not "a mayor whose aides"
        if token.text == "." and not (j > k and len(tokens[j - 1].text) <= 3):
            break  # "Mr." or "U.S." keep going; a full stop does not
        seen_noun = seen_noun or (token.text[0].isalpha() and token.lower not in _DETERMINERS)
        j += 1
    while j > k and (
        tokens[j - 1].lower in _NP_JOINERS | {","}
        or (tokens[j - 1].text == "." and not _is_abbreviation(tokens, j - 1))
    ):
        j -= 1  # not the stop of "Jo Bako Jr."
    if j == k or (_is_verb(tokens[k], False) and not _verb_as_modifier(tokens, k, j)):
        return None
    return k, j


def _is_plural_possessive(tokens: list[Token], j: int, k: int) -> bool:
    """Whether the apostrophe at ``tokens[j]`` marks the possessive of the word in -s
    before it, right before a word ('Jonas' team', 'the voters’ views')."""
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
        and word.lower not in _AUXILIARIES | _SAYING_VERBS
        and not is_headline(tokens, k, j)
        and not word.lower.endswith(("ed", "ing"))
        and word.lower not in _IRREGULAR_PARTICIPLES
    )


def _opens_a_time(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` opens a phrase of time after a noun phrase ('on Monday', 'last
    week', 'at the time', 'Tuesday'), which the phrase does not hold."""
    if tokens[j].lower in _TIME_HEADS and tokens[j].text[0].isupper():
        return tokens[j].lower in _WEEKDAYS  # 'Tuesday', not 'Day' in a name
    if tokens[j].lower in {"yesterday", "today", "tonight"}:
        return True
    return tokens[j].lower in _TIME_LEADS and any(
        t.lower in _TIME_HEADS for t in tokens[j + 1 : j + 3]
    )


def _names_no_one(words: list[Token]) -> bool:
    """Whether words are only words of time and their leads ('late', 'early on')."""
    return all(t.lower in _TIME_LEADS | _TIME_WORDS for t in words)


def is_headline(tokens: list[Token], k: int, end: int) -> bool:
    """Whether the words from ``tokens[k]`` to a few past ``end`` are written as a
    headline: every word of four letters or more capitalised, and three such words at
    least ('Bako Slams Budget Plan')."""
    words = [t.text for t in tokens[k : end + _HEADLINE_REACH] if t.text.isalpha()]
    long = [w for w in words if len(w) >= 4]
    return len(long) >= 3 and all(w[0].isupper() for w in long)


def _clause_start(tokens: list[Token], k: int) -> int:
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
        if word == ")" and _bracket_after_name(tokens, k - 1) is not None:
            k = _bracket_after_name(tokens, k - 1)  # "Jo Bako (Ind.), 58, said"
            continue
        if word in _DASHES and _dash_aside(tokens, k - 1) is not None:
            k = _dash_aside(tokens, k - 1)  # "Jo Bako — a teacher from Orlin — says"
            continue
        if word in _CLAUSE_BREAKS and not _is_abbreviation(tokens, k - 1):
            if not _is_adverb_here(tokens, k - 1):
                return k
        k -= 1
    return k


def _is_adverb_here(tokens: list[Token], n: int) -> bool:
    """Whether a word that may join clauses ('so', 'yet', 'before') stands at ``tokens[n]``
    as an adverb: before an adverb, a particle or a verb ('so vehemently opposed', 'spoke
    out before about'), or 'yet' after an auxiliary ('has not yet endorsed')."""
    if tokens[n].lower not in _ADVERB_JOINERS or n + 1 >= len(tokens):
        return False
    after = tokens[n + 1]
    if tokens[n].lower == "yet" and n > 0 and tokens[n - 1].lower in _AUXILIARIES:
        return True
    return (
        after.text[0].islower()
        and not after.lower.endswith("ing")  # "before announcing": a phrase of its own
        and (_is_adverb(after) or after.lower in _PARTICLES or _is_verb(after, True))
    )


def _is_abbreviation(tokens: list[Token], n: int) -> bool:
    """Whether ``tokens[n]`` is the full stop of a title, an initial or an abbreviation
    written inside a name ('Mr.', 'G.', 'Jr.'), which ends no clause."""
    if tokens[n].text != "." or n == 0:
        return False
    word = tokens[n - 1].text
    return (
        word in _NAME_ABBREVIATIONS
        or (len(word) == 1 and word.isupper())
        or _is_party_label(tokens[n - 1])
    )


def _is_party_label(token: Token) -> bool:
    """Whether ``token`` opens the label of a member of Congress ('R-Ore', 'D-N' of
    'D-N.Y.'): a party's initial of sources.toml party_initials, a dash, a state."""
    party, dash, state = token.text.partition("-")
    return bool(dash) and party in _PARTY_INITIALS and state[:1].isupper()


def _dash_aside(tokens: list[Token], close: int) -> int | None:
    """Where an aside closed by the dash at ``tokens[close]`` and followed by a verb opens:
    the dash before it, a few words back in the same sentence, after a word ('Jo Bako —
    a teacher — says'; not '— a year ago — Jo Bako said')."""
    after = tokens[close + 1] if close + 1 < len(tokens) else None
    if after is None or not (_is_verb(after, True) or _is_adverb(after)):
        return None
    for n in range(close - 1, max(0, close - 2 * _ASIDE) - 1, -1):
        if tokens[n].text in {".", "?", "!", ";", ":"} and len(tokens[n - 1].text) > 3:
            return None
        if tokens[n].text in _DASHES:
            return n if n > 0 and tokens[n - 1].text[0].isalnum() else None
    return None


def _bracket_after_name(tokens: list[Token], close: int) -> int | None:
    """Where the bracket closed at ``tokens[close]`` opens, when it follows a capitalised
    word and holds a few words ('Jo Bako (Ind.)', 'the Authority (VACO)')."""
    for n in range(close - 1, max(0, close - _LABEL) - 1, -1):
        if tokens[n].text in {"(", ")"}:
            opens = tokens[n].text == "(" and n > 0 and tokens[n - 1].text[0].isupper()
            return n if opens else None
    return None


def _before(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The subject of the clause leading into the passage that starts at ``tokens[i]``."""
    k = i
    while k > 0 and tokens[k - 1].lower in _BEFORE_CONTENT:
        k -= 1
    if k == 0:
        return None
    source = _according_to_before(tokens, k) or _agent_before(tokens, k)
    if source is not None:
        return source  # "According to the Star and the Post, [the deal …]"
    lead = _gerund_lead(tokens, k)
    if lead is not None:
        return _gerund_subject(tokens, lead)  # "Jo Bako left before announcing [it]"
    after_comma = tokens[k].text == "," and not _may_be_verb(tokens[k - 1])
    comma = _comma_before_participle(tokens, k)
    if comma is not None:
        return _participle_subject(tokens, comma)  # "Jo Bako left, saying [that …]"
    comma = _quote_before_participle(tokens, k)
    if comma is not None:
        return _main_subject(tokens, comma)  # 'Jo Bako called it "a farce," adding [that …]'
    comma = _comma_before_verb(tokens, k)
    if comma is not None:  # "Jo Bako, appearing on TV after it, said"
        opening = next((n for n in range(comma - 1, -1, -1) if tokens[n].text == ","), None)
        if opening is not None:
            found = _aside_before(tokens, opening)
            if found is not None:
                return found  # 'Jo Bako, host of the “Late Show,” said'
        found = _subject_before_asides(tokens, comma)
        if found is not None:
            return found  # "Jo Bako, 58, who lives in Orlin, said"
    found = _noun_before_participle(tokens, k) or _infinitive_subject(tokens, k)
    if found is not None:
        return found  # "…, with recent polls showing [a tie]", "for voters to judge [it]"
    found = _stance_holder(tokens, k) or _possessor(tokens, k)
    if found is not None:
        return found  # "Jo Bako's latest claim that [the vote …]"
    start = _clause_start(tokens, k)
    commas = [start] + [n + 1 for n in range(start, k) if tokens[n].text == ","]
    if len(commas) > 1 and _is_participle(tokens[_past_adverbs(tokens, commas[-1], k)]):
        return _participle_subject(tokens, commas[-1] - 1)  # "…, (even) calling it [a …]"
    found = _relative_subject(tokens, start, k) if len(commas) == 1 else None
    if found is not None:
        return found  # "a charity that campaigns for [tenants]"
    if len(commas) == 1 and _coordinated_predicate(tokens, start, k):
        found = _main_subject(tokens, start - 1)  # "Jo Bako left early and went back to [it]"
        return _without_adverbs(tokens, found) if found is not None else None
    for begin in reversed(commas):  # "In interviews Wednesday, Trump dismissed …"
        source = _according_to(tokens, begin, k)
        if source is not None:
            return source  # "According to the Daily Star, [the deal …]"
        found = _with_subject(tokens, begin, k)
        if found is not None:
            return found  # "…, with Jo Bako calling [it …]"
        found = _viewpoint(tokens, begin, k) or _in_document(tokens, begin, k)
        if found is not None:
            return found  # "For most voters, [the race is over]", "In the Post poll, […]"
        found = _resumed_subject(tokens, begin, k) if begin > start and not after_comma else None
        if found is not None:
            return found  # "Jo Bako, who lives in Orlin, has also hit [...]"
        if begin < k and (
            _opens_no_subject_at(tokens, _past_lead_ins(tokens, begin, k))
            or _is_party_label(tokens[begin])
        ):
            continue  # "Jo Bako, for example, said", "Jo Bako, appearing on TV, said"
        if tokens[k].text == "," and _closes_a_subordinate(tokens, begin, k):
            continue  # "Jo Bako said, when the story broke, [...]": no clause leading in
        found = subject_at(tokens, _past_question(tokens, begin, k), k)
        if found is not None and found[1] >= k:
            found = None if after_comma else _peel_cue(tokens, found[0], k)
            # "Immigrants feel [that …]", "Ida Lenz shot back, […]"; not "The levy, […]"
        if found is not None and all(_is_adverb(t) for t in tokens[found[0] : found[1]]):
            continue  # "The memo, now public, methodically exposed [the …]"
        if found is not None and _names_a_time(tokens, *found):
            continue  # "Sunday morning, Jo Bako said [that …]", not "Jo Bako then said"
        if found is not None and [t.lower for t in tokens[found[0] : found[1]]] == ["there"]:
            return _existential_subject(tokens, found[1], k)  # "there is anger among [...]"
        if found is not None and found[1] < k:
            return _head_of_asides(tokens, commas, found, k) or found
    if start > 0 and tokens[start - 1].lower in _COORDINATORS:
        return _main_subject(tokens, start - 1)  # "Jo Bako left early and said [that …]"
    if start > 0 and tokens[start - 1].lower in RELATIVES and len(commas) == 1:
        return start - 1, start  # "senators who oppose [him]": 'who', for its antecedent
    return None


def _gerund_lead(tokens: list[Token], k: int) -> int | None:
    """The word of ``gerund_leads`` before a participle that leads into the passage at
    ``tokens[k]``, past adverbs, and past the participle's object and particles, a few
    words with no mark or other participle ('ended by urging [a recount]', 'after
    repeatedly mocking [them]', 'after telling the crowd at the hall [that …]')."""
    for p in range(k - 1, max(0, k - 1 - _GERUND_OBJECT), -1):
        if _is_participle(tokens[p]):
            n = _before_adverbs(tokens, p - 1)
            return n if n > 0 and tokens[n].lower in _GERUND_LEADS else None
        if not tokens[p].text[0].isalnum() or tokens[p].lower in _CLAUSE_BREAKS | RELATIVES:
            return None
    return None


def _before_adverbs(tokens: list[Token], n: int) -> int:
    """The first token back from ``tokens[n]`` that is no adverb in -ly."""
    while n > 0 and _is_adverb(tokens[n]):
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
    elif lead > 1 and tokens[lead - 1].text in _QUOTES and tokens[lead - 2].text == ",":
        found = _main_subject(tokens, lead - 2)  # 'Jo Bako said it was "over," while […]'
    else:
        found = _before(tokens, lead)
        if found is not None and _runs_into_an_object(tokens, found[1], lead):
            found = _name_at(tokens, found[0], lead) or found  # "Jo Bako quit the race"
    if found is not None and _opens_a_verb_phrase(tokens, found[0]):
        found = _main_subject(tokens, found[0])  # "… and pressed the board by naming [X]"
    return None if found is None else _without_adverbs(tokens, found)


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
    floor = _sentence_start(tokens, lead)
    if any(t.text in {":", ";"} for t in tokens[floor:lead]):
        floor = max(n + 1 for n in range(floor, lead) if tokens[n].text in {":", ";"})
    first = _past_lead_ins(tokens, floor, lead + 1)
    if tokens[lead - 1].lower in _TIME_WORDS and lead - first <= _TIME_PHRASE:
        return True
    return first == lead


def _opens_a_verb_phrase(tokens: list[Token], n: int) -> bool:
    """Whether the words at ``tokens[n]`` are a verb and the start of its object, not a
    subject ('press the board', 'thanks them'; not 'critics of the plan')."""
    after = tokens[n + 1] if n + 1 < len(tokens) else None
    return (
        _may_open_a_predicate(tokens[n])
        and after is not None
        and after.lower in _DETERMINERS | _OBJECT_PRONOUNS | _QUANTIFIERS
    )


def _past_question(tokens: list[Token], begin: int, k: int) -> int:
    """Where the subject of a question that opens at ``tokens[begin]`` stands: past its
    question word and auxiliary ('Why does [Jo Bako] oppose …', 'How can [voters] …')."""
    n = _past_lead_ins(tokens, begin, k)
    if n + 2 < k and tokens[n].lower in _QUESTION_WORDS and tokens[n + 1].lower in _AUXILIARIES:
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
    articles = [n for n in range(begin + 1, start - 1) if tokens[n].lower in _ARTICLES]
    begin = articles[-1] if articles else begin  # "runs [a charity] that", a verb no list holds
    head = tokens[start - 2]
    if begin >= start - 1 or head.lower in _TIME_HEADS or head.text[0].isdigit():
        return None  # "a memo from 2019 that later showed [it]": a time, no antecedent
    return begin, start - 1


def _opens_with_a_verb(tokens: list[Token], n: int) -> bool:
    """Whether the words at ``tokens[n]`` open with a verb: a finite one, or a word in
    lower case before a particle, a determiner or a preposition ('campaigns for', 'hands
    out'); not a noun before its verb ('voters reject')."""
    if _is_finite_verb(tokens[n]):
        return True
    after = tokens[n + 1].lower
    return _may_open_a_predicate(tokens[n]) and after in (
        _PARTICLES | _DETERMINERS | _OBJECT_PRONOUNS | _NOT_SUBJECTS | _PREPOSITIONS
    ) - {"of"}  # not "backers of"


def _closes_a_subordinate(tokens: list[Token], begin: int, k: int) -> bool:
    """Whether the words from ``tokens[begin]`` to the comma before the passage at
    ``tokens[k]`` are a subordinate clause after a main one ('Jo Bako said, when the story
    broke, [...]'; not 'While a poll showed X ahead, [...]', which opens its sentence)."""
    opener = _past_lead_ins(tokens, _sentence_start(tokens, k), k)
    return begin - 1 > opener and tokens[begin - 1].lower in _SUBORDINATORS


def _aside_before(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """The subject that ends at the comma ``tokens[comma]`` opening an aside before a
    verb: the clause there, when it opens with no relative word and with a subject."""
    start = _clause_start(tokens, comma)
    if start > 0 and tokens[start - 1].lower in RELATIVES:
        return None  # "Jo Bako, who backs Ida Lenz, [...]": not "backs Ida Lenz"
    found = subject_at(tokens, start, comma)
    if found is None or found[1] != comma or _opens_no_subject_at(tokens, found[0]):
        return None
    return found


def _comma_before_verb(tokens: list[Token], k: int) -> int | None:
    """The comma that closes an aside right before the verb ending at ``tokens[k]``, also
    inside a closing quotation mark ('…, 58, said', '… the “Late Show,” said')."""
    n = k - 2
    if n > 1 and tokens[n].text in _QUOTES and tokens[n - 1].text == ",":
        n -= 1
    return n if n > 0 and tokens[n].text == "," else None


def _resumed_subject(tokens: list[Token], begin: int, k: int) -> tuple[int, int] | None:
    """The subject before the asides that end at the comma before ``tokens[begin]``, when
    the words from there to the passage at ``tokens[k]`` go on with its clause and hold
    no subject of their own ('Jo Bako, who lives in Orlin, has also hit [...]')."""
    first = _past_lead_ins(tokens, begin, k)
    if _after_relative_aside(tokens, begin) and _opens_a_predicate(tokens, first, k):
        return _subject_before_asides(tokens, begin - 1)  # "Jo Bako, who …, long opposed"
    if not _resumes_a_clause(tokens[first]):
        return None
    own = subject_at(tokens, first, k)
    if own is not None and any(t.lower not in _NP_JOINERS | _PARTICLES for t in tokens[own[1] : k]):
        return None  # "Thus, in the debate, candidates referred to [...]"; not "focuses on"
    return _subject_before_asides(tokens, begin - 1) or _appositive_head(tokens, begin - 1)


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
    while n < k - 1 and _is_adverb(tokens[n]):
        n += 1
    if n >= k or not _may_open_a_predicate(tokens[n]):
        return False
    if _is_finite_verb(tokens[n]):
        return True
    return n + 1 < k and _is_finite_verb(tokens[n + 1]) and not _is_participle(tokens[n])


def _coordinated_predicate(tokens: list[Token], start: int, k: int) -> bool:
    """Whether the clause from ``tokens[start]`` to the passage at ``tokens[k]`` is a verb
    phrase joined to the clause before by a conjunction, sharing its subject ('… and
    went after', '… and then took aim at'), not a clause of its own ('… and critics
    say')."""
    if start == 0 or tokens[start - 1].text not in _COORDINATORS:
        return False  # "But then came [...]" opens a sentence
    n = _past_lead_ins(tokens, start, k)
    while n < k - 1 and _is_adverb(tokens[n]):
        n += 1
    verb = tokens[n]
    if not (_may_open_a_predicate(verb) and _is_finite_verb(verb)):
        return False  # "… and critics say"
    return verb.lower in _AUXILIARIES or not _is_finite_verb(tokens[n + 1])  # "and polls show"


def _may_open_a_predicate(token: Token) -> bool:
    """Whether ``token`` may open a verb phrase: a word in lower case that is no
    determiner, pronoun, quantifier, preposition, relative word or conjunction."""
    word = token.lower
    return (
        token.text[0].islower()
        and token.text.isalpha()
        and word not in _DETERMINERS | PRONOUNS | _QUANTIFIERS | _OBJECT_PRONOUNS
        and word not in _NOT_SUBJECTS | _PREPOSITIONS | RELATIVES | _CLAUSE_BREAKS
    )


def _is_finite_verb(token: Token) -> bool:
    """Whether ``token`` may be a clause's finite verb: a listed verb or auxiliary, a past
    form in -ed or one of names.toml irregular_pasts."""
    return token.text[0].islower() and (_is_verb(token, True) or token.lower in _IRREGULAR_PASTS)


def _appositive_head(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """The name before a run of asides that ends at ``tokens[comma]``, each of which opens
    in lower case, with a determiner or a number ('Jo Bako, the counsel who ran the
    inquiry, spoke [...]'), the nearest name phrase that is all of its segment."""
    for begin, end in _comma_segments(tokens, comma)[:_ASIDES]:
        first = tokens[begin]
        if first.text[0].isupper() and first.lower not in _DETERMINERS:
            found = subject_at(tokens, begin, end)
            if found != (begin, end) or not _is_name_phrase(tokens, begin, end):
                return None  # "Along the way, he'll share [...]"
            if _opens_no_subject_at(tokens, begin) or first.text in _NOT_NAMES:
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
        and word.split("'")[0].split("’")[0] not in _DETERMINERS | PRONOUNS  # "he’ll"
        and word not in RELATIVES | _COORDINATORS | _CLAUSE_BREAKS
        and not _opens_no_subject(token)
        and not _is_adverb(token)
    )


def _existential_subject(tokens: list[Token], n: int, k: int) -> tuple[int, int] | None:
    """Whose words a passage after 'there is' at ``tokens[n]`` gives: the noun phrase after
    the verb ('there are two reports of [...]', 'there would be more polls showing [...]'),
    or the one after a word of ``existential_sources`` in it ('there is anger among
    voters [that …]'); without its closing particle or participle."""
    if n >= k or tokens[n].lower not in _AUXILIARIES:
        return None  # "took her there on Sunday"
    while n < k and (tokens[n].lower in _AUXILIARIES | {"been"} or _is_adverb(tokens[n])):
        n += 1
    end = k
    while end > n and (tokens[end - 1].lower in _PARTICLES or _is_participle(tokens[end - 1])):
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
    if found[1] >= len(tokens) or tokens[found[1]].text not in _ASIDE_OPENERS:
        return None
    if tokens[found[0]].text[0].isupper():
        return None
    for begin in reversed([b for b in commas if b < found[0]]):
        head = subject_at(tokens, begin, k)
        if head is None or head[1] >= found[0] or not _is_name_phrase(tokens, *head):
            continue
        if found[0] in {head[1] + 1, *_past_asides(tokens, head[1])}:
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
        and first.lower not in _TIME_WORDS | _LEAD_INS | _NOT_SUBJECTS | _DETERMINERS
        and not first.lower.endswith(("ing", "ed"))
    )


def _names_a_time(tokens: list[Token], a: int, b: int) -> bool:
    """Whether ``tokens[a:b]`` is a short phrase naming a time set off by a comma ('Sunday
    morning,', 'Later that day,', 'Last month,'): it opens with a time word, a day, a
    month, a lead-in or a determiner and holds a time word; no capitalised word but days
    and months follow the first."""
    words = tokens[a:b]
    return (
        0 < len(words) <= _TIME_PHRASE
        and b < len(tokens)
        and tokens[b].text == ","
        and words[0].lower in _TIME_WORDS | _LEAD_INS | _DETERMINERS
        and any(t.lower in _TIME_WORDS for t in words)
        and all(t.text[0].islower() or t.lower in _CALENDAR for t in words[1:])
    )


def _may_be_verb(token: Token) -> bool:
    """Whether a word before a comma may be the verb that leads into a passage ('sings',
    'answered', 'shot back', 'writing'), not a noun ('The levy, [which …]')."""
    word = token.lower
    return word in _PARTICLES or word.endswith(("s", "ed", "ing")) or word in _verbs()


def _comma_before_participle(tokens: list[Token], k: int) -> int | None:
    """The comma before a participle that ends at ``tokens[k]``, past adverbs between them
    ('…, saying', '…, falsely suggesting', '…, even calling')."""
    if k < 2 or not _is_participle(tokens[k - 1]):
        return None
    n = k - 2
    while n > 0 and (_is_adverb(tokens[n]) or tokens[n].lower in _LEAD_INS):
        if tokens[n].lower in _NOT_SUBJECTS:
            return None  # "…, especially fundraising"
        n -= 1
    return n if tokens[n].text == "," else None


def _quote_before_participle(tokens: list[Token], k: int) -> int | None:
    """The comma inside the closing quotation mark before a participle that ends at
    ``tokens[k]`` ('… called it “a farce,” adding [that …]')."""
    if k < 4 or not _is_participle(tokens[k - 1]) or tokens[k - 2].text not in _QUOTES:
        return None
    return k - 3 if tokens[k - 3].text == "," else None


def _noun_before_participle(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The noun phrase right before a participle that ends at ``tokens[k]``, after a
    preposition ('with polls showing [a tie]', 'despite many voters backing [the levy]');
    not the object of a verb ('Jo Bako issued a statement saying […]', where Jo Bako
    speaks)."""
    if k < 2 or not _is_participle(tokens[k - 1]):
        return None
    end = k - 1
    while end > 0 and _is_adverb(tokens[end - 1]):
        end -= 1  # "with critics openly saying"
    begin = phrase_start(tokens, end)
    if begin == end or all(t.lower in _DETERMINERS for t in tokens[begin:end]):
        return None
    if begin == 0 or tokens[begin - 1].lower not in _PARTICIPLE_PREPOSITIONS:
        return None  # "Jo Bako issued a statement saying": the statement's issuer speaks
    return begin, end


def _infinitive_subject(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The noun phrase before the 'to' of an infinitive that ends at ``tokens[k]``, after
    'for' or a verb that takes an object and an infinitive ('for voters to judge [it]',
    'has led some allies to fear [a loss]', 'to quickly endorse [her]')."""
    v = k - 1
    if v > 0 and tokens[v].lower in _PARTICLES | _NOT_SUBJECTS | _PREPOSITIONS:
        v -= 1  # "to worry about [...]", "to withdraw from [...]"
    while v > 1 and tokens[v - 1].text != "to" and _is_adverb(tokens[v - 1]):
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
    while begin > 1 and tokens[begin - 1].lower in _COORDINATORS:
        begin = phrase_start(tokens, begin - 1)  # "a retired judge and vocal critic"
    if begin > 1 and tokens[begin - 1].text == "," and tokens[begin].text[0].islower():
        head = phrase_start(tokens, begin - 1)
        return (head, begin - 1) if _is_name_phrase(tokens, head, begin - 1) else None
    opens = begin == _sentence_start(tokens, k) or tokens[begin - 1].lower in _CLAUSE_BREAKS
    if not opens or any(t.lower in PRONOUNS for t in tokens[begin:k]):
        return None  # not "Jo Bako remains a critic of [it]", "He remains a critic of [it]"
    return begin, k


def _possessor(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The owner of a noun of saying that ends at ``tokens[k]`` ('Jo Bako's claim [that
    …]', 'the mayor's repeated calls for [a recount]', 'criticism from rivals [that …]'); not
    a possessive pronoun."""
    n = k
    while n > 0 and tokens[n - 1].lower in _PARTICLES:
        n -= 1
    begin = phrase_start(tokens, n)
    if 1 < begin < n and tokens[begin - 1].lower in _CLAIM_OWNERS:
        if tokens[begin - 2].lower in _CLAIM_NOUNS and not _opens_no_subject(tokens[begin]):
            return begin, n  # "criticism from rivals that [...]", not "a speech by quoting"
    if n == 0 or tokens[n - 1].lower not in _CLAIM_NOUNS:
        return None
    mark = next(
        (m for m in range(n - 2, max(n - 3 - _NOUN_MODIFIERS, -1), -1)
         if is_possessive(tokens[m])),
        None,
    )  # fmt: skip
    if mark is None or any(not t.text[0].isalpha() for t in tokens[mark + 1 : n - 1]):
        return None
    begin = phrase_start(tokens, mark)
    if any(t.lower in lexicon().saying for t in tokens[max(0, begin - 2) : begin]):
        return None  # "Jo Bako said of Ida Lenz's request: [...]": Jo Bako
    return begin, mark + 1


def is_possessive(token: Token) -> bool:
    """'Bako's', 'the mayor’s': a noun in the possessive, not 'it's' or 'she’s'."""
    stem = token.text[:-2]
    return (
        token.lower.endswith(POSSESSIVE_ENDINGS)
        and stem.lower() not in PRONOUNS
        and stem.capitalize() not in _NOT_NAMES
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


def _with_subject(tokens: list[Token], begin: int, k: int) -> tuple[int, int] | None:
    """The subject of a participle after 'with' ('…, with Jo Bako calling [it …]', 'with
    critics openly saying [that …]', 'with many leaders worried about [the race]')."""
    if begin >= k - 2 or tokens[begin].lower not in _WITH:
        return None
    found = subject_at(tokens, begin + 1, k)
    if found is None or found[1] >= k:
        return None
    end = found[1]
    while end > found[0] + 1 and _is_adverb(tokens[end - 1]):
        end -= 1  # "with Jo Bako repeatedly calling"
    if all(_is_adverb(t) for t in tokens[found[0] : found[1]]):
        return None  # "with newly disclosed records showing [...]"
    verb = tokens[found[1]]
    past = verb.text[0].islower() and (
        verb.lower.endswith("ed") or verb.lower in _IRREGULAR_PARTICIPLES
    )
    return (found[0], end) if _is_participle(verb) or past else None


def _viewpoint(tokens: list[Token], begin: int, k: int) -> tuple[int, int] | None:
    """Whose view a sentence opening with 'For X,' or 'To X,' gives, when the passage
    follows the comma ('For most voters, [the race is over]', 'To Jo Bako, [it was a
    betrayal]'); not a time or a purpose ('For now,', 'To be sure,', 'For years,')."""
    first = _past_lead_ins(tokens, begin, k)
    if tokens[k].text != "," or tokens[first].lower not in _VIEWPOINTS:
        return None
    if first != _past_lead_ins(tokens, _sentence_start(tokens, k), k):
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
            tokens[segments[n][0]].lower in _DETERMINERS
            and n + 1 < len(segments)
            and _is_aside_at(tokens, *segments[n + 1])
        )
    ):
        n += 1
    if n == 0 or n == len(segments) or _opens_no_subject(tokens[segments[n][0]]):
        return None
    begin, end = segments[n]
    begin = _past_lead_ins(tokens, begin, end)
    if tokens[begin].lower in _SUBORDINATORS and begin + 1 < end:
        begin += 1  # "…, when Jo Bako, who lost, called for", "even though most voters, …"
    found = subject_at(tokens, begin, end)
    if found is None or found[1] != end or _names_a_time(tokens, *found):
        return None  # not "Last week, after a rally in Orlin, a group said"
    return found


def _comma_segments(tokens: list[Token], end: int) -> list[tuple[int, int]]:
    """The runs of words set off by commas before ``tokens[end]``, in its sentence, the
    nearest first; a place named across a comma stays in one ('a rally in Orlin, Kell
    County')."""
    floor = _sentence_start(tokens, end)
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
        and tokens[comma - 1].lower not in _CALENDAR
        and tokens[comma - 2].lower in _NOT_SUBJECTS | _PREPOSITIONS
        and 0 < sum(t.text != "." for t in after) <= _PLACE_TAIL
        and after[0].lower not in _GIVEN_NAMES
        and after[0].text not in _NAME_ABBREVIATIONS
        and all(t.text[0].isupper() or t.text == "." for t in after)
    )


def _is_aside_at(tokens: list[Token], begin: int, end: int) -> bool:
    """Whether the words ``tokens[begin:end]`` between commas are an aside
    (:func:`_is_aside`), past the lead-ins that open a sentence or follow a conjunction
    ('But Jo Bako, …' and ', but Jo Bako, …' are no aside; ', now a senator,' is)."""
    if tokens[begin].text[0].isupper() or tokens[begin].lower in _COORDINATORS:
        begin = _past_lead_ins(tokens, begin, end)
    return _is_aside(tokens[begin])


def _is_aside(first: Token) -> bool:
    """Whether words between commas that open with ``first`` are an aside: a number, a
    relative clause, a phrase that opens with a participle, a preposition or an adverb."""
    return (
        first.text[0].isdigit()
        or _is_party_label(first)
        or first.lower in RELATIVES
        or _opens_no_subject(first)
        or _is_adverb(first)
        or first.lower in _LEAD_INS
        or first.lower in _PARTICLES  # "of course"
        or first.lower.endswith("self")  # "herself a candidate"
    )


def _according_to(tokens: list[Token], begin: int, k: int) -> tuple[int, int] | None:
    """The source of 'According to X, […]': X, to the comma that closes it."""
    if begin + 2 >= k or (tokens[begin].lower, tokens[begin + 1].lower) != ("according", "to"):
        return None
    end = next((n for n in range(begin + 2, k) if tokens[n].text in {",", ":"}), k)
    return (begin + 2, end) if end > begin + 2 else None


def _agent_before(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The agent of a passive participle of saying, stance or asking (``asking``) right
    before the passage at ``tokens[k]``, past a particle and a time ('Asked by the host
    [whether …]', 'when pressed by Ida Lenz on Monday about [the plan]')."""
    end = k
    while end > 0 and tokens[end - 1].lower in _PARTICLES:
        end -= 1
    by = next(
        (n for n in range(end - 2, max(0, end - _AGENT_REACH) - 1, -1) if tokens[n].lower == "by"),
        None,
    )
    if by is None or by == 0:
        return None
    verb = by - 1
    while verb > 0 and _is_adverb(tokens[verb]):
        verb -= 1  # "asked directly by"
    if tokens[verb].lower not in _verbs() | _ASKING or _is_participle(tokens[by + 1]):
        return None  # "gripped by fear of [...]", "concluded by implying [...]"
    found = subject_at(tokens, by + 1, end)
    if found is None or not all(
        t.lower in _TIME_LEADS | _TIME_HEADS for t in tokens[found[1] : end]
    ):
        return None  # "a note issued by the council on Monday, said [...]"
    return found


def _according_to_before(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """'According to X, […]' where X holds words that open a clause elsewhere ('the book
    and the film'): the last 'according to' of the sentence before ``tokens[k]``, when
    only X stands between it and the passage."""
    floor = _sentence_start(tokens, k)
    for n in range(k - 2, floor - 1, -1):
        if tokens[n].lower == "according" and tokens[n + 1].lower == "to":
            found = _according_phrase(tokens, n + 2)
            return found if found is not None and found[1] == k else None
    return None


def _according_phrase(tokens: list[Token], a: int) -> tuple[int, int] | None:
    """X of 'according to X': the words from ``tokens[a]`` to the next comma, stop,
    quotation mark, dash or relative word, a few at most."""
    b = a
    while b < len(tokens) and b - a < _ACCORDING_TO and tokens[b].lower not in RELATIVES:
        word = tokens[b].text
        abbreviation = word == "." and b > a and len(tokens[b - 1].text) <= 3
        if word in _SEGMENT_ENDS | _DASHES | {";", ":", "?", "!", "(", ")"} and not abbreviation:
            break  # "according to U.S. Census data," reads past "U.S."
        b += 1
    while b > a and tokens[b - 1].text == ".":
        b -= 1
    return (a, b) if b > a else None


def _is_adverb(token: Token) -> bool:
    return token.text[0].islower() and token.lower.endswith("ly")


def _is_participle(token: Token) -> bool:
    return token.text[0].islower() and token.lower.endswith("ing")


def _past_adverbs(tokens: list[Token], k: int, end: int) -> int:
    """The first token from ``tokens[k]`` that is no adverb in -ly ('quickly adding')."""
    while k < end - 1 and _is_adverb(tokens[k]):
        k += 1
    return k


def _past_lead_ins(tokens: list[Token], k: int, end: int) -> int:
    """The first token from ``tokens[k]`` that is no lead-in ('Even as …': 'as')."""
    while k < end - 1 and tokens[k].lower in _LEAD_INS:
        k += 1
    return k


def _opens_no_subject(token: Token) -> bool:
    """'for example', 'appearing on TV', 'asked about it', 'taken aback': a phrase that
    is no subject."""
    return token.lower in _NOT_SUBJECTS | _PREPOSITIONS or (
        token.text[0].islower()
        and (token.lower.endswith(("ing", "ed")) or token.lower in _IRREGULAR_PARTICIPLES)
    )


def _opens_no_subject_at(tokens: list[Token], n: int) -> bool:
    """Whether the words at ``tokens[n]`` are a phrase that is no subject
    (:func:`_opens_no_subject`), a capitalised participle or adverb among them: one
    followed by a preposition, a particle, a determiner or a comma ('Speaking at a rally,
    …', 'Reached by phone, …', 'Alarmed, …', 'Publicly, …'; not 'Retired nurses', 'Polling
    of voters', 'Kelly, …': an adverb ends as sources.toml adverb_endings)."""
    if _opens_no_subject(tokens[n]):
        return not _opens_a_quantity(tokens, n)  # "At least six groups said"
    word, after = tokens[n], tokens[n + 1] if n + 1 < len(tokens) else None
    return (
        word.text[0].isupper()
        and len(word.lower) > 4
        and word.lower.endswith(("ing", "ed", *_ADVERB_ENDINGS))
        and after is not None
        and after.lower in _PHRASE_OPENERS
    )


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
            if tokens[n].text in _SEGMENT_ENDS | _SINGLE_QUOTES and not _is_abbreviation(tokens, n)
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


def _main_subject(
    tokens: list[Token], end: int, *, past_quotes: bool = False
) -> tuple[int, int] | None:
    """The subject of the first clause of the sentence before ``tokens[end]``, past any
    opening phrase ('In a speech, Jo Bako urged …'): the speaker of a verb coordinated
    with that clause's verb ('… and warned [that …]', '…, saying [that …]'). The clause
    begins after a dateline's dash, and after a quotation that opens the sentence (or,
    with ``past_quotes``, any quotation: '"…," Jo Bako said, adding [that …]'); failing
    that, after the last dash ('In Orlin — a town he won — Jo Bako spoke, adding')."""
    begin = _past_dateline(tokens, _sentence_start(tokens, end), end)
    quoted = past_quotes or (begin < end and _is_quotation_mark(tokens, begin))
    for n in range(end - 1, begin - 1, -1):
        if quoted and _is_quotation_mark(tokens, n):
            begin = n + 1  # '"…," Jo Bako said, adding'
            break
    dash = max((n for n in range(begin, end) if tokens[n].text in _DASHES), default=None)
    return _first_subject(tokens, begin, end) or (
        _first_subject(tokens, dash + 1, end) if dash is not None else None
    )


def _first_subject(tokens: list[Token], begin: int, end: int) -> tuple[int, int] | None:
    """The subject of the first clause from ``tokens[begin]`` to ``tokens[end]``, past
    opening phrases, asides and a noun phrase that is all of its segment."""
    starts = [begin] + [n + 1 for n in range(begin, end) if tokens[n].text == ","]
    phrase = None  # the first noun phrase that is all of its segment ("Jo Bako, 58, left")
    for b in starts:
        if b >= end or _opens_no_subject_at(tokens, _past_lead_ins(tokens, b, end)):
            continue
        if tokens[b].lower in _SUBORDINATORS:
            if b != starts[-1]:
                continue  # "When asked about it, Jo Bako smiled and said, […]"
            b += 1  # "While Jo Bako smiled and said […]"
        found = subject_at(tokens, b, end)
        if b == begin and found == (b, end) and _is_name(tokens, b, end):
            return found  # "Jo Bako, while feeling [it] …"
        if found is not None and found[1] >= end:
            found = _name_at(tokens, b, end)  # "Jo Bako went with the odds, adding …"
        if found is None or found[1] >= end or _names_a_time(tokens, *found):
            continue  # not "Sunday morning, Jo Bako left and said"
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
        or (first.lower in _ARTICLES and first.text[0].islower())
        or is_possessive(first)
        or _splits_a_place(tokens, b - 1, found[1])
        or any(t.lower in _COORDINATORS for t in tokens[found[0] : found[1]])
    )


def _past_dateline(tokens: list[Token], begin: int, end: int) -> int:
    """Where a sentence that opens at ``tokens[begin]`` begins past its dateline: after the
    first dash, when only capitalised words and marks stand before it ('PARIS (AP) — Jo
    Bako …', 'ORLIN, Kell - …'); a dash elsewhere sets off an aside or a phrase ('Jo Bako
    — a teacher — left, saying', '… the mayor — and said')."""
    for n in range(begin, min(end, begin + _LABEL)):
        if tokens[n].text in _DASHES:
            return n + 1
        if tokens[n].text[0].isalpha() and not tokens[n].text[0].isupper():
            return begin
    return begin


def _is_quotation_mark(tokens: list[Token], n: int) -> bool:
    """Whether ``tokens[n]`` is a quotation mark: a double one, or one of two apostrophes
    written for one ("''It is over,'' Jo Bako said"), not the mark of 'voters' views'."""
    if tokens[n].text in _QUOTES:
        return True
    pair = [t.text for t in tokens[max(0, n - 1) : n + 2]]
    return tokens[n].text == "'" and pair.count("'") >= 2


def _name_at(tokens: list[Token], b: int, end: int) -> tuple[int, int] | None:
    """The capitalised words at ``tokens[b]``, when a lower-case word follows them."""
    j = b
    while j < end and tokens[j].text[0].isupper():
        j += 1
    return (b, j) if b < j < end and tokens[j].text[0].islower() else None


def _sentence_start(tokens: list[Token], end: int) -> int:
    """Where the sentence holding ``tokens[end]`` begins in ``tokens`` (a full stop after
    a short word, 'Mr.' or 'U.S.', or after a party's label, 'R-Ore.', ends none)."""
    for n in range(end - 1, 0, -1):
        if tokens[n].text in {".", "?", "!"} and len(tokens[n - 1].text) > 3:
            if not _is_party_label(tokens[n - 1]):  # "Sen. Ivo Lind, R-Ore., said"
                return n + 1
    return 0


def _label(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """A name before a colon that opens the passage: 'Jo Bako: [We will win.]',
    'MAYOR: […]', 'Jo Bako on the budget: […]', 'From the report: […]' (a headline, a
    transcript, a quoted source)."""
    k = i
    while k > 0 and tokens[k - 1].text in _QUOTES | _SINGLE_QUOTES:
        k -= 1
    if k == 0 or tokens[k - 1].text != ":":
        return None
    colon = k - 1
    start = colon
    while start > 0 and tokens[start - 1].text not in _LABEL_BOUNDS and colon - start <= _LABEL:
        start -= 1
    froms = [n for n in range(start, colon) if tokens[n].lower == "from"]
    if froms:  # "More from the report:"
        found = subject_at(tokens, froms[-1] + 1, colon)
        return found if found is not None and found[1] == colon else None
    j = start
    while j < colon and (tokens[j].text[0].isupper() or tokens[j].text == "."):
        j += 1
    first = tokens[start].lower
    if (
        j == start
        or colon - start > _LABEL
        or (j < colon and tokens[j].lower not in _LABEL_JOINERS)
        or first in _NOT_SUBJECTS | _LEAD_INS
        or first.endswith("ing")
    ):
        return None  # "In a statement, Jo Bako said:", "Responding to it, Jo Bako wrote:"
    return start, j


def _peel_cue(tokens: list[Token], begin: int, k: int) -> tuple[int, int] | None:
    """A subject whose verb is not listed: the words before the passage less the verb, its
    particles, auxiliaries and adverbs ('The memo then itemises', 'Bako laid out', 'Bako
    went after')."""
    j = k
    while j > begin and tokens[j - 1].lower in _PARTICLES | _ADVERB_JOINERS:
        j -= 1
    if all(t.lower in _ARTICLES for t in tokens[begin : j - 1]):
        return (begin, j) if j > begin + 1 else None  # "a documentary about [...]": a noun
    if j > begin and (tokens[j - 1].text[0].islower() or is_headline(tokens, begin, k)):
        j -= 1  # the verb ("Bako Slams [the plan]" in a headline)
    while j > begin and (
        tokens[j - 1].lower in _AUXILIARIES
        or tokens[j - 1].lower in _LEAD_INS
        or tokens[j - 1].lower.endswith("ly")
    ):
        j -= 1
    return (begin, j) if j > begin and not _is_verb(tokens[j - 1], False) else None


def _after(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """'[…], the mayor said' or '[…],' said Jo Bako: the speaker after the passage; after
    a quotation, any verb in the past will do ('"…," Jo Bako conceded')."""
    quoted = j > 0 and tokens[j - 1].text in _QUOTES
    dashed = False
    while j < len(tokens) and tokens[j].text in {'"', "”", "’", "'", ",", "—", "―", "-"}:
        quoted = quoted or tokens[j].text in _QUOTES
        dashed = dashed or tokens[j].text in _DASHES
        j += 1
    if j >= len(tokens):
        return None
    if quoted and (tokens[j].lower in _verbs() | _VERBS_AFTER or _is_past(tokens[j])):
        return subject_at(tokens, j + 1, len(tokens))  # '"…," declared Jo Bako'
    if quoted and dashed:
        return _signature(tokens, j)  # '"…" — Jo Bako'
    words = [t.lower for t in tokens[j : j + 8]]
    if words[:2] == ["according", "to"]:
        return _according_phrase(tokens, j + 2)  # "[…], according to the Sun"
    if "by" in words[:6] and all(
        w in _AUXILIARIES or w.endswith("ed") or w in {"as", "by"} or w.endswith("ly")
        for w in words[: words.index("by")]
    ):
        return subject_at(tokens, j + words.index("by") + 1, len(tokens))  # "… was called by X"
    if tokens[j].lower in lexicon().saying:
        return subject_at(tokens, j + 1, len(tokens))
    document = _in_document(tokens, j, len(tokens))
    if document is not None:
        return document  # "[…] in a new Post poll"
    found = subject_at(tokens, j, len(tokens))
    if found is None or found[1] >= len(tokens):
        return None
    for verb in _past_asides(tokens, found[1]):  # "[…]," Jo Bako, the mayor, said
        if verb < len(tokens) and (
            tokens[verb].lower in _verbs()
            or (_is_past(tokens[verb]) and (quoted or _ends_sentence(tokens, verb + 1)))
        ):
            return found  # '"…," Jo Bako conceded', "[…], Jo Bako surmised."
    return None


def _participle_opener(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'Alarmed by [the flood], Jo Bako said …', 'After suggesting [that …], Ida Lenz
    left': a passage in a phrase that opens its sentence with a participle (after one of
    ``participle_leads``) belongs to the subject of the clause after the phrase's comma."""
    k = _past_lead_ins(tokens, _sentence_start(tokens, i), i)  # "But after suggesting"
    if k < i and tokens[k].lower in _PARTICIPLE_LEADS:
        k += 1  # "After suggesting", "In defending"
    if k >= i or i - k > _OPENER:
        return None
    if not (_opens_with_participle(tokens, k, i) or _opens_a_purpose(tokens, k, i)):
        return None
    if any(not t.text[0].isalnum() and t.text not in _NP_JOINERS for t in tokens[k:i]):
        return None  # "Speaking to reporters, Jo Bako said [that …]": the passage after it
    n = j
    while n < len(tokens) and tokens[n].text in _QUOTES | _SINGLE_QUOTES:
        n += 1
    if n >= len(tokens) or tokens[n].text != ",":
        return None
    return _subject_before_verb(tokens, n + 1)


def _subject_before_verb(tokens: list[Token], b: int) -> tuple[int, int] | None:
    """The subject of the clause at ``tokens[b]``, when a word (its verb) follows it or the
    asides after it ('Jo Bako, the mayor, said'); else the capitalised words it opens with
    ('Jo Bako led campaigns …', where 'led' is no listed verb)."""
    found = subject_at(tokens, b, len(tokens))
    if found is None or not _may_be_a_subject(tokens, *found):
        return None
    if any(m < len(tokens) and tokens[m].text[0].isalpha() for m in _past_asides(tokens, found[1])):
        return found
    return _name_at(tokens, b, found[1])


def _opens_a_purpose(tokens: list[Token], k: int, i: int) -> bool:
    """Whether ``tokens[k]`` opens a phrase of purpose with 'to' and a verb ('To answer
    [the charge], Jo Bako …'), whose subject is that of the clause after it."""
    if tokens[k].lower != "to" or k + 1 >= i:
        return False
    verb = tokens[k + 1]
    return verb.text[0].islower() and verb.lower not in _DETERMINERS | _NOT_SUBJECTS  # "To the"


def _opens_with_participle(tokens: list[Token], k: int, i: int) -> bool:
    """Whether ``tokens[k]`` is a participle that opens a phrase: an -ing form ('Declaring
    [that …]'), or an -ed form before a preposition or the passage ('Alarmed by [it]',
    'Asked about [it]')."""
    word = tokens[k].lower
    if word.endswith("ing") and len(word) > 5:
        return True
    if not word.endswith("ed") or len(word) < 5:
        return False
    after = tokens[k + 1].lower
    if after == "by" and i > k + 2:
        return False  # "Pressed by reporters on [it]": the agent presses
    return k + 1 == i or after in _NOT_SUBJECTS | _PREPOSITIONS | _PARTICLES


def _document_after(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'[Jo Bako leads] in the latest Sun poll': the poll or survey named right after the
    passage (:func:`_in_document`), unless a cue leads into it."""
    return None if _cue_before(tokens, i) else _in_document(tokens, j, len(tokens))


def _stance_after(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'[The plan] drew sharp criticism from two unions', '[Jo Bako] won the endorsement
    of the Sun', '[her] strong support among nurses': the owner of a noun of stance
    (``stance_nouns``) a few lower-case words after the passage, after 'from' or 'among'
    (or 'of' after an article: 'criticism of the cost' names no one); the source after a
    verb of ``source_verbs`` and 'from' ('[the figure] came from the council')."""
    if _cue_before(tokens, i):
        return None
    for n in range(j, min(len(tokens) - 2, j + _STANCE_REACH)):
        word = tokens[n].lower
        owner = tokens[n + 1].lower
        stance = (
            (word in _STANCE_NOUNS and owner in _STANCE_OWNERS)
            or (word in _STANCE_ADJECTIVES and owner in _ADJECTIVE_OWNERS)
            or (word in _SOURCE_VERBS and owner == "from")
        )
        if stance:
            if owner == "of" and tokens[n - 1].lower not in _ARTICLES:
                return None
            return _object_at(tokens, n + 2)
        if not tokens[n].text[0].islower() or word in _CLAUSE_BREAKS | RELATIVES:
            return None  # "[it], and Jo Bako's support of …": another clause
    return None


def _owner_after(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'[Ada Moss leads by five points] among nurses', 'dislike of [the levy] among traders',
    '[endorsements] from two unions', 'criticism of [the plan] from growers': the people
    after 'among' right after the passage, whose view or vote it is, or after 'from' when
    a noun of stance ends the passage or stands just before it."""
    if j + 1 >= len(tokens) or j == i or _cue_before(tokens, i):
        return None
    owner = tokens[j].lower
    if owner == "from" and not (
        tokens[j - 1].lower in _STANCE_NOUNS or (i > 1 and tokens[i - 2].lower in _STANCE_NOUNS)
    ):
        return None  # "[the notice] from its site"
    return _object_at(tokens, j + 1) if owner in {"among", "from"} else None


def _experiencer_after(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'[The levy] angered the growers', '[That] has not worried Ida Lenz', '[a plan]
    that rattled traders', '[…], alarming the council': the object of a verb of feeling
    (``emotive_verbs``) right after the passage, who holds the feeling; an -ing form after
    a comma; not an -ing form after 'is' ('is troubling news'), nor a pronoun ('it worried
    them': whom 'them' stands for is not read here)."""
    if _cue_before(tokens, i):
        return None
    n = _skip_closing_quotes(tokens, j)
    comma = n < len(tokens) and tokens[n].text == ","
    n += comma
    if not comma and n < len(tokens) and tokens[n].lower in {"that", "which"}:
        n += 1  # "[a plan] that rattled traders"
    start = n
    while n < min(len(tokens), start + _VERB_GROUP) and _in_verb_group(tokens[n]):
        n += 1
    if n + 1 >= len(tokens) or tokens[n].lower not in _EMOTIVE_VERBS:
        return None
    if comma and not (n == start and _is_participle(tokens[n])):
        return None  # "[…], alarming the council"; not "[…], and it alarmed …"
    if _is_participle(tokens[n]) and _PASSIVE_AUXILIARIES.intersection(
        t.lower for t in tokens[start:n]
    ):
        return None  # "[it] is troubling news for the mayor": an adjective
    found = _object_at(tokens, n + 1)
    if found is None or tokens[found[0]].lower in PRONOUNS | _OBJECT_PRONOUNS:
        return None
    return found


def _object_at(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The noun phrase that opens at ``tokens[k]``, after a verb or a preposition, to the
    first word that opens a clause ('some voters as well', 'aides who …': 'some voters',
    'aides'; 'the state and national party' whole), when it may be a subject."""
    found = subject_at(tokens, k, len(tokens))
    if found is None:
        return None
    breaks = _NOT_IN_SUBJECTS - {"and", "or"}
    end = next((n for n in range(found[0] + 1, found[1]) if tokens[n].lower in breaks), found[1])
    return (found[0], end) if _may_be_a_subject(tokens, found[0], found[0] + 1) else None


def _skip_closing_quotes(tokens: list[Token], j: int) -> int:
    while j < len(tokens) and tokens[j].text in _QUOTES | _SINGLE_QUOTES:
        j += 1
    return j


def _in_verb_group(token: Token) -> bool:
    """Whether ``token`` may stand between a subject and its verb: an auxiliary, a
    negation ("doesn't"), an adverb or a lead-in ('also', 'now')."""
    word = token.lower
    return word in _AUXILIARIES | _LEAD_INS or word.endswith(("n't", "n’t")) or _is_adverb(token)


def _relative_after(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'[an offer] the council rebuffed', '[a case that] Jo Bako has pushed for months',
    '[the sort of change] the party warned about': the subject of a relative clause right
    after the passage, whose verb has the passage for its object; no mark between them."""
    if j >= len(tokens) or j == i or not tokens[j - 1].text[0].isalnum() or _cue_before(tokens, i):
        return None
    k = j + 1 if tokens[j].lower in _RELATIVE_OPENERS - {"what"} else j
    while k < len(tokens) - 1 and tokens[k].lower in _LEAD_INS - _CLAUSE_BREAKS - _TIME_WORDS:
        k += 1  # "[whom] even his allies distrust"; not "[it] and his campaign …"
    if k >= len(tokens) or not _opens_a_relative_subject(tokens[k]) or _opens_a_time(tokens, k):
        return None
    found = subject_at(tokens, k, len(tokens))
    if found is None or found[0] != k or found[1] >= len(tokens):
        return None
    found, verb = _without_adverbs(tokens, found), found[1]
    if not _may_be_a_subject(tokens, *found) or not _is_verb(tokens[verb], True):
        return None
    if _is_participle(tokens[found[1] - 1]):
        return None  # "[it] a talking point": the noun goes on
    return found if _leaves_a_gap(tokens, verb) else None


def _without_adverbs(tokens: list[Token], found: tuple[int, int]) -> tuple[int, int]:
    """A subject without the adverbs that end it ('Politico recently [reported]'; not 'the
    daily')."""
    begin, end = found
    while (
        end > begin + 1
        and (_is_adverb(tokens[end - 1]) or tokens[end - 1].lower in _PLAIN_ADVERBS)
        and not _after_determiner(tokens, end - 1)
    ):
        end -= 1
    return begin, end


def _opens_a_relative_subject(token: Token) -> bool:
    """Whether a relative clause's subject may open with ``token``: a pronoun, a
    determiner, a quantifier ('many', 'both', 'nobody'), a title ('Mr.') or a capitalised
    name."""
    word = token.lower
    if word in PRONOUNS | _DETERMINERS | _QUANTIFIERS:
        return True
    if token.text in _NAME_ABBREVIATIONS:
        return True  # "[which] Mr. Lind opposed"
    return token.text[0].isupper() and word not in _TIME_WORDS and token.text not in _NOT_NAMES


def _leaves_a_gap(tokens: list[Token], v: int) -> bool:
    """Whether the verb group at ``tokens[v]`` has no object of its own, the passage before
    its subject being that object: no noun phrase follows its verbs and adverbs, only a
    mark, a preposition or particle, a phrase of time, a conjunction or a pronoun
    ('the council rebuffed at a meeting', 'Jo Bako is promising them')."""
    n = v
    while n < len(tokens) and (
        tokens[n].lower in _AUXILIARIES
        or _is_adverb(tokens[n])
        or (tokens[n].text[0].islower() and _is_verb(tokens[n], True))
        or (n > v and _is_participle(tokens[n]))  # "are beginning to ask"
    ):
        n += 1
    if n == v or tokens[n - 1].lower in _PASSIVE_AUXILIARIES:
        return False  # "[the plan] the council was given a week"
    if n >= len(tokens) or not tokens[n].text[0].isalnum():
        return True
    if tokens[n].lower in _PLAIN_ADVERBS and _ends_segment(tokens, n + 1):
        return True  # "[a question] Jo Bako raised too."
    word = tokens[n].lower
    return (
        word in _NOT_SUBJECTS | _PREPOSITIONS | _PARTICLES | _CLAUSE_BREAKS | PRONOUNS
        or word in _OBJECT_PRONOUNS
        or _opens_a_time(tokens, n)
    )


def _said_after(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'[…], the mayor said.', '"…," said Jo Bako', '[…], a study by the Sun found': a
    listed verb of saying or stance right after the comma or quotation mark that closes the
    passage ``tokens[i:j]``, with its subject; read before the clause leading into the
    passage, unless a cue leads into it ('Jo Bako said: "…," Ida Lenz replied')."""
    k = j
    while k < len(tokens) and tokens[k].text in _QUOTES | _SINGLE_QUOTES | {","}:
        k += 1
    closed = k > j or (j > i and _closes_quotation(tokens, j - 1))  # '[…],' or '["…,"]'
    if not closed or k >= len(tokens):
        return None
    if _cue_before(tokens, i) and not _closes_with_comma(tokens, j, k):
        return None
    if _agent_before(tokens, i) is not None:
        return None  # "Asked by Ida Lenz [whether …], he said": the asker's question
    quoted = _closes_with_comma(tokens, j, k)
    found = _listed_verb_after(tokens, k, quoted=quoted)
    if found is None and quoted:
        found = _any_verb_after_quotation(tokens, k)
    return found


def _any_verb_after_quotation(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """'"…," advises Dr Ida Alvord.', '"…," Jo Bako shot back.': after a quotation that
    ends with a comma, a word in lower case and a subject that closes the sentence, or a
    name and a few words that close it."""
    word = tokens[k]
    if word.text[0].islower() and word.text.isalpha() and not _opens_no_clause(word):
        found = subject_at(tokens, k + 1, len(tokens))
        if found is not None and _may_be_a_subject(tokens, *found):
            return found if _ends_segment(tokens, found[1]) else None
    found = _name_at(tokens, k, len(tokens))
    if found is None or _opens_no_clause(tokens[found[1]]):
        return None
    return found if _ends_sentence(tokens, found[1] + 1) else None


def _opens_no_clause(token: Token) -> bool:
    """Whether a word after a quotation is no verb of its speaker: a determiner, a
    pronoun, a preposition, an auxiliary or a word that opens a clause."""
    word = token.lower
    return word in _DETERMINERS | PRONOUNS | _AUXILIARIES | _CLAUSE_BREAKS or _opens_no_subject(
        token
    )


def _listed_verb_after(tokens: list[Token], k: int, *, quoted: bool) -> tuple[int, int] | None:
    """The subject of a listed verb of saying or stance at ``tokens[k]``, after the marks
    that close a passage: '… declared Jo Bako', '… Jo Bako, the mayor, said', '… as Jo
    Bako said'. Before its subject, only a verb of saying that names no one addressed
    does, or after a quotation (``quoted``) any listed verb ('"…," recalled Jo Bako'; not
    'Jo Bako, who estimates [it], described the impact as …')."""
    if _is_inverted_verb(tokens[k], quoted=quoted):  # '"…," declared Jo Bako'
        found = subject_at(tokens, k + 1, len(tokens))
        return found if found is not None and _ends_segment(tokens, found[1]) else None
    if tokens[k].lower in _verbs():
        return None  # "[…], told his advisers to …": the verb of a clause before
    comparing = tokens[k].lower == "as"
    if comparing:
        k += 1  # "[…], as Jo Bako said,": the passage is what the verb says
    elif tokens[k].lower in _CLAUSE_BREAKS:
        return None  # "[…], but critics call it a sham": a clause of its own
    found = subject_at(tokens, k, len(tokens))
    if found is None or not _may_be_a_subject(tokens, *found):
        return None
    begin, end = _without_adverbs(tokens, found)  # "Politico recently reported"
    for verb in _past_asides(tokens, found[1]):  # "[…], Jo Bako, the mayor, said"
        while verb < len(tokens) and (
            tokens[verb].lower in _AUXILIARIES or _is_adverb(tokens[verb])
        ):
            verb += 1  # "[…], the Post has learned"
        if verb > found[1] and tokens[verb - 1].lower in _PASSIVE_AUXILIARIES:
            return None  # "[…], it was labeled a lie"
        if (
            verb < len(tokens)
            and _closes_a_passage(tokens[verb])
            and (comparing or _takes_no_object(tokens, verb))
        ):
            return begin, end
    return None


def _may_be_a_subject(tokens: list[Token], begin: int, end: int) -> bool:
    """Whether ``tokens[begin:end]`` may be the subject of a clause of its own: it opens
    with no participle or preposition ('giving Sanders …', 'despite …'), holds no relative
    word or pronoun after its first ('a charge that the party', 'something she'), and is
    no contracted pronoun ("he's")."""
    first = tokens[begin]
    return (
        first.text[0].isalnum()
        and not (contracted_pronoun(first) is not None and first.lower.endswith(POSSESSIVE_ENDINGS))
        and not _opens_no_subject(first)
        and not any(t.lower in _NOT_IN_SUBJECTS for t in tokens[begin + 1 : end])
    )


def _takes_no_object(tokens: list[Token], verb: int) -> bool:
    """Whether the verb at ``tokens[verb]`` has no object of its own, so that the passage
    before it is what it says: the clause ends there, or a phrase of time or place follows
    ('Jo Bako said on Friday', 'Ida Lenz told reporters.'; not 'critics call it a sham')."""
    n = verb + 1
    while n < len(tokens) and (_is_adverb(tokens[n]) or tokens[n].lower in _PARTICLES):
        n += 1
    if _ends_segment(tokens, n) or tokens[n].text in _DASHES:
        return True  # "- '…,' Jo Bako said - and left"
    if tokens[verb].lower in _ADDRESSED:
        found = subject_at(tokens, n, len(tokens))  # "told reporters."
        return found is not None and found[1] - n <= _ADDRESSEE and _ends_segment(tokens, found[1])
    if tokens[n].lower == "by" or any(t.lower == "that" for t in tokens[n : n + _SENTENCE_TAIL]):
        return False  # "a plan backed by …", "said on Monday that …"
    return (
        tokens[n].lower in _NOT_SUBJECTS | _PREPOSITIONS
        or _opens_a_time(tokens, n)
        or _is_weekday(tokens[n])
    )


def _is_inverted_verb(token: Token, *, quoted: bool) -> bool:
    """Whether ``token`` may be a verb of saying before its subject after a passage."""
    if quoted:
        return token.lower in _verbs() and _is_finite(token)
    return token.lower in (lexicon().saying | _OPINION | _VERBS_AFTER) - _ADDRESSED


def _closes_a_passage(token: Token) -> bool:
    """Whether a verb may close the sentence of the passage before it: a verb of saying,
    a listed verb in the past ('predicted'), or one of ``verbs_after`` ('critics say');
    not a listed word that is a noun as often ('four points')."""
    return (_is_finite(token) and token.lower in _verbs()) or token.lower in _VERBS_AFTER


def _is_finite(token: Token) -> bool:
    """Whether a listed verb may be the finite verb of a clause after its passage
    ('said', 'predicted'), not a participle that opens a phrase ('calling', 'given')."""
    return token.lower in lexicon().saying or token.lower.endswith("ed")


def _after_determiner(tokens: list[Token], k: int) -> bool:
    return k > 0 and tokens[k - 1].lower in _DETERMINERS


def _closes_with_comma(tokens: list[Token], j: int, k: int) -> bool:
    """Whether the quotation that closes before ``tokens[k]`` ends with a comma, a
    question or an exclamation mark ('…,"', '…?"'), which leaves its sentence to the
    attribution after it ('Jo Bako had a caveat: "…," the mayor said')."""
    n = j
    while n > 0 and not tokens[n - 1].text[0].isalnum():
        n -= 1  # the marks the passage ends with, and those after it
    marks = [t.text for t in tokens[n:k]]
    ends = [n for n, m in enumerate(marks) if m in {",", "?", "!"}]
    return bool(ends) and any(m in _QUOTES | _SINGLE_QUOTES for m in marks[ends[0] :])


def _ends_segment(tokens: list[Token], n: int) -> bool:
    """Whether a comma, a full stop or a quotation mark (or the end) follows ``tokens[n-1]``."""
    return n >= len(tokens) or tokens[n].text in _SEGMENT_ENDS | {"?", "!", ";"}


def _ends_sentence(tokens: list[Token], n: int) -> bool:
    """Whether the sentence ends at ``tokens[n]``, after a few words at most and no comma."""
    for m in range(n, min(len(tokens), n + _SENTENCE_TAIL)):
        if tokens[m].text in {".", "?", "!"}:
            return True
        if tokens[m].text in {",", ";", ":"}:
            return False
    return n >= len(tokens)


def _according_to_after(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """'[…], according to the Sun': X of an 'according to X' right after the passage."""
    while j < len(tokens) and tokens[j].text in _QUOTES | _SINGLE_QUOTES | {","}:
        j += 1
    if j + 2 < len(tokens) and (tokens[j].lower, tokens[j + 1].lower) == ("according", "to"):
        return _according_phrase(tokens, j + 2)
    return None


def _in_document(tokens: list[Token], begin: int, k: int) -> tuple[int, int] | None:
    """The poll, survey or report of 'in the latest Post poll' at ``tokens[begin]``, a
    phrase that names where the passage was found ('In the Post poll, […]', '[…] in a
    new survey')."""
    first = _past_lead_ins(tokens, begin, k) if begin < k else begin
    if first >= len(tokens) or tokens[first].lower != "in":
        return None
    end = first + 1
    while end < min(len(tokens), k) and tokens[end].text not in _SEGMENT_ENDS | {";", ":"}:
        end += 1
    words = [t.lower for t in tokens[first + 1 : end]]
    if not words or not _DOCUMENTS.intersection(words) or len(words) > _ACCORDING_TO:
        return None
    return first + 1, end


def _signature(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """'"…" — Jo Bako': a name after a quotation and a dash, that ends its sentence or
    stands before the next quotation or dash."""
    found = subject_at(tokens, j, len(tokens))
    if found is None or not tokens[found[0]].text[0].isupper():
        return None
    ends = found[1] >= len(tokens) or tokens[found[1]].text in _SEGMENT_ENDS | _DASHES
    return found if ends else None


def _signature_after(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'["…"] — Jo Bako', '[…] — Jo Bako (@jobako)': a name signed after a dash right
    after the passage, after a quotation or before a handle in brackets (a letter, a
    post); read before the clause that leads into the passage."""
    k = _skip_closing_quotes(tokens, j)
    quoted = k > j or (j > i and tokens[j - 1].text in _QUOTES)
    if k >= len(tokens) - 1 or tokens[k].text not in _DASHES:
        return None
    found = _signature(tokens, k + 1) if quoted else None
    if found is None:
        found = subject_at(tokens, k + 1, len(tokens))
        handle = found is not None and found[1] + 1 < len(tokens)
        if not handle or [t.text for t in tokens[found[1] : found[1] + 2]] != ["(", "@"]:
            return None
    return found if tokens[found[0]].text[0].isupper() else None


def _past_asides(tokens: list[Token], n: int) -> list[int]:
    """Where a clause may resume after its subject, which ends at ``tokens[n]``: there, and
    after each of the asides that follow it, an age, a title or a relative clause between
    commas ('Jo Bako, 58, of Orlin, said'), or a bracket ('Jo Bako (Ind.) said'). An aside
    is a few words with no quotation mark, and no full stop but after an abbreviation."""
    found = [n]
    for _ in range(_ASIDES):
        if n >= len(tokens) or tokens[n].text not in _ASIDE_OPENERS:
            break
        close = _ASIDE_OPENERS[tokens[n].text]
        m = n + 1
        while m < min(len(tokens), n + _ASIDE) and tokens[m].text != close:
            if tokens[m].text in _QUOTES or (
                tokens[m].text in {".", "?", "!"} and len(tokens[m - 1].text) > 3
            ):
                return found
            m += 1
        if m >= len(tokens) or tokens[m].text != close or m == n + 1:
            break
        n = m if close == "," else m + 1  # a closing comma opens the next aside
        found.append(n + 1 if close == "," else n)
    return found


def _is_past(token: Token) -> bool:
    """'conceded', 'exclaimed': a lower-case verb in the past tense."""
    return token.text[0].islower() and token.lower.endswith("ed") and len(token.lower) > 4


def _by_agent(tokens: list[Token], j: int, *, after_comma: bool) -> tuple[int, int] | None:
    """'[The memo] was first reported by X', '[…], made public Wednesday by X': the agent
    of a passive participle right after the passage (``after_comma``: after a comma that
    closes the passage, or not)."""
    comma = False
    while j < len(tokens) and tokens[j].text in {",", ")", "(", '"', "”", "’", "—", "–"}:
        comma = comma or tokens[j].text == ","
        j += 1
    if comma != after_comma:
        return None
    by = passive_by(tokens, j)
    return subject_at(tokens, by + 1, len(tokens)) if by is not None else None


def passive_by(tokens: list[Token], k: int) -> int | None:
    """Where the 'by' of a passive agent stands when ``tokens[k:]`` opens with a passive
    participle ('reported by', 'first made public on Friday by', 'confirmed later by'): a
    few lower-case words at most before it, a participle among them, and only adverbs,
    auxiliaries, fillers, days and commas besides."""
    participle = False
    for n in range(k, min(k + _AGENT_REACH, len(tokens))):
        word = tokens[n].lower
        if word == "by":
            return n if participle and n > k else None
        if not tokens[n].text[0].isalpha() and tokens[n].text != ",":
            return None
        if _is_weekday(tokens[n]):
            continue  # "made public on Friday by"
        if tokens[n].text[0].isupper():
            return None
        participle = participle or word.endswith("ed") or word in _IRREGULAR_PARTICIPLES
        if not (
            word.endswith(("ed", "ly"))
            or word in _IRREGULAR_PARTICIPLES | _AGENT_FILLERS | _AUXILIARIES
            or tokens[n].text == ","
        ):
            return None
    return None


def _agent_after(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'[Ada Moss], meanwhile, is backed by the guild', '[the levy], if approved by the
    council', '[it] was described to him by X': the agent of a passive participle after
    the passage, read more widely than :func:`passive_by` for a passage no other reading
    names a speaker for: auxiliaries, adverbs and ``agent_leads`` before the participle,
    a few words of no clause of their own between it and its 'by'."""
    n = j
    while n < len(tokens) and (
        tokens[n].text in _QUOTES | _SINGLE_QUOTES | _DASHES | {","}
        or tokens[n].lower in _AUXILIARIES | (_LEAD_INS - _COORDINATORS) | _AGENT_LEADS
        or _is_adverb(tokens[n])
    ):
        n += 1
    if n >= len(tokens) or not _is_passive_participle(tokens[n]):
        return None
    for by in range(n + 1, min(len(tokens) - 1, n + _AGENT_SPAN)):
        if tokens[by].lower == "by":
            return _agent_at(tokens, by + 1)
        if (
            tokens[by].text in _CLAUSE_BREAKS - {"and"} | {"(", ")"}
            or tokens[by].lower in RELATIVES
        ):
            return None
    return None


def _agent_inside(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'[Ada Moss has been criticized by two unions for …]', '[a levy first proposed by
    the council]': the agent of the first passive participle inside the passage whose 'by'
    follows it closely (:func:`passive_by`), when the agent stands in the passage too."""
    for n in range(i, j - 2):
        if not _is_passive_participle(tokens[n]):
            continue
        by = passive_by(tokens, n)
        if by is not None and by + 1 < j:
            return _agent_at(tokens, by + 1)
    return None


def _is_passive_participle(token: Token) -> bool:
    word = token.lower
    return token.text[0].islower() and (
        (word.endswith("ed") and len(word) > 4) or word in _IRREGULAR_PARTICIPLES
    )


def _agent_at(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The agent that opens at ``tokens[k]`` after 'by', to a 'for' that gives its reason:
    no -ing form ('by raising'), no number or time ('by 5 points', 'by Friday'), no
    pronoun."""
    if _is_participle(tokens[k]) or is_number_token(tokens[k]) or _opens_a_time(tokens, k):
        return None
    if _is_weekday(tokens[k]) or tokens[k].lower in _TIME_WORDS | PRONOUNS | _OBJECT_PRONOUNS:
        return None  # "by me": whom it stands for is not read here
    found = _object_at(tokens, k)
    if found is None:
        return None
    end = next((n for n in range(found[0] + 1, found[1]) if tokens[n].lower == "for"), found[1])
    return found[0], end  # "by two unions for its cost"


def _is_weekday(token: Token) -> bool:
    return token.lower in _CALENDAR


def _quotation_inside(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """A quotation whose attribution stands inside the passage, after a closing mark: '"…,"
    Jo Bako, the mayor, told the radio. "…"', '"…?" Ida Lenz pressed. "…"' (read as
    :func:`_after` reads it after the passage); only for a passage that opens with a
    quotation mark."""
    if not _opens_quotation(tokens, i):
        return None
    if _cue_before(tokens, i):
        return None  # 'Jo Bako said: ["…" Ida Lenz …]': the cue before the quotation
    for n in range(i + 2, j):
        if _closes_quotation(tokens, n - 1) and tokens[n].text not in _QUOTE_ENDS:
            found = _after(tokens, n)
            if found is not None and found[0] < j:
                return _according_to_in_clause(tokens, found[1], j) or found
    return None


def _according_to_in_clause(tokens: list[Token], k: int, j: int) -> tuple[int, int] | None:
    """X of an 'according to X' that closes the attribution's clause, before the full stop
    after ``tokens[k]``: the source that reports the speaker's words ('Jo Bako said,
    according to the Sun.')."""
    for n in range(k, j - 2):
        if tokens[n].text in {".", "?", "!"} | _QUOTES:
            return None
        if (tokens[n].lower, tokens[n + 1].lower) == ("according", "to"):
            return _according_phrase(tokens, n + 2)
    return None


def _opens_quotation(tokens: list[Token], i: int) -> bool:
    """Whether the passage at ``tokens[i]`` opens with a quotation mark (its own or the
    one just before it)."""
    opening = (tokens[i] if i < len(tokens) else None, tokens[i - 1] if i > 0 else None)
    return any(t is not None and t.text in _QUOTES | _SINGLE_QUOTES for t in opening)


def _cue_before(tokens: list[Token], i: int) -> bool:
    """Whether a cue leads into the passage at ``tokens[i]``: a colon, or a verb of saying
    or stance, before its quotation marks ('Jo Bako said: "…"', 'Ida Lenz wrote, "…"')."""
    k = i
    while k > 0 and tokens[k - 1].lower in _QUOTES | _SINGLE_QUOTES | {",", "that"}:
        k -= 1
    return k > 0 and (tokens[k - 1].text == ":" or tokens[k - 1].lower in _verbs())


def _embedded(
    tokens: list[Token], i: int, j: int, read: Callable[[list[Token], int, int], _Range | None]
) -> _Range | None:
    """The speaker of an attribution set inside the passage, when no cue leads into it and
    it is no quotation, as ``read`` reads it at a comma (:func:`_aside_attribution`) or
    a relative word (:func:`_relative_attribution`)."""
    if _cue_before(tokens, i) or _opens_quotation(tokens, i):
        return None
    quoted = False
    for n in range(max(i - 1, 0), j - 1):
        if tokens[n].text in _QUOTES or (
            tokens[n].text in _SINGLE_QUOTES and tokens[n + 1].text in _SINGLE_QUOTES
        ):
            quoted = not quoted  # "[Biden "has a role, I think," …]": the words quoted
        found = None if quoted else read(tokens, n, j)
        if found is not None:
            return found
    return None


def _aside_attribution(tokens: list[Token], n: int, j: int) -> _Range | None:
    """'[the levy, Jo Bako argued in a memo, will fail]', '[…, as Ida Lenz points out,
    …]': after the comma at ``tokens[n]``, a subject, a verb of saying or stance, and a
    comma a few words after it."""
    if tokens[n].text != ",":
        return None
    k = n + 1
    if k + 2 < j and (tokens[k].lower, tokens[k + 1].lower) == ("according", "to"):
        found = _according_phrase(tokens, k + 2)  # "[…, according to the Sun, …]"
        return (
            found if found is not None and found[1] < j and tokens[found[1]].text == "," else None
        )
    if k < j and tokens[k].lower == "as":
        k += 1
    if k >= j or _opens_no_subject(tokens[k]) or tokens[k].lower in _CLAUSE_BREAKS:
        return None  # "[that, from his point of view, …]", "[…, which backed it, …]"
    found = subject_at(tokens, k, j)
    if found is None or found[1] >= j or tokens[found[1]].lower not in _verbs():
        return None
    rest = tokens[found[1] + 1 : min(j, found[1] + _ASIDE_TAIL)]
    comma = next((n for n, t in enumerate(rest) if t.text in {",", ";"}), None)
    if comma is None or any(t.lower in _verbs() for t in rest[:comma]):
        return None
    return found


def _aside_in_clause(tokens: list[Token], i: int, j: int) -> _Range | None:
    """'and [the toll, Jo Bako said, is too high]', '- [a levy, the mayor noted, that …]':
    an attribution between commas inside a passage that opens a clause of its own (after a
    conjunction, a dash, a colon or nothing), which no clause leads into."""
    if i > 0 and tokens[i - 1].lower not in _COORDINATORS | _DASHES | {":", ";", "."}:
        return None
    return _embedded(tokens, i, j, _aside_attribution)


def _gapped_near_head(tokens: list[Token], i: int, j: int) -> _Range | None:
    """A gapped attribution (:func:`_gapped_attribution`) in a relative clause of the noun
    that opens the passage, a few words into it, no verb before it ('[a deadline that three
    aides said went …]'; not '[to block a plan that they say is …]', whose verb's
    subject speaks)."""
    found = _embedded(tokens, i, j, _gapped_attribution)
    if found is None or found[0] - i > _HEAD:
        return None
    return None if any(_is_verb(t, True) for t in tokens[i : found[0] - 1]) else found


def _gapped_attribution(tokens: list[Token], r: int, j: int) -> _Range | None:
    """'[a deadline that three aides said went unnoticed]', '[what several pilots said was
    a warning …]': a relative clause whose verb of saying or stance is followed at once by an
    auxiliary, the verb of the clause it reports; read before the clause leading into the
    passage."""
    if tokens[r].lower in _CLAUSE_RELATIVES:
        return _reported_clause(tokens, r, j)
    found = _relative_attribution(tokens, r, j) or _contact_attribution(tokens, r, j)
    if found is None or found[1] + 1 >= j or not _reports_a_clause(tokens[found[1]]):
        return None
    return found if _is_finite_verb_here(tokens[found[1] + 1]) else None


def _reported_clause(tokens: list[Token], r: int, j: int) -> _Range | None:
    """'[where growers say the levy hurts]', '[than her clerks say she earned]': after one of
    ``clause_relatives``, a subject and a verb of saying that reports the clause after it,
    which opens with a pronoun, a determiner or 'that'; no verb of asking or telling."""
    found = subject_at(tokens, r + 1, j)
    if found is None or found[1] + 1 >= j or not _reports_a_clause(tokens[found[1]]):
        return None
    verb, first = tokens[found[1]], tokens[found[1] + 1]
    if verb.lower in _ADDRESSED | _ASKING or not _may_be_a_subject(tokens, *found):
        return None  # "[where Jo Bako asked Ida Lenz to …]"
    return found if first.lower in PRONOUNS | _DETERMINERS | {"that"} else None


def _contact_attribution(tokens: list[Token], r: int, j: int) -> _Range | None:
    """'[failings it said are …]', '[meddling the congressman said is …]': a subject and a
    verb of saying right after a noun, with no relative word (a contact clause)."""
    if r == 0 or not tokens[r - 1].text[0].isalnum() or not _opens_a_relative_subject(tokens[r]):
        return None
    if _is_verb(tokens[r - 1], True) or tokens[r - 1].lower in _NOT_SUBJECTS | _PREPOSITIONS:
        return None
    found = subject_at(tokens, r, j)
    if found is None or found[0] != r or found[1] >= j or tokens[found[1]].lower not in _verbs():
        return None
    return found if _may_be_a_subject(tokens, *found) else None


def _is_finite_verb_here(token: Token) -> bool:
    """Whether ``token`` is the finite verb of a clause whose subject is missing: an
    auxiliary ('is', 'had') or a verb in the past ('went', 'allowed')."""
    word = token.lower
    return word in _FINITE_AUXILIARIES | _IRREGULAR_PASTS or _is_past(token)


def _reports_a_clause(token: Token) -> bool:
    """Whether a verb reports a clause ('said', 'hopes', 'predicts'), not a thing ('the
    records that Jo Bako questioned are …')."""
    return token.lower in lexicon().saying | _OPINION | _VERBS_AFTER


def _relative_attribution(tokens: list[Token], r: int, j: int) -> _Range | None:
    """'[which the council says is final]', '[what voters want]', '[a tax that Jo Bako
    said was unfair]': the subject of a verb of saying or stance in a relative clause at
    ``tokens[r]`` ('that' only before a gap: the verb followed by an auxiliary)."""
    if tokens[r].lower not in _RELATIVE_OPENERS:
        return None
    found = subject_at(tokens, r + 1, j)
    if found is None or found[1] >= j:
        return None
    if _is_past(tokens[found[0]]) or is_headline(tokens, r, j):
        return None  # "[which donated to it and agreed …]": no subject
    verb = found[1]
    while verb < j - 1 and _in_verb_group(tokens[verb]):
        verb += 1  # "[which lenders still considered risky]"
    if tokens[verb].lower not in _verbs() or tokens[found[0]].lower in _RELATIVE_OPENERS:
        return None
    if tokens[r].lower == "that":
        after = tokens[verb + 1] if verb + 1 < len(tokens) else None
        if after is None or not (after.lower in _AUXILIARIES or _is_finite_verb_here(after)):
            return None  # "[that Jo Bako wants a recount]": the content, not its source
    return found


def _relative_opening(tokens: list[Token], i: int, j: int) -> _Range | None:
    """'[which the council says is final]', '[where local leaders say the levy …]': a
    passage that opens with a relative word whose clause holds its own attribution (read
    by :func:`_relative_attribution`) before the clause that leads into it."""
    if i >= j or tokens[i].lower == "that" or _cue_before(tokens, i):
        return None  # "[that the council left]": the content of a verb before it
    if tokens[i].lower == "what" and _verb_leads_in(tokens, i):
        return None  # "Jo Bako mocked [what the council calls a plan]": Jo Bako's view
    if i + 1 < j and tokens[i].lower in _NOT_SUBJECTS | _PREPOSITIONS:
        i += 1  # "[in which the council claims …]"
    return _relative_attribution(tokens, i, j)


def _verb_leads_in(tokens: list[Token], i: int) -> bool:
    """Whether a verb leads into the passage at ``tokens[i]``, as its object: among the
    few words before it, back to a mark or a preposition ('mocked', 'asked the mayor',
    'to judge', 'angered by'; not 'a gap between', 'started in')."""
    for n in range(i - 1, max(i - _LEAD_IN, 0) - 1, -1):
        token = tokens[n]
        if token.lower == "by":
            return True  # "angered by [what …]": the agent of a passive
        if not token.text[0].isalnum() or token.lower in _NOT_SUBJECTS | _PREPOSITIONS:
            return False
        if _is_verb(token, True) or _is_participle(token) or token.lower.endswith("ed"):
            return True
        if n > 0 and tokens[n - 1].lower == "to":
            return True  # "to denounce [what …]"
    return False


def _closes_quotation(tokens: list[Token], k: int) -> bool:
    """Whether the marks ending at ``tokens[k]`` close a quotation that ends with a
    punctuation mark, written against it ('…,"', '…?”', "…,''"); not an opening mark
    ('… said. "We'), nor an apostrophe ("…, 'cause")."""
    marks = _QUOTES | _SINGLE_QUOTES
    double = tokens[k].text in _QUOTES or (k > 0 and tokens[k - 1].text in _SINGLE_QUOTES)
    if tokens[k].text not in marks or not double:
        return False
    while k > 0 and tokens[k].text in marks and tokens[k - 1].end == tokens[k].start:
        k -= 1
    return tokens[k].text in _QUOTE_ENDS - marks


def _inside(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """A passage holding its own attribution: '"…," he said. "…"', '"…," said Jo Bako.
    "…"', '"…," Jo Bako, the mayor, said in an interview. "…"'."""
    for n in range(i + 1, j):
        if tokens[n].lower in lexicon().saying:
            found = _speaker_after_verb(tokens, n, j) or _speaker_after_quote(tokens, n, i)
            if found is not None:
                return found
    return None


def _speaker_after_quote(tokens: list[Token], v: int, floor: int) -> tuple[int, int] | None:
    """'"…," Jo Bako, the mayor, said': the subject between a closing quotation mark and
    the verb; else the subject after the last comma or full stop before the verb."""
    for k in range(v - 1, max(floor, v - _QUOTE_REACH) - 1, -1):
        if tokens[k].text in _QUOTES | _SINGLE_QUOTES:
            if k == 0 or tokens[k - 1].text not in _QUOTE_ENDS:
                return None  # an opening mark: the verb is inside the quotation
            begin = k + 1
            while begin < v and tokens[begin].text in {",", "-", "—"}:
                begin += 1
            if begin == v or _opens_no_subject(tokens[begin]):
                return None  # '"…" in the primary, said Jo Bako'
            return subject_at(tokens, begin, v)
    if tokens[v - 1].text in {",", '"', "”"}:
        return None
    return _before_verb(tokens, v, floor)


def _speaker_after_verb(tokens: list[Token], v: int, j: int) -> tuple[int, int] | None:
    """'"…," said Jo Bako': the subject after the verb, not a phrase ('said in a call')."""
    if tokens[v - 1].text not in {",", '"', "”"} | _SINGLE_QUOTES:
        return None
    if v + 1 < j and _opens_no_subject(tokens[v + 1]):
        return None
    return subject_at(tokens, v + 1, j)


def _before_verb(tokens: list[Token], v: int, floor: int) -> tuple[int, int] | None:
    k = v
    while k > floor and tokens[k - 1].text not in {",", '"', "”", "“", "."}:
        k -= 1
    return subject_at(tokens, k, v)


def phrase_start(tokens: list[Token], j: int) -> int:
    """Where the noun phrase that ends before ``tokens[j]`` begins, read back to a clause
    break, a preposition or a verb, a few words at most."""
    i = j
    while (
        i > 0
        and j - i < _ANTECEDENT
        and (tokens[i - 1].text[0].isalnum() or tokens[i - 1].text == ".")
        and tokens[i - 1].lower not in _CLAUSE_BREAKS | _NOT_SUBJECTS | _AUXILIARIES
        and not _is_verb(tokens[i - 1], True)
    ):
        i -= 1
    return i


# The readings of a passage's speaker, tried in order (each from the token range of the
# passage, ``tokens[i:j]``) until one finds it.
_READINGS: tuple[Callable[[list[Token], int, int], _Range | None], ...] = (
    lambda tokens, i, j: _label(tokens, i),
    lambda tokens, i, j: _by_agent(tokens, j, after_comma=False),  # "[…] was reported by X"
    lambda tokens, i, j: _according_to_after(tokens, j),  # "[…], according to the Sun"
    _signature_after,  # '["…"] — Jo Bako'
    _quotation_inside,  # '["…," Jo Bako, the mayor, told us. "…"]'
    _said_after,  # "[…], the mayor said."
    _participle_opener,  # "Alarmed by [the flood], the mayor said"
    _stance_after,  # "[The plan] drew criticism from two unions"
    _experiencer_after,  # "[The levy] angered the growers"
    _owner_after,  # "[Ada Moss leads] among nurses"
    _document_after,  # "[Jo Bako leads] in the latest Sun poll"
    _relative_after,  # "[an offer] the council rebuffed"
    _relative_opening,  # "[which the council says is final]"
    _gapped_near_head,  # "[a deadline that three aides said went unnoticed]"
    _aside_in_clause,  # "and [the toll, Jo Bako said, is too high]"
    lambda tokens, i, j: _before(tokens, i),
    lambda tokens, i, j: _by_agent(tokens, j, after_comma=True),  # "X praised [it], backed by Y"
    lambda tokens, i, j: _embedded(tokens, i, j, _aside_attribution),  # "[it, Jo Bako said, …]"
    lambda tokens, i, j: _after(tokens, j),
    lambda tokens, i, j: _embedded(tokens, i, j, _relative_attribution),  # "[what we want]"
    _inside,
    _agent_after,  # "[Ada Moss], meanwhile, is backed by the guild"
    _agent_inside,  # "[Ada Moss has been criticized by two unions]"
)


def read_speaker(tokens: list[Token], i: int, j: int) -> _Range | None:
    """The token range of the speaker of the passage ``tokens[i:j]``: the first of
    ``_READINGS`` that finds one, or None."""
    for read in _READINGS:
        found = read(tokens, i, j)
        if found is not None:
            return found
    return None
