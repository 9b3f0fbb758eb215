import { parseXml } from "../package";

/** Number formats Excel knows by id without listing them in `styles.xml` (as ExcelJS names them). */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/**
 * Whether a number format shows a date or time (letters y m d h s b outside quotes and brackets),
 * the test ExcelJS applies before it turns a number into a date.
 * @example isDateFormat("dd.mm.yyyy") // true; isDateFormat('0.00" m"') // false
 */
export function isDateFormat(format: string): boolean {
  if (format === "") return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** The number format of each cell style (`s` attribute) and whether it shows dates. */
export interface CellStyles {
  /** The format text of style index `s` ("" for General or an unknown style). */
  format(style: number): string;
  isDate(style: number): boolean;
}

/**
 * Reads `styles.xml`: custom number formats and the cell formats (`cellXfs`), so that each cell's
 * style index gives its number format. Pass null when the workbook has no styles part.
 */
export function parseStyles(bytes: Uint8Array | null, part: string): CellStyles {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  if (bytes) {
    parseXml(bytes, part, {
      open({ name, attrs }, path) {
        if (name === "numFmt" && attrs.numFmtId !== undefined)
          custom.set(Number(attrs.numFmtId), attrs.formatCode ?? "");
        else if (name === "xf" && path[path.length - 2] === "cellXfs")
          xfFormats.push(Number(attrs.numFmtId ?? 0));
      },
    });
  }
  const formats = xfFormats.map((id) => (id === 0 ? "" : (custom.get(id) ?? BUILT_IN_FORMATS[id] ?? "")));
  const dates = formats.map(isDateFormat);
  return {
    format: (style) => formats[style] ?? "",
    isDate: (style) => dates[style] ?? false,
  };
}
