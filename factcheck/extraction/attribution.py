"""Who made a statement: the claimant of a sentence.

A sentence names its source with a reporting verb outside its quotation marks:

- subject first: "Kerry said", "The United Nations has estimated", "The UN reports",
  "Kerry also said", "Josh Earnest, a White House spokesman, said";
- verb first, after a quotation: "“…,” said Turkish Prime Minister Ahmed Davutoglu",
  "“…,” said former Obama adviser David Axelrod";
- a relative clause: "…, backed by Tom Hale, who says …"; "As Hale put it, …", "Hale made
  clear that …", "Hale landed in trouble by saying …", "Hale issued a statement saying …";
- "according to the UN";
- common nouns opening their clause: "The charity said", "Aid workers estimate",
  "Doctors at the hospital said", "…, sources close to the talks suggested";
- a document stating its findings: "The report found", "The census shows";
- a speech act, which reports a statement of its subject: "Kerry called on Russia to …",
  "The mayor urged …", "promised to …", "vowed that …", "…, accusing Russia of …" (a plain
  act does not: "voted for", "declined to");
- a position, wish, plan or judgement its subject holds, and a statement made by an act
  ("Voters oppose the levy", "Wilson plans to …", "made the case for"; `positions`);
- a transcript's speaker label at the start of a paragraph: "OBAMA: We cut taxes."

Words inside quotation marks are what was said, never who said it: in “The Iranians
confirmed …,” the Iranians are not the speaker.

The raw phrase is then resolved against what the article said before by
`speakers.Speakers` (which also reads transcript speaker labels): titles are dropped
("Secretary of State Kerry" -> "Kerry"), a surname becomes the full name seen earlier
("Kerry" -> "John Kerry"), and "he said" means the last named speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.absolutes import subject_after_with
from factcheck.extraction.asides import opening_subject_across_aside
from factcheck.extraction.by_agents import PASSIVE_SPEECH_ACTS, read_by, speaker_only
from factcheck.extraction.colon_sources import (
    COLON_VERBS,
    name_before_quotation,
    owner_before_colon,
    verb_before_quotation,
)
from factcheck.extraction.cues import (
    BELIEF_CUES,
    CUE_WORDS,
    FINDING_VERBS,
    MAKING_CLEAR,
    PUTTING,
    REPORTING_CUES,
    SAYING_INFINITIVES,
)
from factcheck.extraction.examples import example_head
from factcheck.extraction.holders import believer, finder_before, subject_before
from factcheck.extraction.inversions import inverted_at_clause_end, inverted_tag_at_end, subject_after
from factcheck.extraction.lexicon import (
    TIME_NAMES,
    per_text,
    token_words,
    tokens,
    without_possessive,
    word_set,
)
from factcheck.extraction.main_clauses import main_clause_subject
from factcheck.extraction.not_speakers import names_no_speaker
from factcheck.extraction.nouns_from import speaker_of_noun
from factcheck.extraction.opening_participles import subject_after_opening_participle
from factcheck.extraction.openings import document_closing, document_opening, group_opening, people_opening
from factcheck.extraction.participle_cues import (
    OPENING_PARTICIPLES,
    PARTICIPLES,
    PROGRESSIVES,
    PROGRESSIVES_BEFORE_THAT,
)
from factcheck.extraction.positions import document_before, poll_after_in, poll_putting
from factcheck.extraction.quotes import find_quotes, opens_with_quote
from factcheck.extraction.shares import SHARE
from factcheck.extraction.sources_after import phrase_from
from factcheck.extraction.subjects import source_after_according_to, subject_across_asides
from factcheck.extraction.subordinates import main_clause, opens_the_clause
from factcheck.extraction.verb_groups import be_before, going_on_to, makes_clear, puts_it
from factcheck.extraction.verb_use import (
    PASSIVE_REPORTING,
    after_be,
    next_word,
    reports,
)
from factcheck.extraction.views import owner_of_view

if TYPE_CHECKING:
    import re


def attribution_phrase(sentence: str) -> str | None:
    """The words naming whoever the sentence attributes its statement to, as written."""
    found = _attribution_phrase(sentence)
    if not found or names_no_speaker(found, sentence):
        return None
    found = example_head(sentence, found) or found  # "critics like Huffman say": the critics
    return _poll_opening(sentence, found) or found


def _poll_opening(sentence: str, found: str) -> str | None:
    """The named poll opening the sentence, over a share of those it asked: "In a CNN/ORC
    poll released Monday, 31 percent of Republicans said …" is the poll's finding."""
    if not sentence.startswith("In ") or not SHARE.fullmatch(found):
        return None
    poll = poll_after_in(sentence, mask_quotes(sentence))
    return poll if poll and sentence.startswith(poll, 3) else None


