import type { sci as en } from "../en/sci";
import type { Words } from "../Words";

export const sci: Words<typeof en> = {
  columns: { sci: "SCI", band: "Fiabilidad" },
  bands: { secure: "seguro", favourable: "favorable", vulnerable: "vulnerable", "at risk": "en riesgo" },
  matrix: {
    title: "ABC × fiabilidad (SCI)",
    noSci: "Sin SCI",
    atRiskA: "Clientes A en riesgo: las primeras llamadas del día",
    noneAtRisk: "Ningún cliente A está en riesgo",
  },
  team: {
    title: "Fiabilidad (SCI): clientes y luego facturación",
  },
  pane: {
    bands: "Fiabilidad (SCI)",
    noSci: "sin SCI",
    atRiskA: {
      one: "{n} cliente A está en riesgo: {names}",
      other: "{n} clientes A están en riesgo: {names}",
    },
  },
};
