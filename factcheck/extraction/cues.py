"""The words that mark an attribution: reporting and stance verbs, and the nouns of
documents that state findings. Read by `attribution` and `subjects`, and by `scoring`
(a reporting verb is not the event a sentence reports)."""

from __future__ import annotations

from factcheck.extraction.base_forms import BASE_FORMS
from factcheck.extraction.lexicon import word_set
from factcheck.extraction.participle_cues import OPENING_PARTICIPLES, PARTICIPLES, PROGRESSIVES

# Verbs that attribute a statement to their subject. Only the lowercase forms count,
# so "the United States" is never read as "States" + "said".
REPORTING_VERBS = word_set(
    """
    said says say told tells added adds continued claimed claims stated states argued
    argues insisted insists noted notes explained explains warned warns asserted
    asserts announced announces reported reports estimated estimates confirmed
    confirms accused accuses ruled wrote writes tweeted acknowledged acknowledges admitted
    admits alleged alleges declared declares maintained maintains replied replies
    responded responds testified stressed stresses emphasised emphasized revealed
    reveals denied denies predicted predicts concluded concludes
    asked asks suggested suggests contended contends
    repeated repeats reiterated reiterates observed observes recalled recalls
    indicated indicates signaled signalled signals
    countered counters conceded concedes complained complains boasted boasts
    charged charges cautioned called calls
    answered answers remarked hinted proclaimed proclaims bemoaned bemoans retorted retorts opined
    opines recounted implored clarified disclosed divulged
    yelled shouted exclaimed confided
    theorized posited groused griped scoffed marveled marvelled lectured fumed
    allege argue insist warn explain assert confirm accuse deny admit reveal conclude
    suggest contend acknowledge
    """
)

# Verbs that report a stance its subject took in words: "Wilson praised the plan",
# "Blackwell pointed to the ground game". Never inverted ("…, praised Wilson" is not the
# speaker), and promises are intentions, not statements.
STANCE_VERBS = word_set(
    """
    criticized criticizes criticised criticises praised praises described describes
    defended defends questioned questions blamed blames denounced denounces condemned
    condemns joked jokes mocked mocks blasted blasts slammed slams echoed echoes cited
    cites disputed disputes lamented laments touted touts expressed expresses
    highlighted highlights dismissed dismisses rejected rejects agreed agrees
    endorsed endorses mentioned mentions thanked apologized apologised congratulated
    welcomed welcomes applauded applauds hailed hails lauded lauds decried decries
    assailed assails ridiculed scolded chided lambasted disagreed disagrees objected
    objects quipped mused bragged wondered speculated
    rebuked trashed trashes derided derides berated berates castigated excoriated
    taunted outlined interjected referenced likened likens
    discussed discusses portrayed portrays reminded reminds attacked
    labeled labelled dubbed dubs branded deemed deems characterized characterizes
    characterised credited rated
    """
)
# "attacked" is a stance in words, except by those who attack with arms: "terrorists
# attacked a compound".
ARMED_ATTACKERS = word_set(
    "terrorists gunmen gunman militants troops forces soldiers rebels insurgents attackers fighters"
)

# "point" only after a plural subject ("Activists point to …"; "the point to make").
POINTING = word_set("pointed points point")

# "As Wilson put it, …": the words quoted are Wilson's (only with "it" after the verb);
# "Wilson made (it) clear that …" states what follows.
PUTTING = word_set("put puts")
MAKING_CLEAR = word_set("made makes")

# Speech acts: their subject said something, so it is the claimant (a plain act is
# not: "declined to", "voted for"; positions and wishes are read by `positions`).
# Appeals: "Wilson urged the council to act", "Wilson called for a recount", "called on
# the mayor to resign". Never inverted, as stance verbs.
APPEAL_VERBS = word_set("urged urges urge encouraged encourages")
# Appeals only with whom and what to do: "Beck encouraged Americans to join him"; not
# "encouraged by the vote".
ENCOURAGING = word_set("encouraged encourages")
# Commitments and demands, said to someone: "Wilson promised to cut taxes", "vowed
# that", "proposed a tax", "demanded a recount", "assured voters"; not "threatens
# national security", "promises to be close", "pledged delegates".
COMMITMENT_VERBS = word_set(
    """
    promised promises vowed vows pledged pledges demanded demands proposed proposes
    assured assures
    """
)
SPEECH_ACT_VERBS = APPEAL_VERBS | COMMITMENT_VERBS

