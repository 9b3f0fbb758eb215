import type { ZipArchive } from "../package";
import { PackageError } from "../package";
import { ByteXmlStream, MAX_PENDING } from "./byteXml";
import { ascii, bytesAt, decodeUtf8, decodeXmlText, hasEscapes, joinedBytes } from "./bytes";

const PH = ascii("Ph"); // of rPh
const SI_T = ascii("<si><t");
const T_SI_END = ascii("</t></si>");

/**
 * The shared strings table, streamed on its bytes: each `<si>` becomes one string, the text of its
 * `<t>` elements joined (rich text runs included, phonetic runs `<rPh>` left out) and decoded once.
 * Each cell that points at an index gets the same string object, so repeated names cost nothing per cell.
 */
export function readSharedStrings(zip: ZipArchive, part: string | undefined): string[] {
  const strings: string[] = [];
  if (part === undefined) return strings;
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  /** The raw bytes of the current item's runs, and their length so far. */
  let runs: Uint8Array[] = [];
  let itemLength = 0;
  const stream = new ByteXmlStream(part, {
    wantsText: () => inText,
    /** `<si><t>text</t></si>` (the `<t>` may carry attributes such as xml:space), nearly every item: decoded in one step. */
    element(buf, lt) {
      if (inItem || !bytesAt(buf, lt, SI_T)) return -1;
      const after = buf[lt + SI_T.length];
      const tagEnd = after === 62 ? lt + SI_T.length : after === 32 ? buf.indexOf(62, lt + SI_T.length) : -1;
      if (tagEnd < 0 || buf[tagEnd - 1] === 47) return -1;
      const close = buf.indexOf(60, tagEnd + 1);
      if (close < 0 || !bytesAt(buf, close, T_SI_END)) return -1;
      if (close - tagEnd > MAX_PENDING) throw new PackageError("implausiblePart", part);
      const text = decodeUtf8(buf, tagEnd + 1, close);
      strings.push(hasEscapes(buf, tagEnd + 1, close) ? decodeXmlText(text) : text);
      return close + T_SI_END.length;
    },
    text(buf, start, end) {
      itemLength += end - start;
      if (itemLength > MAX_PENDING) throw new PackageError("implausiblePart", part);
      runs.push(buf.slice(start, end));
    },
    tag(buf, _start, _end, nameStart, nameEnd, closing, selfClosing) {
      const length = nameEnd - nameStart;
      const first = buf[nameStart];
      if (length === 2 && first === 115 && buf[nameStart + 1] === 105) {
        // si
        if (closing) {
          const item = runs.length === 1 ? runs[0] : joinedBytes(runs);
          const text = decodeUtf8(item, 0, item.length);
          strings.push(hasEscapes(item, 0, item.length) ? decodeXmlText(text) : text);
          inItem = false;
        } else if (selfClosing) strings.push("");
        else {
          inItem = true;
          runs = [];
          itemLength = 0;
        }
      } else if (length === 1 && first === 116) {
        // t
        inText = inItem && phonetic === 0 && !closing && !selfClosing;
      } else if (length === 3 && first === 114 && bytesAt(buf, nameStart + 1, PH)) {
        // rPh
        if (closing) phonetic--;
        else if (!selfClosing) phonetic++;
      }
    },
  });
  if (!stream.read(zip)) throw new PackageError("unreadablePart", part);
  return strings;
}
