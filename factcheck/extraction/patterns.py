"""The patterns of the check-worthiness rules (scoring.FEATURES), and how a sentence is
searched for them: once per sentence and pattern, and not at all where a set look-up
of its words shows the pattern cannot match (`TRIGGERS`)."""

from __future__ import annotations

import re

from factcheck.extraction.lexicon import per_text, word_set

# --- what makes a sentence checkable ---------------------------------------------

# A number that is not a bare year: 40,000  3.5  52-48  10%. Years count as dates.
# A time of day ("9am", "5 p.m.") is a schedule, not a statistic.
NUMBER = re.compile(
    r"(?<![\w.:])(?!(?:1[89]|20)\d\d(?!\d|[.,]\d|%))\d[\d,.]*(?![\d,.]*\s?[ap]\.?m\b)(?![\d,.]*:\d\d)"
)
# Patterns searched in the lowercased sentence (`_lowered`) have no re.I: a
# case-insensitive search costs about twice as much, and these run on every sentence.
STATISTIC_WORDS = re.compile(r"%|\bper ?cent\b|[$€£¥]|\b(?:dollars|euros|pounds)\b")

# Quantities written in words: "thousands of people", "in large numbers", "half".
QUANTITY_WORDS = re.compile(
    r"""\b(?:
        hundreds? | thousands? | millions? | billions? | trillions? | dozens? | scores\ of
        | half | twice | thrice | double[ds]? | triple[ds]? | quadrupled | halved
        | majority | minority | large\ numbers | a\ third | two-thirds
        | two | three | four | five | six | seven | eight | nine | ten | eleven | twelve
        | twenty | thirty | forty | fifty | sixty | seventy | eighty | ninety
    )\b""",
    re.X,
)

# Comparisons and changes: "more … than", "the largest", "rose by", "doubled".
COMPARISON = re.compile(
    r"""\b(?:
        (?<!rather\ )(?<!other\ )than
        | as\ (?:many|much|few|little|high|low|large|big)\ as
        | compared\ (?:with|to) | record
        | (?:the|its|their|our|his|her)\ (?!(?:best|greatest|worst|finest|proudest)\b)
          (?:most|least|\w+est)                                    # not praise or blame
        | since\ records\ began
        | increased | decreased | rose | risen | fell | fallen | grew | grown | dropped
        | declined(?!\ to) | doubled | tripled | halved | jumped | soared | surged | plunged
    )\b""",
    re.X,
)

# A date or time that pins the claim down: 2012, Friday, March, "two days ago".
# "May" is a month only after a preposition: otherwise a verb or Theresa May.
TIME_REFERENCE = re.compile(
    r"""\b(?:
        (?:1[89]|20)\d\d | ago | yesterday | since | last\ (?:week|month|year|night|decade|weekend)
        | this\ (?:week|month|year) | in\ the\ (?:last|past)
        | (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day
        | January | February | March | April | June | July | August | September | October
        | November | December | (?:in|on|since|until|by|early|late|mid-?)\ May
    )\b""",
    re.X,
)

# A verb in the past tense or the present perfect: something happened. The reporting
# verb itself ("he added") is not the event.
PAST_FORMS = word_set(
    """
    was were had did made took gave went came saw found got lost won paid spent
    left built sold bought brought led met ran rose fell grew cut
    became began broke chose fought knew sent stood struck shot
    fled hit withdrew drew threw flew drove rode wore tore froze hid
    held kept dealt sought taught caught laid sank rang swore stole
    shook understood ate fed meant lent dug hung stuck spun overcame
    undertook overtook
    """
)


def by_first_letter(words: frozenset[str]) -> str:
    """An alternation of `words` grouped by their first letter ("c(?:ame|ut)|d(?:id)"):
    the engine tries every alternative in turn at each word of a sentence, and a flat
    list of eighty words costs twice as much as this. (Only for whole words between
    `\b`s, where the order of the alternatives cannot change what matches.)"""
    rests: dict[str, list[str]] = {}
    for word in sorted(words):
        rests.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in rests.items())


PAST_EVENT = re.compile(
    rf"\b(?:(?:has|have)\ (?:been|\w+en)|[a-z]{{2,}}(?<!e)ed|{by_first_letter(PAST_FORMS)})\b"
)

# --- what makes a sentence uncheckable -------------------------------------------