def _attribution_phrase(sentence: str) -> str | None:
    masked = mask_quotes(sentence)
    clause = main_clause(sentence, masked)
    if clause and (found := _attribution_phrase(clause)) and opens_the_clause(clause, found):
        return found  # "While Olin pledged …, Hale insisted …": Hale
    if token_words(masked).isdisjoint(CUE_WORDS) and "according" not in masked.lower():
        words = tokens(masked)
        return (
            poll_after_in(sentence, masked)
            or poll_putting(sentence, masked)
            or name_before_quotation(sentence, words)
            or verb_before_quotation(sentence, words)
            or owner_before_colon(sentence, words)
            or owner_before_colon(sentence, words)
            or _tag_after_quotation(sentence, words)
            or owner_of_view(sentence, words)
            or speaker_of_noun(sentence, words)
        )
    words = tokens(masked)
    if reporter := (
        _reporter_at_end(sentence, words)
        or _according_to_at_end(sentence, words)
        or (len(token_words(masked) & CUE_WORDS) > 1 and inverted_tag_at_end(sentence, words))
    ):
        return reporter
    belief = stance = agent = None
    for index, token in enumerate(words):
        word = token.group()
        if word not in CUE_WORDS and word.lower() != "according":
            continue
        if (by := read_by(sentence, words, index)) is not None:
            agent = agent or by[0]  # "a practice criticized by Hale"
            if by[1]:
                continue  # "measures added by Republicans": not the measures
        found = None
        if word in BELIEF_CUES:
            # A belief only when nothing in the sentence is reported: in "Asked if he
            # thought so, Wilson said …" Wilson is the source.
            belief = belief or believer(sentence, words, index)
            if word not in REPORTING_CUES:
                continue
        if word == "Said" and index == 0:  # "Said Paul Renner, who owns the mill: …"
            found = phrase_from(sentence, words, 1)
        elif word in PASSIVE_REPORTING and next_word(words, index) == "by" and after_be(words, index):
            found = phrase_from(sentence, words, index + 2)  # "was first reported by Politico"
        elif word in PASSIVE_SPEECH_ACTS and next_word(words, index) == "by" and after_be(words, index):
            found = _whole_name_after_by(sentence, words, index + 2)  # "was accused by Hale of …"
        elif word in SAYING_INFINITIVES and (start := going_on_to(words, index)) is not None:
            found = subject_before(sentence, words, start)  # "Hale went on to say"
        elif reports(words, index):
            found = (
                opening_subject_across_aside(sentence, words, index)
                or inverted_at_clause_end(sentence, words, index)
                or subject_before(sentence, words, index)
                or subject_across_asides(sentence, words, index)
                or subject_after(sentence, words, index)
                or main_clause_subject(sentence, words, index)
                or document_opening(sentence, words, index, people=True)
                or group_opening(sentence, words, index)
                or people_opening(sentence, words, index)
            )
        elif word in OPENING_PARTICIPLES:
            found = subject_after_opening_participle(sentence, words, index)  # "Noting that …, Hale put"
        elif _going_on_now(words, index) and (be := be_before(words, index)):
            found = subject_before(sentence, words, be)
        elif word in PARTICIPLES:
            found = subject_after_with(sentence, words, index) or main_clause_subject(sentence, words, index)
        elif (word in PUTTING and puts_it(words, index)) or (
            word in MAKING_CLEAR and makes_clear(words, index)
        ):
            found = subject_before(sentence, words, index)
        elif word in FINDING_VERBS:
            found = (
                document_before(sentence, words, index)
                or finder_before(sentence, words, index)
                or document_opening(sentence, words, index)
                or document_closing(sentence, words, index)
            )
        elif word.lower() == "according" and index + 1 < len(words) and words[index + 1].group() == "to":
            found = phrase_from(sentence, words, index + 2)
            if not found or without_possessive(found) != found:  # "according to Axelrod's memoir"
                found = source_after_according_to(sentence, words, index + 2) or found
        if found and word in YIELDING_STANCES:
            stance = stance or found  # "Varga attacked Tom Hale, who says …": Hale's words
        elif found:
            return found
    return (
        stance
        or agent
        or belief
        or poll_after_in(sentence, masked)
        or poll_putting(sentence, masked)
        or name_before_quotation(sentence, words)
        or verb_before_quotation(sentence, words)
        or owner_before_colon(sentence, words)
        or _tag_after_quotation(sentence, words)
        or owner_of_view(sentence, words)  # "In Hale's view, …"
        or speaker_of_noun(sentence, words)  # "drew criticism from farm groups"
    )


