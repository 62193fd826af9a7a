"""The speaker named after or inside a passage: "[…], the mayor said", "[…]," said Jo
Bako, "[…] was reported by X", a noun or adjective of stance after it, relative clauses,
opening participles and quotations that hold their own attribution. :mod:`.passage_cues`
tries these readers in order."""

from __future__ import annotations

from collections.abc import Callable

from reconcile.extract.lexicon import (
    POSSESSIVE_ENDINGS,
    Token,
    lexicon,
    load_data,
)
from reconcile.extract.numbers import is_number_token
from reconcile.extract.passage_words import (
    AGENT_REACH,
    ARTICLES,
    ASKING,
    AUXILIARIES,
    CALENDAR,
    CLAUSE_BREAKS,
    COORDINATORS,
    DASHES,
    DATA,
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
    TIME_WORDS,
    WORDS,
    Range,
    according_phrase,
    agent_before,
    closes_a_clause,
    contracted_pronoun,
    in_document,
    is_adverb,
    is_headline,
    is_participle,
    is_possessive,
    is_verb,
    name_at,
    opens_a_time,
    opens_according_to,
    opens_no_subject,
    past_asides,
    past_lead_ins,
    sentence_start,
    subject_at,
    verbs,
    without_adverbs,
)

_AGENT_FILLERS = frozenset(WORDS["agent_fillers"])
# the words besides adverbs and participles in '-ed' that may stand before a passive's 'by'
_BEFORE_BY = IRREGULAR_PARTICIPLES | _AGENT_FILLERS | AUXILIARIES
_AGENT_LEADS = frozenset(WORDS["agent_leads"])
_AGENT_VIEWS = frozenset(WORDS["agent_views"])
_AGENT_SPAN = 10  # how many words a participle may stand from its agent's 'by' ("[X] was
_LABEL_BOUNDS = QUOTES | DASHES | frozenset(WORDS["label_bounds"])
_LABEL_JOINERS = frozenset(WORDS["label_joiners"])
_QUOTE_ENDS = QUOTES | SINGLE_QUOTES | {",", ".", "?", "!", "—", "-"}
_QUOTE_REACH = 25  # how many words back a closing quotation mark may stand from its verb
_CLAUSE_REACH = 12  # how many words the clause of an attribution after a quotation may have
_SENTENCE_TAIL = 4  # how many words may follow a verb that ends a sentence
_ADDRESSED = frozenset(WORDS["addressed"])
_LEAD_IN = 3  # how many words before a passage may hold the verb that leads into it
_HEAD = 8  # how many words into a passage its head noun's relative clause may open
_OPINION = frozenset(load_data("sources.toml")["speech"]["opinion"])
_FINITE_AUXILIARIES = frozenset(WORDS["finite_auxiliaries"])
# "Ms. Lenz" keeps its stop, "Ada Moss and the growers" their joiner
_NOT_IN_SUBJECTS = (RELATIVES | CLAUSE_BREAKS | PRONOUNS) - NP_JOINERS - {"."}
_STANCE_NOUNS = frozenset(WORDS["stance_nouns"])
_STANCE_OWNERS = frozenset(WORDS["stance_owners"])
_STANCE_ADJECTIVES = frozenset(WORDS["stance_adjectives"])
_ADJECTIVE_OWNERS = frozenset(WORDS["adjective_owners"])
_EMOTIVE_VERBS = frozenset(WORDS["emotive_verbs"])
_SOURCE_VERBS = frozenset(WORDS["source_verbs"])
_EXPERIENCED = frozenset(WORDS["experienced"])
_EXPERIENCED_OWNERS = frozenset(WORDS["experienced_owners"])
_VERB_GROUP = 3  # how many auxiliaries and adverbs may stand before a verb after its subject
_STANCE_REACH = 6  # how many words may stand between a passage and a noun of stance after it
_PREDICATE_REACH = 16  # how far into the predicate of the passage's clause that noun may stand
_PARTICIPLE_LEADS = frozenset(WORDS["participle_leads"])
_PARTICIPLE_LEAD_PHRASES = [phrase.split() for phrase in WORDS["participle_lead_phrases"]]
_OPENER = 8  # how many words a participle may stand before its passage in an opening phrase
_ADDRESSEE = 4  # how many words the person addressed may have ("told French radio RTL")
_VERBS_AFTER = frozenset(WORDS["verbs_after"])
_PASSIVE_AUXILIARIES = frozenset(DATA["attribution"]["passive_auxiliaries"])
_ASIDE_TAIL = 7  # how many words may follow the verb of an attribution between commas
_RELATIVE_OPENERS = frozenset(WORDS["relative_openers"])
_CLAUSE_RELATIVES = frozenset(WORDS["clause_relatives"])
_COMPARING = frozenset(WORDS["comparing"])
_ASKS_A_CLAUSE = _RELATIVE_OPENERS | _COMPARING  # "[one that] …", "[than] …"
_QUESTION_OPENERS = _CLAUSE_RELATIVES | frozenset(WORDS["content_openers"])
_VIEW_VERBS = frozenset(load_data("sources.toml")["speech"]["stance"]) | lexicon().saying | _OPINION
_DOCUMENTS = frozenset(WORDS["documents"])
_DOCUMENT_HEAD = 5  # how many words into a phrase after 'in' its poll or survey may stand


def label(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """A name before a colon that opens the passage: 'Jo Bako: [We will win.]',
    'MAYOR: […]', 'Jo Bako on the budget: […]', 'From the report: […]' (a headline, a
    transcript, a quoted source)."""
    k = i
    while k > 0 and tokens[k - 1].text in QUOTES | SINGLE_QUOTES:
        k -= 1
    if k == 0 or tokens[k - 1].text != ":":
        return None
    colon = k - 1
    start = colon
    while start > 0 and tokens[start - 1].text not in _LABEL_BOUNDS and colon - start <= LABEL:
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
        or colon - start > LABEL
        or (j < colon and tokens[j].lower not in _LABEL_JOINERS)
        or first in NOT_SUBJECTS | LEAD_INS
        or first.endswith("ing")
    ):
        return None  # "In a statement, Jo Bako said:", "Responding to it, Jo Bako wrote:"
    return start, j


