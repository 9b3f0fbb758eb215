import type { history as en } from "../en/history";
import type { Words } from "../Words";

export const history: Words<typeof en> = {
  none: "ninguna",
  notAvailable: "n/d",
  summary: {
    heading: "Historial de clases, {count} cierres de periodo: {first} – {last}",
    abc: "ABC: clase al cierre de un periodo (filas) y al del siguiente (columnas), clientes",
    xyz: "XYZ: clase al cierre de un periodo (filas) y al del siguiente (columnas), clientes",
    stability: "Estabilidad (clientes que conservaron su clase de un cierre al siguiente): ABC {abc}, XYZ {xyz}",
    slipping: "Más bajos en ABC que en el cierre anterior ({before} → {last}): {count}",
    steadyA: "A en todos los cierres de periodo: {count}",
  },
};
