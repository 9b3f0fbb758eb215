/**
 * What the patcher reads from a worksheet part before it writes one: whether it is protected, what
 * follows its rows (decoded from the part's end only), and the `<drawing>` a rewritten sheet keeps.
 */
import { PackageError, type WorkbookPackage } from "../package";
import { escapeXml, findElement, prefixOf, splice } from "./xmlText";

const utf8 = new TextDecoder("utf-8");

/** True when a worksheet part is protected (`sheetProtection` with `sheet="1"`, as Excel writes it). */
export function isProtected(xml: string): boolean {
  const tag = /<([\w.-]+:)?sheetProtection\b[^>]*>/.exec(xml)?.[0];
  return tag !== undefined && /\ssheet="(1|true)"/.test(tag);
}

/** A worksheet part's bytes; a part that does not inflate is named by its sheet, as the reader names it. */
export function sheetPartBytes(pkg: WorkbookPackage, path: string, sheet: string): Uint8Array {
  try {
    return pkg.zip.bytes(path);
  } catch (error) {
    throw error instanceof PackageError ? error.inSheet(sheet) : error;
  }
}

/**
 * What a worksheet part holds after its rows (protection, drawing): only the part's end is decoded,
 * the whole of it when that is not enough.
 */
export function partEnd(part: Uint8Array): string {
  const tail = utf8.decode(part.subarray(Math.max(0, part.length - 65536)));
  return tail.includes("sheetData") || part.length <= 65536 ? tail : utf8.decode(part);
}

/**
 * A sheet of Segmenta's written anew keeps the `<drawing>` element of the part it replaces, so its
 * charts (replaced by name) and the drawing's relationship stay joined up.
 */
export function keepDrawing(text: string, fresh: string): string {
  const drawing = /<([\w.-]+:)?drawing\s[^>]*>/.exec(text);
  if (!drawing) return fresh;
  const id = /\s[\w.-]+:id="([^"]*)"/.exec(drawing[0])?.[1];
  if (id === undefined) return fresh;
  // Before the extension list, if the sheet has one (schema order).
  const extensions = fresh.lastIndexOf("<extLst>");
  const at = extensions >= 0 ? extensions : fresh.lastIndexOf("</worksheet>");
  return splice(fresh, at, at, `<drawing r:id="${escapeXml(id)}"/>`);
}

/** A worksheet part with its first view's tab selected or not (a part without views is left as it is). */
export function withTabSelected(xml: string, selected: boolean): string {
  const p = prefixOf(xml, "worksheet");
  const view = findElement(xml, p, "sheetView");
  if (!view) return xml;
  const tagEnd = xml.indexOf(">", view.start);
  const closing = xml[tagEnd - 1] === "/" ? "/" : "";
  const tag = xml.slice(view.start, closing ? tagEnd - 1 : tagEnd);
  const without = tag.replace(/\stabSelected="[^"]*"/, "");
  const next = selected ? `${without} tabSelected="1"` : without;
  return next === tag ? xml : splice(xml, view.start, tagEnd, `${next}${closing}`);
}

