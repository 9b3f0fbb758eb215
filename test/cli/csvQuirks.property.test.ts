/**
 * The untidy sheets of the core's property test saved as CSV in the encodings managers' tools use
 * (UTF-8 with and without a byte order mark, UTF-16 little- and big-endian with and without one,
 * Windows-1251 and Windows-1252 where the names fit), sometimes with a line holding one field too
 * many: the command line's decoder and CSV reader hand the analysis the same table, so every client
 * is classified with every amount counted, or the run stops naming a cell, rows or the line.
 */
import fc from "fast-check";
import iconv from "iconv-lite";
import { analyseWorkbook, DEFAULT_SETTINGS, type CellValue } from "../../src/core";
import { decodeText } from "../../src/cli/decodeText";
import { readCsv } from "../../src/csv/parseCsv";
import { expectClassifiedOrRefused, quirkyRows, quirkySheet } from "../support/quirkySheet";

const ENCODINGS = ["utf-8", "utf-8 bom", "utf-16le", "utf-16le bom", "utf-16be", "utf-16be bom", "windows-1251", "windows-1252"] as const;
/** The language of a manager whose spreadsheet saves in a single-byte encoding. */
const LANGUAGE_OF = { "windows-1251": "ru", "windows-1252": "es" } as const;

/** The text's bytes in `encoding`, with its byte order mark where asked; UTF-8 when the text does not fit a single-byte one. */
function encode(text: string, encoding: (typeof ENCODINGS)[number]): Uint8Array {
  if (encoding === "windows-1251" || encoding === "windows-1252") {
    const bytes = iconv.encode(text, encoding);
    return iconv.decode(bytes, encoding) === text ? bytes : new TextEncoder().encode(text);
  }
  const bom = encoding.endsWith("bom") ? "\ufeff" : "";
  if (encoding.startsWith("utf-8")) return new TextEncoder().encode(bom + text);
  const le = Buffer.from(bom + text, "utf16le");
  if (encoding.startsWith("utf-16le")) return le;
  return le.swap16();
}

/** A cell as a spreadsheet saves it in CSV. */
const field = (v: CellValue) => (v === null ? "" : typeof v === "object" ? "" : String(v));

describe("real-workbook quirks as CSV (property)", () => {
  it("every client is classified with every amount counted whatever the encoding, or the run stops naming a cell or rows", () => {
    fc.assert(
      fc.property(
        quirkySheet,
        fc.constantFrom(...ENCODINGS),
        fc.constantFrom(",", ";", "\t"),
        fc.option(fc.nat()),
        (q, encoding, delimiter, extra) => {
          // A CSV holds no formula: a cell without a stored result is saved empty.
          const sheet = {
            ...q,
            amounts: q.amounts.map((line) =>
              line.map((a) => (a.kind === "noResult" ? { kind: "blank" as const } : a)),
            ),
          };
          const rows = quirkyRows(sheet);
          // Spreadsheets save every line as wide as the widest, the stray cell a few columns out.
          const width = Math.max(...rows.map((r) => r.length), sheet.stray ? 8 + (sheet.stray.col % 8) : 0);
          const lines = rows.map((r) =>
            Array.from({ length: width }, (_, c) => field(r[c] ?? null)).join(delimiter),
          );
          if (sheet.stray) {
            for (let i = 1; i < Math.min(sheet.stray.rowsBelow, 500); i++)
              lines.push(delimiter.repeat(width - 1));
            lines.push(
              Array.from({ length: width }, (_, c) =>
                c === width - 1 ? field(sheet.stray!.value) : "",
              ).join(delimiter),
            );
          }
          // An unquoted decimal comma or a stray separator: one field right of the table on a client line with amounts.
          const first = rows.findIndex((r) => r[0] === "Client") + 1;
          const withAmounts = rows.map((r, i) => i).filter((i) => i >= first && sheet.names.includes(String(rows[i][0])) && rows[i].slice(1).some((v) => v !== null));
          const spoilt = extra === null || withAmounts.length === 0 ? null : withAmounts[extra % withAmounts.length];
          if (spoilt !== null) lines[spoilt] += `${delimiter}50`;
          const original = lines.join("\r\n") + "\r\n";
          const language = encoding === "windows-1251" || encoding === "windows-1252" ? LANGUAGE_OF[encoding] : "en";
          const { text } = decodeText(encode(original, encoding), { language });
          expect(text).toBe(original);
          const read = readCsv(text, "Sales");
          if (spoilt !== null) {
            expect(read.ok ? null : read.problem).toMatchObject({ code: "extraField", line: spoilt + 1 });
            return;
          }
          if (!read.ok) throw new Error(`refused a well-formed CSV: ${JSON.stringify(read.problem)}`);
          const analysis = analyseWorkbook(
            { active: read.sheet, sheetNames: ["Sales"], owned: [] },
            { settings: DEFAULT_SETTINGS, lang: "en" },
          );
          expectClassifiedOrRefused(sheet, analysis);
        },
      ),
      { numRuns: 150 },
    );
  });
});
