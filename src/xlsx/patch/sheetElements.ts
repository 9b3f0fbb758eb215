/**
 * The elements of a worksheet part around its rows that Segmenta writes (ECMA-376 CT_Worksheet):
 * their schema order, list validations, column widths and sheet views with frozen panes; and how an
 * existing part gets the plan's validations, widths and views laid over it without touching the rest.
 */
import { cellAddress, rangeAddress, type RangeRef } from "../../core";
import type { ListValidation, SheetView } from "../cellModel";
import type { PlannedSheet } from "../planSheets";
import { goneWith } from "./conditionalXml";
import { attributeOf, escapeXml, findElement, findElements, insertionPoint, splice, withPrefix } from "./xmlText";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The children of `worksheet` after `sheetData`, in schema order (ECMA-376 CT_Worksheet). */
export const AFTER_SHEET_DATA = [
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];
export const after = (name: string) => AFTER_SHEET_DATA.slice(AFTER_SHEET_DATA.indexOf(name) + 1);


export function validationXml(range: RangeRef, validation: ListValidation): string {
  const ref = rangeAddress(range, false);
  const formula = escapeXml(String(validation.formulae[0] ?? ""));
  return `<dataValidation type="${validation.type}"${validation.allowBlank ? ' allowBlank="1"' : ""} showErrorMessage="1" sqref="${ref}"><formula1>${formula}</formula1></dataValidation>`;
}

export function colXml(col: number, width: number): string {
  return `<col min="${col + 1}" max="${col + 1}" width="${width}" customWidth="1"/>`;
}

/** A sheet view with the plan's frozen panes and active cell. */
export function sheetViewsXml(views: readonly SheetView[], selected: boolean): string {
  const view = (views[0] ?? {}) as Partial<{
    state: string;
    xSplit: number;
    ySplit: number;
    topLeftCell: string;
    activeCell: string;
  }>;
  const frozen = view.state === "frozen" && ((view.xSplit ?? 0) > 0 || (view.ySplit ?? 0) > 0);
  const x = view.xSplit ?? 0;
  const y = view.ySplit ?? 0;
  const pane = x > 0 && y > 0 ? "bottomRight" : y > 0 ? "bottomLeft" : "topRight";
  const paneXml = frozen
    ? `<pane${x > 0 ? ` xSplit="${x}"` : ""}${y > 0 ? ` ySplit="${y}"` : ""} topLeftCell="${view.topLeftCell ?? cellAddress(y, x)}" activePane="${pane}" state="frozen"/>`
    : "";
  const active = view.activeCell;
  const selection = active
    ? `<selection${frozen ? ` pane="${pane}"` : ""} activeCell="${active}" sqref="${active}"/>`
    : frozen
      ? `<selection pane="${pane}"/>`
      : "";
  return `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0">${paneXml}${selection}</sheetView></sheetViews>`;
}


/** An existing part's data validations with the plan's own in emptied ranges taken out and its new ones added, in one element. */
export function withValidations(xml: string, p: string, sheet: PlannedSheet): string {
  let result = xml;
  const cleared = sheet.layers.filter((l) => l.kind === "clear").map((l) => l.range);
  // Dropdowns: the same for data validations, kept in one dataValidations element.
  const dvs = findElement(result, p, "dataValidations");
  const keptValidations: string[] = [];
  if (dvs && !dvs.selfClosing) {
    for (const dv of findElements(result, p, "dataValidation", dvs.start, dvs.end)) {
      if (!goneWith(sheet.name, attributeOf(result, dv.start, "sqref"), cleared))
        keptValidations.push(result.slice(dv.start, dv.end));
    }
  }
  const added = sheet.validations.map((v) =>
    withPrefix(validationXml(v.range, v.validation), p),
  );
  if (dvs || added.length > 0) {
    const all = [...keptValidations, ...added];
    const element =
      all.length > 0
        ? `<${p}dataValidations count="${all.length}">${all.join("")}</${p}dataValidations>`
        : "";
    if (dvs) result = splice(result, dvs.start, dvs.end, element);
    else {
      const root = findElement(result, p, "worksheet")!;
      const at = insertionPoint(result, p, after("dataValidations"), 0, root.end - `</${p}worksheet>`.length);
      result = splice(result, at, at, element);
    }
  }

  return result;
}

/** An existing part's column widths with the plan's columns set; other columns keep theirs (a range crossing a planned column is split around it). */
export function withWidths(xml: string, p: string, sheet: PlannedSheet): string {
  let result = xml;
  // Column widths: the plan's columns get their width, other columns keep theirs.
  if (sheet.widths.size > 0) {
    const cols = findElement(result, p, "cols");
    const entries: { min: number; max: number; xml: string }[] = [];
    if (cols && !cols.selfClosing) {
      for (const col of findElements(result, p, "col", cols.start, cols.end)) {
        const min = Number(attributeOf(result, col.start, "min"));
        const max = Number(attributeOf(result, col.start, "max"));
        const text = result.slice(col.start, col.end);
        // A range crossing a planned column is split around it.
        let from = min;
        for (let c = min; c <= max + 1; c++) {
          if (c <= max && !sheet.widths.has(c - 1)) continue;
          if (c > from)
            entries.push({
              min: from,
              max: c - 1,
              xml: text.replace(/\smin="\d+"/, ` min="${from}"`).replace(/\smax="\d+"/, ` max="${c - 1}"`),
            });
          from = c + 1;
        }
      }
    }
    for (const [col, width] of sheet.widths)
      entries.push({
        min: col + 1,
        max: col + 1,
        xml: withPrefix(colXml(col, width), p),
      });
    entries.sort((a, b) => a.min - b.min);
    const element = `<${p}cols>${entries.map((e) => e.xml).join("")}</${p}cols>`;
    if (cols) result = splice(result, cols.start, cols.end, element);
    else {
      const sheetData = findElement(result, p, "sheetData")!;
      result = splice(result, sheetData.start, sheetData.start, element);
    }
  }

  return result;
}

/** An existing part's sheet views replaced by the plan's (frozen panes, active cell), only when the plan freezes or selects on the sheet; the tab stays selected or not as it was. */
export function withViews(xml: string, p: string, sheet: PlannedSheet): string {
  let result = xml;
  // Views: only when the plan freezes or selects on this sheet.
  if (sheet.views.length > 0) {
    const views = findElement(result, p, "sheetViews");
    const selected = views ? /tabSelected="(1|true)"/.test(result.slice(views.start, views.end)) : false;
    const element = withPrefix(sheetViewsXml(sheet.views, selected), p);
    if (views) result = splice(result, views.start, views.end, element);
    else {
      const anchor =
        findElement(result, p, "sheetFormatPr") ??
        findElement(result, p, "cols") ??
        findElement(result, p, "sheetData")!;
      result = splice(result, anchor.start, anchor.start, element);
    }
  }
  return result;
}