# Verbs of belief: they attribute a claim to their subject only with a proposition
# after them ("Wilson thinks the plan will fail", "Officials fear that …"), never an
# object or an intention ("thinks about the farm", "knows the mayor", "fear for").
# Those of `THINKING_VERBS` take the proposition without "that" too.
THINKING_VERBS = word_set("think thinks thought believe believes believed")
BELIEF_VERBS = THINKING_VERBS | word_set(
    """
    fear fears feared doubt doubts doubted suspect suspects suspected worry worries
    worried know knows knew expect expects expected assume assumes assumed reckon
    reckons
    """
)

# Positions held, a claim of their subject's a fact-checker can check (read by
# `positions`): "Wilson supports the tax", "Voters oppose the plan", "Wilson backs Hale".
POSITION_VERBS = word_set(
    """
    support supports supported supporting oppose opposes opposed opposing favor favors
    favored favoring favour favours favoured backs backed backing endorse endorsing endorsed
    advocate advocated advocating champion champions championed championing
    seek seeks sought seeking
    """
) | word_set("want wants wanted hope hopes hoped hoping prefer prefers preferred")
# Positions taken with a particle after the verb: "Wilson pushed for a recount",
# "lobbies for the levy", "sided with the farmers", "is campaigning against the tax"; and
# statements: "Wilson spoke about the levy", "talked about jobs", "spoke out against"; not
# "pushed the bill through", "lobbied the council", "spoke in Reno" (acts).
POSITION_PARTICLE_VERBS = {
    **dict.fromkeys(
        """
        push pushes pushed pushing lobby lobbies lobbied lobbying advocate advocated
        advocating argue argued argues arguing
        """.split(),
        frozenset({"for"}),
    ),
    **dict.fromkeys("campaign campaigns campaigned campaigning".split(), frozenset({"for", "against"})),
    **dict.fromkeys("side sided siding".split(), frozenset({"with", "against"})),
    **dict.fromkeys(
        "talk talks talked talking speak speaks spoke speaking".split(), frozenset({"about", "out", "of"})
    ),
    **dict.fromkeys("refer refers referred referring".split(), frozenset({"to"})),
    **dict.fromkeys("rail rails railed railing".split(), frozenset({"against"})),
    **dict.fromkeys("lash lashes lashed lashing".split(), frozenset({"out"})),
    **dict.fromkeys("lay lays laid laying".split(), frozenset({"out"})),
    **dict.fromkeys("shot fired hit hits".split(), frozenset({"back"})),
    **dict.fromkeys("laugh laughs laughed sounded".split(), frozenset({"off"})),
    **dict.fromkeys("plead pleads pleaded pleading".split(), frozenset({"for", "with"})),
    **dict.fromkeys("go goes went".split(), frozenset({"after"})),
}
# Criticism as taking aim: "took aim at", "took some shots at", "takes issue with", "took a
# direct swing at" (`positions._taking_aim`).
TAKING_AIM_VERBS = word_set("take takes took taking")
# Judgements, only with "as" after their object: "Voters see Wilson as the stronger
# candidate", "Israel regards Jerusalem as its capital"; not "saw a rise".
SEEING_AS_VERBS = word_set("see sees saw view views viewed regard regards regarded paints painted")
# Judgements with "as" or with an object and its complement: "Hale considers Olin naive",
# "considers himself an immigrant", "considered the emails as classified" (`positions`);
# not "considered selling", "considers Olin for the post".
CONSIDERING_VERBS = word_set("consider considers considered")
# Statements made by an act on them: "Wilson made the case for the levy", "issued a
# warning", "offered her firmest promise yet", "delivered a defense of …" (the noun within
# a few words of the verb; `positions`).
SPEECH_OBJECT_VERBS = word_set(
    """
    made makes make offered offers delivered delivers issued issues released releases
    published publishes posted posts gave gives voiced voices leveled levelled renewed
    sounded sounds unveiled unveils
    """
)
SPEECH_NOUNS = word_set(
    """
    case point points comment comments statement statements remark remarks call calls
    charge charges attack attacks promise promises pledge defense defence assessment
    evaluation words praise criticism critique warning warnings threat argument claim
    claims accusation accusations speech address tirade plea appeal message report
    letter op-ed analysis prediction forecast endorsement rebuke denial explanation
    assurance assurances vow pitch testimony broadside condemnation apology
    ad ads advertisement plan proposal proposals tweet tweets op-ed editorial column
    retort answer answers response responses reply replies memo defenses slogan messages
    letters contrast contrasts distinction distinctions analogy comparison comparisons agenda note
    """
)
# Commitments and aims announced, only before "to": "Wilson plans to cut taxes",
# "threatened to sue", "seeks to end the strike", "aims to win", "is looking to hire".
INTENTION_VERBS = word_set(
    """
    plan plans planned planning intend intends intended threatened threatens threatening
    seek seeks sought seeking aim aims aimed aiming looking
    """
)

