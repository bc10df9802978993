"""Word lists shared by attribution and scoring.

They are plain lowercase sets so that a reviewer can read, extend and test them; every
comparison lowercases the word first. Lists used by one module only live in that module.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, ParamSpec, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated block, for readability."""
    return frozenset(words.split())


# A word token: letters or digits, with inner apostrophes, hyphens and periods
# ("O’Brien", "al-Assad", "U.S"), or a dotted abbreviation with its final period
# ("U.S.", "Mr.") so that "U.S. officials" stays one phrase. A word keeps inside it the
# marks of UTF-8 read as Latin-1 and combining accents ("PeÃ±a", "SarukhÃ\x83Â¡n", "PeA"
# with U+0303 then "±a"): a name stays whole. Anything else that is
# not whitespace is a one-character punctuation token. The first three kinds all start
# with one to four letters and a full stop: looked for only there, they cost most words
# one test instead of twenty.
TOKEN = re.compile(
    r"""
    (?=[A-Za-z]{1,4}\.)(?:
        (?:[A-Za-z]\.){2,}                               # U.S.  U.N.  e.g.
        | (?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|St|Jr|Sr)\.(?=\s)
        | [A-Z]\.(?=\s[A-Z])                            # a middle initial: Harry M. Reid
    )
    | [^\W_](?:[\w’'.\-\u0080-\u009f\u00a1-\u00bf\u0300-\u036f]*[^\W_])?  # words, numbers
    | [^\w\s]                                            # one punctuation mark
    """,
    re.VERBOSE,
)

# Capitalised words that are not names: sentence openers, pronouns, determiners.
# A capitalised token in this set neither counts as an entity nor starts a name.
# ("may" is missing on purpose: capitalised, it is a month or Theresa May.)
COMMON_WORDS = word_set(
    """
    a an the this that these those there here it its he she they we i you his her
    their our my your me him them us who whom whose what which when where why how
    and or but nor so yet if then than because although though while whereas unless
    after before since until as at by for from in into of on onto to with without
    about above across against along among around behind below beneath beside between
    beyond during except inside near off out outside over past through throughout
    toward towards under upon via within despite unlike like amid besides perhaps
    also again already always ever never not no yes now once only still even just
    all any both each either every few many more most much neither none some such
    one other another same
    nobody everybody everyone someone somebody anyone anybody nothing everything
    something anything let's let’s
    following meanwhile however moreover furthermore instead indeed overall thus
    therefore hence later earlier today yesterday tomorrow tonight
    mr mrs ms dr
    thank thanks please let well oh ok okay
    is are was were be been being am do does did have has had will would shall
    should can could might must
    """
)

# Words that form a person's title or office. A name phrase is cut after the last of
# them ("Turkish Prime Minister Ahmed Davutoglu" -> "Ahmed Davutoglu"), because the
# same person is later named without the title ("Davutoglu said").
TITLE_WORDS = word_set(
    """
    mr mrs ms miss dr prof professor rev sir dame lord lady pres
    president vice prime minister secretary state chancellor premier
    senator sen representative rep congressman congresswoman governor gov mayor
    ambassador envoy commissioner spokesman spokeswoman spokesperson press
    general gen admiral colonel col lieutenant lt sergeant sgt captain capt commander
    director chief chairman chairwoman chair ceo founder leader head deputy executive
    councillor councilman councilwoman officer manager coach editor
    king queen prince princess pope emperor sheikh
    judge justice attorney prosecutor foreign defence defense interior finance
    """
)

# Words that make a capitalised phrase an organisation or a place, never a person:
# "White House", "United Nations", "State Department".
ORG_WORDS = word_set(
    """
    house nations nation union council committee commission ministry department
    office agency bureau government administration parliament congress senate assembly
    party army military navy force forces police court university college institute
    school hospital bank fund company corporation group association federation
    organisation organization network times news post journal press service services
    foundation center centre church states kingdom republic city county province
    """
)

# Lowercase nouns that can be the source of a statement ("officials said",
# "a spokesman for the ministry said", "the report estimates").
SOURCE_NOUNS = word_set(
    """
    official officials spokesman spokeswoman spokesperson spokespeople source sources
    analyst analysts expert experts researcher researchers scientist scientists
    economist economists witness witnesses resident residents doctor doctors
    police authorities government ministry report study survey poll data figures
    statement investigators prosecutors lawyers critics activists aides diplomats
    observers monitors group agency officers correspondent correspondents
    """
)

# Days and months mark a time, not an entity, and never belong to a name ("On Friday
# John Kerry said"). May, April, June and August are also given names, so they stay.
TIME_NAMES = word_set(
    """
    monday tuesday wednesday thursday friday saturday sunday
    january february march july september october november december
    jan feb mar jul sep sept oct nov dec
    """
)

