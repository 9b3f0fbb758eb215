import { csvCell, parseCsv } from "../../src/cli/parseCsv";

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
