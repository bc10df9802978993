lang: fr
outlet: La Gazette du Centre
author: Antoine Lefèvre
date: 2024-07-11
template: metered
headline: Après un printemps pluvieux, la récolte de blé s'annonce la plus faible depuis 40 ans

La récolte de blé tendre devrait atteindre 26 millions de tonnes cette année, soit 25 pour cent de moins que l'an dernier, selon les estimations publiées jeudi par le ministère de l'Agriculture.

Il s'agirait de la plus faible récolte depuis 1983. Les pluies abondantes de l'automne et du printemps ont empêché de nombreux agriculteurs de semer à temps.

> « Dans certaines parcelles, nous n'avons récolté que la moitié de ce que nous faisons d'habitude », explique Jean-Marc Dubois, céréalier dans le Loiret.

Le syndicat agricole majoritaire demande au gouvernement un fonds d'urgence de 500 millions d'euros. Le ministre a promis des reports de cotisations sociales.

Les prix du blé sur le marché européen n'ont pourtant que peu augmenté, car les récoltes sont bonnes en Russie et en Ukraine.
