/**
 * The one writer's entry: a write plan laid over a workbook file's parts — the sheets it writes on
 * (patched, `patchSheet.ts`, or written whole, `sheetRows.ts`), the workbook part, relationships,
 * content types, styles, `docProps/app.xml` and charts — and the archive written with every other
 * part carried over still compressed.
 */
import { assertFiniteValues, type SheetSnapshot, type WritePlan } from "../../core";
import {
  CONTENT_TYPES_PART,
  OFFICE_RELATIONSHIPS_NS,
  openWorkbookPackage,
  PackageError,
  parseRelationships,
  relsPathOf,
  type WorkbookPackage,
} from "../package";
import type { ApplyReport } from "../planSheets";
import { planOnly, planSheets, type PlannedSheet } from "../planSheets";
import { contentTypeOverrideXml, relationshipsPartXml, relationshipXml } from "../charts";
import { withSheetTitles } from "./appProps";
import { addCharts, type PartEdits } from "./charts";
import { patchSheetXml } from "./patchSheet";
import { splitSheetBytes } from "./sheetBytes";
import { ProtectedSheetError } from "./ProtectedSheetError";
import { freeRelId, relativeTarget, withRelationship } from "./relationships";
import { isProtected, keepDrawing, partEnd, sheetPartBytes, withTabSelected } from "./sheetPart";
import { newSheetXml, ROWS_PLACEHOLDER, sheetRowsXml } from "./sheetRows";
import { SharedStrings } from "./sharedStrings";
import { EMPTY_STYLES, StyleBook } from "./styleBook";
import { activeTabOf, withActiveTab, withCalculationOnLoad, withNames } from "./workbookXml";
import { escapeXml, findElement, prefixOf, splice } from "./xmlText";
import { deflatedFile, writeZip, type ZipFile } from "./zipWriter";

const WORKSHEET_TYPE = `${OFFICE_RELATIONSHIPS_NS}/worksheet`;
const STYLES_TYPE = `${OFFICE_RELATIONSHIPS_NS}/styles`;
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

const utf8 = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/** What the patcher could not write (a chart anchored on a sheet with no worksheet part), as the other writers report it. */
export type PatchReport = ApplyReport;

export interface PatchOptions {
  /**
   * The cells of the data sheet, written whole under the plan (a workbook made from a CSV file, whose
   * package holds that sheet empty; see `newWorkbookFile`).
   */
  readonly data?: SheetSnapshot;
}

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
  options: PatchOptions = {},
): { readonly bytes: Uint8Array; readonly skipped: PatchReport["skipped"] } {
  assertFiniteValues(plan);
  const pkg = openWorkbookPackage(bytes);
  const { data } = options;
  const planned = data ? planSheets(data, plan) : planOnly(plan);
  const emptied = new Set(plan.ops.flatMap((op) => (op.kind === "sheet" && op.clear ? [op.sheet] : [])));
  // A data sheet given in the options is written whole, its cells under the plan's, and the new
  // workbook's text goes into its shared strings (the minimal package has the part, empty).
  if (data) emptied.add(data.name);
  const strings = data ? new SharedStrings() : null;
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
  const rowPieces = new Map<string, () => Iterable<string | Uint8Array>>();
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
        rowPieces.set(existing.path, () => sheetRowsXml(sheet, styles, strings));
      } else {
        // The rows stay bytes: only what lies around them is decoded.
        const split = splitSheetBytes(old);
        if (!split) throw new PackageError("unreadablePart", existing.path, existing.name);
        if (isProtected(split.tail)) throw new ProtectedSheetError(sheet.name);
        const patched = patchSheetXml(split, sheet, styles);
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
      rowPieces.set(path, () => sheetRowsXml(sheet, styles, strings));
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
  const app = appPropsPath(pkg);
  if (app && added.length > 0) {
    const xml = utf8.decode(pkg.zip.bytes(app));
    const listed = withSheetTitles(xml, added.map((a) => a.sheet.name));
    if (listed !== xml) changed.set(app, listed);
  }

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

  // A new workbook's shared strings, now that every sheet's text is known.
  const stringsPath = pkg.relatedPath("sharedStrings");
  if (strings && stringsPath) streamed.set(stringsPath, deflatedFile(stringsPath, strings.pieces()));

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


/** The extended properties part (`docProps/app.xml`) the package's relationships name, if it is there. */
function appPropsPath(pkg: WorkbookPackage): string | undefined {
  if (!pkg.zip.entry("_rels/.rels")) return undefined;
  const rel = parseRelationships(pkg.zip.bytes("_rels/.rels"), "").find(
    (r) => r.type === "extended-properties" && !r.external,
  );
  return rel && pkg.zip.entry(rel.path) ? rel.path : undefined;
}
