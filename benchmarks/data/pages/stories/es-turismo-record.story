lang: es
outlet: Diario del Levante
author: Lucía Fernández
date: 2024-01-31
template: regional
headline: España recibió 85 millones de turistas extranjeros en 2023
standfirst: La cifra supera por primera vez el récord anterior a la pandemia.

España recibió 85,1 millones de turistas internacionales en 2023, un 18,7 por ciento más que el año anterior, según los datos publicados este miércoles por el Instituto Nacional de Estadística.

La cifra supera el récord de 2019, cuando llegaron 83,5 millones de visitantes. Los turistas gastaron en total 108.662 millones de euros, un 24,7 por ciento más que en 2022.

Reino Unido fue el principal país emisor, con 17,3 millones de turistas, seguido de Francia y Alemania.

> «Es un año histórico para el turismo español», afirmó el ministro de Industria y Turismo en una rueda de prensa.

## Críticas en las ciudades

Asociaciones vecinales de Barcelona y Málaga advirtieron de que el crecimiento del turismo está encareciendo los alquileres. En Málaga, el precio medio del alquiler subió un 14 por ciento el año pasado.
