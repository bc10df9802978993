"""Verbs of saying and judgement in their base form, which report only after a plural
subject: "Authorities blame militants for the blast", "Economists predict two more
rises", "Election scholars caution that …", "Critics call it a failure", "Rabbis vow to
boycott the speech". The lists of `cues` hold "blames", "blamed" and "blaming"; the base
form is as often a noun ("the blame", "a call for", "his promise") or an infinitive
("to blame", "will criticize"), so it counts only right after a plural noun, past an
adverb ("Critics also charge that …"). Read by `verb_use.reports`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.lexicon import is_common, word_set

if TYPE_CHECKING:
    import re

BASE_FORMS = word_set(
    """
    blame cite predict caution criticize criticise announce concede describe emphasize
    emphasise express highlight mock reject welcome wonder rebuke ridicule defend blast
    slam applaud praise condemn denounce decry dismiss dispute lament tout complain stress
    recall mention agree disagree counter charge call vow pledge promise demand threaten
    hail laud deride scoff joke boast brag speculate reiterate
    assail bemoan berate characterize characterise deem dub echo liken portray proclaim
    propose question retort assure object maintain observe
    """
)

# Base forms that report only before these words: a charge laid in words, not in court
# ("Critics charge that …", not "Police charge the swimmer with …"); a threat of what
# to do ("threaten to sue"), not "threaten the coast".
ONLY_BEFORE = {
    "charge": frozenset({"that"}),
    "counter": frozenset({"that", ":", "\0"}),
    "threaten": frozenset({"to"}),
    "maintain": frozenset({"that"}),
    "observe": frozenset({"that"}),
}
# Base forms that do not report before these: "agree to sell" (an intention), "call off
# the vote" (an act).
NOT_BEFORE = {
    "agree": frozenset({"to"}),
    "call": frozenset({"off", "up", "in", "back", "out"}),
}

DASHES = frozenset({"-", "—", "–"})

# Plurals without an "-s" that stand as a subject: "Police announce …".
PLURALS = word_set("police people women men children clergy")
# Words ending in "-s" that are no plural subject before a base form: "the arms
# call", "the jobs promise", "news"; and verbs that take a base form's noun ("Media
# shares blame", "Wilson heaps praise on Hale", "takes the blame").
NOT_PLURALS = word_set(
    """
    news rights arms jobs sales sports affairs politics economics series species
    shares heaps takes gets deserves draws earns wins receives puts lays places
    """
)
# Adverbs between a plural subject and its verb: "Critics also charge", "Democrats now
# blame", "Economists widely predict".
ADVERBS = word_set("also now still even often again increasingly generally")


def reports_after_plural(words: list[re.Match[str]], index: int) -> bool:
    """The base form at `index` reports: a plural noun stands right before it (past an
    adverb), and the word after it does not make it an act or an intention."""
    word = words[index].group()
    after = words[index + 1].group() if index + 1 < len(words) else ""
    if word in ONLY_BEFORE and after not in ONLY_BEFORE[word]:
        return False
    if after in NOT_BEFORE.get(word, ()) or after in DASHES:
        return False  # "Pollsters agree - Carl Bialik: “…”": a heading for the quotation after it
    before = index - 1
    while before >= 0 and _adverb(words[before].group()):
        before -= 1
    return before >= 0 and _plural_noun(words, before)


def _adverb(word: str) -> bool:
    return word in ADVERBS or (word.islower() and word.endswith("ly") and len(word) > 4)


def _plural_noun(words: list[re.Match[str]], index: int) -> bool:
    """A plural noun at `index`: "experts", "Democrats", "Police"; not a possessive
    ("critics'"), a word of the grammar ("this", "was"), nor a surname ending in "-s"
    after its first name ("Bernie Sanders")."""
    word = words[index].group()
    lowered = word.lower()
    if lowered in PLURALS:
        return True
    if (
        not word.isalpha()
        or not lowered.endswith("s")
        or lowered.endswith(("ss", "us", "is"))
        or lowered in NOT_PLURALS
        or is_common(word)
    ):
        return False
    if word.islower():
        return True
    # A capitalised plural opens its clause ("Critics charge …") or follows a lowercase
    # word or a name that qualifies it ("Senate Democrats", "GOP leaders"): not a
    # surname after a capitalised first name, which the caller cannot tell from a
    # qualifier, so only one opening the clause or after a determiner or an acronym.
    if index == 0:
        return True
    previous = words[index - 1].group()
    return not previous[:1].isalpha() or previous.islower() or previous.isupper() or previous in QUALIFIERS


# Capitalised words that qualify a group: "Senate Democrats", "House Republicans".
QUALIFIERS = word_set("Senate House Congressional Democratic Republican Conservative Liberal Muslim")
