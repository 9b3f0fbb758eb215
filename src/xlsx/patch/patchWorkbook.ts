import { assertFiniteValues, type WritePlan } from "../../core";
import {
  CONTENT_TYPES_PART,
  OFFICE_RELATIONSHIPS_NS,
  openWorkbookPackage,
  PackageError,
  relsPathOf,
  type WorkbookPackage,
} from "../package";
import type { ApplyReport } from "../applyPlanToWorkbook";
import { planOnly, type PlannedSheet } from "../planSheets";
import { splitSheetAddress } from "../workbookNames";
import { newSheetXml, patchSheetXml, ROWS_PLACEHOLDER, sheetRowsXml } from "./sheetXml";
import { EMPTY_STYLES, StyleBook } from "./styleBook";
import {
  attributeOf,
  escapeXml,
  findElement,
  findElements,
  insertionPoint,
  prefixOf,
  splice,
} from "./xmlText";
import { freeRelId, relativeTarget, withRelationship } from "./relationships";
import { deflatedFile, writeZip, type ZipFile } from "./zipWriter";
import { ProtectedSheetError } from "./ProtectedSheetError";
import { addCharts, type PartEdits } from "./charts";
import { contentTypeOverrideXml, relationshipsPartXml, relationshipXml } from "../charts";

const WORKSHEET_TYPE = `${OFFICE_RELATIONSHIPS_NS}/worksheet`;
const STYLES_TYPE = `${OFFICE_RELATIONSHIPS_NS}/styles`;
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

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

const utf8 = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/** What the patcher could not write (a chart anchored on a sheet with no worksheet part), as the other writers report it. */
export type PatchReport = ApplyReport;

/** A part name that is not in the archive yet: `xl/worksheets/sheet7.xml`. */
function freePath(
  pkg: WorkbookPackage,
  taken: Set<string>,
  folder: string,
  stem: string,
  ext: string,
): string {
  for (let n = 1; ; n++) {
    const path = `${folder}${stem}${n}.${ext}`;
    if (!pkg.zip.entry(path) && !taken.has(path)) return path;
  }
}

/** True when any planned cell of the workbook holds a formula (Excel must calculate on open). */
function writesFormulas(plan: WritePlan): boolean {
  return plan.ops.some(
    (op) =>
      op.kind === "values" && op.values.some((line) => line.some((v) => v !== null && typeof v === "object")),
  );
}

/**
 * Applies a write plan to a workbook file by patching it: only the parts Segmenta changes are
 * rewritten (the sheets it writes on, its own sheets, the workbook part, relationships, content
 * types and styles, appended to); every other part — charts, drawings, pivot tables, comments,
 * tables, other sheets, the theme, macros (`vbaProject.bin`) — is carried over byte for byte,
 * compressed as it was. Text is written as inline strings, so the shared strings are untouched.
 * Charts of the plan become native chart parts in the sheet's drawing (see `addCharts`). Throws `PackageError` for a file that is no workbook.
 * @example patchWorkbook(bytes, plan).skipped // [] (every chart placed)
 */
