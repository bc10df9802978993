lang: en
outlet: The Civic Observer
author: Grace Okafor
date: 2024-05-03
template: semantic
headline: Turnout in local elections lowest in two decades
standfirst: Fewer than three in ten voters took part, according to the electoral commission's provisional figures.

Turnout in Thursday's local elections was 29.4 percent, the lowest since 2004, according to provisional figures from the electoral commission.

The commission said that about 14,000 people were turned away at polling stations because they did not have an accepted form of photo identification.

Campaigners for electoral reform said the real number was likely to be higher, because many people who lacked identification would not have tried to vote at all.

## Parties blame the weather

Spokespeople for both main parties said heavy rain in the afternoon had kept voters at home. The weather service said 18 millimetres of rain fell in the capital between noon and 6pm.

> “Low turnout is a warning to every party, not just the one that lost seats,” said Professor Daniel Reyes of the University of Eastfield.

Final results are expected on Saturday.
