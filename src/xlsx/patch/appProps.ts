/**
 * The extended properties part (`docProps/app.xml`), where Excel lists a workbook's sheets by title
 * (`TitlesOfParts`, counted by kind in `HeadingPairs`): the sheets Segmenta adds join the worksheets
 * listed there. A part laid out otherwise is left as it is (Excel rebuilds the list when it saves).
 */
import { escapeXml, splice } from "./xmlText";

/** The extended properties of a new workbook made by Segmenta, listing `sheets`. */
export function appPropsXml(sheets: readonly string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>" +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${sheets.map((s) => `<vt:lpstr>${escapeXml(s)}</vt:lpstr>`).join("")}</vt:vector></TitlesOfParts>` +
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>"
  );
}

/** The words Excel and LibreOffice write for the worksheets' heading, in the languages they save in. */
const WORKSHEETS = /^(Worksheets|Листы|Hojas de cálculo|Arbeitsblätter|Feuilles de calcul|Sheets)$/;

/**
 * `xml` (an app.xml part) with `added` sheet titles after the worksheets it lists, the counts raised;
 * unchanged when nothing is added or the part does not list its worksheets in the usual way.
 * @example withSheetTitles(appXml, ["Clients (Segmenta)"]) // …<vt:i4>2</vt:i4>…<vt:lpstr>Sales</vt:lpstr><vt:lpstr>Clients (Segmenta)</vt:lpstr>…
 */
export function withSheetTitles(xml: string, added: readonly string[]): string {
  if (added.length === 0) return xml;
  const pairs = /<(\w+:)?HeadingPairs>([\s\S]*?)<\/\1?HeadingPairs>/.exec(xml);
  const titles = /<(\w+:)?TitlesOfParts>\s*<(\w+:)?vector\b([^>]*)>([\s\S]*?)<\/\2?vector>/.exec(xml);
  if (!pairs || !titles) return xml;
  const v = titles[2] ?? "";
  // HeadingPairs: (heading, count) pairs; the worksheets' titles come after those of the headings before them.
  const variants = [...pairs[2].matchAll(/<(\w+:)?(lpstr|i4)>([^<]*)<\/\1?\2>/g)];
  let offset = 0;
  let count: RegExpMatchArray | undefined;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    if (variants[i][2] !== "lpstr" || variants[i + 1][2] !== "i4") return xml;
    if (WORKSHEETS.test(variants[i][3])) {
      count = variants[i + 1];
      break;
    }
    offset += Number(variants[i + 1][3]);
  }
  if (count === undefined || count.index === undefined) return xml;
  const listed = Number(count[3]);
  const entries = [...titles[4].matchAll(new RegExp(`<${v}lpstr>[^<]*</${v}lpstr>`, "g"))];
  const size = /\ssize="(\d+)"/.exec(titles[3]);
  if (!size || Number(size[1]) !== entries.length || offset + listed > entries.length) return xml;
  // Titles first (later in the text), then the count, so earlier positions stay valid.
  const bodyStart = (titles.index ?? 0) + titles[0].length - titles[4].length - `</${v}vector>`.length;
  const insertAt = offset + listed < entries.length ? bodyStart + (entries[offset + listed].index ?? 0) : bodyStart + titles[4].length;
  let out = splice(xml, insertAt, insertAt, added.map((t) => `<${v}lpstr>${escapeXml(t)}</${v}lpstr>`).join(""));
  const vectorTag = (titles.index ?? 0) + titles[0].indexOf(`<${v}vector`);
  const sizeAt = vectorTag + `<${v}vector`.length + (size.index ?? 0);
  out = splice(out, sizeAt, sizeAt + size[0].length, ` size="${entries.length + added.length}"`);
  const countAt = (pairs.index ?? 0) + pairs[0].indexOf(pairs[2]) + count.index;
  return splice(out, countAt, countAt + count[0].length, count[0].replace(/>\d+</, `>${listed + added.length}<`));
}
