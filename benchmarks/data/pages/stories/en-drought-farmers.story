lang: en
outlet: Valley Times
author: Rosa Mendes
date: 2022-08-19
template: regional
headline: Farmers warn of lost harvest as drought enters third month
standfirst: Rainfall in July was the lowest on record in the region, and a hosepipe ban is expected next week.

Farmers in the Elm Valley say they expect to lose up to a third of this year's potato harvest after the driest July since records began in 1836.

The regional weather service recorded 4.2 millimetres of rain in July, against an average of 62 millimetres. River levels are at their lowest for 40 years, the environment agency said.

## Water restrictions

The water company said it would announce a ban on garden hosepipes next week. It said reservoirs were at 38 percent of capacity, compared with 71 percent at this time last year.

Critics point out that the company loses about 180 million litres a day through leaking pipes, a figure it does not dispute.

> “We are being told to save water while a fifth of it leaks out of their pipes,” said Alan Brook, who farms 300 hectares near Milton.

The company said it had cut leakage by 14 percent since 2018 and would invest £90 million in new pipes over the next five years.
