lang: en
outlet: Health Desk Weekly
author: Priya Raman
date: 2022-11-17
template: metered
headline: Study finds measles vaccination rates fell in 41 countries
standfirst: The report blames disruption during the pandemic and warns of outbreaks in the coming winter.

Measles vaccination rates fell in 41 countries between 2019 and 2021, according to a study published on Thursday by researchers at the Global Immunisation Institute.

The study, which used data reported by national health ministries, found that about 25 million children missed at least one routine vaccine dose in 2021, two million more than the year before.

Dr Helen Osei, who led the research, said the fall was steepest in countries where clinics had been closed or repurposed during the pandemic.

> “Measles is the first disease to come back when coverage drops, because it is so contagious,” Osei said. “We expect outbreaks this winter unless catch-up campaigns start now.”

Coverage of the first dose fell to 81 percent worldwide, the lowest level since 2008. Health experts say at least 95 percent of children need two doses to stop the disease spreading.

The World Health Organization said last month that it had recorded measles outbreaks in 22 countries so far this year.
