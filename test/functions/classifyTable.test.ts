import { CLASSIFY } from "../../src/functions/functions";
import { classifyTable } from "../../src/functions/classifyTable";

const HEADER = ["Client", "Turnover", "Share", "Cumulative share", "ABC", "CV", "XYZ", "Status"];

/** Rows of the result by client name, without the header. */
function byClient(out: unknown[][]): Record<string, unknown[]> {
  return Object.fromEntries(out.slice(1).map((row) => [String(row[0]), row.slice(1)]));
}

describe("CLASSIFY", () => {
  const table = [
    ["Client", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "Total"],
    ["Acme", 0, 100, 100, 100, 100, 100, 100, 600],
    ["Bolt", 0, 50, 0, 50, 0, 50, 0, 150],
    ["Crux", 0, 0, 0, 0, 0, 60, 40, 100],
    ["Dune", 0, 80, 20, 0, 0, 0, 0, 100],
    ["Echo", 10, 0, 0, 0, 0, 0, 40, 50],
    ["Fern", null, null, null, null, null, null, null, null],
    ["Gale", 0, 0, 50, -80, 0, 0, 0, -30],
    ["Total", 10, 230, 120, 150, 100, 210, 180, 1000],
  ];

  it.each([
    ["ru", ["Клиент", "Оборот", "Доля", "Накопленная доля", "ABC", "КВ", "XYZ", "Статус"]],
    ["es", ["Cliente", "Facturación", "Cuota", "Cuota acumulada", "ABC", "CV", "XYZ", "Estado"]],
  ] as const)(
    "writes its header row in the display language (%s), the rows unchanged",
    (language, header) => {
      const english = classifyTable(table, undefined, undefined, undefined, undefined, undefined, "en");
      const local = classifyTable(table, undefined, undefined, undefined, undefined, undefined, language);
      if (!english.ok || !local.ok) throw new Error("CLASSIFY refused the table");
      expect(english.value[0]).toEqual(HEADER);
      expect(local.value[0]).toEqual(header);
      expect(local.value.slice(1)).toEqual(english.value.slice(1));
    },
  );

  it("writes a header row and one row per client in table order", () => {
    const out = CLASSIFY(table);
    expect(out[0]).toEqual(HEADER);
    expect(out.slice(1).map((r) => r[0])).toEqual(["Acme", "Bolt", "Crux", "Dune", "Echo", "Fern", "Gale"]);
  });

  it("gives turnover, shares and ABC of §3, skipping the totals row and column", () => {
    const rows = byClient(CLASSIFY(table));
    expect(rows.Acme.slice(0, 4)).toEqual([600, 0.6, 0.6, "A"]);
    expect(rows.Bolt.slice(0, 4)).toEqual([150, 0.15, 0.75, "B"]);
    // Crux and Dune tie at 100: both have P = 75 % and share class B.
    expect(rows.Crux.slice(0, 4)).toEqual([100, 0.1, 0.85, "B"]);
    expect(rows.Dune.slice(0, 4)).toEqual([100, 0.1, 0.85, "B"]);
    expect(rows.Echo[3]).toBe("C");
  });

  it("gives a client with net returns C, share 0 and a cumulative share of 100 %", () => {
    expect(byClient(CLASSIFY(table)).Gale.slice(0, 4)).toEqual([-30, 0, 1, "C"]);
  });

  it("leaves ABC, cumulative share, CV and XYZ blank for a potential client", () => {
    expect(byClient(CLASSIFY(table)).Fern).toEqual([0, 0, "", "", "", "", "potential"]);
  });

  it("gives statuses of §5 with a three-period window, and no XYZ to a new client", () => {
    const rows = byClient(CLASSIFY(table));
    expect(Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v[6]]))).toEqual({
      Acme: "permanent",
      Bolt: "permanent",
      Crux: "new",
      Dune: "lost",
      Echo: "restored",
      Fern: "potential",
      Gale: "lost",
    });
    expect(rows.Crux.slice(4, 6)).toEqual(["", ""]);
    expect(rows.Acme.slice(4, 6)).toEqual([0, "X"]);
    expect(rows.Bolt.slice(4, 6)).toEqual([1, "Z"]);
  });

  it("takes thresholds as percents and the window in periods", () => {
    const rows = byClient(CLASSIFY(table, 80, 95, 10, 25, 1));
    expect(rows.Bolt[3]).toBe("A");
    expect(rows.Crux[6]).toBe("permanent");
  });

  it("skips text columns before the periods and empty rows under the table", () => {
    const withSegment = [
      ["Клиент", "Сегмент", "янв.25", "фев.25"],
      ["Acme", "Retail", 100, 100],
      [" Acme\u00a0", "Retail", 50, null],
      [null, null, null, null],
      [0, 0, 0, 0],
    ];
    const out = CLASSIFY(withSegment);
    expect(out).toHaveLength(2);
    expect(out[1].slice(0, 2)).toEqual(["Acme", 250]);
  });

  it("takes a quarterly table's activity window as one quarter, as the engine does", () => {
    const quarters = [
      ["Client", "Q1 2025", "Q2 2025", "Q3 2025"],
      ["Acme", 100, 0, 50],
      ["Bolt", 0, 100, 50],
    ];
    expect(
      CLASSIFY(quarters)
        .slice(1)
        .map((r) => r[7]),
    ).toEqual(["restored", "permanent"]);
    expect(
      CLASSIFY(
        quarters,
        null as unknown as number,
        null as unknown as number,
        null as unknown as number,
        null as unknown as number,
        3,
      )
        .slice(1)
        .map((r) => r[7]),
    ).toEqual(["new", "new"]);
  });

  it("reads amounts typed as text the way the engine's reader does", () => {
    const out = CLASSIFY([
      ["Client", "2025-01", "2025-02"],
      ["Acme", "1 234,50", "(34,50)"],
    ]);
    expect(out[1][1]).toBe(1200);
  });

  it("sums a client listed twice, matching keys after trimming spaces and regardless of case", () => {
    const out = CLASSIFY([
      ["Client", "Jan", "Feb"],
      ["Acme", 10, 0],
      ["ACME ", 0, 30],
    ]);
    expect(out.slice(1).map((r) => r.slice(0, 2))).toEqual([["Acme", 40]]);
  });

  it.each([
    [
      "a table with a date in place of the client header",
      [
        [45658, 45689],
        [10, 20],
      ],
      { code: "noClientColumn", header: "45658" },
    ],
    [
      "a table that starts with a period column",
      [
        ["2025-01", "2025-02"],
        [10, 20],
      ],
      { code: "noClientColumn", header: "2025-01" },
    ],
    [
      "a table of amounts under a blank header",
      [
        [null, "Jan"],
        [10, 20],
        [30, 40],
      ],
      { code: "noClientColumn", header: "" },
    ],
    ["a header row alone", [["Client", "Jan"]], { code: "noClientRows" }],
    ["a client column alone", [["Client"], ["Acme"]], { code: "noPeriodColumns" }],
    [
      "amounts without a client",
      [
        ["Client", "Jan"],
        ["Acme", 5],
        [null, 7],
      ],
      { code: "amountsWithoutClient", row: 3 },
    ],
    [
      "a word among the amounts",
      [
        ["Client", "Jan", "Feb"],
        ["Acme", 5, "none"],
      ],
      { code: "textInRange", text: "none", row: 2, col: 3 },
    ],
  ])("refuses %s with a message", (_, rows, problem) => {
    expect(classifyTable(rows)).toEqual({ ok: false, problem });
  });

  it("says in words what is wrong with a table without a client column", () => {
    expect(() =>
      CLASSIFY([
        [45658, 45689],
        [10, 20],
      ]),
    ).toThrow("The first column must hold clients, but its header '45658' is a period or an amount");
  });
});