OPINION = re.compile(
    r"""
    \bI\ (?:think|believe|feel|guess|suppose|reckon|hope|wish|want)\b
    | \bin\ my\ (?:view|opinion)\b | \b(?:frankly|honestly)\b
    | \b(?:should|must|ought\ to|needs?\ to|ha(?:ve|s)\ to|had\ better)\b
    | \b(?:great|terrible|wonderful|awful|horrible|ridiculous|disgrace(?:ful)?|shameful
         |outrageous|amazing|fantastic|tremendous|incredible|beautiful|unacceptable
         |disastrous|stupid|pathetic|nasty|shocking|appalling|disgusting|sad|wrong|unfair
         |good|bad|proud|hopeful|confident|thrilled|delighted|pleased|glad|happy
         |disappointed|deserves?|honou?r(?:ed)?|privilege)\b
    | \bthe\ right\ (?:decision|thing|choice|call)\b | \bfeels?\ like\b
    | \b(?:I|we)\ (?:don['’]t|do\ not)\ think\b | \bstand\ by\b | \bcan(?:not|['’]t)\ afford\b
    """,
    re.X,
)

# Appeals and demands report a wish, not a fact: "called on Russia to implement".
APPEAL = re.compile(r"\b(?<!to )(?:call(?:s|ed)? (?:on|for)|urge[sd]?|appeal(?:s|ed)? to)\b")

# The speaker's own intention ("we will", "I'm going to") or someone's plan
# ("plans to", "is set to").
FUTURE_INTENTION = re.compile(
    r"""
    \b(?:I|we|We)(?:\ \w+ly)?(?:['’]ll|\ will|\ shall|\ am\ going\ to|['’]m\ going\ to
        |\ are\ going\ to|['’]re\ going\ to|\ plan\ to|\ intend\ to|\ hope\ to|\ want\ to
        |\ aim\ to|\ promise\ to|\ would\ like\ to)\b
    | \b(?:plans?|planning|intends?|intending|aims?|expects?|expected)\ to\b
    | \b(?:is|are)\ (?:set|due|likely|unlikely)\ to\b
    """,
    re.X,
)
# "would" is the future seen from the past ("said the bridge would reopen"); "would
# have" is a counterfactual, left to other features.
FUTURE_TENSE = re.compile(r"\b(?:will|won['’]t|shall|going to|would(?!\s+have\b))\b|['’]ll\b")

# A future that someone already committed to ("they confirmed they will support") is a
# reported commitment, which can be checked; a future that was merely said ("officials
# said the bridge would reopen") is still a forecast.
REPORTED = re.compile(
    r"\b(?:confirmed|announced|agreed|promised|pledged|vowed|declared|indicated|signed"
    r"|committed)\b"
)

HEDGE = re.compile(r"\b(?:might|could|may|perhaps|maybe|possibly|probably|seems?|appears? to)\b")
HYPOTHETICAL = re.compile(r"^\W*(?:(?:but|and|so)\s+)?(?:if|unless|suppose|imagine)\b", re.I)
COURTESY = re.compile(
    r"\b(?:thank you|thanks|good (?:morning|afternoon|evening|night)"
    r"|ladies and gentlemen|welcome|congratulations|applause|laughter)\b",
)
# Lines that run the event or the page rather than state anything: a debate's
# moderation, a newsroom's notes, a press release's logistics.
PROCEDURAL = re.compile(
    r"""\b(?:
        declined\ to\ comment | did\ not\ (?:immediately\ )?respond | could\ not\ be\ reached
        | (?:additional\ )?reporting\ by | editing\ by | (?:story|article)\ has\ been\ updated
        | for\ more\ information | please\ contact | take[s]?\ place\ at
        | minutes?\ to\ (?:respond|answer) | next\ (?:question|topic) | move\ on\ to
        | (?:hold|save)\ your\ applause
    )\b""",
    re.X,
)
# A newsroom's notes and credits around a story, never a claim: "(Additional
# reporting by …)", "Editor’s note:", "Photo: Getty Images", "contributed to this report".
BOILERPLATE = re.compile(
    r"""\b(?:
        (?:additional\ )?reporting\ by | (?:writing|editing)\ by | editor['’]s\ note
        | contributed\ (?:to\ )?(?:this|the)\ (?:report|story|article)
        | (?:photo|image|picture|photograph|video)(?:\ credit)?:
        | getty\ images | (?:ap|afp|reuters)\ photo | all\ rights\ reserved | copyright\ ©?
        | follow\ (?:us|him|her|them)\ on | sign\ up\ for | click\ here | read\ more:
        | (?:this|the)\ (?:story|article)\ (?:has\ been|was)\ (?:updated|corrected)
        | is\ an?\ (?:staff\ writer|reporter|correspondent|contributor)\ (?:for|at|with)
    )""",
    re.X,
)

