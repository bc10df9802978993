"""A share of a group as the source of a statement, as a poll reports what it said:
"58 percent of likely voters said", "Six in 10 say", "a majority of Americans believe"."""

from __future__ import annotations

import re

from factcheck.extraction.lexicon import word_set

# A share of a group, as a poll reports what it said: "58 percent of likely voters",
# "Six in 10", "nine out of 10", "one in five", "about half of voters", "a majority of Americans";
# with what bounds the share: "a full 79 percent of Democrats", "at least half of voters".
SHARE = re.compile(
    r"""(?:\b(?:about|nearly|almost|roughly|some|only|just|more\ than|fewer\ than|less\ than
          |a\ full|fully|as\ many\ as|as\ few\ as|at\ least|at\ most|up\ to)\s+)?
    (?:\d+(?:\.\d+)?\s*(?:%|percent)
      | \b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\ of)\s+(?:\d+|three|four|five|ten)
      | \b(?:a|the)\s+(?:majority|minority|plurality)
      | \b(?:half|a\ third|a\ quarter|two-thirds|three-quarters|one-third))
    (?:\s+of\s+(?:(?!\b(?:who|what|which|that)\b)[^,;:.()\0]){1,60}?)?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


SHARE_WORDS = word_set(
    """
    percent majority minority plurality half third quarter two-thirds three-quarters one-third
    three four five ten
    """
)


def share_of_a_group(sentence: str, words: list[re.Match[str]], last: int) -> str | None:
    """A share of a group ending at word `last`, in its clause: "58 percent of voters"."""
    near = words[max(0, last - 12) : last + 1]
    if not any(word.group()[:1].isdigit() or word.group().lower() in SHARE_WORDS for word in near):
        return None
    found = SHARE.search(sentence, max(0, words[last].end() - 120), words[last].end())
    if found is None:
        return None
    return found.group()
