lang: de
outlet: Hauptstadt Kurier
author: Felix Hartmann
date: 2024-02-20
template: wordpress
headline: Baugenehmigungen für Wohnungen brechen ein

Im vergangenen Jahr wurde der Bau von rund 260.000 Wohnungen genehmigt. Das sind 27 Prozent weniger als im Jahr davor, wie das Statistische Bundesamt am Dienstag mitteilte.

Die Bundesregierung hatte sich das Ziel gesetzt, jedes Jahr 400.000 neue Wohnungen zu bauen. Dieses Ziel wurde in keinem Jahr seit dem Amtsantritt erreicht.

Bauunternehmen machen vor allem die gestiegenen Zinsen und Baukosten verantwortlich. Die Preise für den Neubau von Wohngebäuden lagen im Herbst um 8,5 Prozent über dem Vorjahr.

> „Die Lage ist dramatisch, und sie wird sich in diesem Jahr nicht bessern“, sagte der Präsident des Bauindustrieverbands, Peter Hübner.

Das Bauministerium verwies auf ein neues Förderprogramm für klimafreundliche Neubauten, das im März starten soll.
