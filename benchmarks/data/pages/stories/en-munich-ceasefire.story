lang: en
outlet: The Morning Ledger
author: Jane Doe
date: 2016-02-12
template: semantic
headline: World powers agree to seek a Syria ceasefire within a week
standfirst: Seventeen countries meeting in Munich agreed on a plan for humanitarian access, but Russia's air campaign is set to continue.

Foreign ministers from 17 countries agreed early on Friday to seek a cessation of hostilities in Syria within a week, after more than five hours of talks in a Munich hotel.

US Secretary of State John Kerry said the agreement was only words on paper until it was carried out on the ground. He accused Russia of using unguided bombs in populated areas, which he said had killed hundreds of civilians since October.

> “What we have here are words on paper. What we need to see in the next few days are actions on the ground,” Kerry told reporters.

## Aid convoys first

Under the plan, aid convoys would reach seven besieged towns, among them Madaya and Kafraya, before the truce begins. The United Nations estimates that about 400,000 people live under siege in Syria, most of them in areas held by the government.

Russian Foreign Minister Sergei Lavrov said his country's air force would continue to strike groups it considers terrorist, and that the chances of a truce holding were about 49 percent.

A task force chaired by the United States and Russia is to meet in Geneva next week to work out which groups the truce covers.