# Lowercase particles inside a name: "Bashar al-Assad", "Ursula von der Leyen".
NAME_PARTICLES = word_set("al el bin ibn de del der da di du la le van von")

PERSON_PRONOUNS = frozenset({"he", "she"})
# "It said" is an organisation speaking again ("The ministry said …. It added …").
GROUP_PRONOUNS = frozenset({"they", "it"})


P = ParamSpec("P")
R = TypeVar("R")

# Texts an extraction reads, remembered for its length: a sentence is tokenised, its
# quotations and name runs found, once, however many features ask. Enough for a long
# article's sentences and phrases; the oldest are dropped first beyond that.
PER_TEXT_CACHE_SIZE = 8192
_per_text_caches: list[Callable[[], None]] = []


def per_text(function: Callable[P, R]) -> Callable[P, R]:
    """`function` of a text (or of a scored sentence), computed once per text within one
    extraction (see `forget_texts`). What it returns is shared: callers must not change it."""
    cached = lru_cache(maxsize=PER_TEXT_CACHE_SIZE)(function)
    _per_text_caches.append(cached.cache_clear)
    return cached  # type: ignore[return-value]  # lru_cache keeps the signature


def forget_texts() -> None:
    """Empty the per-text caches: each extraction starts afresh, so that extracting an
    article costs the same the first time and the thirtieth, and memory stays bounded."""
    for clear in _per_text_caches:
        clear()


@per_text
def tokens(text: str) -> list[re.Match[str]]:
    """Word and punctuation tokens of `text`, with their offsets."""
    return list(TOKEN.finditer(text))


@per_text
def token_words(text: str) -> frozenset[str]:
    """The distinct tokens of `text`, as written: for a quick look-up of cue words.
    (Read off `tokens`, which every text asked about is tokenised for anyway.)"""
    return frozenset(map(re.Match.group, tokens(text)))


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_common(word: str) -> bool:
    return word.lower().rstrip(".") in COMMON_WORDS


# "Don’t", "I’m", "wouldn’t": never a source's name (`source_phrases`).
CONTRACTION = re.compile(r"(?:n['’]t|['’](?:m|re|ve|ll|d))$")


@lru_cache(maxsize=65536)
def is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a name: not "The", "It", "Friday".
    (Cached: an article asks about the same few hundred words again and again.)"""
    lowered = without_possessive(word).lower().rstrip(".")
    prefix, _, rest = word.partition("-")
    if prefix in NAME_PARTICLES and is_capitalised(rest):
        return True  # "al-Assad"
    if word.isupper() and len(lowered) >= 2:
        return True  # an acronym, even one spelt like a common word: "US", "WHO"
    if len(word) == 2 and word[1] == "." and word[0].isupper():
        return True  # an initial, even one spelt like a word: "Julie A. Diaz"
    return is_capitalised(word) and lowered not in COMMON_WORDS and lowered not in TIME_NAMES and word != "I"


@per_text
def name_runs(text: str) -> list[list[re.Match[str]]]:
    """Runs of name words, as tokens: "US Secretary of State John Kerry", "Moscow".

    "of" and name particles join name words ("Secretary of State", "Bashar al-Assad")
    but never start or end a run.
    """
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    pending: list[re.Match[str]] = []  # joiners seen since the last name word
    for token in tokens(text):
        word = token.group()
        if is_name_word(word):
            current.extend(pending)
            current.append(token)
            pending = []
        elif current and (word == "of" or word in NAME_PARTICLES):
            pending.append(token)
        else:
            if current:
                runs.append(current)
            current, pending = [], []
    if current:
        runs.append(current)
    return runs


def without_possessive(word: str) -> str:
    """ "Kerry’s" -> "Kerry", "That's" -> "That": the same name, or the same word."""
    return word[:-2] if word.endswith(("’s", "'s")) else word


def starts_sentence(text: str, token: re.Match[str]) -> bool:
    """The token opens the sentence or a quotation, where every word is capitalised."""
    before = text[: token.start()].rstrip()
    return not any(char.isalnum() for char in before) or before.endswith(("“", '"', "‘"))


@per_text
def certain_names(text: str) -> frozenset[str]:
    """Name words whose capital letter is not just that of a sentence's first word.

    "Unemployment rose" says nothing, "Kerry said" says little; "Kerry" mid-sentence,
    "John Kerry" or an acronym such as "NATO" does. Use it across an article to learn
    which sentence-initial words are names.
    """
    names: set[str] = set()
    for run in name_runs(text):
        first = run[0]
        if len(run) > 1 or first.group().isupper() or not starts_sentence(text, first):
            names.update(without_possessive(token.group()) for token in run)
    return frozenset(names)
