lang: en
outlet: Riverside Courier
author: Fiona Grant
date: 2023-10-12
template: metered
headline: Emergency waits at city hospital reach record high

More than 2,300 patients waited over 12 hours in the emergency department of St Aidan's Hospital in September, the highest figure since the hospital began publishing data in 2011.

The hospital trust said demand had risen by 9 percent compared with September last year, while 140 of its beds were occupied by patients who were well enough to leave but had nowhere to go.

## Beds blocked

The trust's medical director, Dr Samuel Achebe, said the shortage of care home places was the single biggest cause of the delays.

> “Every bed we cannot free is a patient left on a trolley in a corridor,” Achebe told the trust's board.

The regional health authority said it had given the trust £3 million to open 60 extra beds over the winter.