# The same after "is", before "that" or "about": "The mayor is convinced that …", "is
# worried about the levy".
BELIEF_ADJECTIVES = word_set("convinced confident sure certain worried concerned skeptical sceptical")
# Stances after "is", only with their own preposition: "Hale was critical of the levy",
# "is supportive of", "are wary of", "is confident in" (not "It is critical that …",
# "Ohio is critical to her chances").
STANCE_ADJECTIVES = {
    **dict.fromkeys(word_set("critical supportive skeptical sceptical wary dismissive"), frozenset({"of"})),
    "confident": frozenset({"in"}),
}
# The same named by a noun after "is a": "Hale is an outspoken supporter of the levy",
# "has been a dogged defender of", "was an early backer of" (`holders.believer`).
STANCE_NOUNS = word_set(
    """
    supporter supporters advocate advocates proponent proponents defender defenders critic critics
    opponent opponents backer backers champion champions
    """
)

# Nouns of a stated belief, owned and followed by "that": "Wilson's view that …", "his
# assertion that …".
BELIEF_NOUNS = word_set(
    """
    view views belief beliefs assertion assertions claim claims contention argument
    insistence conviction suggestion warning position assessment opinion allegation
    """
)
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}

BE_FORMS = word_set("is are was were")

# Base forms that are also nouns ("a UN estimate", "the claim") report only after a
# plural subject or before "that": "Experts estimate", "Aid workers claim that".
NOUN_LIKE_VERBS = word_set("estimate claim report note")

# Verbs that are as often plural nouns or take a plain object ("in several states",
# "tough questions", "maintained a lead", "the hall echoed the chant"): they report only
# before "that", a colon, a quotation or the end of the sentence ("in several states, …"
# is a noun).
OBJECT_VERBS = word_set(
    """
    ruled states questions maintains maintained echoed echoes indicated indicates signaled signalled signals
    answered answers
    """
)

# Verbs that report only when no object follows: "She added that …", "he added it was
# cold"; not "The town added 300 jobs", "added to the pressure", "continued its tour".
ADDING_VERBS = word_set("added adds continued continues charged charges")
NOT_AFTER_ADDING = word_set("up on more less another new him them with for")

# A reporting verb followed by these is an intention, a request or an act: "agreed to
# sell", "asked for more time", "responded by closing the road".
NOT_REPORTING_BEFORE = {
    **dict.fromkeys(("agreed", "agrees", "agree"), frozenset({"to"})),
    **dict.fromkeys(("asked", "asks"), frozenset({"about"})),
    **dict.fromkeys(("responded", "responds"), frozenset({"by"})),
    **dict.fromkeys(("reported", "reports"), frozenset({"on", "from"})),
    # A participle, not a judgement: "video credited to Reuters", "the man labeled “…”".
    "credited": frozenset({"to", "with", "by"}),
    **dict.fromkeys(("labeled", "labelled", "dubbed", "branded", "deemed"), frozenset({"as", "by", "\0"})),
}

