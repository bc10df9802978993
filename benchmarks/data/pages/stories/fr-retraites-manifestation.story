lang: fr
outlet: Le Quotidien de l'Ouest
author: Claire Martin
date: 2023-03-07
template: divsoup
headline: Retraites : plus d'un million de manifestants selon le ministère
standfirst: Les syndicats revendiquent 3,5 millions de personnes dans les rues, un record.

Plus d'un million de personnes ont manifesté mardi en France contre la réforme des retraites, selon le ministère de l'Intérieur. Les syndicats en ont compté 3,5 millions.

La réforme prévoit de repousser l'âge légal de départ de 62 à 64 ans d'ici 2030. Le gouvernement affirme qu'elle est nécessaire pour équilibrer le système d'ici la fin de la décennie.

> « C'est la plus grande mobilisation sociale depuis des décennies », a déclaré le secrétaire général de la CFDT.

## Grèves dans les transports

Dans les transports, un TGV sur cinq circulait et la plupart des lignes de métro parisiennes étaient perturbées. Dans les raffineries, les grévistes ont bloqué les expéditions de carburant.

Le Sénat doit voter sur le texte d'ici dimanche.
