import type { FakeExcel } from "./fakeExcel";

/** Everything the fake workbook holds, as plain sorted data, to compare two states. */
export function workbookState(book: FakeExcel): unknown {
  const sorted = <V>(m: Map<string, V> | Map<number, V>) =>
    [...m.entries()].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return {
    sheets: book.sheets.map((s) => ({
      name: s.name,
      cells: sorted(s.cells),
      numberFormats: sorted(s.numberFormats),
      styles: sorted(s.styles),
      conditionalFormats: s.conditionalFormats.map((c) => JSON.stringify(c)).sort(),
      names: sorted(s.names),
      charts: sorted(s.charts),
      widths: sorted(s.widths),
      validation: sorted(s.validation),
      freeze: s.freeze,
    })),
    names: sorted(book.workbookNames),
  };
}
