import type { history as en } from "../en/history";
import type { Words } from "../Words";

export const history: Words<typeof en> = {
  none: "ninguna",
  notAvailable: "n/d",
  pane: { step: "Historial" },
  sheet: {
    name: "Historial de clases",
    title: "Historial de clases, {first} – {last}: ABC y XYZ de cada cliente en cada cierre de periodo",
    abc: "ABC: clase al cierre de un periodo (filas) y al del siguiente (columnas), clientes",
    xyz: "XYZ: clase al cierre de un periodo (filas) y al del siguiente (columnas), clientes",
    stability: "Estabilidad",
    chart: "Cuota de la facturación por clase ABC",
    periodEnd: "Cierre de periodo",
    slipping: "En descenso: más bajos en ABC que un periodo antes ({before} → {last}), los mayores primero",
    noneSlipping: "Ningún cliente bajó en ABC en el último periodo",
    steadyA: "A constantes: A en todos los cierres de periodo, los mayores primero",
    noneSteadyA: "Ningún cliente fue A en todos los cierres de periodo",
    clients: "El recorrido de cada cliente, por clase en {last} y facturación",
    client: "Cliente",
    manager: "Gestor",
    before: "Clase antes",
    now: "Clase ahora",
    turnover: "Facturación",
    streak: "Racha",
  },
};
