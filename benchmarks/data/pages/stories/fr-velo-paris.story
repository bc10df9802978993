lang: fr
outlet: Paris Matinal
author: Sophie Bernard
date: 2024-04-09
template: wordpress
headline: À Paris, les vélos ont dépassé les voitures aux heures de pointe
standfirst: Une étude de l'institut d'urbanisme régional mesure une hausse spectaculaire des déplacements à vélo.

Aux heures de pointe, les Parisiens se déplacent désormais davantage à vélo qu'en voiture, selon une étude publiée mardi par l'institut d'urbanisme de la région.

Le vélo représente 11,2 pour cent des déplacements dans Paris, contre 4,3 pour cent pour la voiture. Il y a dix ans, la voiture en représentait encore plus de 10 pour cent.

## Des pistes cyclables nouvelles

La ville a créé près de 300 kilomètres de pistes cyclables depuis 2015, dont une partie pendant la pandémie. L'adjoint chargé des transports a annoncé 180 kilomètres supplémentaires d'ici 2026.

> « Paris est en train de devenir une ville cyclable, ce que personne n'imaginait il y a dix ans », a-t-il déclaré.

Les associations d'automobilistes dénoncent une hausse des embouteillages sur le périphérique.
