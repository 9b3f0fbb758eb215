/**
 * The shapes Segmenta's writer gives cells, sheets and the workbook, declared here for what it
 * writes and no more: values, solid fills, fonts (bold, italic, colour), horizontal alignment and
 * wrapping, number formats, the three kinds of conditional format a plan makes, list dropdowns, and
 * the sheet's and workbook's views. Segmenta writes no borders. The names and fields are those of
 * the spreadsheet cell models the tests' ExcelJS reference applier (`test/support/exceljs`) also
 * takes, so the two mean the same file; nothing here depends on ExcelJS.
 */

/** A colour as the file writes it: alpha `FF`, then `RRGGBB` (`FFC6EFCE`). */
export interface ArgbColor {
  argb: string;
}

export interface CellFont {
  bold?: boolean;
  italic?: boolean;
  color?: ArgbColor;
}

/** A solid fill: `fgColor` in a cell format, `bgColor` in a conditional format's (as Excel reads them). */
export interface SolidFill {
  type: "pattern";
  pattern: "solid";
  fgColor?: ArgbColor;
  bgColor?: ArgbColor;
}

export interface CellAlignment {
  horizontal?: "left" | "center" | "right";
  wrapText?: boolean;
}

/** How a cell looks; an empty object is the default look. */
export interface CellFormat {
  numFmt?: string;
  font?: CellFont;
  fill?: SolidFill;
  alignment?: CellAlignment;
}

/** A value a cell is written with: formulas without their `=`. */
export type CellModelValue = string | number | boolean | null | { readonly formula: string };

/** A point of a colour scale or a data bar. */
export interface Cfvo {
  type: "min" | "max" | "percentile";
  value?: number;
}

/** A conditional format's rule, numbered by `priority` (1 first). */
export type ConditionalFormatRule =
  /** Cells for which a formula (relative to the range's top-left cell) is true get `style`. */
  | { type: "expression"; priority: number; formulae: string[]; style: CellFormat }
  | { type: "colorScale"; priority: number; cfvo: Cfvo[]; color: ArgbColor[] }
  | { type: "dataBar"; priority: number; cfvo: Cfvo[]; color: ArgbColor };

/** Conditional formats over `ref` (`B2:B9`). */
export interface ConditionalFormat {
  ref: string;
  rules: ConditionalFormatRule[];
}

/** A dropdown of the texts in `formulae[0]` (`"A,B,C"`). */
export interface ListValidation {
  type: "list";
  allowBlank: boolean;
  formulae: string[];
}

/** A sheet's view: panes frozen above `ySplit` rows and left of `xSplit` columns, the active cell. */
export interface SheetView {
  state?: "normal" | "frozen";
  xSplit?: number;
  ySplit?: number;
  topLeftCell?: string;
  activeCell?: string;
}

/** The workbook's window: which sheet is in front (`activeTab`). */
export interface WorkbookView {
  x: number;
  y: number;
  width: number;
  height: number;
  visibility: string;
  activeTab: number;
  firstSheet: number;
}
