/** Words of the client reliability index (SCI, METHODOLOGY §11) on sheets and in the pane. */
export const sci = {
  columns: { sci: "SCI", band: "Reliability" },
  bands: { secure: "secure", favourable: "favourable", vulnerable: "vulnerable", "at risk": "at risk" },
  matrix: {
    title: "ABC × reliability (SCI)",
    noSci: "No SCI",
    atRiskA: "A clients at risk: the first calls of the day",
    noneAtRisk: "No A client is at risk",
  },
  team: {
    title: "Reliability (SCI): clients, then turnover",
  },
  pane: {
    bands: "Reliability (SCI)",
    noSci: "no SCI",
    atRiskA: {
      one: "{n} A client is at risk: {names}",
      other: "{n} A clients are at risk: {names}",
    },
  },
};