def _whole_name_after_by(sentence: str, words: list[re.Match[str]], first: int) -> str | None:
    """The name after "by" when it is read whole: what follows it is no lowercase word but
    a preposition or a clause ("by Olin of …", "by the council that …"); not "by Fox
    Business moderator Gerard Baker", which the phrase reader cuts at "Business"."""
    found = speaker_only(phrase_from(sentence, words, first))  # not "the council for his work"
    if not found:
        return None
    end = sentence.find(found, words[first].start()) + len(found)
    rest = tokens(sentence[end:])
    after = rest[0].group() if rest else ""
    if after == "of":  # "accused by Olin of hiding …", not "by the head of the church"
        return found if len(rest) > 1 and rest[1].group().endswith("ing") else None
    return None if after.isalpha() and after.islower() and after not in AFTER_A_WHOLE_NAME else found


AFTER_A_WHOLE_NAME = word_set("for that on in over about to after at during last this as who which")


# A stance taken against someone, which a statement reported later in the sentence
# outranks: "Varga attacked Tom Hale, who says the levy would cost 300 jobs".
YIELDING_STANCES = word_set("attacked")


def _tag_after_quotation(sentence: str, words: list[re.Match[str]]) -> str | None:
    """The tag after a quotation that a comma closes, whatever its verb: "“…,” Hale barked",
    "“…,” beamed Grace Olin", "“…,” reads an editorial in the Eastport Courier" (a quotation
    closed by a comma goes on in its tag)."""
    index = 0
    while index < len(words) and words[index].group() == "\0":
        index += 1
    if not index or index + 1 >= len(words):
        return None
    if not sentence[: words[index - 1].end()].rstrip("\"'”’").endswith((",", "!", "?")):
        return None
    if _tag_verb(words[index].group()):
        return phrase_from(sentence, words, index + 1)  # "beamed Grace Olin"
    verb = next((i for i in range(index + 1, min(index + 6, len(words))) if words[i].group().islower()), None)
    if verb is None or not _tag_verb(words[verb].group()):
        return None
    found = subject_before(sentence, words, verb)
    return found if found and sentence.startswith(found, words[index].start()) else None


def _tag_verb(word: str) -> bool:
    """A verb of a quotation's tag: "barked", "beamed", "quips", "began"."""
    return (
        word.islower() and (word.endswith(("ed", "s")) or word in COLON_VERBS) and word not in TAG_NOT_VERBS
    )


TAG_NOT_VERBS = word_set("was is has as its his this us")


