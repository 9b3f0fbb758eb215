import { strToU8, zipSync } from "fflate";

/** Parts of a hand-written workbook; the sheet XML holds only what goes inside `<sheetData>`. */
export interface HandMadeParts {
  readonly sheetData: string;
  readonly sharedStrings?: readonly string[];
  readonly styles?: string;
  readonly date1904?: boolean;
  /** A prefix for every element of the sheet part (`x:`), as some generators write. */
  readonly prefix?: string;
  /** Strict OOXML namespaces and absolute relationship targets (`/xl/…`), as Numbers and some converters write. */
  readonly strict?: boolean;
}

const TRANSITIONAL = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};
const STRICT = {
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  rel: "http://purl.oclc.org/ooxml/officeDocument/relationships",
};

/**
 * A minimal .xlsx written by hand, to test what other writers put in files: one sheet "Data",
 * optional shared strings (each item's XML inside `<si>`) and styles.
 */
export function handMadeWorkbook(parts: HandMadeParts): Uint8Array {
  const { main: MAIN, rel: REL } = parts.strict ? STRICT : TRANSITIONAL;
  const at = parts.strict ? "/xl/" : "";
  const p = parts.prefix ?? "";
  const ns = p === "" ? `xmlns="${MAIN}"` : `xmlns:${p.slice(0, -1)}="${MAIN}"`;
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${parts.strict ? "/" : ""}xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${parts.date1904 ? ' date1904="1"' : ""}/><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="${at}worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="${at}sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="${at}styles.xml"/></Relationships>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns}><${p}sheetData>${parts.sheetData}</${p}sheetData></${p}worksheet>`,
    ),
  };
  if (parts.sharedStrings) {
    const items = parts.sharedStrings.map((si) => `<si>${si}</si>`).join("");
    files["xl/sharedStrings.xml"] = strToU8(
      `<sst xmlns="${MAIN}" count="${parts.sharedStrings.length}">${items}</sst>`,
    );
  }
  if (parts.styles)
    files["xl/styles.xml"] = strToU8(`<styleSheet xmlns="${MAIN}">${parts.styles}</styleSheet>`);
  return zipSync(files);
}
