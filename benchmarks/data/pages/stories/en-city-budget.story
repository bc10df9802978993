lang: en
outlet: Riverside Courier
author: Marcus Webb
date: 2023-03-08
template: divsoup
headline: Council approves budget with 4.9% rise in property tax

Riverside city council approved a £212 million budget on Tuesday night, including a 4.9 percent rise in the council's share of property tax, the largest increase allowed without a local referendum.

Council leader Anita Patel said the rise would cost a typical band D household an extra £91 a year, and that without it the council would have had to close four libraries and two leisure centres.

The opposition group said the council had spent £14 million on consultants over three years and could have avoided the rise by bringing that work in-house.

> “Residents are being asked to pay more for less, while the consultants are paid first,” said opposition leader Tom Hargreaves.

Adult social care takes up 38 percent of the budget, up from 31 percent five years ago, according to the council's own figures.

## Bus routes saved

Three bus routes that were due to be cut in April will run until at least March next year, funded by a one-off grant of £1.2 million from the regional transport authority.
