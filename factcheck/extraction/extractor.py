"""The extraction pipeline: segment, attribute, score."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.extraction.antecedents import antecedent_in_sentence, learn_gender
from factcheck.extraction.attribution import attribution_phrase, is_quotation_only, mask_quotes
from factcheck.extraction.candidate import Candidate
from factcheck.extraction.cues import REPORTING_VERBS
from factcheck.extraction.grouping import group
from factcheck.extraction.lexicon import (
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    certain_names,
    forget_texts,
    tokens,
)
from factcheck.extraction.model import Model, shipped_model
from factcheck.extraction.quotes import Quote, find_quotes, opens_with_quote
from factcheck.extraction.scoring import Sentence, score
from factcheck.extraction.segmentation import Segment, segment
from factcheck.extraction.sign_offs import (
    posts_signed,
    quotations_signed_at_close,
    quotations_signed_off,
    signed_at_close,
    signed_by,
    signed_post,
)
from factcheck.extraction.speakers import Speakers, headline_speaker, speaker_label
from factcheck.extraction.subjects import opening_name

if TYPE_CHECKING:
    from collections.abc import Callable

    # Who a sentence the rules name no source for is said by, if anyone: (the sentences,
    # the index of this one, the claimant of the one before, the speakers so far) -> a
    # name, or None. None is shipped; `benchmarks/source_picker.py` measures a trained one.
    Fallback = Callable[[list[str], int, str | None, Speakers], str | None]


def extract(text: str) -> list[Candidate]:
    """Every sentence or quotation of `text` as a scored candidate, in text order; a point
    the article makes more than once is one candidate, its repeats are its `mentions`."""
    return extract_with(text, shipped_model())


def statements(text: str) -> list[Sentence]:
    """What is scored of each candidate of `text`: the model's input (for training)."""
    return [sentence for _, sentence, _ in _read(text)]


def extract_with(text: str, model: Model) -> list[Candidate]:
    """`extract`, scoring with `model`."""
    return group(_scored(text, model))


def _scored(text: str, model: Model) -> list[Candidate]:
    """Every segment of `text` as a scored candidate, repeats included."""
    candidates = []
    # An article repeats itself (the standfirst, a refrain, a quotation given twice): a
    # statement read the same way again is scored once.
    scores: dict[Sentence, tuple[float, tuple[str, ...]]] = {}
    for seg, statement, quote in _read(text):
        value, reasons = scores.get(statement) or scores.setdefault(statement, score(statement, model))
        candidates.append(
            Candidate(
                text=text[seg.start : seg.end],
                start=seg.start,
                end=seg.end,
                claimant=statement.claimant,
                quote=statement.quote,
                quote_start=seg.start + quote.inner_start if quote else None,
                quote_end=seg.start + quote.inner_end if quote else None,
                score=value,
                reasons=reasons,
            )
        )
    return candidates


def _read(text: str) -> list[tuple[Segment, Sentence, Quote | None]]:
    """Each segment of `text`, what of it is scored, and its main quotation."""
    forget_texts()  # what was read of the article before is no help with this one
    segments = segment(text)
    sentences = [text[s.start : s.end] for s in segments]
    claimants, sources = _claimants(segments, sentences)
    # Names the article capitalises mid-sentence are names where they open one too.
    known_names = frozenset().union(*(certain_names(sentence) for sentence in sentences))
    read: list[tuple[Segment, Sentence, Quote | None]] = []
    rows = zip(segments, sentences, claimants, sources, strict=True)
    for index, (seg, sentence, claimant, source) in enumerate(rows):
        quote = _main_quote(sentence)
        quote_text = sentence[quote.inner_start : quote.inner_end] if quote else None
        statement = sentence
        if _opens_paragraph(segments, index):
            statement = _without_speaker_label(sentence)
        if quote and claimant and _opens_with(statement, quote):
            statement = quote_text or statement
        read.append((seg, Sentence(statement, seg.layout, claimant, quote_text, known_names, source), quote))
    return read


def claimants_of(text: str, fallback: Fallback | None = None) -> tuple[list[Segment], list[str | None]]:
    """The segments of `text` and their claimants; `fallback` is asked about each body
    sentence whose source the rules cannot read (for measuring one: issue 14)."""
    forget_texts()
    segments = segment(text)
    return segments, _claimants(segments, [text[s.start : s.end] for s in segments], fallback)[0]


