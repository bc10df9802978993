lang: es
outlet: La Voz del Sur
author: Javier Ortega
date: 2023-04-18
template: itemprop
headline: Los embalses andaluces, al 26 por ciento de su capacidad

Los embalses de Andalucía se encuentran al 26 por ciento de su capacidad, el nivel más bajo para esta época del año desde que hay registros, según la Junta.

La consejera de Agricultura, Carmen Crespo, dijo que la comunidad lleva tres años con lluvias muy por debajo de la media y anunció ayudas de 140 millones de euros para los agricultores.

> «Sin agua no hay campo, y sin campo no hay empleo en nuestros pueblos», dijo Crespo.

Las organizaciones agrarias calculan que la producción de cereal caerá más de un 60 por ciento este año. Varios municipios de la Sierra ya reciben agua potable en camiones cisterna.

Los ecologistas critican que la superficie de regadío ha seguido creciendo en la última década pese a la falta de agua.
