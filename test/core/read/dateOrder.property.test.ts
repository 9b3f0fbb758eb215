/**
 * Slash dates in a long export: when some date has a part above 12 the column's order is settled
 * and every date reads in it; when none has, the order is a guess, made from the user's locale
 * (or choice) and said in a note. Either way no date is read in an order nobody stated.
 */
import fc from "fast-check";
import { readTable, type CellValue } from "../../../src/core";
import { dataset, serial, sheet } from "../../support/grid";

const pad = (n: number) => String(n).padStart(2, "0");

describe("day order of a column of slash dates (property)", () => {
  it("reads every date in the order the column settles, else in the one assumed and said", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }) }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom<"dmy" | "mdy">("dmy", "mdy"),
        fc.constantFrom<"dmy" | "mdy">("dmy", "mdy"),
        fc.boolean(),
        (dates, written, locale, given) => {
          const text = ({ day, month }: { day: number; month: number }) =>
            written === "dmy" ? `${pad(day)}/${pad(month)}/2024` : `${pad(month)}/${pad(day)}/2024`;
          const rows: CellValue[][] = [["Client", "Date", "Amount"], ...dates.map((d, i) => [`Client ${i}`, text(d), 10])];
          const options = given ? { given: written } : { fallback: locale };
          const data = dataset(readTable(sheet(rows), { dateOrder: options }));
          const settled = dates.some((d) => d.day > 12);
          const ambiguous = dates.some((d) => d.day <= 12 && d.day !== d.month);
          const note = data.table.notes.find((n) => n.code === "dateOrderAssumed");
          const order = settled || given ? written : locale;
          expect(note === undefined ? null : note.text).toBe(!settled && !given && ambiguous ? locale : null);
          const expected = dates.map(({ day, month }) => (order === written ? serial(2024, month, day) : serial(2024, day, month)));
          expect(Array.from(data.sales.day)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
