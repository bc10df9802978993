lang: de
outlet: Rheinische Rundschau
author: Katrin Vogel
date: 2022-10-05
template: semantic
headline: Stadtwerke erhöhen Strompreise um 38 Prozent
standfirst: Ab Januar zahlt ein durchschnittlicher Haushalt rund 540 Euro mehr im Jahr.

Die Stadtwerke erhöhen zum 1. Januar ihre Strompreise um durchschnittlich 38 Prozent. Das teilte das Unternehmen am Mittwoch mit.

Ein Haushalt mit einem Verbrauch von 3500 Kilowattstunden im Jahr zahlt damit rund 540 Euro mehr als bisher. Betroffen sind nach Angaben der Stadtwerke etwa 120.000 Kunden.

Geschäftsführer Jens Albrecht begründete die Erhöhung mit den gestiegenen Einkaufspreisen an der Strombörse, die sich im Vergleich zum Vorjahr mehr als verdreifacht hätten.

> „Wir geben nur die Kosten weiter, die wir selbst nicht beeinflussen können“, sagte Albrecht.

## Verbraucherzentrale rät zum Vergleich

Die Verbraucherzentrale rät Kunden, ihren Zählerstand zum Jahreswechsel zu notieren und die Abschläge zu prüfen. Ein Wechsel des Anbieters lohne sich derzeit aber nur selten, sagte eine Sprecherin.

Die Bundesregierung hat eine Preisbremse angekündigt, die den Strompreis für 80 Prozent des Vorjahresverbrauchs auf 40 Cent pro Kilowattstunde begrenzen soll.
