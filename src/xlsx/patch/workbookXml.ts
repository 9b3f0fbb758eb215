/**
 * Edits of the workbook part (`xl/workbook.xml`) as text: Segmenta's sheet-scoped names, the active
 * tab, calculation on open. Every other element stays as written.
 */
import { splitSheetAddress } from "../workbookNames";
import { attributeOf, escapeXml, findElement, findElements, insertionPoint, splice } from "./xmlText";

/** The children of `workbook` after `sheets`, in schema order (ECMA-376 CT_Workbook). */
const AFTER_SHEETS = [
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];
const after = (name: string) => AFTER_SHEETS.slice(AFTER_SHEETS.indexOf(name) + 1);

/** The active tab of the workbook part's first view (0 when it names none). */
export function activeTabOf(xml: string, p: string): number {
  const view = findElement(xml, p, "workbookView");
  return view ? Number(attributeOf(xml, view.start, "activeTab") ?? 0) : 0;
}

/** The workbook part with `index` as the active tab of its first view (and the first tab shown no later). */
export function withActiveTab(xml: string, p: string, index: number): string {
  const view = findElement(xml, p, "workbookView");
  if (!view) {
    const sheets = findElement(xml, p, "sheets")!;
    return splice(
      xml,
      sheets.start,
      sheets.start,
      `<${p}bookViews><${p}workbookView activeTab="${index}"/></${p}bookViews>`,
    );
  }
  const tagEnd = xml.indexOf(">", view.start);
  const closing = xml[tagEnd - 1] === "/" ? "/" : "";
  let tag = xml.slice(view.start, closing ? tagEnd - 1 : tagEnd).replace(/\sactiveTab="\d*"/, "");
  if (Number(/\sfirstSheet="(\d+)"/.exec(tag)?.[1] ?? 0) > index) tag = tag.replace(/\sfirstSheet="\d+"/, "");
  return splice(xml, view.start, tagEnd, `${tag} activeTab="${index}"${closing}`);
}

/**
 * The workbook part with Segmenta's sheet-scoped names set: a name the plan sets replaces the same
 * name on the same sheet; every other name stays as written.
 */
export function withNames(
  xml: string,
  p: string,
  names: readonly { readonly name: string; readonly ranges: readonly string[] }[],
  sheetNames: readonly string[],
): string {
  const wanted = names.flatMap(({ name, ranges }) =>
    ranges.flatMap((text) => {
      const split = splitSheetAddress(text);
      const index = split ? sheetNames.indexOf(split.sheet) : -1;
      return index < 0 ? [] : [{ name, index, text }];
    }),
  );
  if (wanted.length === 0) return xml;
  const replaced = new Set(wanted.map((w) => `${w.name}\u0000${w.index}`));
  const definedNames = findElement(xml, p, "definedNames");
  const kept: string[] = [];
  if (definedNames && !definedNames.selfClosing) {
    for (const dn of findElements(xml, p, "definedName", definedNames.start, definedNames.end)) {
      const tag = xml.slice(dn.start, xml.indexOf(">", dn.start));
      const name = /\sname="([^"]*)"/.exec(tag)?.[1] ?? "";
      const local = /\slocalSheetId="(\d+)"/.exec(tag)?.[1];
      if (local !== undefined && replaced.has(`${name}\u0000${local}`)) continue;
      kept.push(xml.slice(dn.start, dn.end));
    }
  }
  const element = `<${p}definedNames>${[...kept, ...wanted.map((w) => `<${p}definedName name="${escapeXml(w.name)}" localSheetId="${w.index}">${escapeXml(w.text)}</${p}definedName>`)].join("")}</${p}definedNames>`;
  if (definedNames) return splice(xml, definedNames.start, definedNames.end, element);
  const root = findElement(xml, p, "workbook")!;
  const at = insertionPoint(xml, p, after("definedNames"), 0, root.end - `</${p}workbook>`.length);
  return splice(xml, at, at, element);
}

/** The workbook part asking Excel to calculate every formula when it opens the file (Segmenta writes formulas without results). */
export function withCalculationOnLoad(xml: string, p: string): string {
  const calc = findElement(xml, p, "calcPr");
  if (calc) {
    const tagEnd = xml.indexOf(">", calc.start);
    const tag = xml.slice(calc.start, tagEnd);
    if (/\sfullCalcOnLoad="(1|true)"/.test(tag)) return xml;
    const closing = tag.endsWith("/") ? "/" : "";
    const body = closing ? tag.slice(0, -1) : tag;
    return splice(
      xml,
      calc.start,
      tagEnd,
      `${body.replace(/\sfullCalcOnLoad="[^"]*"/, "")} fullCalcOnLoad="1"${closing}`,
    );
  }
  const root = findElement(xml, p, "workbook")!;
  const at = insertionPoint(xml, p, after("calcPr"), 0, root.end - `</${p}workbook>`.length);
  return splice(xml, at, at, `<${p}calcPr fullCalcOnLoad="1"/>`);
}