def _reporter_at_end(sentence: str, words: list[re.Match[str]]) -> str | None:
    """Who reports the whole sentence in a tag closing it: "In one email, Carter
    discussed …, the Times reported.", "“…,” CNN reported." (not Carter)."""
    last = len(words) - 1 if words and words[-1].group() != "." else len(words) - 2
    while last > 2 and words[last].group() not in REPORTED and _a_time(words[last].group()):
        last -= 1  # "…, the Times reported late Thursday.", "…, Politico reported in 2014."
    if last < 2 or words[last].group() not in REPORTED:
        return None
    found = subject_before(sentence, words, last)
    start = sentence.rfind(found, 0, words[last].start()) if found else -1
    return found if start > 0 and sentence[:start].rstrip().rstrip("\"'”’").endswith(",") else None


REPORTED = word_set("reported reports")


def _a_time(word: str) -> bool:
    """A word of a time closing a sentence: "late Thursday", "in 2014", "last week"."""
    return word.isdigit() or word.lower() in TIME_NAMES or word in TIME_WORDS


TIME_WORDS = word_set("on in late early last this earlier week month year night morning evening afternoon")


def _according_to_at_end(sentence: str, words: list[re.Match[str]]) -> str | None:
    """Who reports the whole sentence in "according to" closing it: "Campaign finance
    records show …, according to the Center for Responsive Politics.", "Most voters say
    …, according to a Quinnipiac poll released Monday." (not the records, the voters)."""
    if "according to" not in sentence:
        return None
    for index in range(len(words) - 3, 0, -1):
        if words[index].group() == "according" and words[index + 1].group() == "to":
            break
    else:
        return None
    if words[index - 1].group() != "," and not _closing_quotation_comma(sentence, words, index - 1):
        return None
    for found in (
        phrase_from(sentence, words, index + 2),
        source_after_according_to(sentence, words, index + 2),
    ):
        if found and _to_the_end(sentence, found, words[index + 1].end()):
            return found  # "the Roper Center"; "a poll by the Roper Center" past "a poll"
    return None


def _closing_quotation_comma(sentence: str, words: list[re.Match[str]], index: int) -> bool:
    """A quotation whose comma is inside its marks ends at `index`: "“…,” according to"."""
    return words[index].group() == "\0" and sentence[: words[index].end()].rstrip("\"'”’").endswith(",")


def _to_the_end(sentence: str, found: str, start: int) -> bool:
    """The source found after `start` closes the sentence, or an aside about it does."""
    end = sentence.find(found, start) + len(found)
    rest = tokens(sentence[end:])
    if len(rest) > 1 and rest[0].group() == "," and _aside_to_the_end(rest[1:]):
        return True  # "…, according to the SITE Intelligence Group, which monitors …"
    return not any(c.isalnum() for c in sentence[end:])


def _aside_to_the_end(rest: list[re.Match[str]]) -> bool:
    """What follows a source is an aside about it up to the sentence's end: "which monitors
    …", "a former aide", "R-Mass." (not a clause: "85 of the 154 …")."""
    first = rest[0].group()
    return first.lower() in {"which", "who", "a", "an", "the"} or (first[:1].isupper() and len(rest) <= 3)


def _going_on_now(words: list[re.Match[str]], index: int) -> bool:
    word = words[index].group()
    return word in PROGRESSIVES and (
        word not in PROGRESSIVES_BEFORE_THAT or next_word(words, index) == "that"
    )


def is_quotation_only(sentence: str) -> bool:
    """The sentence is one quotation, with nothing outside the marks."""
    return opens_with_quote(sentence) and not any(
        token.group()[0].isalnum() for token in tokens(mask_quotes(sentence))
    )


@per_text
def mask_quotes(sentence: str) -> str:
    """The sentence with every quotation (marks included) blanked out by NULs."""
    masked = list(sentence)
    for quote in find_quotes(sentence):
        masked[quote.outer_start : quote.outer_end] = "\0" * (quote.outer_end - quote.outer_start)
    return "".join(masked)
