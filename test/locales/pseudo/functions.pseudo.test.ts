import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { classifyHeaderRow } from "../../../src/functions/classifyTable";
import { functionMessage } from "../../../src/functions/functionMessage";
import type { FunctionProblem } from "../../../src/functions/functionResult";
import { localizeMetadata, type FunctionsMetadata } from "../../../src/functions/localizeMetadata";
import { UNACCENTED, usePseudoLocale } from "./pseudoLocale";

const ENTRY = join(__dirname, "../../../src/functions/functions.ts");

/** Shared terms that stay as they are in every language. */
const ALLOWED = new Set(["ABC", "XYZ", "CV", "SCI", "CLIENTSTATUS"]);
const plain = (text: string) => (text.match(UNACCENTED) ?? []).filter((word) => !ALLOWED.has(word));

/** One problem of every kind a function can report; a Record makes the compiler list them all. */
const PROBLEMS: Readonly<Record<FunctionProblem["code"], FunctionProblem>> = {
  textInRange: { code: "textInRange", text: "жжж", row: 2, col: 3 },
  errorInRange: { code: "errorInRange", text: "#ДЕЛ/0!", row: 2, col: 3 },
  emptyRange: { code: "emptyRange" },
  notOneLine: { code: "notOneLine", rows: 2, cols: 3 },
  notANumber: { code: "notANumber", argument: "α", text: "жжж" },
  noPositive: { code: "noPositive" },
  nonPositiveMean: { code: "nonPositiveMean" },
  singlePeriod: { code: "singlePeriod" },
  negativeCv: { code: "negativeCv", value: -1 },
  thresholdRange: { code: "thresholdRange", argument: "α", value: 2 },
  thresholdOrder: { code: "thresholdOrder", first: "α", second: "β", low: 0.8, high: 0.5 },
  windowRange: { code: "windowRange", value: 0 },
  noClientRows: { code: "noClientRows" },
  noClientColumn: { code: "noClientColumn", header: "жжж" },
  noPeriodColumns: { code: "noPeriodColumns" },
  amountsWithoutClient: { code: "amountsWithoutClient", row: 4 },
  notOneValue: { code: "notOneValue", rows: 2, cols: 3 },
  notAnSci: { code: "notAnSci", text: "жжж" },
  notAScore: { code: "notAScore", text: "жжж", row: 1, col: 2 },
  noScore: { code: "noScore" },
};

describe("the pseudo-locale through the custom functions", () => {
  let english: FunctionsMetadata;

  beforeAll(async () => {
    english = JSON.parse((await generateCustomFunctionsMetadata(ENTRY)).metadataJson);
    usePseudoLocale();
  });

  it("gives every name and description of the metadata from the catalog", () => {
    const pseudo = localizeMetadata(english, "en");
    const texts = pseudo.functions.flatMap((fn) => [
      fn.name,
      fn.description ?? "",
      ...fn.parameters.flatMap((p) => [p.name, p.description ?? ""]),
    ]);
    expect(texts.length).toBeGreaterThan(30);
    expect(texts.filter((text) => plain(text).length > 0)).toEqual([]);
    expect(pseudo.functions.find((fn) => fn.id === "CLASSIFY")?.name).toBe("ÇĻÅŠŠÎƑÝ");
  });

  it("writes CLASSIFY's header row in the catalog's words", () => {
    const header = classifyHeaderRow("en");
    expect(header).toHaveLength(8);
    expect(header.filter((text) => plain(text).length > 0)).toEqual([]);
  });

  it("says every problem in the catalog's words", () => {
    const said = Object.values(PROBLEMS).map((problem) => functionMessage(problem, "en"));
    expect(said.filter((text) => plain(text).length > 0)).toEqual([]);
    expect(said.every((text) => text.startsWith("["))).toBe(true);
  });
});
