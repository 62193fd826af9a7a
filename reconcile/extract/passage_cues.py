"""Where the cue of a passage stands and whose words name its speaker.

:func:`read_speaker` takes the token range of a passage (a quotation, a paraphrase, a
belief) in its sentence and tries, in the order of ``_READINGS``:

1. **cues that leave no doubt**, after or around the passage, unless a cue leads into it:
   a verb of saying that closes the sentence ("[…], critics say."), the clause after an
   opening participle ("Alarmed by [it], the mayor …"), a noun or adjective of stance
   after it ("[The plan] drew criticism from X", "unpopular with X", "[it] is a relief to
   X"), a relative clause after it ("[an offer] the council rebuffed") or in it ("[which
   X says is final]", "[a deadline that X said was missed]");
2. **cue before**: the subject of the clause that leads into the passage ("Critics argue
   [that …]", "Ana and Lev agreed [to meet]", "a new poll found [40% …]");
3. **cue after**: "[…], the mayor said", "[…]," said Jo Bako, "[…] was reported by X",
   '["…,"] the survey reads' (any verb after a quotation);
4. **cue inside**: a passage that holds its own attribution ('["It was calm," he said.]'),
   or a relative clause on the noun that opens it ('[the kind Jo Bako had described]').

The readers before the passage are in :mod:`.cue_before`, those after or inside it in
:mod:`.cue_after`, and the words and token tests they share in :mod:`.passage_words`.
The subject is read forward from the start of the clause
(:func:`.passage_words.subject_at`): a pronoun, a proper name, or a determiner and the
words up to the first verb (auxiliaries, the verbs of ``[speech]`` and ``stance`` in
``reconcile/data/sources.toml``, or a past form after a noun). Every reader returns a
token range, end excluded; :mod:`.spans` turns it into characters and resolves pronouns.
"""

from __future__ import annotations

from collections.abc import Callable

from reconcile.extract.cue_after import (
    according_to_after,
    after,
    agent_after,
    agent_around,
    agent_inside,
    agent_of_subject,
    aside_attribution,
    aside_in_clause,
    by_agent,
    clause_after_quotation,
    document_after,
    embedded,
    experiencer_after,
    gapped_near_head,
    holder_after,
    inside,
    label,
    listed_agent_inside,
    owner_after,
    participle_opener,
    quotation_inside,
    relative_after,
    relative_attribution,
    relative_inside,
    relative_opening,
    said_after,
    signature_after,
    stance_after,
    stance_relative_on_head,
)
from reconcile.extract.cue_before import before
from reconcile.extract.lexicon import (
    Token,
)
from reconcile.extract.passage_words import Range

# The readings of a passage's speaker, tried in order (each from the token range of the
# passage, ``tokens[i:j]``) until one finds it.
_READINGS: tuple[Callable[[list[Token], int, int], Range | None], ...] = (
    lambda tokens, i, j: according_to_after(tokens, j),  # "[…], according to the Sun"
    lambda tokens, i, j: label(tokens, i),  # after it: "Turnout: […], according to X"
    lambda tokens, i, j: by_agent(tokens, j, after_comma=False),  # "[…] was reported by X"
    agent_around,  # "[it] is called [a sham] by the growers"
    signature_after,  # '["…"] — Jo Bako'
    quotation_inside,  # '["…," Jo Bako, the mayor, told us. "…"]'
    said_after,  # "[…], the mayor said."
    participle_opener,  # "Alarmed by [the flood], the mayor said"
    stance_after,  # "[The plan] drew criticism from two unions"
    experiencer_after,  # "[The levy] angered the growers"
    holder_after,  # "[The delay] is a relief to the growers"
    owner_after,  # "[Ada Moss leads] among nurses"
    document_after,  # "[Jo Bako leads] in the latest Sun poll"
    relative_after,  # "[an offer] the council rebuffed"
    relative_opening,  # "[which the council says is final]"
    gapped_near_head,  # "[a deadline that three aides said went unnoticed]"
    stance_relative_on_head,  # "The toll rose amid [signs the council sees that …]"
    aside_in_clause,  # "and [the toll, Jo Bako said, is too high]"
    agent_of_subject,  # "But [Ada Moss] was backed by the guild"
    listed_agent_inside,  # "[a levy first reported by the Tide Gazette]"
    lambda tokens, i, j: before(tokens, i),
    lambda tokens, i, j: by_agent(tokens, j, after_comma=True),  # "X praised [it], backed by Y"
    lambda tokens, i, j: embedded(tokens, i, j, aside_attribution),  # "[it, Jo Bako said, …]"
    lambda tokens, i, j: after(tokens, j),
    clause_after_quotation,  # '["…,"] the suit reads.'
    lambda tokens, i, j: embedded(tokens, i, j, relative_attribution),  # "[what we want]"
    inside,
    relative_inside,  # "[a remark Jo Bako is now wielding against her]"
    agent_after,  # "[Ada Moss], meanwhile, is backed by the guild"
    agent_inside,  # "[Ada Moss has been criticized by two unions]"
)


def read_speaker(tokens: list[Token], i: int, j: int) -> Range | None:
    """The token range of the speaker of the passage ``tokens[i:j]``: the first of
    ``_READINGS`` that finds one, or None."""
    for read in _READINGS:
        found = read(tokens, i, j)
        if found is not None:
            return found
    return None
