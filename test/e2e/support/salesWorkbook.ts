import { strToU8, zipSync } from "fflate";
import { seededRandom } from "../../../bench/salesFile";

/** The shape of a generated sales log. */
export interface SalesShape {
  readonly sales: number;
  readonly clients: number;
  readonly months: number;
  readonly products: number;
}

const SEGMENTS = ["Retail", "HoReCa", "Wholesale", "Online"];
const MANAGERS = ["Ivanov", "Petrova", "Garcia", "Smith", "Lopez", "Kuznetsova"];
/** Excel serial of 1 January 2024. */
const FIRST_DAY = 45292;

const cellText = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/**
 * A manager's sales log as an .xlsx file: Client, Date (a real date cell), Amount, Segment, Product,
 * Manager, one row per sale, clients of very different sizes. Written directly as the file's XML
 * (inline strings, one date style), so that 100,000 rows take well under a second.
 */
export function salesWorkbook(shape: SalesShape, seed = 20): Uint8Array {
  const random = seededRandom(seed);
  const sizes = Array.from({ length: shape.clients }, () => 50 + 5000 * random() ** 3);
  const rows: string[] = [
    `<row r="1">${["Client", "Date", "Amount", "Segment", "Product", "Manager"].map((h, c) => cellText(`${"ABCDEF"[c]}1`, h)).join("")}</row>`,
  ];
  for (let i = 0; i < shape.sales; i++) {
    const r = i + 2;
    const client = i % shape.clients;
    const day = FIRST_DAY + Math.floor(random() * shape.months * 30.4);
    const amount = (sizes[client] * (0.5 + random())).toFixed(2);
    const product = Math.floor(random() ** 2 * shape.products);
    rows.push(
      `<row r="${r}">${cellText(`A${r}`, `C${String(client + 1).padStart(5, "0")}`)}<c r="B${r}" s="1"><v>${day}</v></c><c r="C${r}"><v>${amount}</v></c>` +
        `${cellText(`D${r}`, SEGMENTS[client % SEGMENTS.length])}${cellText(`E${r}`, `Product ${product + 1}`)}${cellText(`F${r}`, MANAGERS[client % MANAGERS.length])}</row>`,
    );
  }
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns} xmlns:r="${rel}"><sheets><sheet name="Sales" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    ),
    "xl/styles.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${ns}><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
    ),
    "xl/worksheets/sheet1.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}><sheetData>${rows.join("")}</sheetData></worksheet>`),
  });
}
