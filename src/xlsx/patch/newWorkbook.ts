/**
 * New workbooks through the one writer: a minimal package of Segmenta's own (the data sheet, still
 * empty, a styles part and the document properties) that the patcher fills with the data sheet's cells
 * and the plan, as it patches a manager's file. A CSV's `--out` is written this way.
 */
import type { SheetSnapshot, WritePlan } from "../../core";
import { CONTENT_TYPES_PART, OFFICE_RELATIONSHIPS_NS } from "../package";
import { relationshipsPartXml, relationshipXml } from "../charts";
import { appPropsXml } from "./appProps";
import { patchWorkbook, type PatchReport } from "./patchWorkbook";
import { MAIN_NS } from "./sheetElements";
import { SHARED_STRINGS_CONTENT } from "./sharedStrings";
import { EMPTY_STYLES } from "./styleBook";
import { escapeXml } from "./xmlText";
import { writeZip } from "./zipWriter";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/**
 * The parts of an .xlsx holding one empty sheet named `sheet`, as Excel needs them: content types, the
 * package's and the workbook's relationships, the workbook part, the sheet, styles, shared strings
 * (filled by the writer) and app properties.
 * @example openWorkbookPackage(minimalWorkbook("sales")).sheets.map((s) => s.name) // ["sales"]
 */
export function minimalWorkbook(sheet: string): Uint8Array {
  const encoder = new TextEncoder();
  const part = (name: string, text: string) => ({ name, data: encoder.encode(text) });
  const override = (name: string, type: string) => `<Override PartName="/${name}" ContentType="${type}"/>`;
  return writeZip([
    part(
      CONTENT_TYPES_PART,
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        override("xl/workbook.xml", `${SPREADSHEET}.sheet.main+xml`) +
        override("xl/worksheets/sheet1.xml", `${SPREADSHEET}.worksheet+xml`) +
        override("xl/styles.xml", `${SPREADSHEET}.styles+xml`) +
        override("xl/sharedStrings.xml", SHARED_STRINGS_CONTENT) +
        override("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml") +
        `</Types>`,
    ),
    part(
      "_rels/.rels",
      relationshipsPartXml([
        relationshipXml("rId1", `${OFFICE_RELATIONSHIPS_NS}/officeDocument`, "xl/workbook.xml"),
        relationshipXml("rId2", `${OFFICE_RELATIONSHIPS_NS}/extended-properties`, "docProps/app.xml"),
      ]),
    ),
    part("docProps/app.xml", appPropsXml([sheet])),
    part(
      "xl/workbook.xml",
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${OFFICE_RELATIONSHIPS_NS}"><workbookPr/>` +
        `<bookViews><workbookView/></bookViews><sheets><sheet name="${escapeXml(sheet)}" sheetId="1" r:id="rId1"/></sheets>` +
        `<calcPr calcId="191029"/></workbook>`,
    ),
    part(
      "xl/_rels/workbook.xml.rels",
      relationshipsPartXml([
        relationshipXml("rId1", `${OFFICE_RELATIONSHIPS_NS}/worksheet`, "worksheets/sheet1.xml"),
        relationshipXml("rId2", `${OFFICE_RELATIONSHIPS_NS}/styles`, "styles.xml"),
        relationshipXml("rId3", `${OFFICE_RELATIONSHIPS_NS}/sharedStrings`, "sharedStrings.xml"),
      ]),
    ),
    part("xl/worksheets/sheet1.xml", `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${OFFICE_RELATIONSHIPS_NS}"><sheetData/></worksheet>`),
    part("xl/styles.xml", EMPTY_STYLES),
    part("xl/sharedStrings.xml", `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="0" uniqueCount="0"/>`),
  ]);
}

/**
 * A new .xlsx holding `data` (the sheet of a CSV file) with `plan` carried out on it: the data sheet's
 * cells, Segmenta's sheets, formats, conditional formats, dropdowns, widths, frozen panes, names and
 * native charts, written by the patcher over `minimalWorkbook(data.name)`. Each sheet's rows are
 * compressed a few thousand at a time, so none is ever one string. The same plan gives the same bytes.
 * @example newWorkbookFile(csvSheet, plan).skipped // [] (every chart placed)
 */
export function newWorkbookFile(
  data: SheetSnapshot,
  plan: WritePlan,
): { readonly bytes: Uint8Array; readonly skipped: PatchReport["skipped"] } {
  return patchWorkbook(minimalWorkbook(data.name), plan, { data });
}
