import { parseXml } from "./xml";

/** The package part listing every part's content type (read and written by the patcher only). */
export const CONTENT_TYPES_PART = "[Content_Types].xml";

/** The namespace of `r:id` attributes that point at a relationship (ECMA-376 Part 1, 22.8). */
export const OFFICE_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** One relationship of a part, its target resolved to a path inside the archive (unless external). */
export interface Relationship {
  readonly id: string;
  /** The type URI's last segment (`worksheet`, `styles`, `sharedStrings`, `officeDocument` …). */
  readonly type: string;
  /** The full type URI as written. */
  readonly typeUri: string;
  /** The target as written. */
  readonly target: string;
  /** The target as an archive path (`xl/worksheets/sheet1.xml`); for external targets, as written. */
  readonly path: string;
  readonly external: boolean;
}

/**
 * The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
 * @example relsPathOf("xl/workbook.xml") // "xl/_rels/workbook.xml.rels"
 */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A relationship target as an archive path, relative to the folder of the part that holds it.
 * @example resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml") // "xl/worksheets/sheet1.xml"
 * @example resolveTarget("xl/workbook.xml", "/xl/styles.xml") // "xl/styles.xml"
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of target.replace(/^\//, "").split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== "." && segment !== "") base.push(segment);
  }
  return base.join("/");
}

/** Parses the relationships of `sourcePart` (pass "" for the package's `_rels/.rels`). */
export function parseRelationships(bytes: Uint8Array, sourcePart: string): Relationship[] {
  const rels: Relationship[] = [];
  parseXml(bytes, relsPathOf(sourcePart), {
    open({ name, attrs }) {
      if (name !== "Relationship" || attrs.Id === undefined || attrs.Target === undefined) return;
      const typeUri = attrs.Type ?? "";
      const external = attrs.TargetMode === "External";
      const target = attrs.Target;
      rels.push({
        id: attrs.Id,
        type: typeUri.slice(typeUri.lastIndexOf("/") + 1),
        typeUri,
        target,
        path: external ? target : resolveTarget(sourcePart, decodeURIComponentSafe(target)),
        external,
      });
    },
  });
  return rels;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A sheet as `xl/workbook.xml` lists it. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  /** The relationship id (`r:id`) that points at the sheet's part. */
  readonly relId: string;
  readonly state: "visible" | "hidden" | "veryHidden";
}

/** A defined name: its text (`Sales!$A$1:$B$2`) and, for a sheet-scoped name, the sheet's position. */
export interface DefinedName {
  readonly name: string;
  readonly text: string;
  /** Zero-based position in the sheet list of the sheet the name is scoped to. */
  readonly localSheetId?: number;
  readonly hidden?: boolean;
}

export interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  readonly definedNames: readonly DefinedName[];
  /** True when dates count from 1904 (older Mac workbooks). */
  readonly date1904: boolean;
}

function truthy(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** Parses `xl/workbook.xml` (the part path is given for messages). */
export function parseWorkbookPart(bytes: Uint8Array, part: string): WorkbookPart {
  const sheets: SheetEntry[] = [];
  const definedNames: DefinedName[] = [];
  let date1904 = false;
  let current: { name: string; localSheetId?: number; hidden?: boolean; text: string } | null = null;
  parseXml(bytes, part, {
    open({ name, attrs }) {
      if (name === "workbookPr") date1904 = truthy(attrs.date1904);
      else if (name === "sheet" && attrs.name !== undefined) {
        const state = attrs.state === "hidden" || attrs.state === "veryHidden" ? attrs.state : "visible";
        sheets.push({
          name: attrs.name,
          sheetId: Number(attrs.sheetId ?? sheets.length + 1),
          relId: attrs.id ?? "",
          state,
        });
      } else if (name === "definedName" && attrs.name !== undefined) {
        current = { name: attrs.name, text: "" };
        if (attrs.localSheetId !== undefined) current.localSheetId = Number(attrs.localSheetId);
        if (truthy(attrs.hidden)) current.hidden = true;
      }
    },
    text(text, path) {
      if (current && path[path.length - 1] === "definedName") current.text += text;
    },
    close(name) {
      if (name === "definedName" && current) definedNames.push(current);
      if (name === "definedName") current = null;
    },
  });
  return { sheets, definedNames, date1904 };
}
