import type { OwnedRange } from "../core";
import { NAME_PREFIX, parseRangeAddress } from "../core";

/**
 * The range a name's formula refers to (`=Sales!$F$1:$L$40`, `='My sheet'!$A$1`), or null when it
 * is not a plain range on one sheet.
 * @example rangeOfFormula("='Q1 data'!$B$2:$C$3") // { sheet: "Q1 data", row: 1, col: 1, rows: 2, cols: 2 }
 */
export function rangeOfFormula(formula: string) {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!'=]+))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/i.exec(formula.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return parseRangeAddress(sheet, m[3]);
}

/** Segmenta's names (prefix `Segmenta_`) among loaded name items, with the ranges they mark. */
export function ownedFromNames(items: readonly { readonly name: string; readonly formula: string }[]): OwnedRange[] {
  const owned: OwnedRange[] = [];
  for (const item of items) {
    if (!item.name.startsWith(NAME_PREFIX)) continue;
    const range = rangeOfFormula(item.formula);
    if (range) owned.push({ name: item.name, range });
  }
  return owned;
}

/** Queues loading every workbook- and sheet-scoped name with its formula (one sync needed). */
export function loadAllNames(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[]): Excel.NamedItemCollection[] {
  const collections = [context.workbook.names, ...sheets.map((s) => s.names)];
  for (const c of collections) c.load("items/name,items/formula");
  return collections;
}
