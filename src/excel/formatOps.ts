import type { CellStyle, ConditionalRule } from "../core";

/** Excel's alignment names (string values of `Excel.HorizontalAlignment`, usable without the global). */
const ALIGN: Readonly<Record<NonNullable<CellStyle["horizontal"]>, "Left" | "Center" | "Right">> = {
  left: "Left",
  center: "Center",
  right: "Right",
};

/** Sets the parts of `style` that are given on a whole range (one call each, never cell by cell). */
export function applyStyle(range: Excel.Range, style: CellStyle): void {
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.italic !== undefined) range.format.font.italic = style.italic;
  if (style.fontColor !== undefined) range.format.font.color = style.fontColor;
  if (style.fill !== undefined) range.format.fill.color = style.fill;
  if (style.horizontal !== undefined) range.format.horizontalAlignment = ALIGN[style.horizontal];
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
}

/** Adds the conditional formats of `rule` to `range` (native formulas only, bounded to the range). */
export function addConditionalFormat(range: Excel.Range, rule: ConditionalRule): void {
  const formats = range.conditionalFormats;
  switch (rule.kind) {
    case "textEquals":
      for (const r of rule.rules) {
        const cf = formats.add("CellValue");
        cf.cellValue.format.fill.color = r.fill;
        if (r.fontColor) cf.cellValue.format.font.color = r.fontColor;
        cf.cellValue.rule = { formula1: `="${r.text.replace(/"/g, '""')}"`, operator: "EqualTo" };
      }
      return;
    case "formula": {
      const cf = formats.add("Custom");
      cf.custom.rule.formula = rule.formula;
      cf.custom.format.fill.color = rule.fill;
      if (rule.fontColor) cf.custom.format.font.color = rule.fontColor;
      return;
    }
    case "colorScale": {
      const cf = formats.add("ColorScale");
      cf.colorScale.criteria = {
        minimum: { type: "LowestValue", color: rule.min },
        ...(rule.mid ? { midpoint: { formula: "50", type: "Percentile", color: rule.mid } } : {}),
        maximum: { type: "HighestValue", color: rule.max },
      };
      return;
    }
    case "dataBar": {
      const cf = formats.add("DataBar");
      cf.dataBar.positiveFormat.fillColor = rule.color;
      return;
    }
  }
}

/**
 * Column width in points for a width in characters of the default font (about 7 px a character
 * plus padding, 0.75 pt a pixel).
 * @example columnPoints(10) // 56.25
 */
export function columnPoints(chars: number): number {
  return (chars * 7 + 5) * 0.75;
}
