lang: de
outlet: Rheinische Rundschau
author: Miriam Schulz
date: 2023-08-28
template: metered
headline: Zum Schulstart fehlen 1200 Lehrkräfte im Land
standfirst: Das Kultusministerium setzt auf Quereinsteiger und pensionierte Lehrer.

Zum Beginn des neuen Schuljahres sind im Land rund 1200 Lehrerstellen unbesetzt. Das geht aus einer Antwort des Kultusministeriums auf eine Anfrage der Opposition hervor.

Am stärksten betroffen sind Grundschulen und Förderschulen. Dort fehlen nach Angaben des Ministeriums jeweils etwa 400 Lehrkräfte.

## Quereinsteiger sollen helfen

Kultusministerin Anna Roth sagte, man habe in diesem Jahr 850 Quereinsteiger eingestellt, so viele wie nie zuvor. Außerdem kehrten 300 pensionierte Lehrkräfte in Teilzeit zurück.

> „Wir werden jede Stelle besetzen, die wir besetzen können“, sagte Roth im Landtag.

Die Lehrergewerkschaft kritisierte, viele Quereinsteiger stünden ohne pädagogische Ausbildung vor der Klasse. Der Unterrichtsausfall sei im vergangenen Schuljahr auf 6,2 Prozent gestiegen.
