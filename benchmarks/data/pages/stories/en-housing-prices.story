lang: en
outlet: Bay Business Review
author: Nadia Petrova
date: 2023-07-06
template: itemprop
headline: House prices fall for fourth month in a row
standfirst: Higher mortgage rates are keeping buyers away, the country's largest lender said.

House prices fell by 0.3 percent in June, the fourth monthly fall in a row, according to the country's largest mortgage lender.

The average home now costs £281,000, about 2.6 percent less than a year ago. The average two-year fixed mortgage rate rose to 6.5 percent, the highest since 2008.

The lender's chief economist, Robert Gardner, said the number of mortgage approvals had fallen by a quarter since January.

## First-time buyers

Estate agents said first-time buyers were the most affected. A buyer with a 10 percent deposit now needs to spend 43 percent of their take-home pay on mortgage payments, according to the lender's figures.

Rents rose by 9.7 percent over the same period, official figures show.