def _claimants(
    segments: list[Segment], sentences: list[str], fallback: Fallback | None = None
) -> tuple[list[str | None], list[str | None]]:
    """The claimant of each segment, reading the article in order, and the words of the
    segment that name its source ("he", "Secretary of State Kerry"), if any; where the
    rules name nobody, the name `fallback` gives, if any."""
    speakers = Speakers()
    claimants: list[str | None] = []
    sources: list[str | None] = []
    label_name: str | None = None
    open_quote_speaker: str | None = None  # who is speaking in a quotation left open
    block_speaker: str | None = None  # whose paragraph is quoted without quotation marks
    signers: dict[int, str] = {}  # paragraphs signing off the quotation before them: "- Tom Hale."
    closers: dict[int, str] = {}  # sentences signing the quotation they close: "…” ― Tom Hale"
    posters: dict[int, str] = {}  # posts signed: "… — Tom Hale (@tomhale) July 5, 2016"
    for index, (seg, sentence) in enumerate(zip(segments, sentences, strict=True)):
        opens_paragraph = _opens_paragraph(segments, index)
        if opens_paragraph:
            block_speaker = None
            label = speaker_label(sentence)
            label_name = label.name if label else None
            if index == 0 and label is None:
                label_name = headline_speaker(sentence)  # "Clinton camp: Trump’s …"
        claimant = phrase = None
        if seg.layout != "byline":  # the author's name is nobody's claim
            speakers.learn_names(sentence)
            learn_gender(sentence, speakers)
            phrase = attribution_phrase(sentence)
            if phrase is None and (subject := opening_name(sentence)):
                speakers.note_subject(subject)
            if label_name and phrase and phrase.lower() in PERSON_PRONOUNS | GROUP_PRONOUNS:
                phrase = None  # "Gingrich: Trump Must Decide If He Wants …": the label speaks
            if phrase in PERSON_PRONOUNS:  # "Tom Hale stood up when he said …"
                phrase = antecedent_in_sentence(sentence, phrase, speakers) or phrase
            named = phrase or label_name
            claimant = speakers.claimant(named) if named else None
            if opens_paragraph and index and (signer := signed_by(sentence)):
                signers[index] = speakers.claimant(signer) or signer
            if closer := signed_at_close(sentence):
                closers[index] = speakers.claimant(closer) or closer
            elif poster := signed_post(sentence):
                posters[index] = speakers.claimant(poster) or poster
        if claimant is None and not opens_paragraph:
            claimant = _continued_quotation(sentences, claimants, index)
        elif claimant is None and index and seg.layout == "body" and opens_with_quote(sentence):
            claimant = _quoted_paragraph(
                sentences[index - 1], claimants[index - 1], sentence, speakers, tagged=bool(sources[-1])
            )
        if claimant is None and phrase is None and opens_paragraph and index and seg.layout == "body":
            claimant = block_speaker = _quoted_block(sentences[index - 1], claimants[index - 1], sentence)
        elif claimant is None and phrase is None and not opens_paragraph:
            claimant = block_speaker
        if claimant is None and phrase is None and not opens_paragraph and index and seg.layout == "body":
            before = sentences[index - 1]
            claimant = _quoting_on(before, claimants[index - 1], sentence, tagged=bool(sources[-1]))
        goes_on = seg.layout == "body" and (not opens_paragraph or opens_with_quote(sentence))
        if claimant is None and goes_on:
            claimant = open_quote_speaker
        if fallback and claimant is None and phrase is None and seg.layout == "body":
            said_before = claimants[index - 1] if index else None
            picked = fallback(sentences, index, said_before, speakers)
            claimant = speakers.claimant(picked) if picked else None
        open_quote_speaker = _left_open_by(sentence, claimant, open_quote_speaker if goes_on else None)
        claimants.append(claimant)
        sources.append(phrase)
    claimants = quotations_signed_off(segments, sentences, claimants, signers)
    claimants = quotations_signed_at_close(segments, sentences, claimants, closers)
    claimants = posts_signed(segments, claimants, posters)
    return _quotations_attributed_later(segments, sentences, claimants, sources), sources


def _opens_paragraph(segments: list[Segment], index: int) -> bool:
    return index == 0 or segments[index - 1].paragraph != segments[index].paragraph


def _left_open_by(sentence: str, claimant: str | None, speaker: str | None) -> str | None:
    """Who is still speaking after `sentence`: its claimant when it leaves a quotation
    open (“We hired 40 teachers. The budget grew …), the speaker of a quotation left open
    before it until a closing mark; else nobody."""
    quotes = find_quotes(sentence)
    if quotes:
        return None if quotes[-1].closed else claimant
    return None if "”" in sentence else speaker