def after(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """'[…], the mayor said' or '[…],' said Jo Bako: the speaker after the passage; after
    a quotation, any verb in the past will do ('"…," Jo Bako conceded')."""
    quoted = j > 0 and tokens[j - 1].text in QUOTES
    dashed = False
    while j < len(tokens) and tokens[j].text in {'"', "”", "’", "'", ",", "—", "―", "-"}:
        quoted = quoted or tokens[j].text in QUOTES
        dashed = dashed or tokens[j].text in DASHES
        j += 1
    if j >= len(tokens):
        return None
    if quoted and (tokens[j].lower in verbs() | _VERBS_AFTER or _is_past(tokens[j])):
        return subject_at(tokens, j + 1, len(tokens))  # '"…," declared Jo Bako'
    if quoted and dashed:
        return _signature(tokens, j)  # '"…" — Jo Bako'
    words = [t.lower for t in tokens[j : j + 8]]
    if opens_according_to(tokens, j):
        return according_phrase(tokens, j + 2)  # "[…], according to the Sun"
    if "by" in words[:6] and all(
        w in AUXILIARIES or w.endswith("ed") or w in {"as", "by"} or w.endswith("ly")
        for w in words[: words.index("by")]
    ):
        return subject_at(tokens, j + words.index("by") + 1, len(tokens))  # "… was called by X"
    if tokens[j].lower in lexicon().saying:
        return subject_at(tokens, j + 1, len(tokens))
    document = in_document(tokens, j, len(tokens))
    if document is not None:
        return document  # "[…] in a new Post poll"
    found = subject_at(tokens, j, len(tokens))
    if found is None or found[1] >= len(tokens):
        return None
    for verb in past_asides(tokens, found[1]):  # "[…]," Jo Bako, the mayor, said
        if verb < len(tokens) and (
            tokens[verb].lower in verbs()
            or (_is_past(tokens[verb]) and (quoted or _ends_sentence(tokens, verb + 1)))
        ):
            return found  # '"…," Jo Bako conceded', "[…], Jo Bako surmised."
    return None


def participle_opener(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'Alarmed by [the flood], Jo Bako said …', 'After suggesting [that …], Ida Lenz
    left': a passage in a phrase that opens its sentence with a participle (after one of
    ``participle_leads`` or ``participle_lead_phrases`` and adverbs: 'In addition to
    quietly citing [it]') belongs to the subject of the clause after the phrase's comma
    (:func:`_clause_after_opener`)."""
    k = past_lead_ins(tokens, sentence_start(tokens, i), i)  # "But after suggesting"
    k = _past_participle_leads(tokens, k, i)  # "After suggesting", "In addition to citing"
    while k < i and is_adverb(tokens[k]):
        k += 1  # "After quietly dropping [it]"
    if k >= i or i - k > _OPENER:
        return None
    if not (_opens_with_participle(tokens, k, i) or _opens_a_purpose(tokens, k, i)):
        return None
    if any(not t.text[0].isalnum() and t.text not in NP_JOINERS for t in tokens[k:i]):
        return None  # "Speaking to reporters, Jo Bako said [that …]": the passage after it
    n = _clause_after_opener(tokens, i, j)
    if n is not None and n < len(tokens) and tokens[n].lower in SUBORDINATORS:
        n = _after_comma_in_sentence(tokens, n)
    return None if n is None else _subject_before_verb(tokens, n)  # "…, while X booed, Y said"


def _after_comma_in_sentence(tokens: list[Token], k: int) -> int | None:
    """The word after the next comma from ``tokens[k]``, or None when its sentence or
    clause ends first (:func:`closes_a_clause`)."""
    for m in range(k, len(tokens)):
        if tokens[m].text == ",":
            return m + 1
        if closes_a_clause(tokens, m):
            return None
    return None


def _past_participle_leads(tokens: list[Token], k: int, i: int) -> int:
    """Where an opening phrase goes on after the words that lead to its participle: one of
    ``participle_leads`` ('After suggesting') or of ``participle_lead_phrases`` ('In
    addition to citing')."""
    for phrase in _PARTICIPLE_LEAD_PHRASES:
        end = k + len(phrase)
        if end < i and [t.lower for t in tokens[k:end]] == phrase:
            return end
    return k + 1 if k < i and tokens[k].lower in _PARTICIPLE_LEADS else k


def _clause_after_opener(tokens: list[Token], i: int, j: int) -> int | None:
    """Where the clause after an opening phrase that holds the passage ``tokens[i:j]``
    begins: after the comma that closes the passage ('[…],' or '["…,"]'), or that a few
    words with no verb or mark of their own follow ('[her plan] in May, Jo Bako …')."""
    n = _skip_closing_quotes(tokens, j)
    if (
        j - 1 > i
        and tokens[j - 1].text in QUOTES | SINGLE_QUOTES | {","}
        and _after_comma(tokens, n)
    ):
        return n  # 'Citing ["…,"] Jo Bako urged'
    for m in range(n, min(len(tokens), n + _OPENER)):
        if tokens[m].text == ",":
            return m + 1
        if not tokens[m].text[0].isalnum() or tokens[m].lower in CLAUSE_BREAKS:
            return None
        if is_verb(tokens[m], True):
            return None  # "Asked about [it] said it was …"
    return None


def _subject_before_verb(tokens: list[Token], b: int) -> tuple[int, int] | None:
    """The subject of the clause at ``tokens[b]``, when a word (its verb) follows it or the
    asides after it ('Jo Bako, the mayor, said'); else the capitalised words it opens with
    ('Jo Bako led campaigns …', where 'led' is no listed verb)."""
    found = subject_at(tokens, b, len(tokens))
    if found is None:
        return None
    if _may_be_a_subject(tokens, *found) and any(
        m < len(tokens) and tokens[m].text[0].isalpha() for m in past_asides(tokens, found[1])
    ):
        return found
    return name_at(tokens, b, found[1])  # "Jo Bako now talks of it and of …"


def _opens_a_purpose(tokens: list[Token], k: int, i: int) -> bool:
    """Whether ``tokens[k]`` opens a phrase of purpose with 'to' and a verb ('To answer
    [the charge], Jo Bako …'), whose subject is that of the clause after it."""
    if tokens[k].lower != "to" or k + 1 >= i:
        return False
    verb = tokens[k + 1]
    return verb.text[0].islower() and verb.lower not in DETERMINERS | NOT_SUBJECTS  # "To the"


def _opens_with_participle(tokens: list[Token], k: int, i: int) -> bool:
    """Whether ``tokens[k]`` is a participle that opens a phrase: an -ing form ('Declaring
    [that …]'), or an -ed form before a preposition or the passage ('Alarmed by [it]',
    'Asked about [it]')."""
    word = tokens[k].lower
    if word.endswith("ing") and len(word) > 5:
        return word not in QUANTIFIERS  # not "Nothing [it] …"
    if not word.endswith("ed") or len(word) < 5:
        return False
    after = tokens[k + 1].lower
    if after == "by" and i > k + 2:
        return False  # "Pressed by reporters on [it]": the agent presses
    return k + 1 == i or after in NOT_SUBJECTS | PREPOSITIONS | PARTICLES


def document_after(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'[Jo Bako leads] in the latest Sun poll': the poll or survey named right after the
    passage (:func:`in_document`), unless a cue leads into it; or the noun phrase after
    'in' that a poll or survey heads, when more words follow it ('[Jo Bako led] in the
    dozen surveys taken in May but lost')."""
    if _cue_before(tokens, i):
        return None
    return in_document(tokens, j, len(tokens)) or _document_phrase(tokens, j)


def _document_phrase(tokens: list[Token], k: int) -> tuple[int, int] | None:
    if k + 1 >= len(tokens) or tokens[k].lower != "in":
        return None
    found = _object_at(tokens, k + 1)
    if found is None:
        return None
    head = tokens[found[0] : min(found[1], found[0] + _DOCUMENT_HEAD)]
    return found if any(t.lower in _DOCUMENTS for t in head) else None


def stance_after(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'[The plan] drew sharp criticism from two unions', '[Jo Bako] won the endorsement
    of the Sun', '[her] strong support among nurses': the owner of a noun of stance
    (``stance_nouns``) a few lower-case words after the passage, after 'from' or 'among'
    (or 'of' after an article: 'criticism of the cost' names no one); the source after a
    verb of ``source_verbs`` and 'from' ('[the figure] came from the council'); else such a
    noun further on in the predicate of the passage's clause (:func:`_stance_in_predicate`)."""
    if _cue_before(tokens, i):
        return None
    k = _skip_closing_quotes(tokens, j)
    if k < len(tokens) and tokens[k].text == "," and _opens_a_clause(tokens, i):
        k += 1  # "But [the plan failed], much to the chagrin of X"; not "cast [it], despite"
    for n in range(k, min(len(tokens) - 2, k + _STANCE_REACH)):
        word = tokens[n].lower
        owner = tokens[n + 1].lower
        stance = (
            (word in _STANCE_NOUNS and owner in _STANCE_OWNERS)
            or (word in _STANCE_ADJECTIVES and owner in _ADJECTIVE_OWNERS)
            or (word in _SOURCE_VERBS and owner == "from")
        )
        if stance:
            if owner == "of" and not _after_article(tokens, j, n):
                return None
            return _object_at(tokens, n + 2)
        if is_number_token(tokens[n]) or tokens[n].text == "%":
            continue  # "[her] 34% support among nurses"
        if not tokens[n].text[0].islower() or word in CLAUSE_BREAKS | RELATIVES:
            break  # "[it], and Jo Bako's support of …": another clause
    return _stance_in_predicate(tokens, i, j)


def _stance_in_predicate(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'[Jo Bako] has toured the island for weeks and won the backing of the guild': the
    owner of a noun of stance further on in the predicate of the clause the passage opens
    as its subject (or a relative 'who' or 'which' stands for), to its sentence's end."""
    if not (_opens_a_clause(tokens, i) or (j == i + 1 and tokens[i].lower in RELATIVES)):
        return None
    for n in range(j, min(len(tokens) - 2, j + _PREDICATE_REACH)):
        if tokens[n].text in {".", ";", ":", "?", "!"} | QUOTES or tokens[n].lower in verbs():
            return None  # "[…] has grown, Jo Bako said": the verb of saying speaks
        if tokens[n].text == "," and tokens[n + 1].lower in COORDINATORS:
            return None  # "[…] runs hot, and it is driving …": another clause
        if tokens[n].lower in _STANCE_NOUNS and tokens[n + 1].lower in _STANCE_OWNERS:
            return None if _has_an_owner(tokens[n - 1]) else _object_at(tokens, n + 2)
    return None


def _has_an_owner(token: Token) -> bool:
    """Whether the word before a noun names whose it is: a possessive ('Jo Bako's', 'the
    Lenzes’ [support]') or a possessive determiner ('her [support]')."""
    possessive = is_possessive(token) or token.text in SINGLE_QUOTES
    return possessive or token.lower in DETERMINERS - ARTICLES


def holder_after(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'[The delay] is a relief to the growers', '[it] was cold comfort for Jo Bako', '[the
    cost] is of interest to voters': the holder of a view named after 'to' or 'for' by a
    predicate (``experienced``) of the clause the passage opens as its subject: a form of
    'be' and a few lower-case words between them."""
    if not _opens_a_clause(tokens, i) or _cue_before(tokens, i):
        return None
    copula = False
    for n in range(_skip_closing_quotes(tokens, j), min(len(tokens) - 2, j + _STANCE_REACH)):
        word = tokens[n].lower
        if copula and word in _EXPERIENCED and tokens[n + 1].lower in _EXPERIENCED_OWNERS:
            return _object_at(tokens, n + 2)
        if not tokens[n].text[0].islower() or word in CLAUSE_BREAKS | RELATIVES:
            return None
        copula = copula or word in _PASSIVE_AUXILIARIES
    return None


def _opens_a_clause(tokens: list[Token], i: int) -> bool:
    """Whether the passage at ``tokens[i]`` opens its clause: first in the sentence, or
    after a mark or a word that opens a clause ('But [the cost] is …', 'though [it] …')."""
    if i > 1 and tokens[i - 1].text == "." and tokens[i - 2].text in NAME_ABBREVIATIONS:
        return False  # "for Sen. [Ada Moss]": the stop of a title
    return i == 0 or not tokens[i - 1].text[0].isalnum() or tokens[i - 1].lower in CLAUSE_BREAKS


def _after_article(tokens: list[Token], j: int, n: int) -> bool:
    """Whether an article after the passage's end ``j`` opens the noun phrase of
    ``tokens[n]``, only adjectives between them ('the support of', 'the full support of';
    not 'criticism of the cost', 'drew criticism of')."""
    k = n - 1
    while k > j and tokens[k].text[0].islower() and not is_verb(tokens[k], True):
        if tokens[k].lower in ARTICLES:
            return True
        k -= 1
    return tokens[k].lower in ARTICLES


def owner_after(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
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


def experiencer_after(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
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
    if comma and not (n == start and is_participle(tokens[n])):
        return None  # "[…], alarming the council"; not "[…], and it alarmed …"
    if is_participle(tokens[n]) and _PASSIVE_AUXILIARIES.intersection(
        t.lower for t in tokens[start:n]
    ):
        return None  # "[it] is troubling news for the mayor": an adjective
    found = _object_at(tokens, n + 1)
    if found is None or (found[1] - found[0] == 1 and tokens[found[0]].lower in OBJECT_PRONOUNS):
        return None  # "it worried them"; not "it alarmed her aides"
    return None if tokens[found[0]].lower in PRONOUNS else found


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
    while j < len(tokens) and tokens[j].text in QUOTES | SINGLE_QUOTES:
        j += 1
    return j


def _in_verb_group(token: Token) -> bool:
    """Whether ``token`` may stand between a subject and its verb: an auxiliary, a
    negation ("doesn't"), an adverb or a lead-in ('also', 'now')."""
    word = token.lower
    return word in AUXILIARIES | LEAD_INS or word.endswith(("n't", "n’t")) or is_adverb(token)


def relative_after(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'[an offer] the council rebuffed', '[a case that] Jo Bako has pushed for months',
    '[the sort of change] the party warned about': the subject of a relative clause right
    after the passage, whose verb has the passage for its object; no mark between them. A
    subject with no determiner ('[than] rival forecasts had shown') is plain words before
    an auxiliary or a listed verb; a verb no list holds may close the clause
    (:func:`_subject_of_a_closing_verb`)."""
    if j >= len(tokens) or j == i or not tokens[j - 1].text[0].isalnum() or _cue_before(tokens, i):
        return None
    k = j + 1 if tokens[j].lower in _RELATIVE_OPENERS - {"what"} else j
    while k < len(tokens) - 1 and tokens[k].lower in LEAD_INS - CLAUSE_BREAKS - TIME_WORDS:
        k += 1  # "[whom] even his allies distrust"; not "[it] and his campaign …"
    if k >= len(tokens) or opens_a_time(tokens, k):
        return None
    plain = _opens_with_a_plain_word(tokens[k])  # "[whom] even rival skippers had praised"
    if not (plain or _opens_a_relative_subject(tokens[k])):
        return None
    found = subject_at(tokens, k, len(tokens))
    if found is None or found[0] != k or found[1] >= len(tokens):
        return None
    if not is_verb(tokens[found[1]], True) and tokens[k - 1].lower in _ASKS_A_CLAUSE:
        return _subject_of_a_closing_verb(tokens, k) or _subject_of_a_present_verb(tokens, k)
    if not is_verb(tokens[found[1]], True) and not plain:
        return _subject_of_a_closing_verb(tokens, k)  # "[a claim that] Ida Lenz disputes."
    found, verb = without_adverbs(tokens, found), found[1]
    if not _may_be_a_subject(tokens, *found) or not is_verb(tokens[verb], True):
        return None
    if plain and not _is_plain_phrase(tokens, *found):
        return None  # "[pro-ferry] leaflets aimed at …": the noun goes on
    if is_participle(tokens[found[1] - 1]):
        return None  # "[it] a talking point": the noun goes on
    return found if _leaves_a_gap(tokens, verb) else None


def _subject_of_a_closing_verb(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """'Ida Lenz strongly disputes.', 'many pilots resented,': the subject of a clause at
    ``tokens[k]`` whose last word, before a mark, is a verb no list holds (a past form, or
    a word after an adverb), adverbs between them; the clause leaves its object to the
    passage before it."""
    end = _clause_end(tokens, k)
    if end is None or end - k < 2 or not tokens[end - 1].text.isalpha():
        return None
    verb = tokens[end - 1]
    past = verb.lower.endswith("ed") or verb.lower in IRREGULAR_PASTS
    if not verb.text[0].islower() or not (past or is_adverb(tokens[end - 2])):
        return None  # "[…] the good old days.": a noun
    found = subject_at(tokens, k, end - 1)
    if found is None or not _may_be_a_subject(tokens, *found):
        return None
    found = without_adverbs(tokens, found)
    if not all(is_adverb(t) for t in tokens[found[1] : end - 1]):
        return None
    return found


def _subject_of_a_present_verb(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """'[one that] many growers applaud.', '[that] traders view differently.', '[than]
    most pilots realize.': after a word that asks for a clause, the subject of the clause
    at ``tokens[k]`` when the last word in lower case of its sentence, adverbs aside,
    follows the subject as its verb in the present (no list holds 'applaud'), agreeing
    with it (:func:`_agrees`)."""
    end = _clause_end(tokens, k)
    if end is None or tokens[end].text in {",", ";"}:
        return None  # "[that] a real person, …": the clause goes on
    verb = end - 1
    while verb > k + 1 and is_adverb(tokens[verb]):
        verb -= 1
    if not (tokens[verb].text.isalpha() and tokens[verb].text[0].islower()):
        return None
    found = subject_at(tokens, k, verb)
    if found is None or found[1] != verb or not _may_be_a_subject(tokens, *found):
        return None
    return found if _agrees(tokens, found, tokens[verb]) else None


def _agrees(tokens: list[Token], subject: Range, verb: Token) -> bool:
    """Whether a verb in the present agrees with ``subject``: a plural head noun (the last
    word before a preposition) or two joined nouns and no -s ('traders in the port
    applaud', 'Ada and Lev agree'), or -s after a singular one ('the board agrees'); not
    a noun after an adjective ('than [the] old ferry')."""
    words = tokens[subject[0] : subject[1]]
    head = next((n for n, t in enumerate(words) if t.lower in PARTICLES | PREPOSITIONS), len(words))
    joined = any(t.lower in COORDINATORS for t in words[:head])
    plural = joined or (head > 0 and words[head - 1].lower.endswith("s"))
    return plural != verb.lower.endswith("s")


def _opens_a_relative_subject(token: Token) -> bool:
    """Whether a relative clause's subject may open with ``token``: a pronoun, a
    determiner, a quantifier ('many', 'both', 'nobody'), a title ('Mr.') or a capitalised
    name."""
    word = token.lower
    if word in PRONOUNS | DETERMINERS | QUANTIFIERS:
        return True
    if token.text in NAME_ABBREVIATIONS:
        return True  # "[which] Mr. Lind opposed"
    return token.text[0].isupper() and word not in TIME_WORDS and token.text not in NOT_NAMES


def relative_inside(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'[a remark Jo Bako is now wielding against her]', '[what the council has threatened
    to do]': a relative clause on the noun phrase that opens the passage (a few words, no
    verb, no mark), read as :func:`relative_after` reads one after a passage, its subject
    and verb inside the passage; the subject opens with a name, a pronoun, a determiner or
    a quantifier ('[the kind Jo Bako had described]'; not '[the kind words …]')."""
    if tokens[i].lower == "that":
        return None  # "[that the board believes …]": the content of a verb before it
    for h in range(i + 1, min(j, i + _HEAD)):
        head = tokens[h - 1]
        if not head.text[0].isalnum() or is_verb(head, True) or head.lower in PRONOUNS:
            return None  # "[to block a plan that …]", "[she trails …]"
        if head.lower in DETERMINERS or head.text[0].isupper():
            continue  # "[the kind …]", "[Ada's plan …]"
        if not (_is_plain_word(head) or head.lower in _RELATIVE_OPENERS | QUANTIFIERS):
            if h == i + 1:
                return None  # "[about the plan …]", "[downplaying the cost …]"
            continue  # "[one piece of advice …]"
        found = relative_after(tokens, i, h)
        if found is not None:
            return found if _may_speak_inside(tokens, found, j) else None
    return None


def stance_relative_on_head(tokens: list[Token], i: int, j: int) -> Range | None:
    """'[signs the council sees that …]', '[a strike it fears will drag on]', '[one which Jo
    Bako calls "…"]': a relative clause (read by :func:`relative_inside`) on the noun in
    lower case that opens the passage, whose verb of saying or stance goes on inside it;
    read before the clause leading into the passage when no cue leads into it
    (:func:`_no_cue_leads_in`)."""
    if i >= j or tokens[i].lower in _QUESTION_OPENERS or not _no_cue_leads_in(tokens, i):
        return None
    found = relative_inside(tokens, i, j)
    if found is None or not _on_a_lower_case_noun(tokens, i, found[0]):
        return None
    return found if _view_goes_on(tokens, found[1], j) else None


def _on_a_lower_case_noun(tokens: list[Token], i: int, k: int) -> bool:
    """Whether the relative clause whose subject opens at ``tokens[k]`` follows a noun in
    lower case, with no question word from the passage's start ``i`` ('[the fee the
    council …]', '[one which Jo Bako …]'; not '[a debate over how the council …]', '[Port
    aide Jo Bako said …]': a name)."""
    if any(t.lower in _QUESTION_OPENERS for t in tokens[i:k]):
        return False
    head = tokens[k - 2] if tokens[k - 1].lower in _RELATIVE_OPENERS else tokens[k - 1]
    return head.text.isalpha() and head.text[0].islower()


def _view_goes_on(tokens: list[Token], v: int, j: int) -> bool:
    """Whether the verb group at ``tokens[v]`` ends in a verb of saying or stance that more
    words of the passage (before ``j``) follow ('fears will drag on'; not '[the guild's
    demand]', nor '[a toll it put at 40]', 'put' being a verb of figures)."""
    while v < j - 1 and _in_verb_group(tokens[v]):
        v += 1
    return v < j - 1 and tokens[v].lower in _VIEW_VERBS


def _no_cue_leads_in(tokens: list[Token], i: int) -> bool:
    """Whether the clause before the passage at ``tokens[i]`` holds no cue that may lead
    into it: the passage does not open its sentence nor follow a participle in -ing, and
    no listed verb nor 'according to' stands before it back to the sentence's end or a
    colon ('The toll rose amid [signs …]'; not 'Jo Bako cited [signs …]', 'According to
    the Sun, [aides …]')."""
    if i == 0 or tokens[i - 1].text in {".", "?", "!"} or is_participle(tokens[i - 1]):
        return False  # "…, outlining [steps the board …]"
    for n in range(i - 1, -1, -1):
        token = tokens[n]
        if token.text in {".", "?", "!", ";", ":"}:
            return True
        if token.lower in verbs() or opens_according_to(tokens, n):
            return False
    return True


def _may_speak_inside(tokens: list[Token], found: tuple[int, int], j: int) -> bool:
    """Whether the subject of a relative clause read inside a passage (before ``j``) may be
    its speaker: no plain word opens it, no possessive ends it ('the mayor's [plan]') and
    its verb group is no passive ('is depicted', 'must be released')."""
    begin, end = found
    if end >= j or _opens_with_a_plain_word(tokens[begin]) or is_possessive(tokens[end - 1]):
        return False
    return not _is_passive(tokens, end, j)


def _is_passive(tokens: list[Token], v: int, j: int) -> bool:
    """Whether the verb group at ``tokens[v]`` is passive, a form of 'be' and a participle
    ('is depicted', 'must be released'): it leaves no gap for an object."""
    for n in range(v, min(j, v + _VERB_GROUP + 1) - 1):
        if tokens[n].lower in _PASSIVE_AUXILIARIES and _is_passive_participle(tokens[n + 1]):
            return True
        if not (_in_verb_group(tokens[n]) or tokens[n].lower in AUXILIARIES):
            return False
    return False


def _opens_with_a_plain_word(token: Token) -> bool:
    """Whether a subject opens with a noun or an adjective in lower case, no determiner,
    pronoun or quantifier ('previous studies', 'voters')."""
    return (
        token.text[0].islower()
        and token.lower not in PRONOUNS | DETERMINERS | QUANTIFIERS
        and _is_plain_word(token)
    )


def _is_plain_phrase(tokens: list[Token], begin: int, end: int) -> bool:
    """Whether a subject that opens with a plain word is plain words (and determiners)
    before an auxiliary or a listed verb: no past form, which may go on with the noun
    before it ('pro-ferry leaflets aimed at'), no adverb."""
    return all(_is_plain_word(t) or t.lower in DETERMINERS for t in tokens[begin:end]) and (
        end < len(tokens) and (tokens[end].lower in AUXILIARIES or tokens[end].lower in verbs())
    )


def _is_plain_word(token: Token) -> bool:
    """Whether a word in lower case may open a noun phrase: no verb, auxiliary, adverb,
    preposition or word that opens a clause of its own ('other', 'previous', 'voters')."""
    word = token.lower
    return (
        token.text.isalpha()
        and not is_verb(token, True)
        and not is_adverb(token)
        and not word.endswith(("ing", "ed"))
        and word not in NOT_SUBJECTS | PREPOSITIONS | PARTICLES | CLAUSE_BREAKS | RELATIVES
        and word not in LEAD_INS | PLAIN_ADVERBS | TIME_WORDS | OBJECT_PRONOUNS
    )


def _leaves_a_gap(tokens: list[Token], v: int) -> bool:
    """Whether the verb group at ``tokens[v]`` has no object of its own, the passage before
    its subject being that object: no noun phrase follows its verbs and adverbs, only a
    mark, a preposition or particle, a phrase of time, a conjunction or a pronoun
    ('the council rebuffed at a meeting', 'Jo Bako is promising them')."""
    n = v
    while n < len(tokens) and (
        tokens[n].lower in AUXILIARIES
        or is_adverb(tokens[n])
        or (tokens[n].text[0].islower() and is_verb(tokens[n], True))
        or (n > v and is_participle(tokens[n]))  # "are beginning to ask"
        or (_after_auxiliary(tokens, n, v) and _may_follow_an_auxiliary(tokens[n]))
    ):
        n += 1  # "can afford", "are keenly aware of", "would be glad of"
    if n == v or tokens[n - 1].lower in _PASSIVE_AUXILIARIES:
        return False  # "[the plan] the council was given a week"
    if n >= len(tokens) or not tokens[n].text[0].isalnum():
        return True
    if tokens[n].lower in PLAIN_ADVERBS and _ends_segment(tokens, n + 1):
        return True  # "[a question] Jo Bako raised too."
    word = tokens[n].lower
    return (
        word in NOT_SUBJECTS | PREPOSITIONS | PARTICLES | CLAUSE_BREAKS | PRONOUNS
        or word in OBJECT_PRONOUNS
        or opens_a_time(tokens, n)
    )


def _after_auxiliary(tokens: list[Token], n: int, v: int) -> bool:
    """Whether an auxiliary stands before ``tokens[n]`` in the verb group that opens at
    ``tokens[v]``, adverbs aside ('will depict', 'are keenly aware')."""
    k = n - 1
    while k > v and is_adverb(tokens[k]):
        k -= 1
    return k >= v and tokens[k].lower in AUXILIARIES


def _may_follow_an_auxiliary(token: Token) -> bool:
    """Whether a word after an auxiliary goes on with its verb group: a verb no list holds
    or the adjective of a form of 'be' ('can afford', 'are aware', 'have long been'); not
    a word that opens a noun phrase or a phrase of its own ('is a', 'was at')."""
    word = token.lower
    return (
        token.text.isalpha()
        and token.text[0].islower()
        and word not in DETERMINERS | QUANTIFIERS | PRONOUNS | OBJECT_PRONOUNS
        and word not in NOT_SUBJECTS | PREPOSITIONS | PARTICLES | CLAUSE_BREAKS | RELATIVES
    )


def said_after(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'[…], the mayor said.', '"…," said Jo Bako', '[…], a study by the Sun found': a
    listed verb of saying or stance right after the comma or quotation mark that closes the
    passage ``tokens[i:j]``, with its subject; read before the clause leading into the
    passage, unless a cue leads into it ('Jo Bako said: "…," Ida Lenz replied')."""
    k = j
    while k < len(tokens) and tokens[k].text in QUOTES | SINGLE_QUOTES | {","}:
        k += 1
    closed = k > j or (j > i and _closes_quotation(tokens, j - 1))  # '[…],' or '["…,"]'
    closed = closed or (k < len(tokens) and tokens[k].lower in _COMPARING)  # "[…] than X had"
    if not closed or k >= len(tokens):
        return None
    if _cue_before(tokens, i) and not _closes_with_comma(tokens, j, k):
        return None
    if agent_before(tokens, i) is not None:
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
    found = name_at(tokens, k, len(tokens))
    if found is None or _opens_no_clause(tokens[found[1]]):
        return None
    return found if _ends_sentence(tokens, found[1] + 1) else None


def clause_after_quotation(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'["…,"] the suit reads.', '["…!"] Jo Bako went on, …': the subject of the clause
    after a quotation that a comma, a question or an exclamation mark closes
    (:func:`_attribution_clause`), for a passage no cue before names a speaker for."""
    k = _skip_closing_quotes(tokens, j)
    if k == j and not (j > i and _closes_quotation(tokens, j - 1)):
        return None
    return _attribution_clause(tokens, k) if _closes_with_comma(tokens, j, k) else None


def _attribution_clause(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """'"…," the suit reads.', '"…," a note on the door states.', '"…," Jo Bako went on,
    …': the subject of the clause after a quotation that a comma closes, when the clause,
    to its sentence's end or a comma, is a subject and a verb: a listed verb, a past form,
    or a present form in -s that ends the clause."""
    if k >= len(tokens) or opens_no_subject(tokens[k]) or tokens[k].lower in CLAUSE_BREAKS:
        return None
    if not _opens_a_relative_subject(tokens[k]):
        return None  # "[…,] presumably meaning …", "[…,] all-in-one shops"
    end = _clause_end(tokens, k)
    for m in range(k + 1, end or k):
        word = tokens[m]
        if not (word.text.isalpha() and word.text[0].islower()) or _in_verb_group(word):
            continue
        last = m == end - 1 and word.lower.endswith("s") and not word.lower.endswith("ss")
        if is_verb(word, True) or word.lower in IRREGULAR_PASTS or last:
            found = subject_at(tokens, k, m)
            if found is None or not _may_be_a_subject(tokens, *found):
                return None
            between = tokens[found[1] : m]  # "he later said"; not "she may again split"
            if all(_in_verb_group(t) and t.lower not in AUXILIARIES for t in between):
                return found
            return None
    return None


def _clause_end(tokens: list[Token], k: int) -> int | None:
    """Where the clause of words at ``tokens[k]`` ends, at its sentence's end, a comma or a
    semicolon a few words on; None at any other mark, or past them."""
    for m in range(k, min(len(tokens), k + _CLAUSE_REACH)):
        if not tokens[m].text[0].isalnum():
            return m if tokens[m].text in {".", "?", "!", ",", ";"} else None
    return None


def _opens_no_clause(token: Token) -> bool:
    """Whether a word after a quotation is no verb of its speaker: a determiner, a
    pronoun, a preposition, an auxiliary or a word that opens a clause."""
    word = token.lower
    return word in DETERMINERS | PRONOUNS | AUXILIARIES | CLAUSE_BREAKS or opens_no_subject(token)


def _listed_verb_after(tokens: list[Token], k: int, *, quoted: bool) -> tuple[int, int] | None:
    """The subject of a listed verb of saying or stance at ``tokens[k]``, after the marks
    that close a passage: '… declared Jo Bako', '… Jo Bako, the mayor, said', '… as Jo
    Bako said'. Before its subject, only a verb of saying that names no one addressed
    does, or after a quotation (``quoted``) any listed verb ('"…," recalled Jo Bako'; not
    'Jo Bako, who estimates [it], described the impact as …')."""
    if _is_inverted_verb(tokens[k], quoted=quoted):  # '"…," declared Jo Bako'
        found = subject_at(tokens, k + 1, len(tokens))
        return found if found is not None and _ends_segment(tokens, found[1]) else None
    if tokens[k].lower in verbs():
        return None  # "[…], told his advisers to …": the verb of a clause before
    comparing = tokens[k].lower in _COMPARING
    aside = comparing and _after_comma(tokens, k)  # "[…], as Jo Bako said, …"
    if comparing:
        k += 1  # "[…], as Jo Bako said,", "[…] than Jo Bako expected": what the verb says
    elif tokens[k].lower in CLAUSE_BREAKS:
        return None  # "[…], but critics call it a sham": a clause of its own
    found = subject_at(tokens, k, len(tokens))
    if found is None or not _may_be_a_subject(tokens, *found):
        return None
    begin, end = without_adverbs(tokens, found)  # "Politico recently reported"
    for verb in past_asides(tokens, found[1]):  # "[…], Jo Bako, the mayor, said"
        while verb < len(tokens) and (
            tokens[verb].lower in AUXILIARIES | PLAIN_ADVERBS or is_adverb(tokens[verb])
        ):
            verb += 1  # "[…], the Post has learned", "[…], as Jo Bako has often said"
        if verb > found[1] and tokens[verb - 1].lower in _PASSIVE_AUXILIARIES:
            return None  # "[…], it was labeled a lie"
        if (
            verb < len(tokens)
            and _closes_a_passage(tokens[verb])
            and (aside or _takes_no_object(tokens, verb, quoted=quoted))
        ):
            return begin, end
    return None


def _after_comma(tokens: list[Token], k: int) -> bool:
    """Whether a comma stands among the marks right before ``tokens[k]`` ('…,"' or ',')."""
    n = k - 1
    while n >= 0 and not tokens[n].text[0].isalnum():
        if tokens[n].text == ",":
            return True
        n -= 1
    return False


def _may_be_a_subject(tokens: list[Token], begin: int, end: int) -> bool:
    """Whether ``tokens[begin:end]`` may be the subject of a clause of its own: it opens
    with no participle or preposition ('giving Sanders …', 'despite …'), holds no relative
    word or pronoun after its first ('a charge that the party', 'something she'), and is
    no contracted pronoun ("he's")."""
    first = tokens[begin]
    return (
        first.text[0].isalnum()
        and not (contracted_pronoun(first) is not None and first.lower.endswith(POSSESSIVE_ENDINGS))
        and not opens_no_subject(first)
        and not any(t.lower in _NOT_IN_SUBJECTS for t in tokens[begin + 1 : end])
    )


def _takes_no_object(tokens: list[Token], verb: int, *, quoted: bool = False) -> bool:
    """Whether the verb at ``tokens[verb]`` has no object of its own, so that the passage
    before it is what it says: the clause ends there, or a phrase of time or place follows
    ('Jo Bako said on Friday', 'Ida Lenz told reporters.'; not 'critics call it a sham').
    After a quotation (``quoted``) a preposition after the verb opens such a phrase ('"…,"
    Jo Bako wrote in a memo'), not a particle of the verb ('agreed to sit')."""
    particles = PARTICLES - NOT_SUBJECTS if quoted else PARTICLES
    n = verb + 1
    while n < len(tokens) and (is_adverb(tokens[n]) or tokens[n].lower in particles):
        n += 1
    if _ends_segment(tokens, n) or tokens[n].text in DASHES:
        return True  # "- '…,' Jo Bako said - and left"
    if tokens[verb].lower in _ADDRESSED:
        found = subject_at(tokens, n, len(tokens))  # "told reporters."
        return found is not None and found[1] - n <= _ADDRESSEE and _ends_segment(tokens, found[1])
    if tokens[n].lower == "by" or any(t.lower == "that" for t in tokens[n : n + _SENTENCE_TAIL]):
        return False  # "a plan backed by …", "said on Monday that …"
    return (
        tokens[n].lower in NOT_SUBJECTS | PREPOSITIONS
        or opens_a_time(tokens, n)
        or _is_weekday(tokens[n])
    )


def _is_inverted_verb(token: Token, *, quoted: bool) -> bool:
    """Whether ``token`` may be a verb of saying before its subject after a passage; not a
    word that is a plural noun as often ('[…], claims by the army notwithstanding')."""
    if quoted:
        return token.lower in verbs() and _is_finite(token)
    lex = lexicon()
    return token.lower in (lex.saying | _OPINION | _VERBS_AFTER) - _ADDRESSED - lex.noun_verbs


def _closes_a_passage(token: Token) -> bool:
    """Whether a verb may close the sentence of the passage before it: a verb of saying,
    a listed verb in the past ('predicted'), or one of ``verbs_after`` ('critics say');
    not a listed word that is a noun as often ('four points')."""
    return (_is_finite(token) and token.lower in verbs()) or token.lower in _VERBS_AFTER


def _is_finite(token: Token) -> bool:
    """Whether a listed verb may be the finite verb of a clause after its passage
    ('said', 'predicted'), not a participle that opens a phrase ('calling', 'given')."""
    return token.lower in lexicon().saying or token.lower.endswith("ed")


def _closes_with_comma(tokens: list[Token], j: int, k: int) -> bool:
    """Whether the quotation that closes before ``tokens[k]`` ends with a comma, a
    question or an exclamation mark ('…,"', '…?"'), which leaves its sentence to the
    attribution after it ('Jo Bako had a caveat: "…," the mayor said')."""
    n = j
    while n > 0 and not tokens[n - 1].text[0].isalnum():
        n -= 1  # the marks the passage ends with, and those after it
    marks = [t.text for t in tokens[n:k]]
    ends = [n for n, m in enumerate(marks) if m in {",", "?", "!"}]
    return bool(ends) and any(m in QUOTES | SINGLE_QUOTES for m in marks[ends[0] :])


def _ends_segment(tokens: list[Token], n: int) -> bool:
    """Whether a comma, a full stop or a quotation mark (or the end) follows ``tokens[n-1]``."""
    return n >= len(tokens) or tokens[n].text in SEGMENT_ENDS | {"?", "!", ";"}


def _ends_sentence(tokens: list[Token], n: int) -> bool:
    """Whether the sentence ends at ``tokens[n]``, after a few words at most and no comma."""
    for m in range(n, min(len(tokens), n + _SENTENCE_TAIL)):
        if tokens[m].text in {".", "?", "!"}:
            return True
        if tokens[m].text in {",", ";", ":"}:
            return False
    return n >= len(tokens)


def according_to_after(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """'[…], according to the Sun': X of an 'according to X' right after the passage."""
    while j < len(tokens) and tokens[j].text in QUOTES | SINGLE_QUOTES | {","}:
        j += 1
    if j + 2 < len(tokens) and opens_according_to(tokens, j):
        return according_phrase(tokens, j + 2)
    return None


def _signature(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """'"…" — Jo Bako': a name after a quotation and a dash, that ends its sentence or
    stands before the next quotation or dash."""
    found = subject_at(tokens, j, len(tokens))
    if found is None or not tokens[found[0]].text[0].isupper():
        return None
    ends = found[1] >= len(tokens) or tokens[found[1]].text in SEGMENT_ENDS | DASHES
    return found if ends else None


def signature_after(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'["…"] — Jo Bako', '[…] — Jo Bako (@jobako)': a name signed after a dash right
    after the passage, after a quotation or before a handle in brackets (a letter, a
    post); read before the clause that leads into the passage."""
    k = _skip_closing_quotes(tokens, j)
    quoted = k > j or (j > i and tokens[j - 1].text in QUOTES)
    if k >= len(tokens) - 1 or tokens[k].text not in DASHES:
        return None
    found = _signature(tokens, k + 1) if quoted else None
    if found is None:
        found = subject_at(tokens, k + 1, len(tokens))
        handle = found is not None and found[1] + 1 < len(tokens)
        if not handle or [t.text for t in tokens[found[1] : found[1] + 2]] != ["(", "@"]:
            return None
    return found if tokens[found[0]].text[0].isupper() else None


def _is_past(token: Token) -> bool:
    """'conceded', 'exclaimed': a lower-case verb in the past tense."""
    return token.text[0].islower() and token.lower.endswith("ed") and len(token.lower) > 4


def by_agent(tokens: list[Token], j: int, *, after_comma: bool) -> tuple[int, int] | None:
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


def agent_around(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'[it] is called [a sham] by the growers', '[she] had been asked [to wait] by the
    council', '— often labeled as [a stunt] by critics': the agent after the passage of a
    passive participle right before it (a preposition between them at most), which a form
    of 'be' or a mark opens, adverbs aside."""
    k = i - 1
    while k > 0 and tokens[k].text in QUOTES | SINGLE_QUOTES:
        k -= 1
    if k > 0 and tokens[k].lower in PARTICLES | PREPOSITIONS | {"as"}:
        k -= 1  # "labeled as", "called on"
    if k < 1 or not _is_passive_participle(tokens[k]):
        return None
    m = k - 1
    while m > 0 and (is_adverb(tokens[m]) or tokens[m].lower in PLAIN_ADVERBS):
        m -= 1
    if tokens[m].text[0].isalnum() and tokens[m].lower not in _PASSIVE_AUXILIARIES:
        return None  # "Jo Bako passed [it] by a vote": no passive
    n = _skip_closing_quotes(tokens, j)
    return _agent_at(tokens, n + 1) if n + 1 < len(tokens) and tokens[n].lower == "by" else None


def passive_by(tokens: list[Token], k: int) -> int | None:
    """Where the 'by' of a passive agent stands when ``tokens[k:]`` opens with a passive
    participle ('reported by', 'first made public on Friday by', 'confirmed later by'): a
    few lower-case words at most before it, a participle among them, and only adverbs,
    auxiliaries, fillers, days and commas besides."""
    participle = False
    for n in range(k, min(k + AGENT_REACH, len(tokens))):
        word = tokens[n].lower
        if word == "by":
            return n if participle and n > k else None
        if not tokens[n].text[0].isalpha() and tokens[n].text != ",":
            return None
        if _is_weekday(tokens[n]):
            continue  # "made public on Friday by"
        if tokens[n].text[0].isupper():
            return None
        participle = participle or word.endswith("ed") or word in IRREGULAR_PARTICIPLES
        if not (
            word.endswith(("ed", "ly"))
            or word in _BEFORE_BY  # made once, not at each word read
            or tokens[n].text == ","
        ):
            return None
    return None


def agent_of_subject(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'But [Ada Moss] was backed by the guild', '[The fees], though questioned by
    traders, stand': the agent of a passive after a passage that opens its clause as its
    subject (:func:`agent_after`), read before any clause before it."""
    return agent_after(tokens, i, j) if _opens_a_clause(tokens, i) else None


def agent_after(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'[Ada Moss], meanwhile, is backed by the guild', '[the levy], if approved by the
    council', '[it] was described to him by X': the agent of a passive participle after
    the passage, read more widely than :func:`passive_by` for a passage no other reading
    names a speaker for: auxiliaries, adverbs and ``agent_leads`` before the participle,
    a few words of no clause of their own between it and its 'by'."""
    n = j
    while n < len(tokens) and (
        tokens[n].text in QUOTES | SINGLE_QUOTES | DASHES | {","}
        or tokens[n].lower in AUXILIARIES | (LEAD_INS - COORDINATORS) | _AGENT_LEADS
        or is_adverb(tokens[n])
    ):
        n += 1
    if n >= len(tokens) or not _is_passive_participle(tokens[n]):
        return None
    for by in range(n + 1, min(len(tokens) - 1, n + _AGENT_SPAN)):
        if tokens[by].lower == "by":
            return _agent_at(tokens, by + 1)
        if tokens[by].text in CLAUSE_BREAKS - {"and"} | {"(", ")"} or tokens[by].lower in RELATIVES:
            return None
    return None


def agent_inside(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
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


def listed_agent_inside(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """'[a levy first reported by the Tide Gazette]', '[Ada Moss was criticized by two
    unions as …]', '[the levy is seen by the growers as a tax]': the agent inside the
    passage (:func:`agent_inside`) of a passive of a listed verb of saying or stance, or of
    any verb when the view the agent holds follows it (:func:`_names_a_view`), read before
    the clause leading into the passage unless a cue or a verb leads into it ('Jo Bako
    quoted [a note sent by …]') or it is a quotation or a clause after 'that'."""
    if _cue_before(tokens, i) or _verb_leads_in(tokens, i) or _opens_quotation(tokens, i):
        return None
    if tokens[i].lower == "that":
        return None  # "Jo Bako said [that it was praised by …]"
    for n in range(i, j - 2):
        if tokens[n].lower in PRONOUNS and n > i:
            return None  # "[Ada Moss told police she was stressed by …]": another clause
        if not _is_passive_participle(tokens[n]):
            if is_verb(tokens[n], True) and tokens[n].lower not in AUXILIARIES:
                return None  # "[Ada Moss fears it is opposed by …]"
            continue
        by = passive_by(tokens, n)
        if by is not None and by + 1 < j:
            found = _agent_at(tokens, by + 1)
            return found if tokens[n].lower in verbs() or _names_a_view(tokens, found) else None
    return None


def _names_a_view(tokens: list[Token], agent: Range | None) -> bool:
    """Whether a word of ``agent_views`` ('as') follows the agent of a passive, naming the
    view the agent holds ('seen by the growers as a tax', 'portrayed by the board as')."""
    return agent is not None and agent[1] < len(tokens) and tokens[agent[1]].lower in _AGENT_VIEWS


def _is_passive_participle(token: Token) -> bool:
    word = token.lower
    return token.text[0].islower() and (
        (word.endswith("ed") and len(word) > 4) or word in IRREGULAR_PARTICIPLES
    )


def _agent_at(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The agent that opens at ``tokens[k]`` after 'by', to a 'for' that gives its reason:
    no -ing form ('by raising'), no number or time ('by 5 points', 'by Friday'), no
    pronoun."""
    if is_participle(tokens[k]) or is_number_token(tokens[k]) or opens_a_time(tokens, k):
        return None
    if _is_weekday(tokens[k]) or tokens[k].lower in TIME_WORDS | PRONOUNS | OBJECT_PRONOUNS:
        return None  # "by me": whom it stands for is not read here
    found = _object_at(tokens, k)
    if found is None:
        return None
    end = next((n for n in range(found[0] + 1, found[1]) if _ends_an_agent(tokens, n)), found[1])
    return found[0], end  # "by two unions for its cost"


def _ends_an_agent(tokens: list[Token], n: int) -> bool:
    """Whether the agent after 'by' ends before ``tokens[n]``: 'for', which gives its
    reason, or an -ing word, with the preposition before it ('by the board concerning
    fees', 'by the board of raising fees')."""
    if tokens[n].lower == "for" or is_participle(tokens[n]):
        return True
    opener = tokens[n].lower in NOT_SUBJECTS | PARTICLES | PREPOSITIONS
    return opener and n + 1 < len(tokens) and is_participle(tokens[n + 1])


def _is_weekday(token: Token) -> bool:
    return token.lower in CALENDAR


def quotation_inside(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """A quotation whose attribution stands inside the passage, after a closing mark: '"…,"
    Jo Bako, the mayor, told the radio. "…"', '"…?" Ida Lenz pressed. "…"' (read as
    :func:`after` reads it after the passage); only for a passage that opens with a
    quotation mark."""
    if not _opens_quotation(tokens, i):
        return None
    if _cue_before(tokens, i):
        return None  # 'Jo Bako said: ["…" Ida Lenz …]': the cue before the quotation
    for n in range(i + 2, j):
        if _closes_quotation(tokens, n - 1) and tokens[n].text not in _QUOTE_ENDS:
            found = after(tokens, n) or _attribution_clause(tokens, n)
            if found is not None and found[0] < j:
                return _according_to_in_clause(tokens, found[1], j) or found
    return None


def _according_to_in_clause(tokens: list[Token], k: int, j: int) -> tuple[int, int] | None:
    """X of an 'according to X' that closes the attribution's clause, before the full stop
    after ``tokens[k]``: the source that reports the speaker's words ('Jo Bako said,
    according to the Sun.')."""
    for n in range(k, j - 2):
        if tokens[n].text in {".", "?", "!"} | QUOTES:
            return None
        if opens_according_to(tokens, n):
            return according_phrase(tokens, n + 2)
    return None


def _opens_quotation(tokens: list[Token], i: int) -> bool:
    """Whether the passage at ``tokens[i]`` opens with a quotation mark (its own or the
    one just before it)."""
    opening = (tokens[i] if i < len(tokens) else None, tokens[i - 1] if i > 0 else None)
    return any(t is not None and t.text in QUOTES | SINGLE_QUOTES for t in opening)


def _cue_before(tokens: list[Token], i: int) -> bool:
    """Whether a cue leads into the passage at ``tokens[i]``: a colon, or a verb of saying
    or stance, before its quotation marks ('Jo Bako said: "…"', 'Ida Lenz wrote, "…"'); not
    a noun spelt as such a verb after an article ('a claim [that] …')."""
    k = i
    while k > 0 and tokens[k - 1].lower in QUOTES | SINGLE_QUOTES | {",", "that"}:
        k -= 1
    if k > 1 and tokens[k - 2].lower in ARTICLES:
        return False  # "a claim [that] …": a noun, spelt as a verb of saying
    return k > 0 and (tokens[k - 1].text == ":" or tokens[k - 1].lower in verbs())


def embedded(
    tokens: list[Token], i: int, j: int, read: Callable[[list[Token], int, int], Range | None]
) -> Range | None:
    """The speaker of an attribution set inside the passage, when no cue leads into it and
    it is no quotation, as ``read`` reads it at a comma (:func:`aside_attribution`) or
    a relative word (:func:`relative_attribution`)."""
    if _cue_before(tokens, i) or _opens_quotation(tokens, i):
        return None
    quoted = False
    for n in range(max(i - 1, 0), j - 1):
        if tokens[n].text in QUOTES or (
            tokens[n].text in SINGLE_QUOTES and tokens[n + 1].text in SINGLE_QUOTES
        ):
            quoted = not quoted  # "[Biden "has a role, I think," …]": the words quoted
        found = None if quoted else read(tokens, n, j)
        if found is not None:
            return found
    return None


def aside_attribution(tokens: list[Token], n: int, j: int) -> Range | None:
    """'[the levy, Jo Bako argued in a memo, will fail]', '[…, as Ida Lenz points out,
    …]': after the comma at ``tokens[n]``, a subject, a verb of saying or stance, and a
    comma a few words after it."""
    if tokens[n].text != ",":
        return None
    k = n + 1
    if k + 2 < j and opens_according_to(tokens, k):
        found = according_phrase(tokens, k + 2)  # "[…, according to the Sun, …]"
        return (
            found if found is not None and found[1] < j and tokens[found[1]].text == "," else None
        )
    if k < j and tokens[k].lower == "as":
        k += 1
    if k + 1 < j and _is_one_name(tokens, k, k + 1):
        found: Range | None = (k, k + 1)  # "[…, May wrote, …]"
    elif k >= j or opens_no_subject(tokens[k]) or tokens[k].lower in CLAUSE_BREAKS:
        return None  # "[that, in her own view, …]", "[…, which backed it, …]"
    else:
        found = subject_at(tokens, k, j)
    if found is None or found[1] >= j or tokens[found[1]].lower not in verbs():
        return None
    tail = found[1] + 1
    rest = tokens[tail : min(j, found[1] + _ASIDE_TAIL)]
    comma = next((n for n, t in enumerate(rest) if t.text in {",", ";"}), None)
    if comma is None or any(
        t.lower in verbs() and tokens[tail + n - 1].lower not in DETERMINERS
        for n, t in enumerate(rest[:comma])
    ):
        return None  # "[…, Jo Bako said it was …]"; not "said in a tweet,"
    return found


def aside_in_clause(tokens: list[Token], i: int, j: int) -> Range | None:
    """'and [the toll, Jo Bako said, is too high]', '- [a levy, the mayor noted, that …]':
    an attribution between commas inside a passage that opens a clause of its own (after a
    conjunction, a dash, a colon or nothing), which no clause leads into."""
    if i > 0 and tokens[i - 1].lower not in COORDINATORS | DASHES | {":", ";", "."}:
        return None
    return embedded(tokens, i, j, aside_attribution)


def gapped_near_head(tokens: list[Token], i: int, j: int) -> Range | None:
    """A gapped attribution (:func:`_gapped_attribution`) in a relative clause of the noun
    that opens the passage, a few words into it, no verb before it ('[a deadline that three
    aides said went …]'; not '[to block a plan that they say is …]', whose verb's
    subject speaks)."""
    found = embedded(tokens, i, j, _gapped_attribution)
    if found is None or found[0] - i > _HEAD:
        return None
    return None if any(is_verb(t, True) for t in tokens[i : found[0] - 1]) else found


def _gapped_attribution(tokens: list[Token], r: int, j: int) -> Range | None:
    """'[a deadline that three aides said went unnoticed]', '[what several pilots said was
    a warning …]': a relative clause whose verb of saying or stance is followed at once by an
    auxiliary, the verb of the clause it reports; read before the clause leading into the
    passage."""
    if tokens[r].lower in _CLAUSE_RELATIVES:
        return _reported_clause(tokens, r, j)
    found = relative_attribution(tokens, r, j) or _contact_attribution(tokens, r, j)
    if found is None:
        return None
    verb = found[1]
    while verb < j - 1 and _in_verb_group(tokens[verb]):
        verb += 1  # "[a rule that most clerks still think is fair]"
    if verb + 1 >= j or not _reports_a_clause(tokens[verb]):
        return None
    return found if _is_finite_verb_here(tokens[verb + 1]) else None


def _reported_clause(tokens: list[Token], r: int, j: int) -> Range | None:
    """'[where growers say the levy hurts]', '[than her clerks say she earned]': after one of
    ``clause_relatives``, a subject and a verb of saying that reports the clause after it,
    which opens with a pronoun, a determiner or 'that'; no verb of asking or telling."""
    found = subject_at(tokens, r + 1, j)
    if found is None or found[1] + 1 >= j or not _reports_a_clause(tokens[found[1]]):
        return None
    verb, first = tokens[found[1]], tokens[found[1] + 1]
    if verb.lower in _ADDRESSED | ASKING or not _may_be_a_subject(tokens, *found):
        return None  # "[where Jo Bako asked Ida Lenz to …]"
    return found if first.lower in PRONOUNS | DETERMINERS | {"that"} else None


def _contact_attribution(tokens: list[Token], r: int, j: int) -> Range | None:
    """'[failings it said are …]', '[meddling the congressman said is …]': a subject and a
    verb of saying right after a noun, with no relative word (a contact clause)."""
    if r == 0 or not tokens[r - 1].text[0].isalnum() or not _opens_a_relative_subject(tokens[r]):
        return None
    if is_verb(tokens[r - 1], True) or tokens[r - 1].lower in NOT_SUBJECTS | PREPOSITIONS:
        return None
    found = subject_at(tokens, r, j)
    if found is None or found[0] != r or found[1] >= j or tokens[found[1]].lower not in verbs():
        return None
    return found if _may_be_a_subject(tokens, *found) else None


def _is_finite_verb_here(token: Token) -> bool:
    """Whether ``token`` is the finite verb of a clause whose subject is missing: an
    auxiliary ('is', 'had') or a verb in the past ('went', 'allowed')."""
    word = token.lower
    return word in _FINITE_AUXILIARIES | IRREGULAR_PASTS or _is_past(token)


def _reports_a_clause(token: Token) -> bool:
    """Whether a verb reports a clause ('said', 'hopes', 'predicts'), not a thing ('the
    records that Jo Bako questioned are …')."""
    return token.lower in lexicon().saying | _OPINION | _VERBS_AFTER


def relative_attribution(tokens: list[Token], r: int, j: int) -> Range | None:
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
    if tokens[verb].lower not in verbs() or tokens[found[0]].lower in _RELATIVE_OPENERS:
        return None
    if tokens[r].lower == "that":
        after = tokens[verb + 1] if verb + 1 < len(tokens) else None
        if after is None or not (after.lower in AUXILIARIES or _is_finite_verb_here(after)):
            return None  # "[that Jo Bako wants a recount]": the content, not its source
    return found


def relative_opening(tokens: list[Token], i: int, j: int) -> Range | None:
    """'[which the council says is final]', '[where local leaders say the levy …]': a
    passage that opens with a relative word whose clause holds its own attribution (read
    by :func:`relative_attribution`) before the clause that leads into it."""
    if i >= j or tokens[i].lower == "that" or _cue_before(tokens, i):
        return None  # "[that the council left]": the content of a verb before it
    if tokens[i].lower == "what" and _verb_leads_in(tokens, i):
        return None  # "Jo Bako mocked [what the council calls a plan]": Jo Bako's view
    if i + 1 < j and tokens[i].lower in NOT_SUBJECTS | PREPOSITIONS:
        i += 1  # "[in which the council claims …]"
    return relative_attribution(tokens, i, j)


def _verb_leads_in(tokens: list[Token], i: int) -> bool:
    """Whether a verb leads into the passage at ``tokens[i]``, as its object: among the
    few words before it, back to a mark or a preposition ('mocked', 'asked the mayor',
    'to judge', 'angered by'; not 'a gap between', 'started in')."""
    for n in range(i - 1, max(i - _LEAD_IN, 0) - 1, -1):
        token = tokens[n]
        if token.lower == "by":
            return True  # "angered by [what …]": the agent of a passive
        if not token.text[0].isalnum() or token.lower in NOT_SUBJECTS | PREPOSITIONS:
            return False
        if is_verb(token, True) or is_participle(token) or token.lower.endswith("ed"):
            return True
        if n > 0 and tokens[n - 1].lower == "to":
            return True  # "to denounce [what …]"
    return False


def _closes_quotation(tokens: list[Token], k: int) -> bool:
    """Whether the marks ending at ``tokens[k]`` close a quotation that ends with a
    punctuation mark, written against it ('…,"', '…?”', "…,''"); not an opening mark
    ('… said. "We'), nor an apostrophe ("…, 'cause")."""
    marks = QUOTES | SINGLE_QUOTES
    double = tokens[k].text in QUOTES or (k > 0 and tokens[k - 1].text in SINGLE_QUOTES)
    if tokens[k].text not in marks or not double:
        return False
    while k > 0 and tokens[k].text in marks and tokens[k - 1].end == tokens[k].start:
        k -= 1
    return tokens[k].text in _QUOTE_ENDS - marks


def inside(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """A passage holding its own attribution: '"…," he said. "…"', '"…," said Jo Bako.
    "…"', '"…," Jo Bako, the mayor, said in an interview. "…"'; not a verb inside its
    quotation marks ('"… and say, \'Go,\' " said Jo Bako')."""
    quoted = False
    for n in range(i, j):
        if tokens[n].text in QUOTES:  # a passage may begin inside its quotation
            quoted = False if _closes_quotation(tokens, n) else not quoted
        if n > i and not quoted and tokens[n].lower in lexicon().saying:
            found = _speaker_after_verb(tokens, n, j) or _speaker_after_quote(tokens, n, i)
            if found is not None:
                return found
    return None


def _speaker_after_quote(tokens: list[Token], v: int, floor: int) -> tuple[int, int] | None:
    """'"…," Jo Bako, the mayor, said': the subject between a closing quotation mark and
    the verb; else the subject after the last comma or full stop before the verb."""
    for k in range(v - 1, max(floor, v - _QUOTE_REACH) - 1, -1):
        if tokens[k].text in QUOTES | SINGLE_QUOTES:
            mark = k - 1 if _is_double_apostrophe_end(tokens, k) else k
            if mark == 0 or tokens[mark - 1].text not in _QUOTE_ENDS:
                return None  # an opening mark, or "''…'' each form, he said": not the subject
            begin = k + 1
            while begin < v and tokens[begin].text in {",", "-", "—"}:
                begin += 1
            if _is_one_name(tokens, begin, v):
                return begin, v  # '"…," From said'
            if begin == v or opens_no_subject(tokens[begin]) or tokens[begin].lower in PARTICLES:
                return None  # '"…" in the primary, said Jo Bako'
            return subject_at(tokens, begin, v)
    if tokens[v - 1].text in {",", '"', "”"}:
        return None
    return _before_verb(tokens, v, floor)


def _is_one_name(tokens: list[Token], k: int, v: int) -> bool:
    """Whether the one word before the verb of saying ``tokens[v]`` is capitalised, a name
    even when spelt like a function word ('"…," May said', '[…, From wrote, …]')."""
    return k + 1 == v and tokens[k].text[0].isupper() and tokens[v].lower in verbs()


def _is_double_apostrophe_end(tokens: list[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is the second of two apostrophes written as one quotation
    mark ("''")."""
    return (
        k > 0
        and tokens[k].text in SINGLE_QUOTES
        and tokens[k - 1].text in SINGLE_QUOTES
        and tokens[k - 1].end == tokens[k].start
    )


def _speaker_after_verb(tokens: list[Token], v: int, j: int) -> tuple[int, int] | None:
    """'"…," said Jo Bako': the subject after the verb, not a phrase ('said in a call')."""
    if tokens[v - 1].text not in {",", '"', "”"} | SINGLE_QUOTES:
        return None
    if v + 1 < j and (opens_no_subject(tokens[v + 1]) or tokens[v + 1].lower in PARTICLES):
        return None  # "said of the plan": its subject is before it
    return subject_at(tokens, v + 1, j)


def _before_verb(tokens: list[Token], v: int, floor: int) -> tuple[int, int] | None:
    """The subject of the clause that ends at the verb ``tokens[v]``; none when a
    subordinator opens that clause ('While not all Jo Bako says is new, Ada Moss said …':
    the main clause's verb comes later)."""
    k = v
    while k > floor and tokens[k - 1].text not in {",", '"', "”", "“", "."}:
        k -= 1
    if tokens[k].lower in SUBORDINATORS:
        return None
    return subject_at(tokens, k, v)