# Most sentences match none of the word patterns, and a regex tries every position of
# the sentence; a set look-up is far cheaper. Each pattern here can match only where
# the lowercased sentence has at least one of its trigger words as a whole run of word
# characters (every alternative of the pattern holds one of them, bounded), so a
# sentence without any is not searched. tests/extraction/test_triggers.py checks this.
TRIGGERS: dict[re.Pattern[str], frozenset[str]] = {
    OPINION: word_set(
        """
        i my frankly honestly should must ought need needs have has had
        great terrible wonderful awful horrible ridiculous disgrace disgraceful shameful
        outrageous amazing fantastic tremendous incredible beautiful unacceptable
        disastrous stupid pathetic nasty shocking appalling disgusting sad wrong unfair
        good bad proud hopeful confident thrilled delighted pleased glad happy
        disappointed deserve deserves honor honour honored honoured privilege
        right feel feels think stand afford
        """
    ),
    FUTURE_INTENTION: word_set(
        """
        i we plan plans planning intend intends intending aim aims expect expects expected
        set due likely unlikely
        """
    ),
    FUTURE_TENSE: word_set("will won shall going would ll"),
    APPEAL: word_set("call calls called urge urges urged appeal appeals appealed"),
    HEDGE: word_set("might could may perhaps maybe possibly probably seem seems appear appears"),
    COURTESY: word_set("thank thanks good ladies welcome congratulations applause laughter"),
    PROCEDURAL: word_set(
        """
        declined did could reporting editing story article information please place minute
        minutes next move applause
        """
    ),
    BOILERPLATE: word_set(
        """
        reporting writing editing editor contributed photo image picture photograph video
        getty ap afp reuters rights copyright follow sign click read story article writer
        reporter correspondent contributor
        """
    ),
    COMPARISON: word_set(
        """
        than many much few little high low large big compared record most least records
        increased decreased rose risen fell fallen grew grown dropped declined doubled
        tripled halved jumped soared surged plunged
        """
    ),
    TIME_REFERENCE: word_set(
        """
        ago yesterday since last week month year past may
        monday tuesday wednesday thursday friday saturday sunday
        january february march april june july august september october november december
        """
    ),
    QUANTITY_WORDS: word_set(
        """
        hundred hundreds thousand thousands million millions billion billions trillion
        trillions dozen dozens scores half twice thrice double doubled doubles triple
        tripled triples quadrupled halved majority minority numbers third
        two three four five six seven eight nine ten eleven twelve
        twenty thirty forty fifty sixty seventy eighty ninety
        """
    ),
}
# What no list of words can hold: a pattern of TRIGGERS may match also where this
# search of the lowercased sentence finds something. Each starts with a literal or a
# class of characters, which the regex engine scans for fast.
HINTS: dict[re.Pattern[str], re.Pattern[str]] = {
    COMPARISON: re.compile(r"est\b"),  # a superlative: "the largest"
    TIME_REFERENCE: re.compile(r"(?:1[89]|20)\d\d"),  # a year
}
STATISTIC_TRIGGERS = word_set("per percent dollars euros pounds")
STATISTIC_SIGNS = "%$€£¥"
WORD_RUN = re.compile(r"\w+")


@per_text  # several patterns search the same sentence
def lowered(text: str) -> str:
    return text.lower()


@per_text
def word_runs(text: str) -> frozenset[str]:
    """The runs of word characters of the lowercased text: what `TRIGGERS` look up."""
    return _runs(lowered(text))


@per_text  # by the lowercased text: a sentence and its lowercase (searched too) share them
def _runs(lowercased: str) -> frozenset[str]:
    return frozenset(WORD_RUN.findall(lowercased))


# A compiled pattern is hashed afresh from its whole program at every look-up (2 µs for
# OPINION, more than most searches): the look-ups below go by the pattern's identity.
# TRIGGERS holds its patterns, so their identities stay theirs.
_TRIGGERS_BY_ID = {id(pattern): triggers for pattern, triggers in TRIGGERS.items()}
_HINTS_BY_ID = {id(pattern): hint for pattern, hint in HINTS.items()}


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only where `pattern` cannot match `text` (it lacks all its trigger words)."""
    triggers = _TRIGGERS_BY_ID.get(id(pattern))
    if triggers is None or not word_runs(text).isdisjoint(triggers):
        return True
    hint = _HINTS_BY_ID.get(id(pattern))
    return hint is not None and hint.search(lowered(text)) is not None


@per_text
def _searched(text: str) -> dict[int, tuple[re.Pattern[str], bool]]:
    """What `finds` found in `text` so far, by the identity of the pattern searched (kept
    with it, so that no other pattern takes that identity while it is remembered)."""
    return {}


def finds(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `pattern` matches `text`: searched once per text and pattern, since
    several features search the same sentence for the same pattern (the trigger words,
    cheaper than remembering, are looked up each time)."""
    if not may_match(pattern, text):
        return False
    searched = _searched(text)
    known = searched.get(id(pattern))
    if known is None:
        known = searched[id(pattern)] = (pattern, pattern.search(text) is not None)
    return known[1]