def _quoted_paragraph(
    before: str, claimant_before: str | None, sentence: str, speakers: Speakers, *, tagged: bool
) -> str | None:
    """A paragraph that opens with a quotation and names no speaker goes on with the
    paragraph before it when that one introduces it with a colon ("Cruz released a
    statement:"), reports its speaker without quoting them ("Carter said that …"), or
    ends on a quotation its speaker's tag closes (“We won,” Tom Hale said. / “It was a
    record.”; `tagged`: the sentence before names its source). Not after a question,
    nor a question: an interview's next speaker may be anyone."""
    if before.rstrip().endswith(":"):
        if claimant_before:
            return claimant_before
        name = opening_name(before)
        return speakers.claimant(name) if name else None
    if not is_quotation_only(sentence):
        return None
    quotes = find_quotes(before)
    if not quotes:
        return claimant_before
    last = quotes[-1]
    if (
        tagged
        and last.closed
        and not _asks(before[last.inner_start : last.inner_end])
        and not _asks(sentence)
    ):
        return claimant_before
    return None


def _quoted_block(before: str, claimant_before: str | None, sentence: str) -> str | None:
    """A paragraph quoted without quotation marks after a paragraph that ends by saying
    so with a verb of saying and a colon: "In a post, Hale wrote:" / "The levy is a
    mistake …" (not "Hale said the council weighs three things:", nor a post's markup)."""
    if claimant_before is None or not before.rstrip().endswith(":") or sentence.lstrip().startswith("<"):
        return None
    words = [w.group() for w in tokens(mask_quotes(before))]
    if len(words) < 3:
        return None
    verb = words[-2] if words[-2] != "that" else words[-3]
    return claimant_before if verb in REPORTING_VERBS else None


def _quoting_on(before: str, claimant_before: str | None, sentence: str, *, tagged: bool) -> str | None:
    """A sentence of the same paragraph that goes on quoting the speaker whose tag closed
    the sentence before, a few words of its own around a quotation that ends it: “We won,”
    Tom Hale said. / Now, “the budget is balanced.” / Unless the council objects, “the
    mill reopens in May.” (not a title, “The Long Road Home”; not a sentence with more to
    say of its own, which names its own subject)."""
    if not tagged or claimant_before is None:
        return None
    said_before = find_quotes(before)
    quotes = find_quotes(sentence)
    if not said_before or not said_before[-1].closed or not quotes:
        return None
    if any(c.isalnum() for c in sentence[quotes[-1].outer_end :]):
        return None
    if sum(w.group()[0].isalnum() for w in tokens(mask_quotes(sentence))) > MAX_WORDS_AROUND:
        return None
    quoted = sentence[quotes[-1].inner_start : quotes[-1].inner_end].split()
    if len(quoted) < MIN_QUOTED_WORDS or 2 * sum(w[:1].isupper() for w in quoted) > len(quoted):
        return None
    return claimant_before


MIN_QUOTED_WORDS = 4
MAX_WORDS_AROUND = 7  # "Unless further rivals immediately quit the race, “…”"


def _asks(quotation: str) -> bool:
    return quotation.rstrip().rstrip("\"'”’").endswith("?")


def _continued_quotation(sentences: list[str], claimants: list[str | None], index: int) -> str | None:
    """A quotation on its own goes on with what its paragraph attributed before it:
    “Russia is prepared,” Kerry said. “Iran will support a ceasefire.”"""
    if is_quotation_only(sentences[index]):
        return claimants[index - 1]
    return None


def _quotations_attributed_later(
    segments: list[Segment], sentences: list[str], claimants: list[str | None], sources: list[str | None]
) -> list[str | None]:
    """A quotation on its own whose speaker is named at the next quotation in the
    paragraph, as in a line “We won.” followed by “By a mile,” she said, or right at
    the start of the next sentence: “Who knows?” Trump told the BBC."""
    resolved = list(claimants)
    for index in range(len(segments) - 2, -1, -1):
        if resolved[index] is not None or _opens_paragraph(segments, index + 1):
            continue
        following = sentences[index + 1]
        next_opens_quote = opens_with_quote(following)
        source = sources[index + 1]
        names_speaker_first = source is not None and following.lstrip().startswith(source)
        if is_quotation_only(sentences[index]) and (next_opens_quote or names_speaker_first):
            resolved[index] = resolved[index + 1]
    return resolved


def _without_speaker_label(sentence: str) -> str:
    """What a transcript's speaker said, without the "OBAMA:" label: the label is
    who spoke (the claimant), not part of the claim."""
    label = speaker_label(sentence)
    return sentence[label.end :].lstrip() if label else sentence


def _opens_with(statement: str, quote: Quote) -> bool:
    """The sentence is a quotation followed by who said it: “We won,” she said, …
    Then the quotation is the statement, and what follows it (the speaker, an aside
    about them: "…, who has lived there for 30 years") is not part of the claim."""
    return not statement[: quote.outer_start].strip()


def _main_quote(sentence: str) -> Quote | None:
    """The longest quotation in the sentence: what the claimant said."""
    quotes = [q for q in find_quotes(sentence) if q.inner_end > q.inner_start]
    return max(quotes, key=lambda q: q.inner_end - q.inner_start, default=None)
