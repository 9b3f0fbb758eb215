/**
 * Conditional formats as a worksheet part holds them: the plan's rules as `conditionalFormatting`
 * elements (data bars with their Excel 2010 form in the sheet's extension list, joined by an id made
 * from the sheet and the rule, so the same plan gives the same bytes), and which existing ones go
 * with the ranges a plan empties.
 */
import { parseRangeAddress, type RangeRef } from "../../core";
import type { ArgbColor } from "../cellModel";
import type { PlannedSheet } from "../planSheets";
import type { StyleBook } from "./styleBook";
import { crc32 } from "./zipWriter";
import { escapeXml, findElement, splice } from "./xmlText";

/** The ranges the plan empties on a sheet (its `clear` ops). */
export function clearedRanges(sheet: PlannedSheet): RangeRef[] {
  return sheet.layers.filter((l) => l.kind === "clear").map((l) => l.range);
}

const within = (inner: RangeRef, outer: RangeRef) =>
  inner.row >= outer.row &&
  inner.col >= outer.col &&
  inner.row + inner.rows <= outer.row + outer.rows &&
  inner.col + inner.cols <= outer.col + outer.cols;

/** The ranges of an `sqref` (`A1:B2 D4`), or null when one cannot be read. */
function sqrefRanges(sheet: string, sqref: string): RangeRef[] | null {
  const ranges = sqref
    .trim()
    .split(/\s+/)
    .map((part) => parseRangeAddress(sheet, part));
  return ranges.some((r) => r === null) ? null : (ranges as RangeRef[]);
}

/** True when every range of `sqref` lies inside one of `cleared`: what the plan empties takes it along. */
export function goneWith(sheet: string, sqref: string | undefined, cleared: readonly RangeRef[]): boolean {
  const ranges = sqref === undefined ? null : sqrefRanges(sheet, sqref);
  return ranges !== null && ranges.every((r) => cleared.some((c) => within(r, c)));
}


function colourOf(color: ArgbColor | undefined): string {
  return `<color rgb="${escapeXml(color?.argb ?? "FF000000")}"/>`;
}

/** The conditional formats of the plan as `conditionalFormatting` elements, priorities from `first` on. */
export function conditionalXml(sheet: PlannedSheet, styles: StyleBook, first: number, x14: string[]): string {
  let priority = first;
  return sheet.conditionalFormats
    .map((cf) => {
      const rules = cf.rules
        .map((rule) => {
          const p = priority++;
          const loose = rule as unknown as {
            formulae?: string[];
            cfvo?: { type: string; value?: number }[];
            color?: ArgbColor | ArgbColor[];
          };
          const cfvo = (loose.cfvo ?? [])
            .map((v) => `<cfvo type="${v.type}"${v.value === undefined ? "" : ` val="${v.value}"`}/>`)
            .join("");
          switch (rule.type) {
            case "expression":
              return `<cfRule type="expression" dxfId="${styles.dxf(rule.style)}" priority="${p}">${(loose.formulae ?? []).map((f) => `<formula>${escapeXml(String(f))}</formula>`).join("")}</cfRule>`;
            case "colorScale": {
              const colours = Array.isArray(loose.color) ? loose.color : [];
              return `<cfRule type="colorScale" priority="${p}"><colorScale>${cfvo}${colours.map(colourOf).join("")}</colorScale></cfRule>`;
            }
            case "dataBar": {
              const colour = Array.isArray(loose.color) ? loose.color[0] : loose.color;
              // Excel 2010's form of the bar lives in the sheet's extension list, joined to the rule by an
              // id; the id is made from the sheet and the rule, so the same plan gives the same bytes.
              const id = `{${crc32(encoder.encode(sheet.name)).toString(16).padStart(8, "0").toUpperCase()}-0000-4000-8000-${String(p).padStart(12, "0")}}`;
              x14.push(x14DataBarXml(id, cf.ref));
              return `<cfRule type="dataBar" priority="${p}"><dataBar>${cfvo}${colourOf(colour)}</dataBar><extLst><ext uri="${X14_RULE_EXT}" xmlns:x14="${X14_NS}"><x14:id>${id}</x14:id></ext></extLst></cfRule>`;
            }
            default:
              throw new TypeError(`a conditional format the plan does not write: ${(rule as { type: string }).type}`);
          }
        })
        .join("");
      return `<conditionalFormatting sqref="${escapeXml(cf.ref)}">${rules}</conditionalFormatting>`;
    })
    .join("");
}

export const X14_NS = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM_NS = "http://schemas.microsoft.com/office/excel/2006/main";
/** The extension of a `cfRule` pointing at its Excel 2010 form. */
const X14_RULE_EXT = "{B025F937-C7B1-47D3-B67F-A62EFF666E3E}";
/** The worksheet extension holding Excel 2010 conditional formats. */
export const X14_SHEET_EXT = "{78C0D931-6437-407d-A8EE-F0AAD7539E65}";
const encoder = new TextEncoder();

function x14DataBarXml(id: string, sqref: string): string {
  // As the ExcelJS writer has it: Excel 2010's defaults for the rest (gradient, no border, axis automatic).
  return (
    `<x14:conditionalFormatting xmlns:xm="${XM_NS}"><x14:cfRule type="dataBar" id="${id}">` +
    `<x14:dataBar minLength="0" maxLength="100"><x14:cfvo type="min"/><x14:cfvo type="max"/></x14:dataBar>` +
    `</x14:cfRule><xm:sqref>${escapeXml(sqref)}</xm:sqref></x14:conditionalFormatting>`
  );
}

/** The worksheet's extension list with the Excel 2010 conditional formats `x14` (or `fresh` unchanged when none). */
export function withX14Formats(xml: string, p: string, x14: readonly string[]): string {
  if (x14.length === 0) return xml;
  const root = findElement(xml, p, "worksheet")!;
  const close = root.end - `</${p}worksheet>`.length;
  const ext = xml.indexOf(`uri="${X14_SHEET_EXT}"`);
  if (ext >= 0) {
    const end = xml.indexOf("</x14:conditionalFormattings>", ext);
    if (end >= 0) return splice(xml, end, end, x14.join(""));
  }
  const element = `<ext uri="${X14_SHEET_EXT}" xmlns:x14="${X14_NS}"><x14:conditionalFormattings>${x14.join("")}</x14:conditionalFormattings></ext>`;
  const list = xml.lastIndexOf(`</${p}extLst>`, close);
  if (list >= 0 && list > (findElement(xml, p, "sheetData")?.end ?? 0))
    return splice(xml, list, list, element);
  return splice(xml, close, close, `<${p}extLst>${element}</${p}extLst>`);
}

/** The part without the Excel 2010 conditional formats whose cells all lie in what the plan empties. */
export function withoutClearedX14(xml: string, sheet: string, cleared: readonly RangeRef[]): string {
  if (cleared.length === 0 || !xml.includes("x14:conditionalFormatting ")) return xml;
  return xml.replace(
    /<x14:conditionalFormatting\b[^>]*>[\s\S]*?<\/x14:conditionalFormatting>/g,
    (element) => {
      const sqref = /<xm:sqref>([^<]*)<\/xm:sqref>/.exec(element)?.[1];
      return goneWith(sheet, sqref, cleared) ? "" : element;
    },
  );
}

