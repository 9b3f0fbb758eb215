import { cellAddress, rangeAddress } from "../core";
import type { ConditionalRule, RangeRef } from "../core";
import type { ArgbColor, CellFormat, ConditionalFormat, ConditionalFormatRule } from "./cellModel";

/** `#RRGGBB` → the file's colour. */
export function argb(hex: string): ArgbColor {
  return { argb: `FF${hex.replace(/^#/, "").toUpperCase()}` };
}

function fillStyle(fill: string, fontColor?: string): CellFormat {
  const style: CellFormat = { fill: { type: "pattern", pattern: "solid", bgColor: argb(fill) } };
  return fontColor ? { ...style, font: { color: argb(fontColor) } } : style;
}

function quoteText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The rules of a conditional format, as the Office.js applier creates them: `textEquals`
 * becomes one expression per text against the range's top-left cell (`=A2="A"`), so it stays
 * relative to every cell of the range.
 * @example excelRules(range("B2:B9"), { kind: "formula", formula: "=B2>0", fill: "#C6EFCE" })[0].formulae // ["B2>0"]
 */
export function excelRules(range: RangeRef, rule: ConditionalRule, priority = 1): ConditionalFormatRule[] {
  const anchor = cellAddress(range.row, range.col);
  switch (rule.kind) {
    case "textEquals":
      return rule.rules.map((r, i) => ({
        type: "expression",
        priority: priority + i,
        formulae: [`${anchor}=${quoteText(r.text)}`],
        style: fillStyle(r.fill, r.fontColor),
      }));
    case "formula":
      return [{ type: "expression", priority, formulae: [rule.formula.replace(/^=/, "")], style: fillStyle(rule.fill, rule.fontColor) }];
    case "colorScale":
      return [
        {
          type: "colorScale",
          priority,
          cfvo: rule.mid ? [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }] : [{ type: "min" }, { type: "max" }],
          color: (rule.mid ? [rule.min, rule.mid, rule.max] : [rule.min, rule.max]).map(argb),
        },
      ];
    case "dataBar": {
      const bar: ConditionalFormatRule = { type: "dataBar", priority, cfvo: [{ type: "min" }, { type: "max" }], color: argb(rule.color) };
      return [bar];
    }
  }
}

/** Parses a conditional format's `ref` (`B2:B9`) on `sheet`. */
function refRange(sheet: string, ref: string): RangeRef | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const col = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const c1 = col(m[1]);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? col(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  return { sheet, row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

function inside(inner: RangeRef, outer: RangeRef): boolean {
  return inner.row >= outer.row && inner.col >= outer.col && inner.row + inner.rows <= outer.row + outer.rows && inner.col + inner.cols <= outer.col + outer.cols;
}

/**
 * Whether a conditional format on `sheet` survives clearing `range`: a format that lies wholly
 * inside the cleared range goes with it, as in Excel; one that reaches outside (or cannot be read) stays.
 * @example keptByClear("S", { ref: "B2:B9", rules: [] }, range("A1:C20")) // false
 */
export function keptByClear(sheet: string, format: { readonly ref: string }, range: RangeRef): boolean {
  const at = refRange(sheet, format.ref);
  return at === null || !inside(at, range);
}

/** What a list of rules does, without priorities or the details a file round trip adds. */
function rulesKey(rules: readonly ConditionalFormatRule[]): string {
  return JSON.stringify(
    rules.map((rule) => {
      // Rules read back from a file may be of other kinds and carry other fills: only these parts count.
      const loose = rule as Partial<{ formulae: unknown[]; color: unknown; cfvo: { type: string }[]; style: { fill?: { type: string; bgColor?: ArgbColor }; font?: { color?: ArgbColor } } }>;
      const fill = loose.style?.fill;
      return [
        rule.type,
        loose.formulae ?? null,
        loose.cfvo?.map((c) => c.type) ?? null,
        JSON.stringify(loose.color ?? null),
        fill && fill.type === "pattern" ? (fill.bgColor?.argb ?? null) : null,
        loose.style?.font?.color?.argb ?? null,
      ];
    }),
  );
}

/**
 * The conditional format a plan's `conditionalFormat` op adds to a sheet that already has
 * `existing`: its rules numbered after the existing ones, or null when the same format is already
 * there on the same range (applying a plan again, in memory or on the saved file, leaves one copy).
 * @example formatToAdd([], range("B2:B9"), { kind: "dataBar", color: "#5B9BD5" })?.ref // "B2:B9"
 */
export function formatToAdd(existing: readonly ConditionalFormat[], range: RangeRef, rule: ConditionalRule): ConditionalFormat | null {
  const ref = rangeAddress(range, false);
  const next = 1 + Math.max(0, ...existing.flatMap((cf) => cf.rules.map((r) => r.priority ?? 0)));
  const rules = excelRules(range, rule, next);
  const key = rulesKey(rules);
  return existing.some((cf) => cf.ref === ref && rulesKey(cf.rules) === key) ? null : { ref, rules };
}