# After these, a verb is a passive participle ("whenever asked about it", "was told")
# and a word ending in -s a noun ("His cost estimates have been wrong").
PASSIVE_BEFORE = word_set("when whenever if once as unless being was were is are been")
AUXILIARIES = word_set("have has had are is were was will would been can could may might")

# Verbs by which a document states its findings: "The report found", "Figures show".
# Only a document's findings: "Police found a body" attributes nothing.
FINDING_VERBS = word_set("found finds find show shows showed shown indicate indicates indicated")

DOCUMENT_NOUNS = word_set(
    """
    report reports study studies survey surveys poll polls census data figures analysis
    research review audit investigation inquiry statistics estimates findings memo
    document documents paper records results polling video footage
    examination average averages email emails tally tallies analyses filings transcript
    """
)

# Verbs whose object is who was told, never who spoke: "…, told Reuters".
ADDRESSING_VERBS = word_set("told tells asked asks")

# "called the plan a failure" reports a judgement; "called on", "called for" an appeal.
CALLING_VERBS = word_set("called calls calling")

# "wrote the bill", "writes a column": writing something is not reporting it.
WRITING_VERBS = word_set("wrote writes write")


# Reporting verbs that a headline capitalises: "Trump Says He Will Win".
HEADLINE_VERBS = word_set(
    """
    Says Said Tells Told Warns Claims Admits Insists Denies Urges Slams Blasts Rips Praises
    Defends Wants Backs Endorses Supports Opposes Vows Pledges Promises Accuses Blames Thinks
    Believes Predicts Touts Reveals Hopes Plans Sees Calls
    Say Explains Explained Explain Described Describes Announces Announced Revealed Reveal
    Show Shows Showed Find Finds Found Asks Asked Hints Hinted Reassures Responds Responded
    Compares Compared Questioned Admitted Claimed Warned Urged Praised Defended
    Insisted Denied Vowed Pledged Promised Accused Blamed Predicted Argues Argued Suggests
    Suggested Rejects Rejected Dismisses Dismissed Condemns Condemned Confirms Confirmed
    Tweets Tweeted Writes Wrote Declares Declared Demands Demanded Slammed Blasted Ripped
    """
)

# Verbs of saying after "to" that go on from another verb: "went on to say", "was quick to add".
SAYING_INFINITIVES = word_set("say add insist argue claim declare warn note tell suggest explain")

# Every word that can start an attribution (`attribution.attribution_phrase`), as
# written: a sentence with none of them attributes nothing, and is not read further.
REPORTING_CUES = (
    REPORTING_VERBS
    | STANCE_VERBS
    | SPEECH_ACT_VERBS
    | POINTING
    | PUTTING
    | MAKING_CLEAR
    | HEADLINE_VERBS
    | SAYING_INFINITIVES
    | PROGRESSIVES
    | PARTICIPLES
    | OPENING_PARTICIPLES
    | FINDING_VERBS
    | NOUN_LIKE_VERBS
    | BASE_FORMS
    | frozenset({"according", "According", "Said"})
)
BELIEF_CUES = (
    BELIEF_VERBS
    | BELIEF_ADJECTIVES
    | frozenset(STANCE_ADJECTIVES)
    | STANCE_NOUNS
    | BELIEF_NOUNS
    | POSITION_VERBS
    | frozenset(POSITION_PARTICLE_VERBS)
    | INTENTION_VERBS
    | SEEING_AS_VERBS
    | CONSIDERING_VERBS
    | TAKING_AIM_VERBS
    | SPEECH_OBJECT_VERBS
)
CUE_WORDS = REPORTING_CUES | BELIEF_CUES
