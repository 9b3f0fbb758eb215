import {
  FunctionError,
  amountOf,
  readAbcThresholds,
  readLine,
  readWindow,
  readXyzThresholds,
  toExcel,
} from "../../src/functions/runner";
import { fail, ok } from "../../src/functions/functionResult";

describe("amountOf", () => {
  it.each([
    [null, 0],
    [undefined, 0],
    ["", 0],
    ["  \u00a0", 0],
    [0, 0],
    [12.5, 12.5],
    [-3, -3],
    ["1 234,56", 1234.56],
    ["(120)", -120],
    ["1234.5", 1234.5],
  ])(
    "reads %p as the amount %p (blanks from the web and the desktop are 0, typed amounts as the reader takes them)",
    (cell, expected) => {
      expect(amountOf(cell, 1, 1)).toBe(expected);
    },
  );

  it("reports a word in an amount cell with its row and column inside the range", () => {
    expect(amountOf("abc", 3, 2)).toEqual({ code: "textInRange", text: "abc", row: 3, col: 2 });
    expect(amountOf("12%", 1, 1)).toEqual({ code: "textInRange", text: "12%", row: 1, col: 1 });
  });

  it("reports an Excel error value with its code", () => {
    expect(amountOf({ error: "#DIV/0!" }, 1, 4)).toEqual({
      code: "errorInRange",
      text: "#DIV/0!",
      row: 1,
      col: 4,
    });
  });
});

describe("readLine", () => {
  it("reads a column and a row alike, oldest first", () => {
    expect(readLine([[1], [null], [3]])).toEqual(ok(Float64Array.from([1, 0, 3])));
    expect(readLine([[1, null, 3]])).toEqual(ok(Float64Array.from([1, 0, 3])));
  });

  it("refuses a block of several rows and columns", () => {
    expect(
      readLine([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual(fail({ code: "notOneLine", rows: 2, cols: 2 }));
  });
});

describe("thresholds", () => {
  it.each([
    [null, null, 0.5, 0.8],
    [undefined, undefined, 0.5, 0.8],
    [80, 95, 0.8, 0.95],
    [0.7, 90, 0.7, 0.9],
  ])("reads ABC thresholds %p / %p as fractions %p / %p", (a, b, low, high) => {
    expect(readAbcThresholds(a, b)).toEqual(ok({ low, high }));
  });

  it("reads XYZ thresholds given as percents or fractions", () => {
    expect(readXyzThresholds(15, 0.3)).toEqual(ok({ low: 0.15, high: 0.3 }));
  });

  it("refuses thresholds in the wrong order", () => {
    expect(readAbcThresholds(80, 50)).toEqual(
      fail({ code: "thresholdOrder", first: "a", second: "b", low: 0.8, high: 0.5 }),
    );
    expect(readXyzThresholds(0.3, 0.2)).toEqual(
      fail({ code: "thresholdOrder", first: "x", second: "y", low: 0.3, high: 0.2 }),
    );
  });

  it("refuses an ABC threshold of 100 % or more, naming it", () => {
    expect(readAbcThresholds(50, 120)).toEqual(fail({ code: "thresholdRange", argument: "b", value: 120 }));
    expect(readAbcThresholds(-5, 80)).toEqual(fail({ code: "thresholdRange", argument: "a", value: -5 }));
  });

  it("refuses a threshold written as a word", () => {
    expect(readAbcThresholds("half", 80)).toEqual(fail({ code: "notANumber", argument: "a", text: "half" }));
  });
});

describe("readWindow", () => {
  it("defaults to three periods and refuses fractions and zero", () => {
    expect(readWindow(null)).toEqual(ok(3));
    expect(readWindow(13)).toEqual(ok(13));
    expect(readWindow(1.5)).toEqual(fail({ code: "windowRange", value: 1.5 }));
    expect(readWindow(0)).toEqual(fail({ code: "windowRange", value: 0 }));
  });
});

describe("toExcel", () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("returns the value of a success", () => {
    expect(toExcel(ok(42))).toBe(42);
  });

  it("throws a FunctionError with the code and message when Excel is not there", () => {
    expect(() => toExcel(fail({ code: "noPositive" }))).toThrow(
      new FunctionError("notAvailable", "No positive amount in the range: no CV"),
    );
    try {
      toExcel(fail({ code: "emptyRange" }));
    } catch (e) {
      expect(e).toBeInstanceOf(FunctionError);
      expect((e as FunctionError).code).toBe("invalidValue");
    }
  });

  it("throws CustomFunctions.Error with the Excel error code inside Excel, in Office's display language", () => {
    class FakeError extends Error {
      constructor(
        readonly code: string,
        message: string,
      ) {
        super(message);
      }
    }
    Object.assign(globalThis, {
      CustomFunctions: { Error: FakeError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } },
      Office: { context: { displayLanguage: "ru-RU" } },
    });
    let thrown: unknown;
    try {
      toExcel(fail({ code: "textInRange", text: "abc", row: 2, col: 1 }));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(FakeError);
    expect((thrown as FakeError).code).toBe("#VALUE!");
    expect((thrown as FakeError).message).toBe(
      "Текст 'abc' в диапазоне (строка 2, столбец 1): нужны только суммы",
    );
  });
});
