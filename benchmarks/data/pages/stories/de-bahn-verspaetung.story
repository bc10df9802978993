lang: de
outlet: Norddeutsche Nachrichten
author: Jonas Becker
date: 2023-09-14
template: divsoup
headline: Nur zwei Drittel der Fernzüge kamen pünktlich

Im August ist nur knapp zwei Drittel der Fernzüge der Bahn pünktlich angekommen. Die Pünktlichkeitsquote lag bei 65,4 Prozent, wie das Unternehmen am Donnerstag mitteilte.

Als pünktlich gilt ein Zug, wenn er weniger als sechs Minuten verspätet ist. Ausgefallene Züge werden in der Statistik nicht mitgezählt.

Ein Bahnsprecher nannte die zahlreichen Baustellen als wichtigsten Grund. Derzeit werde an rund 1000 Stellen im Netz gleichzeitig gebaut.

> „Das Netz ist zu alt, zu voll und zu störanfällig“, sagte Verkehrsexpertin Petra Lindner von der Technischen Universität.

Der Fahrgastverband forderte, auch ausgefallene Züge in die Statistik aufzunehmen. Sonst sehe die Quote besser aus, als es die Fahrgäste erlebten.
