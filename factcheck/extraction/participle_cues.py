"""The -ing forms that report, for `attribution` and `main_clauses`: participles after a
comma whose speaker is their main clause's subject ("…, saying the plan would fail",
"…, urging voters to turn out"), what may stand before them ("by saying", "a statement
saying"), and the same verbs going on now ("Rubio is congratulating Trump"). `cues` holds
the other cue words.
"""

from __future__ import annotations

from factcheck.extraction.lexicon import word_set

# Speech acts after a comma: "Wilson spoke in Reno, urging voters to turn out", "…,
# accusing the mayor of lying", "…, promising to cut taxes".
SPEECH_ACT_PARTICIPLES = word_set(
    """
    urging accusing promising vowing pledging demanding proposing
    blaming criticizing criticising praising dismissing denying rejecting
    alleging contending citing denouncing decrying chiding lamenting
    touting hailing mocking slamming blasting questioning recalling predicting
    seeking hoping fearing believing implying acknowledging conceding admitting comparing
    attacking announcing asking
    lambasting rebuking deriding berating castigating trashing
    """
)
# Verbs that report with their main clause's subject as the speaker when they follow a
# comma ("…, saying the plan would fail"; read by `main_clauses.main_clause_subject`).
PARTICIPLES = SPEECH_ACT_PARTICIPLES | word_set(
    """
    saying telling adding noting arguing insisting explaining warning declaring
    stressing asserting claiming suggesting writing tweeting calling describing stating
    pointing
    """
)
# Participles that report only with their particle: "…, pointing out that" (not "shouting,
# pointing, jeering").
PARTICIPLE_PARTICLES = {"pointing": frozenset({"out"})}
# A statement made in the course of the main clause's act: "Trump landed in hot water by
# saying …", "…, before saying", "was booed after telling …".
MANNER_WORDS = word_set("by after before upon in while")
# The same after what carries the words: "Trump issued a statement saying …".
STATEMENT_NOUNS = word_set("statement letter message memo tweet release post")
# "The Courier quoted Hale as saying …", "Hale was quoted as saying …".
SAYING_AFTER = MANNER_WORDS | STATEMENT_NOUNS | word_set("as")
SAYING_WORDS = word_set(
    "saying telling arguing claiming insisting declaring warning suggesting accusing noting stating"
)

# What a speech act may have after it, as a participle: "…, promising to", "…, calling for".
SPEECH_ACT_PARTICLES = {
    **dict.fromkeys(("promising", "vowing", "pledging", "seeking"), frozenset({"to"})),
    "hoping": frozenset({"to", "for"}),
    "calling": frozenset({"for", "on"}),
}

# The same verbs going on now: "Rubio is congratulating Trump on his win".
PROGRESSIVES = word_set(
    """
    saying telling claiming arguing insisting warning criticizing criticising praising
    calling asking suggesting accusing denying blasting slamming touting
    defending questioning blaming congratulating thanking predicting reporting
    declaring announcing stating explaining noting stressing asserting emphasizing
    acknowledging admitting conceding
    urging promising vowing pledging demanding proposing
    hailing lauding mocking ridiculing denouncing condemning decrying lamenting disputing
    dismissing rejecting disavowing reaffirming reiterating repeating trumpeting labeling
    labelling reminding highlighting echoing scolding chiding lambasting complaining
    boasting bragging signaling signalling hinting speculating wondering
    outlining revealing lambasting rebuking trashing deriding berating
    confirming describing citing alleging contending disclosing characterizing characterising
    """
)
# Those that report only before "that": "is confirming that …", not "are confirming judges".
PROGRESSIVES_BEFORE_THAT = word_set("confirming")

# Participles of saying opening a sentence, before "that" (`opening_participles`): "Noting
# that …, Hale put …".
OPENING_PARTICIPLES = word_set(
    """
    Noting Saying Arguing Insisting Claiming Warning Suggesting Acknowledging Conceding
    Admitting Explaining Stressing Declaring Asserting Contending
    """
)
