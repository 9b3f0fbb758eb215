import type ExcelJS from "exceljs";
import { cellAddress } from "../core";
import type { ConditionalRule, RangeRef } from "../core";

/** `#RRGGBB` → ExcelJS colour. */
export function argb(hex: string): { argb: string } {
  return { argb: `FF${hex.replace(/^#/, "").toUpperCase()}` };
}

function fillStyle(fill: string, fontColor?: string): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = { fill: { type: "pattern", pattern: "solid", bgColor: argb(fill) } };
  return fontColor ? { ...style, font: { color: argb(fontColor) } } : style;
}

function quoteText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A dataBar rule with the bar colour ExcelJS writes but does not type. */
type DataBarRule = ExcelJS.DataBarRuleType & { color: { argb: string } };

/**
 * The ExcelJS rules of a conditional format, as the Office.js applier creates them: `textEquals`
 * becomes one expression per text against the range's top-left cell (`=A2="A"`), so it stays
 * relative to every cell of the range.
 * @example excelRules(range("B2:B9"), { kind: "formula", formula: "=B2>0", fill: "#C6EFCE" })[0].formulae // ["B2>0"]
 */
export function excelRules(range: RangeRef, rule: ConditionalRule, priority = 1): ExcelJS.ConditionalFormattingRule[] {
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
      const bar: DataBarRule = { type: "dataBar", priority, cfvo: [{ type: "min" }, { type: "max" }], color: argb(rule.color) };
      return [bar];
    }
  }
}