export function patchWorkbook(
  bytes: Uint8Array,
  plan: WritePlan,
): { readonly bytes: Uint8Array; readonly skipped: PatchReport["skipped"] } {
  assertFiniteValues(plan);
  const pkg = openWorkbookPackage(bytes);
  const planned = planOnly(plan);
  const emptied = new Set(plan.ops.flatMap((op) => (op.kind === "sheet" && op.clear ? [op.sheet] : [])));
  const changed = new Map<string, string>();
  const taken = new Set<string>();

  const stylesPath = pkg.relatedPath("styles");
  const styles = new StyleBook(stylesPath ? utf8.decode(pkg.zip.bytes(stylesPath)) : EMPTY_STYLES);

  // Sheets: patched in place, rewritten whole (Segmenta's own, emptied by the plan), or new.
  const workbookFolder = pkg.workbookPath.includes("/")
    ? pkg.workbookPath.slice(0, pkg.workbookPath.lastIndexOf("/") + 1)
    : "";
  const added: { sheet: PlannedSheet; path: string }[] = [];
  /** Parts the archive did not have, for the content types. */
  const newParts: { path: string; contentType: string }[] = [];
  /** Sheet name → its worksheet part, for the sheets the plan writes on. */
  const sheetPaths = new Map<string, string>();
  for (const s of pkg.sheets)
    if (s.path && s.kind === "worksheet" && pkg.zip.entry(s.path)) sheetPaths.set(s.name, s.path);
  /** The rows of each sheet written, streamed into the archive at the end (the part holds a placeholder). */
  const rowPieces = new Map<string, () => Iterable<string>>();
  for (const sheet of planned.sheets) {
    // Excel's sheet names ignore case: "clients (segmenta)" is the plan's "Clients (Segmenta)".
    const existing = pkg.sheet(sheet.name);
    if (existing !== undefined && (existing.kind !== "worksheet" || !existing.path || !pkg.zip.entry(existing.path)))
      throw new PackageError("unreadablePart", existing.path ?? pkg.workbookPath, existing.name);
    if (existing?.path) {
      sheetPaths.set(sheet.name, existing.path);
      const old = sheetPartBytes(pkg, existing.path, existing.name);
      if (emptied.has(sheet.name)) {
        // A sheet Segmenta empties and writes again keeps the user's protection: it is refused as any other.
        const end = partEnd(old);
        if (isProtected(end)) throw new ProtectedSheetError(existing.name);
        changed.set(existing.path, keepDrawing(end, newSheetXml(sheet, styles, false)));
        rowPieces.set(existing.path, () => sheetRowsXml(sheet, styles));
      } else {
        const text = utf8.decode(old);
        if (isProtected(text)) throw new ProtectedSheetError(sheet.name);
        const patched = patchSheetXml(text, sheet, styles);
        changed.set(existing.path, patched.xml);
        rowPieces.set(existing.path, patched.rows);
      }
    } else {
      const path = freePath(pkg, taken, `${workbookFolder}worksheets/`, "sheet", "xml");
      taken.add(path);
      added.push({ sheet, path });
      sheetPaths.set(sheet.name, path);
      newParts.push({ path, contentType: WORKSHEET_CONTENT });
      changed.set(path, newSheetXml(sheet, styles, false));
      rowPieces.set(path, () => sheetRowsXml(sheet, styles));
    }
  }

  // The workbook part: new sheets at the end, Segmenta's names, calculation on open.
  let workbook = utf8.decode(pkg.zip.bytes(pkg.workbookPath));
  const p = prefixOf(workbook, "workbook");
  const relsPath = relsPathOf(pkg.workbookPath);
  let rels = pkg.zip.entry(relsPath)
    ? utf8.decode(pkg.zip.bytes(relsPath))
    : relationshipsPartXml([]);
  const addRel = (type: string, path: string): string => {
    const id = freeRelId(rels);
    rels = withRelationship(rels, relationshipXml(id, type, relativeTarget(pkg.workbookPath, path)));
    return id;
  };
  const sheetNames = pkg.sheets.map((s) => s.name);
  if (added.length > 0) {
    // The relationships prefix as the root declares it (some writers declare it on each sheet instead).
    const root = findElement(workbook, p, "workbook")!;
    const rootTag = workbook.slice(root.start, workbook.indexOf(">", root.start));
    const rPrefix =
      /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
        rootTag,
      )?.[1];
    const r = rPrefix ?? "r";
    let nextId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId)) + 1;
    const entries = added.map(({ sheet, path }) => {
      sheetNames.push(sheet.name);
      const declare = rPrefix === undefined ? ` xmlns:r="${OFFICE_RELATIONSHIPS_NS}"` : "";
      return `<${p}sheet${declare} name="${escapeXml(sheet.name)}" sheetId="${nextId++}" ${r}:id="${addRel(WORKSHEET_TYPE, path)}"/>`;
    });
    const sheets = findElement(workbook, p, "sheets")!;
    const close = sheets.end - `</${p}sheets>`.length;
    workbook = splice(workbook, close, close, entries.join(""));
  }
  workbook = withNames(workbook, p, planned.names, sheetNames);
  if (writesFormulas(plan)) workbook = withCalculationOnLoad(workbook, p);
  // The sheet the plan selects last becomes the active tab, the only one selected.
  const select = [...plan.ops].reverse().find((op) => op.kind === "select");
  const selectedPath = select ? sheetPaths.get(select.range.sheet) : undefined;
  if (select && selectedPath !== undefined) {
    const previous = activeTabOf(workbook, p);
    workbook = withActiveTab(workbook, p, sheetNames.indexOf(select.range.sheet));
    const previousPath = sheetPaths.get(sheetNames[previous] ?? "");
    for (const path of new Set([previousPath, selectedPath])) {
      if (path === undefined) continue;
      const xml = changed.get(path) ?? utf8.decode(pkg.zip.bytes(path));
      const next = withTabSelected(xml, path === selectedPath);
      if (next !== xml) changed.set(path, next);
    }
  }
  changed.set(pkg.workbookPath, workbook);

  // A workbook without a styles part gets one (its cells' styles are known once the rows are written).
  const newStylesPath = stylesPath ? undefined : `${workbookFolder}styles.xml`;
  if (newStylesPath) {
    addRel(STYLES_TYPE, newStylesPath);
    newParts.push({ path: newStylesPath, contentType: STYLES_CONTENT });
  }
  changed.set(relsPath, rels);

  // Charts: native chart parts in the sheets' drawings.
  const dropped = new Set<string>();
  const edits: PartEdits = {
    pkg,
    changed,
    dropped,
    newParts,
    freePath: (folder, stem, ext) => {
      const path = freePath(pkg, taken, `${workbookFolder}${folder.replace(/^xl\//, "")}`, stem, ext);
      taken.add(path);
      return path;
    },
  };
  const unplaced = new Set(addCharts(edits, plan, sheetPaths));
  const skipped = planned.skipped.filter((s) => s.kind !== "chart" || unplaced.has(s.name));

  // Content types: an override for each new part, none for a part dropped.
  if (newParts.length > 0 || dropped.size > 0) {
    let types = utf8.decode(pkg.zip.bytes(CONTENT_TYPES_PART));
    for (const path of dropped) {
      const at = types.indexOf(`PartName="/${escapeXml(path)}"`);
      if (at < 0) continue;
      const start = types.lastIndexOf("<", at);
      types = splice(types, start, types.indexOf(">", at) + 1, "");
    }
    const close = types.lastIndexOf("</");
    const overrides = newParts.map(
      ({ path, contentType }) => contentTypeOverrideXml(`/${path}`, contentType),
    );
    types = splice(types, close, close, overrides.join(""));
    changed.set(CONTENT_TYPES_PART, types);
  }

  // Sheets written: their rows streamed into compressed bytes, the part's text around them.
  const streamed = new Map<string, ZipFile>();
  for (const [path, rows] of rowPieces) {
    const text = changed.get(path)!;
    const at = text.indexOf(ROWS_PLACEHOLDER);
    const pieces = function* () {
      yield text.slice(0, at);
      yield* rows();
      yield text.slice(at + ROWS_PLACEHOLDER.length);
    };
    streamed.set(path, deflatedFile(path, pieces()));
  }

  // Styles: appended to (or made), now that every cell's style is known.
  if (newStylesPath || !styles.unchanged) changed.set(stylesPath ?? newStylesPath!, styles.toXml());

  // The archive: every part in its place, unchanged ones as they were stored.
  const files: ZipFile[] = pkg.zip.names
    .filter((name) => !dropped.has(name))
    .map((name) => {
      const ready = streamed.get(name);
      if (ready) return ready;
      const text = changed.get(name);
      if (text !== undefined) return { name, data: encoder.encode(text) };
      const entry = pkg.zip.entry(name)!;
      return {
        name,
        raw: pkg.zip.rawBytes(name),
        method: entry.method,
        crc32: entry.crc32,
        size: entry.size,
      };
    });
  const present = new Set(pkg.zip.names);
  for (const [name, text] of changed)
    if (!present.has(name) && !dropped.has(name))
      files.push(streamed.get(name) ?? { name, data: encoder.encode(text) });
  return { bytes: writeZip(files), skipped };
}

