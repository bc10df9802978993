"""The stories of the saved pages: invented news, written for this benchmark (no real outlet's text).

Each story is a dict: language, outlet, author, date, headline, standfirst (or None) and blocks,
each ("p", paragraph), ("h", in-text heading) or ("q", quotation). build.py puts each story into
one of the site templates and writes the page and its expected article text.
"""

ARTICLES = [
    {
        "slug": "en-munich-ceasefire",
        "lang": "en",
        "outlet": "The Morning Ledger",
        "author": "Jane Doe",
        "date": "2016-02-12",
        "headline": "World powers agree to seek a Syria ceasefire within a week",
        "standfirst": "Seventeen countries meeting in Munich agreed on a plan for humanitarian access, "
        "but Russia's air campaign is set to continue.",
        "blocks": [
            (
                "p",
                "Foreign ministers from 17 countries agreed early on Friday to seek a cessation of "
                "hostilities in Syria within a week, after more than five hours of talks in a Munich hotel.",
            ),
            (
                "p",
                "US Secretary of State John Kerry said the agreement was only words on paper until it "
                "was carried out on the ground. He accused Russia of using unguided bombs in populated areas, "
                "which he said had killed hundreds of civilians since October.",
            ),
            (
                "q",
                "“What we have here are words on paper. What we need to see in the next few days are "
                "actions on the ground,” Kerry told reporters.",
            ),
            ("h", "Aid convoys first"),
            (
                "p",
                "Under the plan, aid convoys would reach seven besieged towns, among them Madaya and "
                "Kafraya, before the truce begins. The United Nations estimates that about 400,000 people "
                "live under siege in Syria, most of them in areas held by the government.",
            ),
            (
                "p",
                "Russian Foreign Minister Sergei Lavrov said his country's air force would continue to "
                "strike groups it considers terrorist, and that the chances of a truce holding were "
                "about 49 percent.",
            ),
            (
                "p",
                "A task force chaired by the United States and Russia is to meet in Geneva next week to "
                "work out which groups the truce covers.",
            ),
        ],
    },
    {
        "slug": "en-city-budget",
        "lang": "en",
        "outlet": "Riverside Courier",
        "author": "Marcus Webb",
        "date": "2023-03-08",
        "headline": "Council approves budget with 4.9% rise in property tax",
        "standfirst": None,
        "blocks": [
            (
                "p",
                "Riverside city council approved a £212 million budget on Tuesday night, including a "
                "4.9 percent rise in the council's share of property tax, the largest increase allowed "
                "without a local referendum.",
            ),
            (
                "p",
                "Council leader Anita Patel said the rise would cost a typical band D household an extra "
                "£91 a year, and that without it the council would have had to close four libraries and two "
                "leisure centres.",
            ),
            (
                "p",
                "The opposition group said the council had spent £14 million on consultants over three "
                "years and could have avoided the rise by bringing that work in-house.",
            ),
            (
                "q",
                "“Residents are being asked to pay more for less, while the consultants are paid first,” "
                "said opposition leader Tom Hargreaves.",
            ),
            (
                "p",
                "Adult social care takes up 38 percent of the budget, up from 31 percent five years ago, "
                "according to the council's own figures.",
            ),
            ("h", "Bus routes saved"),
            (
                "p",
                "Three bus routes that were due to be cut in April will run until at least March next year, "
                "funded by a one-off grant of £1.2 million from the regional transport authority.",
            ),
        ],
    },
    {
        "slug": "en-vaccine-study",
        "lang": "en",
        "outlet": "Health Desk Weekly",
        "author": "Priya Raman",
        "date": "2022-11-17",
        "headline": "Study finds measles vaccination rates fell in 41 countries",
        "standfirst": "The report blames disruption during the pandemic and warns of outbreaks in the "
        "coming winter.",
        "blocks": [
            (
                "p",
                "Measles vaccination rates fell in 41 countries between 2019 and 2021, according to a "
                "study published on Thursday by researchers at the Global Immunisation Institute.",
            ),
            (
                "p",
                "The study, which used data reported by national health ministries, found that about "
                "25 million children missed at least one routine vaccine dose in 2021, two million more "
                "than the year before.",
            ),
            (
                "p",
                "Dr Helen Osei, who led the research, said the fall was steepest in countries where clinics "
                "had been closed or repurposed during the pandemic.",
            ),
            (
                "q",
                "“Measles is the first disease to come back when coverage drops, because it is so "
                "contagious,” Osei said. “We expect outbreaks this winter unless catch-up campaigns start now.”",
            ),
            (
                "p",
                "Coverage of the first dose fell to 81 percent worldwide, the lowest level since 2008. "
                "Health experts say at least 95 percent of children need two doses to stop the disease spreading.",
            ),
            (
                "p",
                "The World Health Organization said last month that it had recorded measles outbreaks in "
                "22 countries so far this year.",
            ),
        ],
    },
    {
        "slug": "en-football-stadium",
        "lang": "en",
        "outlet": "Northern Sports Post",
        "author": "Danny Kerr",
        "date": "2021-08-02",
        "headline": "Club confirms plans for 60,000-seat stadium",
        "standfirst": None,
        "blocks": [
            (
                "p",
                "Northfield United confirmed on Monday that it will build a 60,000-seat stadium on the site "
                "of a former steelworks, two miles from its current ground.",
            ),
            (
                "p",
                "The club's chief executive, Sarah Lund, said the project would cost about £450 million and "
                "would be paid for by the owners and a loan, not by the council.",
            ),
            (
                "p",
                "The current ground holds 31,000 spectators and the club has a waiting list of 12,000 for "
                "season tickets, according to figures published by the club.",
            ),
            (
                "q",
                "“We have sold out every league game for nine seasons. We are turning supporters away every "
                "week,” Lund said.",
            ),
            (
                "p",
                "Local residents' groups have raised concerns about traffic. A survey by the residents' "
                "association found that 64 percent of people living near the site opposed the plans.",
            ),
            (
                "p",
                "The club hopes to submit a planning application in the spring and to play its first game "
                "in the new stadium in 2026.",
            ),
        ],
    },
    {
        "slug": "en-drought-farmers",
        "lang": "en",
        "outlet": "Valley Times",
        "author": "Rosa Mendes",
        "date": "2022-08-19",
        "headline": "Farmers warn of lost harvest as drought enters third month",
        "standfirst": "Rainfall in July was the lowest on record in the region, and a hosepipe ban is "
        "expected next week.",
        "blocks": [
            (
                "p",
                "Farmers in the Elm Valley say they expect to lose up to a third of this year's potato "
                "harvest after the driest July since records began in 1836.",
            ),
            (
                "p",
                "The regional weather service recorded 4.2 millimetres of rain in July, against an average "
                "of 62 millimetres. River levels are at their lowest for 40 years, the environment agency said.",
            ),
            ("h", "Water restrictions"),
            (
                "p",
                "The water company said it would announce a ban on garden hosepipes next week. It said "
                "reservoirs were at 38 percent of capacity, compared with 71 percent at this time last year.",
            ),
            (
                "p",
                "Critics point out that the company loses about 180 million litres a day through leaking "
                "pipes, a figure it does not dispute.",
            ),
            (
                "q",
                "“We are being told to save water while a fifth of it leaks out of their pipes,” said Alan "
                "Brook, who farms 300 hectares near Milton.",
            ),
            (
                "p",
                "The company said it had cut leakage by 14 percent since 2018 and would invest £90 million "
                "in new pipes over the next five years.",
            ),
        ],
    },
    {
        "slug": "en-tech-layoffs",
        "lang": "en",
        "outlet": "Bay Business Review",
        "author": "Kevin Liu",
        "date": "2023-01-24",
        "headline": "Software maker to cut 1,800 jobs after sales slow",
        "standfirst": None,
        "blocks": [
            (
                "p",
                "Cloudbridge, the business software company, said on Tuesday that it would cut about 1,800 "
                "jobs, or 11 percent of its workforce, after its sales grew more slowly than expected.",
            ),
            (
                "p",
                "The company reported revenue of $2.1 billion for the last quarter, up 6 percent on a year "
                "earlier. Two years ago its revenue was growing by more than 30 percent a year.",
            ),
            (
                "p",
                "Chief executive Maria Santos said the company had hired too quickly during the pandemic, "
                "when demand for remote working tools surged.",
            ),
            (
                "q",
                "“We grew our teams faster than our business, and I take responsibility for that,” Santos "
                "wrote in a message to staff.",
            ),
            (
                "p",
                "Staff who lose their jobs will receive at least 16 weeks of pay, the company said. Its "
                "shares rose 4 percent in early trading after the announcement.",
            ),
        ],
    },
    {
        "slug": "en-election-turnout",
        "lang": "en",
        "outlet": "The Civic Observer",
        "author": "Grace Okafor",
        "date": "2024-05-03",
        "headline": "Turnout in local elections lowest in two decades",
        "standfirst": "Fewer than three in ten voters took part, according to the electoral commission's "
        "provisional figures.",
        "blocks": [
            (
                "p",
                "Turnout in Thursday's local elections was 29.4 percent, the lowest since 2004, according to "
                "provisional figures from the electoral commission.",
            ),
            (
                "p",
                "The commission said that about 14,000 people were turned away at polling stations because "
                "they did not have an accepted form of photo identification.",
            ),
            (
                "p",
                "Campaigners for electoral reform said the real number was likely to be higher, because many "
                "people who lacked identification would not have tried to vote at all.",
            ),
            ("h", "Parties blame the weather"),
            (
                "p",
                "Spokespeople for both main parties said heavy rain in the afternoon had kept voters at home. "
                "The weather service said 18 millimetres of rain fell in the capital between noon and 6pm.",
            ),
            (
                "q",
                "“Low turnout is a warning to every party, not just the one that lost seats,” said Professor "
                "Daniel Reyes of the University of Eastfield.",
            ),
            ("p", "Final results are expected on Saturday."),
        ],
    },
    {
        "slug": "en-rail-strike",
        "lang": "en",
        "outlet": "Metro Daily",
        "author": "Owen Price",
        "date": "2022-06-21",
        "headline": "Rail strike halts most trains for second day",
        "standfirst": None,
        "blocks": [
            (
                "p",
                "Only one in five trains ran on Tuesday as rail workers held the second day of a national "
                "strike over pay and job cuts.",
            ),
            (
                "p",
                "The union says its members have been offered a pay rise of 3 percent while inflation is "
                "running at 9.1 percent. The rail operators say the offer is worth more once overtime is "
                "counted.",
            ),
            (
                "p",
                "Transport minister Claire Hodge said the strike would cost the economy £100 million a day. "
                "The figure comes from an industry body and has not been independently checked.",
            ),
            (
                "q",
                "“Nobody wants to strike, but our members have had a real-terms pay cut three years in a "
                "row,” said union general secretary Mick Dolan.",
            ),
            ("p", "Further strike days are planned for Thursday and Saturday."),
        ],
    },
    {
        "slug": "en-hospital-waits",
        "lang": "en",
        "outlet": "Riverside Courier",
        "author": "Fiona Grant",
        "date": "2023-10-12",
        "headline": "Emergency waits at city hospital reach record high",
        "standfirst": None,
        "blocks": [
            (
                "p",
                "More than 2,300 patients waited over 12 hours in the emergency department of St Aidan's "
                "Hospital in September, the highest figure since the hospital began publishing data in 2011.",
            ),
            (
                "p",
                "The hospital trust said demand had risen by 9 percent compared with September last year, "
                "while 140 of its beds were occupied by patients who were well enough to leave but had "
                "nowhere to go.",
            ),
            ("h", "Beds blocked"),
            (
                "p",
                "The trust's medical director, Dr Samuel Achebe, said the shortage of care home places was "
                "the single biggest cause of the delays.",
            ),
            (
                "q",
                "“Every bed we cannot free is a patient left on a trolley in a corridor,” Achebe told the "
                "trust's board.",
            ),
            (
                "p",
                "The regional health authority said it had given the trust £3 million to open 60 extra beds "
                "over the winter.",
            ),
        ],
    },
    {
        "slug": "en-climate-report",
        "lang": "en",
        "outlet": "Planet Wire",
        "author": "Leo Brandt",
        "date": "2023-03-20",
        "headline": "UN climate panel says 1.5C limit will likely be passed in early 2030s",
        "standfirst": "The report is the last in the panel's current cycle and summarises eight years of "
        "research.",
        "blocks": [
            (
                "p",
                "The world is likely to pass 1.5 degrees Celsius of warming above pre-industrial levels in "
                "the first half of the 2030s, the UN's climate science panel said on Monday.",
            ),
            (
                "p",
                "The panel said global emissions would need to fall by about 43 percent by 2030, compared "
                "with 2019 levels, to keep the limit within reach. Emissions rose by about 1 percent last year.",
            ),
            (
                "p",
                "The report says wind and solar power have become cheaper than fossil fuels in many "
                "countries, and that the cost of solar power fell by 85 percent between 2010 and 2019.",
            ),
            (
                "q",
                "“The climate time-bomb is ticking, but the report is also a how-to guide to defuse it,” "
                "the UN secretary-general said.",
            ),
            (
                "p",
                "Oil-producing countries argued during the approval session for stronger language on "
                "technologies that capture carbon dioxide, delegates said.",
            ),
        ],
    },
    {
        "slug": "en-police-numbers",
        "lang": "en",
        "outlet": "The Civic Observer",
        "author": "Hannah Moss",
        "date": "2024-01-30",
        "headline": "Police force has 600 fewer officers than in 2010, figures show",
        "standfirst": None,
        "blocks": [
            (
                "p",
                "The county police force has 600 fewer officers than it did in 2010, despite a national "
                "recruitment drive, according to figures released on Tuesday.",
            ),
            (
                "p",
                "The force employed 2,940 officers at the end of December, compared with 3,540 in March 2010. "
                "Over the same period the county's population grew by about 8 percent.",
            ),
            (
                "p",
                "The police and crime commissioner, Roger Hale, said the force had recruited 410 officers "
                "in the last three years but that many experienced officers had retired.",
            ),
            (
                "q",
                "“We are recruiting as fast as we can train people. The problem is that we are losing "
                "experience faster than we can replace it,” Hale said.",
            ),
            (
                "p",
                "Recorded crime in the county rose by 6 percent last year, driven by a rise in shoplifting "
                "and online fraud.",
            ),
        ],
    },
    {
        "slug": "en-housing-prices",
        "lang": "en",
        "outlet": "Bay Business Review",
        "author": "Nadia Petrova",
        "date": "2023-07-06",
        "headline": "House prices fall for fourth month in a row",
        "standfirst": "Higher mortgage rates are keeping buyers away, the country's largest lender said.",
        "blocks": [
            (
                "p",
                "House prices fell by 0.3 percent in June, the fourth monthly fall in a row, according to "
                "the country's largest mortgage lender.",
            ),
            (
                "p",
                "The average home now costs £281,000, about 2.6 percent less than a year ago. The average "
                "two-year fixed mortgage rate rose to 6.5 percent, the highest since 2008.",
            ),
            (
                "p",
                "The lender's chief economist, Robert Gardner, said the number of mortgage approvals had "
                "fallen by a quarter since January.",
            ),
            ("h", "First-time buyers"),
            (
                "p",
                "Estate agents said first-time buyers were the most affected. A buyer with a 10 percent "
                "deposit now needs to spend 43 percent of their take-home pay on mortgage payments, according "
                "to the lender's figures.",
            ),
            ("p", "Rents rose by 9.7 percent over the same period, official figures show."),
        ],
    },
    {
        "slug": "de-energiepreise",
        "lang": "de",
        "outlet": "Rheinische Rundschau",
        "author": "Katrin Vogel",
        "date": "2022-10-05",
        "headline": "Stadtwerke erhöhen Strompreise um 38 Prozent",
        "standfirst": "Ab Januar zahlt ein durchschnittlicher Haushalt rund 540 Euro mehr im Jahr.",
        "blocks": [
            (
                "p",
                "Die Stadtwerke erhöhen zum 1. Januar ihre Strompreise um durchschnittlich 38 Prozent. Das "
                "teilte das Unternehmen am Mittwoch mit.",
            ),
            (
                "p",
                "Ein Haushalt mit einem Verbrauch von 3500 Kilowattstunden im Jahr zahlt damit rund 540 Euro "
                "mehr als bisher. Betroffen sind nach Angaben der Stadtwerke etwa 120.000 Kunden.",
            ),
            (
                "p",
                "Geschäftsführer Jens Albrecht begründete die Erhöhung mit den gestiegenen Einkaufspreisen "
                "an der Strombörse, die sich im Vergleich zum Vorjahr mehr als verdreifacht hätten.",
            ),
            (
                "q",
                "„Wir geben nur die Kosten weiter, die wir selbst nicht beeinflussen können“, sagte Albrecht.",
            ),
            ("h", "Verbraucherzentrale rät zum Vergleich"),
            (
                "p",
                "Die Verbraucherzentrale rät Kunden, ihren Zählerstand zum Jahreswechsel zu notieren und "
                "die Abschläge zu prüfen. Ein Wechsel des Anbieters lohne sich derzeit aber nur selten, sagte "
                "eine Sprecherin.",
            ),
            (
                "p",
                "Die Bundesregierung hat eine Preisbremse angekündigt, die den Strompreis für 80 Prozent "
                "des Vorjahresverbrauchs auf 40 Cent pro Kilowattstunde begrenzen soll.",
            ),
        ],
    },
    {
        "slug": "de-bahn-verspaetung",
        "lang": "de",
        "outlet": "Norddeutsche Nachrichten",
        "author": "Jonas Becker",
        "date": "2023-09-14",
        "headline": "Nur zwei Drittel der Fernzüge kamen pünktlich",
        "standfirst": None,
        "blocks": [
            (
                "p",
                "Im August ist nur knapp zwei Drittel der Fernzüge der Bahn pünktlich angekommen. Die "
                "Pünktlichkeitsquote lag bei 65,4 Prozent, wie das Unternehmen am Donnerstag mitteilte.",
            ),
            (
                "p",
                "Als pünktlich gilt ein Zug, wenn er weniger als sechs Minuten verspätet ist. Ausgefallene "
                "Züge werden in der Statistik nicht mitgezählt.",
            ),
            (
                "p",
                "Ein Bahnsprecher nannte die zahlreichen Baustellen als wichtigsten Grund. Derzeit werde "
                "an rund 1000 Stellen im Netz gleichzeitig gebaut.",
            ),
            (
                "q",
                "„Das Netz ist zu alt, zu voll und zu störanfällig“, sagte Verkehrsexpertin Petra Lindner "
                "von der Technischen Universität.",
            ),
            (
                "p",
                "Der Fahrgastverband forderte, auch ausgefallene Züge in die Statistik aufzunehmen. Sonst "
                "sehe die Quote besser aus, als es die Fahrgäste erlebten.",
            ),
        ],
    },
    {
        "slug": "de-schulen-lehrermangel",
        "lang": "de",
        "outlet": "Rheinische Rundschau",
        "author": "Miriam Schulz",
        "date": "2023-08-28",
        "headline": "Zum Schulstart fehlen 1200 Lehrkräfte im Land",
        "standfirst": "Das Kultusministerium setzt auf Quereinsteiger und pensionierte Lehrer.",
        "blocks": [
            (
                "p",
                "Zum Beginn des neuen Schuljahres sind im Land rund 1200 Lehrerstellen unbesetzt. Das geht "
                "aus einer Antwort des Kultusministeriums auf eine Anfrage der Opposition hervor.",
            ),
            (
                "p",
                "Am stärksten betroffen sind Grundschulen und Förderschulen. Dort fehlen nach Angaben des "
                "Ministeriums jeweils etwa 400 Lehrkräfte.",
            ),
            ("h", "Quereinsteiger sollen helfen"),
            (
                "p",
                "Kultusministerin Anna Roth sagte, man habe in diesem Jahr 850 Quereinsteiger eingestellt, "
                "so viele wie nie zuvor. Außerdem kehrten 300 pensionierte Lehrkräfte in Teilzeit zurück.",
            ),
            ("q", "„Wir werden jede Stelle besetzen, die wir besetzen können“, sagte Roth im Landtag."),
            (
                "p",
                "Die Lehrergewerkschaft kritisierte, viele Quereinsteiger stünden ohne pädagogische "
                "Ausbildung vor der Klasse. Der Unterrichtsausfall sei im vergangenen Schuljahr auf 6,2 Prozent "
                "gestiegen.",
            ),
        ],
    },
    {
        "slug": "de-wohnungsbau",
        "lang": "de",
        "outlet": "Hauptstadt Kurier",
        "author": "Felix Hartmann",
        "date": "2024-02-20",
        "headline": "Baugenehmigungen für Wohnungen brechen ein",
        "standfirst": None,
        "blocks": [
            (
                "p",
                "Im vergangenen Jahr wurde der Bau von rund 260.000 Wohnungen genehmigt. Das sind 27 Prozent "
                "weniger als im Jahr davor, wie das Statistische Bundesamt am Dienstag mitteilte.",
            ),
            (
                "p",
                "Die Bundesregierung hatte sich das Ziel gesetzt, jedes Jahr 400.000 neue Wohnungen zu bauen. "
                "Dieses Ziel wurde in keinem Jahr seit dem Amtsantritt erreicht.",
            ),
            (
                "p",
                "Bauunternehmen machen vor allem die gestiegenen Zinsen und Baukosten verantwortlich. Die "
                "Preise für den Neubau von Wohngebäuden lagen im Herbst um 8,5 Prozent über dem Vorjahr.",
            ),
            (
                "q",
                "„Die Lage ist dramatisch, und sie wird sich in diesem Jahr nicht bessern“, sagte der "
                "Präsident des Bauindustrieverbands, Peter Hübner.",
            ),
            (
                "p",
                "Das Bauministerium verwies auf ein neues Förderprogramm für klimafreundliche Neubauten, das "
                "im März starten soll.",
            ),
        ],
    },
    {
        "slug": "es-turismo-record",
        "lang": "es",
        "outlet": "Diario del Levante",
        "author": "Lucía Fernández",
        "date": "2024-01-31",
        "headline": "España recibió 85 millones de turistas extranjeros en 2023",
        "standfirst": "La cifra supera por primera vez el récord anterior a la pandemia.",
        "blocks": [
            (
                "p",
                "España recibió 85,1 millones de turistas internacionales en 2023, un 18,7 por ciento más "
                "que el año anterior, según los datos publicados este miércoles por el Instituto Nacional de "
                "Estadística.",
            ),
            (
                "p",
                "La cifra supera el récord de 2019, cuando llegaron 83,5 millones de visitantes. Los turistas "
                "gastaron en total 108.662 millones de euros, un 24,7 por ciento más que en 2022.",
            ),
            (
                "p",
                "Reino Unido fue el principal país emisor, con 17,3 millones de turistas, seguido de Francia "
                "y Alemania.",
            ),
            (
                "q",
                "«Es un año histórico para el turismo español», afirmó el ministro de Industria y Turismo "
                "en una rueda de prensa.",
            ),
            ("h", "Críticas en las ciudades"),
            (
                "p",
                "Asociaciones vecinales de Barcelona y Málaga advirtieron de que el crecimiento del turismo "
                "está encareciendo los alquileres. En Málaga, el precio medio del alquiler subió un 14 por ciento "
                "el año pasado.",
            ),
        ],
    },
    {
        "slug": "es-sequia-embalses",
        "lang": "es",
        "outlet": "La Voz del Sur",
        "author": "Javier Ortega",
        "date": "2023-04-18",
        "headline": "Los embalses andaluces, al 26 por ciento de su capacidad",
        "standfirst": None,
        "blocks": [
            (
                "p",
                "Los embalses de Andalucía se encuentran al 26 por ciento de su capacidad, el nivel más bajo "
                "para esta época del año desde que hay registros, según la Junta.",
            ),
            (
                "p",
                "La consejera de Agricultura, Carmen Crespo, dijo que la comunidad lleva tres años con lluvias "
                "muy por debajo de la media y anunció ayudas de 140 millones de euros para los agricultores.",
            ),
            ("q", "«Sin agua no hay campo, y sin campo no hay empleo en nuestros pueblos», dijo Crespo."),
            (
                "p",
                "Las organizaciones agrarias calculan que la producción de cereal caerá más de un 60 por "
                "ciento este año. Varios municipios de la Sierra ya reciben agua potable en camiones cisterna.",
            ),
            (
                "p",
                "Los ecologistas critican que la superficie de regadío ha seguido creciendo en la última "
                "década pese a la falta de agua.",
            ),
        ],
    },
    {
        "slug": "es-salario-minimo",
        "lang": "es",
        "outlet": "El Observador Económico",
        "author": "Marta Ruiz",
        "date": "2024-02-06",
        "headline": "El Gobierno sube el salario mínimo a 1.134 euros",
        "standfirst": "La subida del 5 por ciento beneficiará a unos 2,5 millones de trabajadores.",
        "blocks": [
            (
                "p",
                "El Consejo de Ministros aprobó este martes la subida del salario mínimo interprofesional a "
                "1.134 euros al mes en catorce pagas, un 5 por ciento más que el año pasado.",
            ),
            (
                "p",
                "Según el Ministerio de Trabajo, la medida beneficiará a unos 2,5 millones de trabajadores, "
                "la mayoría de ellos mujeres y jóvenes menores de 25 años.",
            ),
            (
                "p",
                "Desde 2018, el salario mínimo ha aumentado un 54 por ciento. La patronal no firmó el "
                "acuerdo y advirtió de que la subida puede frenar la contratación en el campo y en el comercio.",
            ),
            (
                "q",
                "«Es una subida justa que devuelve poder adquisitivo a quienes más lo necesitan», dijo la "
                "ministra de Trabajo.",
            ),
        ],
    },
    {
        "slug": "fr-retraites-manifestation",
        "lang": "fr",
        "outlet": "Le Quotidien de l'Ouest",
        "author": "Claire Martin",
        "date": "2023-03-07",
        "headline": "Retraites : plus d'un million de manifestants selon le ministère",
        "standfirst": "Les syndicats revendiquent 3,5 millions de personnes dans les rues, un record.",
        "blocks": [
            (
                "p",
                "Plus d'un million de personnes ont manifesté mardi en France contre la réforme des retraites, "
                "selon le ministère de l'Intérieur. Les syndicats en ont compté 3,5 millions.",
            ),
            (
                "p",
                "La réforme prévoit de repousser l'âge légal de départ de 62 à 64 ans d'ici 2030. Le "
                "gouvernement affirme qu'elle est nécessaire pour équilibrer le système d'ici la fin de la "
                "décennie.",
            ),
            (
                "q",
                "« C'est la plus grande mobilisation sociale depuis des décennies », a déclaré le secrétaire "
                "général de la CFDT.",
            ),
            ("h", "Grèves dans les transports"),
            (
                "p",
                "Dans les transports, un TGV sur cinq circulait et la plupart des lignes de métro parisiennes "
                "étaient perturbées. Dans les raffineries, les grévistes ont bloqué les expéditions de carburant.",
            ),
            ("p", "Le Sénat doit voter sur le texte d'ici dimanche."),
        ],
    },
    {
        "slug": "fr-pluie-recoltes",
        "lang": "fr",
        "outlet": "La Gazette du Centre",
        "author": "Antoine Lefèvre",
        "date": "2024-07-11",
        "headline": "Après un printemps pluvieux, la récolte de blé s'annonce la plus faible depuis 40 ans",
        "standfirst": None,
        "blocks": [
            (
                "p",
                "La récolte de blé tendre devrait atteindre 26 millions de tonnes cette année, soit 25 pour "
                "cent de moins que l'an dernier, selon les estimations publiées jeudi par le ministère de "
                "l'Agriculture.",
            ),
            (
                "p",
                "Il s'agirait de la plus faible récolte depuis 1983. Les pluies abondantes de l'automne et "
                "du printemps ont empêché de nombreux agriculteurs de semer à temps.",
            ),
            (
                "q",
                "« Dans certaines parcelles, nous n'avons récolté que la moitié de ce que nous faisons "
                "d'habitude », explique Jean-Marc Dubois, céréalier dans le Loiret.",
            ),
            (
                "p",
                "Le syndicat agricole majoritaire demande au gouvernement un fonds d'urgence de 500 millions "
                "d'euros. Le ministre a promis des reports de cotisations sociales.",
            ),
            (
                "p",
                "Les prix du blé sur le marché européen n'ont pourtant que peu augmenté, car les récoltes "
                "sont bonnes en Russie et en Ukraine.",
            ),
        ],
    },
    {
        "slug": "fr-velo-paris",
        "lang": "fr",
        "outlet": "Paris Matinal",
        "author": "Sophie Bernard",
        "date": "2024-04-09",
        "headline": "À Paris, les vélos ont dépassé les voitures aux heures de pointe",
        "standfirst": "Une étude de l'institut d'urbanisme régional mesure une hausse spectaculaire des "
        "déplacements à vélo.",
        "blocks": [
            (
                "p",
                "Aux heures de pointe, les Parisiens se déplacent désormais davantage à vélo qu'en voiture, "
                "selon une étude publiée mardi par l'institut d'urbanisme de la région.",
            ),
            (
                "p",
                "Le vélo représente 11,2 pour cent des déplacements dans Paris, contre 4,3 pour cent pour la "
                "voiture. Il y a dix ans, la voiture en représentait encore plus de 10 pour cent.",
            ),
            ("h", "Des pistes cyclables nouvelles"),
            (
                "p",
                "La ville a créé près de 300 kilomètres de pistes cyclables depuis 2015, dont une partie "
                "pendant la pandémie. L'adjoint chargé des transports a annoncé 180 kilomètres supplémentaires "
                "d'ici 2026.",
            ),
            (
                "q",
                "« Paris est en train de devenir une ville cyclable, ce que personne n'imaginait il y a dix "
                "ans », a-t-il déclaré.",
            ),
            (
                "p",
                "Les associations d'automobilistes dénoncent une hausse des embouteillages sur le "
                "périphérique.",
            ),
        ],
    },
]
