/** The pane's result extras, in English: the client search, the legend of classes and the Pareto picture. */
export const results = {
  search: {
    label: "Find a client",
    hint: "Type part of a name to see why a client is in its class.",
    none: "No client's name contains “{query}”.",
    more: {
      one: "{n} more client matches: type more of the name.",
      other: "{n} more clients match: type more of the name.",
    },
    abcXyz: "Classes",
    status: "Status",
    sci: "SCI",
    sciValue: "{value}, {band}",
    manager: "Manager",
    noManager: "(no manager)",
    noClass: "none",
    clear: "Clear the search",
    reason: "Why",
  },
  legend: {
    title: "What the letters mean",
    abc: {
      A: "the largest clients: those before them hold less than {a} of turnover",
      B: "the next ones, up to {b}",
      C: "the rest",
    },
    xyz: {
      X: "buys like clockwork: CV up to {x}",
      Y: "varies: CV up to {y}",
      Z: "hard to forecast: CV above {y}",
    },
    statuses: {
      potential: "in the list, never bought",
      new: "first purchase in the last {window} months",
      permanent: "bought in the last {window} months and in the {window} before",
      restored: "back in the last {window} months after a pause",
      lost: "nothing in the last {window} months",
    },
    sci: {
      secure: "from {from}: loyal",
      favourable: "from {from}: satisfied",
      vulnerable: "from {from}: disappointed, ready to leave",
      "at risk": "below {below}: already buying elsewhere",
    },
  },
  chart: {
    title: "Pareto: clients and their share of turnover",
    summary: "{clientsA} of clients bring {a} of turnover, {clientsB} bring {b}.",
    clients: "Clients, largest first",
    share: "Cumulative share of turnover",
  },
};
