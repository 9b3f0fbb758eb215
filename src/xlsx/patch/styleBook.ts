import type { ArgbColor, CellFont, CellFormat, SolidFill } from "../cellModel";
import { escapeXml, findElement, findElements, insertionPoint, prefixOf, splice, withPrefix } from "./xmlText";

/** The number formats Excel knows by id (ECMA-376 §18.8.30) that Segmenta's plans use. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

/** The children of `styleSheet` in schema order. */
const SECTIONS = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

/** A minimal styles part for a workbook that has none: one font, the two fills Excel reserves, one border, one style. */
export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

function rgb(color: ArgbColor | undefined): string | null {
  return color?.argb ? `<color rgb="${escapeXml(color.argb)}"/>` : null;
}

/**
 * A workbook's styles part that Segmenta appends to: new number formats, fonts, fills, cell formats
 * and differential formats (for conditional formats) go at the end of their lists, so every index the
 * user's cells and rules point at keeps its meaning. Equal styles share one entry.
 */
export class StyleBook {
  private readonly prefix: string;
  private readonly added: Record<string, string[]> = {
    numFmts: [],
    fonts: [],
    fills: [],
    cellXfs: [],
    dxfs: [],
  };
  private readonly counts: Record<string, number>;
  private readonly formatIds = new Map<string, number>();
  private nextFormatId: number;
  private readonly xfs = new Map<string, number>();
  private readonly dxfIds = new Map<string, number>();
  /** The default font's size, and its name, family, charset and scheme, for fonts that only add bold, italic or a colour. */
  private readonly baseSize: string;
  private readonly baseFont: string;

