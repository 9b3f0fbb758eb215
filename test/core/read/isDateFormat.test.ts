import { isDateFormat } from "../../../src/core";

describe("isDateFormat", () => {
  it.each([["dd.mm.yyyy"], ["m/d/yyyy"], ["mmm yyyy"], ["[$-419]mmmm yyyy;@"], ["yyyy-mm-dd hh:mm"], ["d-mmm-yy"], ["MMMM YYYY"]])(
    "reads %p as a date format",
    (format) => {
      expect(isDateFormat(format)).toBe(true);
    },
  );

  it.each([["General"], ["0.00"], ["#,##0 ₽"], ['#,##0 "руб."'], ["hh:mm:ss"], ["[h]:mm"], ["@"], [""], [undefined]])(
    "does not read %p as a date format",
    (format) => {
      expect(isDateFormat(format)).toBe(false);
    },
  );
});
