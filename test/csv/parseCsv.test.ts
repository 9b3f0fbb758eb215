import fc from "fast-check";
import { csvCell, readCsv } from "../../src/csv/parseCsv";

/** The sheet of a CSV text that must read. */
function parseCsv(text: string, name: string) {
  const read = readCsv(text, name);
  if (!read.ok) throw new Error(`not read: ${JSON.stringify(read.problem)}`);
  return read.sheet;
}

describe("parseCsv", () => {
  it.each([
    [",", "Client,Sales\nAcme,10\n"],
    [";", "Client;Sales\nAcme;10\n"],
    ["tab", "Client\tSales\nAcme\t10\n"],
    ["|", "Client|Sales\nAcme|10\n"],
  ])("detects the %s delimiter", (_name, text) => {
    expect(parseCsv(text, "sales").values).toEqual([
      ["Client", "Sales"],
      ["Acme", 10],
    ]);
  });

  it("keeps delimiters, quotes and line breaks inside quoted fields", () => {
    const text = 'Client;Note;Sales\n"Acme; Ltd";"said ""hi""\nthen left";"1 234,56"\n';
    expect(parseCsv(text, "s").values).toEqual([
      ["Client", "Note", "Sales"],
      ["Acme; Ltd", 'said "hi"\nthen left', "1 234,56"],
    ]);
  });

  it.each([
    ["\\r\\n", "Client,Sales\r\nAcme,10\r\nBolt,7\r\n"],
    ["\\n", "Client,Sales\nAcme,10\nBolt,7\n"],
    ["\\r", "Client,Sales\rAcme,10\rBolt,7"],
  ])("splits records at %s line breaks, with or without quotes", (_name, text) => {
    const expected = [
      ["Client", "Sales"],
      ["Acme", 10],
      ["Bolt", 7],
    ];
    expect(parseCsv(text, "s").values).toEqual(expected);
    expect(parseCsv(text.replace("Bolt", '"Bolt"'), "s").values).toEqual(expected);
  });

  it("keeps blank lines so row numbers match the file", () => {
    expect(parseCsv("a,b\n\n1,2", "s").values).toEqual([["a", "b"], [null], [1, 2]]);
  });

  it("names the sheet and starts at A1", () => {
    expect(parseCsv("a\n1", "sales")).toMatchObject({ name: "sales", top: 0, left: 0 });
  });
});

describe("readCsv refuses what it cannot read faithfully", () => {
  it("names the line of a quote that is never closed, instead of running the next lines into one client", () => {
    const text = 'Client,Date,Amount\nAcme,2024-01-05,10\n"Bolt Ltd,2024-01-06,20\nCoda,2024-01-07,30\n';
    expect(readCsv(text, "s")).toEqual({ ok: false, problem: { code: "unbalancedQuote", line: 3 } });
  });

  it("names the line where a stray quote closes a field with text after it", () => {
    const text = 'Client,Date,Amount\nAcme,2024-01-05,10\nBolt "the best",2024-01-06,20\n"Coda" Ltd,2024-01-07,30\n';
    expect(readCsv(text, "s")).toMatchObject({ ok: false, problem: { code: "unbalancedQuote", line: 4 } });
  });

  it("refuses two stray quotes that would swallow the lines between them into one record", () => {
    const text = 'Client,Date,Amount\n"Acme,2024-01-05,10\nBolt,2024-01-06,20\nCoda,2024-01-07",30\nDone,2024-01-08,5\n';
    expect(readCsv(text, "s")).toEqual({ ok: false, problem: { code: "unbalancedQuote", line: 2 } });
  });

  it("still reads quoted fields that hold line breaks when the record keeps the table's width", () => {
    const text = 'Client,Note,Amount\nAcme,"two\nlines",10\nBolt,plain,20\n';
    expect(parseCsv(text, "s").values).toEqual([
      ["Client", "Note", "Amount"],
      ["Acme", "two\nlines", 10],
      ["Bolt", "plain", 20],
    ]);
  });

  it.each([
    ["without quotes", "Client;Date;Amount\nAcme;2024-01-05;10\nBolt,2024-01-06,20\n"],
    ["with quotes", 'Client;Date;Amount\n"Acme";2024-01-05;10\nBolt,2024-01-06,20\n'],
  ])("names the first line split by another delimiter than the table's (%s)", (_name, text) => {
    expect(readCsv(text, "s")).toEqual({ ok: false, problem: { code: "mixedDelimiters", line: 3, delimiter: ";", found: ",", fields: 3 } });
  });

  it("reads a title line above the table and short rows that no other delimiter explains", () => {
    expect(parseCsv("Sales 2024\nClient,Amount\nAcme,10\nBolt\n", "s").values).toEqual([["Sales 2024"], ["Client", "Amount"], ["Acme", 10], ["Bolt"]]);
  });
});

describe("csvCell", () => {
  it.each([
    ["42", 42],
    ["-3.5", -3.5],
    ["19970101", 19970101],
    ["0.25", 0.25],
    ["", null],
    ["007", "007"],
    ["1.234", "1.234"],
    ["1 234,56", "1 234,56"],
    ["1234567890123456789", "1234567890123456789"],
    ["seventy", "seventy"],
    [" 42", " 42"],
  ])("reads %j as %j", (text, value) => {
    expect(csvCell(text)).toEqual(value);
  });
});

describe("readCsv's cells", () => {
  it("are exactly csvCell of each field's text, numbers and shared texts alike", () => {
    const field = fc.stringMatching(/^-?[0-9]{0,18}(\.[0-9]{0,6})?[a-c ]?$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(field, field), { minLength: 1, maxLength: 20 }), (rows) => {
        const text = `Key,A,B\n${rows.map(([a, b], i) => `k${i},${a},${b}`).join("\n")}\n`;
        const values = parseCsv(text, "s").values;
        rows.forEach(([a, b], i) => {
          expect(values[i + 1][1]).toBe(csvCell(a));
          expect(values[i + 1][2]).toBe(csvCell(b));
        });
      }),
      { numRuns: 300 },
    );
  });
});
