lang: en
outlet: The Civic Observer
author: Hannah Moss
date: 2024-01-30
template: regional
headline: Police force has 600 fewer officers than in 2010, figures show

The county police force has 600 fewer officers than it did in 2010, despite a national recruitment drive, according to figures released on Tuesday.

The force employed 2,940 officers at the end of December, compared with 3,540 in March 2010. Over the same period the county's population grew by about 8 percent.

The police and crime commissioner, Roger Hale, said the force had recruited 410 officers in the last three years but that many experienced officers had retired.

> “We are recruiting as fast as we can train people. The problem is that we are losing experience faster than we can replace it,” Hale said.

Recorded crime in the county rose by 6 percent last year, driven by a rise in shoplifting and online fraud.