/** True when a worksheet part is protected (`sheetProtection` with `sheet="1"`, as Excel writes it). */
function isProtected(xml: string): boolean {
  const tag = /<([\w.-]+:)?sheetProtection\b[^>]*>/.exec(xml)?.[0];
  return tag !== undefined && /\ssheet="(1|true)"/.test(tag);
}

/** The active tab of the workbook part's first view (0 when it names none). */
function activeTabOf(xml: string, p: string): number {
  const view = findElement(xml, p, "workbookView");
  return view ? Number(attributeOf(xml, view.start, "activeTab") ?? 0) : 0;
}

/** The workbook part with `index` as the active tab of its first view (and the first tab shown no later). */
function withActiveTab(xml: string, p: string, index: number): string {
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

/** A worksheet part with its first view's tab selected or not (a part without views is left as it is). */
function withTabSelected(xml: string, selected: boolean): string {
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

/**
 * A sheet of Segmenta's written anew keeps the `<drawing>` element of the part it replaces, so its
 * charts (replaced by name) and the drawing's relationship stay joined up.
 */
/** A worksheet part's bytes; a part that does not inflate is named by its sheet, as the reader names it. */
function sheetPartBytes(pkg: WorkbookPackage, path: string, sheet: string): Uint8Array {
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
function partEnd(part: Uint8Array): string {
  const tail = utf8.decode(part.subarray(Math.max(0, part.length - 65536)));
  return tail.includes("sheetData") || part.length <= 65536 ? tail : utf8.decode(part);
}

function keepDrawing(text: string, fresh: string): string {
  const drawing = /<([\w.-]+:)?drawing\s[^>]*>/.exec(text);
  if (!drawing) return fresh;
  const id = /\s[\w.-]+:id="([^"]*)"/.exec(drawing[0])?.[1];
  if (id === undefined) return fresh;
  // Before the extension list, if the sheet has one (schema order).
  const extensions = fresh.lastIndexOf("<extLst>");
  const at = extensions >= 0 ? extensions : fresh.lastIndexOf("</worksheet>");
  return splice(fresh, at, at, `<drawing r:id="${escapeXml(id)}"/>`);
}

/**
 * The workbook part with Segmenta's sheet-scoped names set: a name the plan sets replaces the same
 * name on the same sheet; every other name stays as written.
 */
function withNames(
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
function withCalculationOnLoad(xml: string, p: string): string {
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
