lang: en
outlet: Northern Sports Post
author: Danny Kerr
date: 2021-08-02
template: wordpress
headline: Club confirms plans for 60,000-seat stadium

Northfield United confirmed on Monday that it will build a 60,000-seat stadium on the site of a former steelworks, two miles from its current ground.

The club's chief executive, Sarah Lund, said the project would cost about £450 million and would be paid for by the owners and a loan, not by the council.

The current ground holds 31,000 spectators and the club has a waiting list of 12,000 for season tickets, according to figures published by the club.

> “We have sold out every league game for nine seasons. We are turning supporters away every week,” Lund said.

Local residents' groups have raised concerns about traffic. A survey by the residents' association found that 64 percent of people living near the site opposed the plans.

The club hopes to submit a planning application in the spring and to play its first game in the new stadium in 2026.
