import type { results as en } from "../en/results";
import type { Words } from "../Words";

/** Los extras del resultado: la búsqueda de clientes, la leyenda de las clases y el gráfico de Pareto. */
export const results: Words<typeof en> = {
  search: {
    label: "Buscar un cliente",
    hint: "Escriba parte de un nombre para ver por qué un cliente está en su clase.",
    none: "Ningún cliente contiene «{query}» en su nombre.",
    more: {
      one: "Coincide {n} cliente más: escriba más del nombre.",
      other: "Coinciden {n} clientes más: escriba más del nombre.",
    },
    abcXyz: "Clases",
    status: "Estado",
    sci: "SCI",
    sciValue: "{value}, {band}",
    manager: "Gestor",
    noManager: "(sin gestor)",
    noClass: "ninguna",
    clear: "Borrar la búsqueda",
    reason: "Por qué",
  },
  legend: {
    title: "Qué significan las letras",
    abc: {
      A: "los mayores clientes: los anteriores suman menos del {a} de la facturación",
      B: "los siguientes, hasta el {b}",
      C: "el resto",
    },
    xyz: {
      X: "compra como un reloj: CV hasta {x}",
      Y: "varía: CV hasta {y}",
      Z: "difícil de prever: CV mayor que {y}",
    },
    statuses: {
      potential: "en la lista, nunca compró",
      new: "primera compra en los últimos {window} meses",
      permanent: "compró en los últimos {window} meses y en los {window} anteriores",
      restored: "volvió en los últimos {window} meses tras una pausa",
      lost: "nada en los últimos {window} meses",
    },
    sci: {
      secure: "desde {from}: leal",
      favourable: "desde {from}: satisfecho",
      vulnerable: "desde {from}: decepcionado, a punto de irse",
      "at risk": "por debajo de {below}: ya compra a otros",
    },
  },
  chart: {
    title: "Pareto: los clientes y su parte de la facturación",
    summary: "El {clientsA} de los clientes aporta el {a} de la facturación; el {clientsB}, el {b}.",
    clients: "Clientes, de mayor a menor",
    share: "Parte acumulada de la facturación",
  },
};
