lang: en
outlet: Planet Wire
author: Leo Brandt
date: 2023-03-20
template: wordpress
headline: UN climate panel says 1.5C limit will likely be passed in early 2030s
standfirst: The report is the last in the panel's current cycle and summarises eight years of research.

The world is likely to pass 1.5 degrees Celsius of warming above pre-industrial levels in the first half of the 2030s, the UN's climate science panel said on Monday.

The panel said global emissions would need to fall by about 43 percent by 2030, compared with 2019 levels, to keep the limit within reach. Emissions rose by about 1 percent last year.

The report says wind and solar power have become cheaper than fossil fuels in many countries, and that the cost of solar power fell by 85 percent between 2010 and 2019.

> “The climate time-bomb is ticking, but the report is also a how-to guide to defuse it,” the UN secretary-general said.

Oil-producing countries argued during the approval session for stronger language on technologies that capture carbon dioxide, delegates said.
