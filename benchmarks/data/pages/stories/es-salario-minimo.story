lang: es
outlet: El Observador Económico
author: Marta Ruiz
date: 2024-02-06
template: semantic
headline: El Gobierno sube el salario mínimo a 1.134 euros
standfirst: La subida del 5 por ciento beneficiará a unos 2,5 millones de trabajadores.

El Consejo de Ministros aprobó este martes la subida del salario mínimo interprofesional a 1.134 euros al mes en catorce pagas, un 5 por ciento más que el año pasado.

Según el Ministerio de Trabajo, la medida beneficiará a unos 2,5 millones de trabajadores, la mayoría de ellos mujeres y jóvenes menores de 25 años.

Desde 2018, el salario mínimo ha aumentado un 54 por ciento. La patronal no firmó el acuerdo y advirtió de que la subida puede frenar la contratación en el campo y en el comercio.

> «Es una subida justa que devuelve poder adquisitivo a quienes más lo necesitan», dijo la ministra de Trabajo.
