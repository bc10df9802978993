"""What the benchmark generator writes about (``generate.py``, ``generate_rows.py``): the workflow
mix of the generated claims and their vocabulary. The queue benchmarks search for words of it
('refugees', 'cholera', '"barrel bombs"', the tag 'ukraine'), so a change here changes them."""

from __future__ import annotations

from factcheck.claims.workflow import Action, State, path_to, row_for

CLAIMS_PER_ARTICLE = 50
YEARS = 3

STATE_SHARES = {
    State.CANDIDATE: 0.24,
    State.QUEUED: 0.14,
    State.RESEARCHING: 0.10,
    State.IN_REVIEW: 0.05,
    State.APPROVED: 0.03,
    State.PUBLISHED: 0.36,
    State.DISMISSED: 0.08,
}


def _steps_to(state: State) -> tuple[tuple[Action, State, State], ...]:
    """(action, from, to) of each step the workflow's own table takes from ``candidate`` to
    ``state`` (``path_to``, ``row_for``): the generator never spells a transition itself."""
    steps, at = [], State.CANDIDATE
    for action in path_to(state):
        row = row_for(at, action)
        assert row is not None
        steps.append((action, at, State(row.target)))
        at = State(row.target)
    return tuple(steps)


PATHS: dict[State, tuple[tuple[Action, State, State], ...]] = {
    state: _steps_to(state) for state in STATE_SHARES
}
EVIDENCE_BY_STATE = {  # (min, max) sources: 3 per claim on average over the state mix above
    State.CANDIDATE: (0, 0),
    State.QUEUED: (0, 2),
    State.RESEARCHING: (1, 5),
    State.IN_REVIEW: (2, 7),
    State.APPROVED: (2, 7),
    State.PUBLISHED: (3, 9),
    State.DISMISSED: (0, 2),
}
FILL_EVENTS_TO = 9
RATING_WEIGHTS = {
    "True": 8,
    "Mostly true": 12,
    "Half true": 15,
    "Mostly false": 18,
    "False": 25,
    "Misleading": 14,
    "Unproven": 8,
}


FIRST = (
    "John Sergei Angela Ahmet Hassan Maria Li Olena Emmanuel Recep Bashar Ursula Joe Vladimir Narendra "
    "Jacinda Boris Kamala Xi Pedro Giorgia Olaf Rishi Justin Fumio Luiz Cyril Mette Sanna Viktor Andrzej "
    "Kaja Antonio Mark Leila Amina Tedros Ngozi Kristalina Staffan Ban Kofi Sigrid Ilham Nikol Maia"
).split()
LAST = (
    "Kerry Lavrov Merkel Davutoglu Rouhani Zakharova Wei Kuleba Macron Erdogan Assad Leyen Biden Putin "
    "Modi Ardern Johnson Harris Jinping Sanchez Meloni Scholz Sunak Trudeau Kishida Silva Ramaphosa "
    "Frederiksen Marin Orban Duda Kallas Guterres Rutte Haddad Mohammed Ghebreyesus Okonjo Georgieva "
    "Mistura Moon Annan Kaag Aliyev Pashinyan Sandu"
).split()
ORGS = (
    "The United Nations|The World Bank|The IMF|Amnesty International|Human Rights Watch|UNHCR|"
    "The Red Cross|The Syrian Observatory for Human Rights|NATO|The European Commission|WHO|UNICEF|"
    "The Kremlin|The White House|The Pentagon|The Foreign Office|The Interior Ministry|The central bank|"
    "Eurostat|The OECD|Doctors Without Borders|The Turkish government|The Iranian foreign ministry|"
    "A government spokesperson|Opposition leaders|Local officials|Activists|Rescue workers"
).split("|")
PLACES = (
    "Syria Aleppo Idlib Homs Damascus Raqqa Turkey Azaz Kilis Gaziantep Iran Tehran Russia Moscow Iraq "
    "Mosul Lebanon Beirut Jordan Amman Ukraine Kyiv Kharkiv Odesa Donetsk Germany Berlin Munich Geneva "
    "Brussels France Paris Greece Lesbos Italy Lampedusa Yemen Sanaa Libya Tripoli Egypt Cairo Israel "
    "Gaza Afghanistan Kabul Sudan Khartoum Ethiopia Tigray Nigeria Lagos Brazil Amazon India Delhi"
).split()
SUBJECTS = (
    "airstrikes|barrel bombs|cluster munitions|dumb bombs|guided missiles|artillery shelling|drone attacks|"
    "refugees|displaced families|asylum seekers|migrants|civilian casualties|child deaths|hospital attacks|"
    "food prices|fuel prices|wheat exports|grain shipments|aid convoys|humanitarian corridors|"
    "unemployment|inflation|the budget deficit|public debt|military spending|defence budgets|"
    "vaccination rates|measles cases|cholera outbreaks|malnutrition|school closures|power cuts|"
    "carbon emissions|coal imports|gas deliveries|oil revenues|arms sales|sanctions|ceasefire violations|"
    "peace talks|prisoner exchanges|border crossings|detentions|executions|election turnout|"
    "voter registrations|press freedom|internet shutdowns|journalists killed|protests|arrests"
).split("|")
VERBS = (
    "rose|fell|doubled|tripled|halved|increased|decreased|reached a record|dropped to a low|"
    "surged|collapsed|stabilised|exceeded expectations|missed targets|were underreported|were exaggerated"
).split("|")
TIMES = (
    "last year|this year|since 2015|since the ceasefire|over the past decade|in the first quarter|"
    "in February|during the winter|since the talks began|in the last six months|over two weeks|"
    "before the election|after the sanctions|since the war began"
).split("|")
UNITS = "percent|people|families|tonnes|million dollars|billion euros|attacks|cases|deaths|children".split(
    "|"
)
QUALIFIERS = (
    "according to official figures|the government said|a report found|monitors said|data show|"
    "officials claimed|an investigation revealed|researchers estimate|aid agencies warned|"
    "witnesses reported|satellite images show|leaked documents suggest"
).split("|")
OUTLETS = "DW|Reuters|AFP|AP|BBC|Al Jazeera|The Guardian|Le Monde|Der Spiegel|El País|Kyiv Independent".split(
    "|"
)
TAGS = sorted(
    {s.split()[-1] for s in SUBJECTS}
    | {p.lower() for p in PLACES[:30]}
    | {"economy", "health", "war", "migration", "elections", "climate", "energy", "human rights"}
)
SOURCE_PUBLISHERS = (
    "UN OCHA|UNHCR|World Bank|IMF|Eurostat|Amnesty International|Human Rights Watch|Reuters|AP|"
    "Ministry of Defence|Ministry of Health|Central Statistics Office|OECD|WHO|ICRC|Airwars|ACLED"
).split("|")
SUMMARIES = (
    "The figures do not support the claim.|Official data confirm the number.|The number is roughly right "
    "but the comparison is misleading.|No evidence was found for this.|The claim leaves out key context.|"
    "Independent monitors report a similar figure.|The quote is accurate but the statistic is outdated."
).split("|")