  constructor(private readonly xml: string) {
    this.prefix = prefixOf(xml, "styleSheet");
    const count = (name: string, child: string) => {
      const section = findElement(xml, this.prefix, name);
      if (!section || section.selfClosing) return 0;
      return (
        xml.slice(section.start, section.end).match(new RegExp(`<${this.prefix}${child}(?=[\\s>/])`, "g")) ??
        []
      ).length;
    };
    this.counts = {
      numFmts: count("numFmts", "numFmt"),
      fonts: count("fonts", "font"),
      fills: count("fills", "fill"),
      cellXfs: count("cellXfs", "xf"),
      dxfs: count("dxfs", "dxf"),
    };
    let highest = 163;
    const numFmts = findElement(xml, this.prefix, "numFmts");
    if (numFmts) {
      for (const m of xml
        .slice(numFmts.start, numFmts.end)
        .matchAll(/numFmtId="(\d+)"\s+formatCode="([^"]*)"/g)) {
        highest = Math.max(highest, Number(m[1]));
        this.formatIds.set(m[2].replace(/&quot;/g, '"').replace(/&amp;/g, "&"), Number(m[1]));
      }
    }
    this.nextFormatId = highest + 1;
    const fonts = findElement(xml, this.prefix, "fonts");
    const first = fonts ? findElement(xml, this.prefix, "font", fonts.start) : null;
    const body =
      first && !first.selfClosing
        ? xml.slice(xml.indexOf(">", first.start) + 1, first.end - `</${this.prefix}font>`.length)
        : "";
    // The parts of the default font a new font repeats, in CT_Font's order (sz, color, name, family, charset, scheme).
    const part = (name: string) =>
      new RegExp(`<${this.prefix}${name}\\b[^>]*/>`).exec(body)?.[0].replace(this.prefix, "") ?? "";
    this.baseSize = part("sz") || '<sz val="11"/>';
    this.baseFont = ["name", "family", "charset", "scheme"].map(part).join("") || '<name val="Calibri"/>';
  }

  /** The entries each list held in the part, as written, to find an equal one before appending. */
  private readonly existing: Record<string, string[]> = {};

  private add(section: string, xml: string): number {
    // A run on Segmenta's own output finds the entries the last run appended: they are used again.
    const known = this.existingOf(section).indexOf(withPrefix(xml, this.prefix));
    if (known >= 0) return known;
    const again = this.added[section].indexOf(xml);
    if (again >= 0) return this.counts[section] + again;
    this.added[section].push(xml);
    return this.counts[section] + this.added[section].length - 1;
  }

  private existingOf(section: string): string[] {
    let list = this.existing[section];
    if (list === undefined) {
      const child =
        { numFmts: "numFmt", fonts: "font", fills: "fill", cellXfs: "xf", dxfs: "dxf" }[section] ?? section;
      const found = findElement(this.xml, this.prefix, section);
      list =
        found && !found.selfClosing
          ? findElements(this.xml, this.prefix, child, found.start, found.end).map((e) =>
              this.xml.slice(e.start, e.end),
            )
          : [];
      this.existing[section] = list;
    }
    return list;
  }

  private numFmtId(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formatIds.set(code, id);
    this.add("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private fontXml(font: CellFont, withBase: boolean): string {
    // CT_Font's order: b, i, …, sz, color, name, family, charset, scheme.
    const size = withBase ? this.baseSize : "";
    const rest = withBase ? this.baseFont : "";
    return `<font>${font.bold ? "<b/>" : ""}${font.italic ? "<i/>" : ""}${size}${rgb(font.color) ?? ""}${rest}</font>`;
  }

  private fillXml(fill: SolidFill | undefined, differential: boolean): string | null {
    if (!fill || fill.type !== "pattern") return null;
    const colour = differential ? (fill.bgColor ?? fill.fgColor) : (fill.fgColor ?? fill.bgColor);
    if (!colour?.argb) return null;
    return differential
      ? `<fill><patternFill patternType="solid"><bgColor rgb="${escapeXml(colour.argb)}"/></patternFill></fill>`
      : `<fill><patternFill patternType="solid"><fgColor rgb="${escapeXml(colour.argb)}"/><bgColor indexed="64"/></patternFill></fill>`;
  }

  /** Style objects already looked up: the planned cells share one object per style. */
  private readonly byObject = new Map<object, number>();

  /** The cell format index of a cell style (0, the default, for an empty one). */
  xf(style: CellFormat | null): number {
    if (style === null) return 0;
    const seen = this.byObject.get(style);
    if (seen !== undefined) return seen;
    const index = this.xfOf(style);
    this.byObject.set(style, index);
    return index;
  }

  private xfOf(style: CellFormat): number {
    if (Object.keys(style).length === 0) return 0;
    const key = JSON.stringify(style);
    const known = this.xfs.get(key);
    if (known !== undefined) return known;
    const numFmtId = this.numFmtId(style.numFmt);
    const font =
      style.font && (style.font.bold || style.font.italic || style.font.color)
        ? this.add("fonts", this.fontXml(style.font, true))
        : 0;
    const fillXml = this.fillXml(style.fill, false);
    const fill = fillXml === null ? 0 : this.add("fills", fillXml);
    const a = style.alignment;
    const alignment =
      a && (a.horizontal || a.wrapText)
        ? `<alignment${a.horizontal ? ` horizontal="${a.horizontal}"` : ""}${a.wrapText ? ' wrapText="1"' : ""}/>`
        : "";
    const applied = `${numFmtId ? ' applyNumberFormat="1"' : ""}${font ? ' applyFont="1"' : ""}${fill ? ' applyFill="1"' : ""}${alignment ? ' applyAlignment="1"' : ""}`;
    const xml = alignment
      ? `<xf numFmtId="${numFmtId}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"${applied}>${alignment}</xf>`
      : `<xf numFmtId="${numFmtId}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"${applied}/>`;
    const index = this.add("cellXfs", xml);
    this.xfs.set(key, index);
    return index;
  }

  /** The differential format index of a conditional format's style (font colour, fill). */
  dxf(style: CellFormat | undefined): number {
    const key = JSON.stringify(style ?? {});
    const known = this.dxfIds.get(key);
    if (known !== undefined) return known;
    const font = style?.font && (style.font.bold || style.font.color) ? this.fontXml(style.font, false) : "";
    const fill = this.fillXml(style?.fill, true) ?? "";
    const index = this.add("dxfs", `<dxf>${font}${fill}</dxf>`);
    this.dxfIds.set(key, index);
    return index;
  }

  /** True when nothing was added: the part is carried over unchanged. */
  get unchanged(): boolean {
    return Object.values(this.added).every((list) => list.length === 0);
  }

  /** The styles part with what was added appended to each list, counts updated. */
  toXml(): string {
    let xml = this.xml;
    const prefix = this.prefix;
    for (const section of ["numFmts", "fonts", "fills", "cellXfs", "dxfs"]) {
      const items = this.added[section];
      if (items.length === 0) continue;
      const text = items.map((item) => withPrefix(item, prefix)).join("");
      const total = this.counts[section] + items.length;
      const found = findElement(xml, prefix, section);
      if (found && !found.selfClosing) {
        const close = found.end - `</${prefix}${section}>`.length;
        xml = splice(xml, close, close, text);
        const tagEnd = xml.indexOf(">", found.start);
        const tag = xml.slice(found.start, tagEnd).replace(/\scount="\d*"/, "");
        xml = splice(xml, found.start, tagEnd, `${tag} count="${total}"`);
      } else {
        const element = `<${prefix}${section} count="${total}">${text}</${prefix}${section}>`;
        if (found) xml = splice(xml, found.start, found.end, element);
        else {
          const root = findElement(xml, prefix, "styleSheet");
          const close = root ? root.end - `</${prefix}styleSheet>`.length : xml.length;
          const at = insertionPoint(xml, prefix, SECTIONS.slice(SECTIONS.indexOf(section) + 1), 0, close);
          xml = splice(xml, at, at, element);
        }
      }
    }
    return xml;
  }
}
