import type { ZipArchive } from "../package";
import { PackageError } from "../package";
import { MAX_PENDING, XmlStream, decodeXmlText } from "./xmlStream";

/**
 * The shared strings table, streamed: each `<si>` becomes one string, the text of its `<t>`
 * elements joined (rich text runs included, phonetic runs `<rPh>` left out). Each cell that points
 * at an index gets the same string object, so repeated names cost nothing per cell.
 */
export function readSharedStrings(zip: ZipArchive, part: string | undefined): string[] {
  const strings: string[] = [];
  if (part === undefined) return strings;
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  let pieces: string[] = [];
  /** Characters of the current item so far: an item longer than any cell's text is refused. */
  let itemLength = 0;
  const stream = new XmlStream(part, {
    wantsText: () => inText,
    text(buf, start, end) {
      itemLength += end - start;
      if (itemLength > MAX_PENDING) throw new PackageError("implausiblePart", part);
      pieces.push(buf.slice(start, end));
    },
    tag(buf, _start, _end, nameStart, nameEnd, closing, selfClosing) {
      const length = nameEnd - nameStart;
      const first = buf.charCodeAt(nameStart);
      if (length === 2 && first === 115 && buf.charCodeAt(nameStart + 1) === 105) {
        // si
        if (closing) {
          strings.push(pieces.length === 1 ? decodeXmlText(pieces[0]) : decodeXmlText(pieces.join("")));
          inItem = false;
        } else if (selfClosing) strings.push("");
        else {
          inItem = true;
          pieces = [];
          itemLength = 0;
        }
      } else if (length === 1 && first === 116) {
        // t
        inText = inItem && phonetic === 0 && !closing && !selfClosing;
      } else if (length === 3 && first === 114 && buf.startsWith("Ph", nameStart + 1)) {
        // rPh
        if (closing) phonetic--;
        else if (!selfClosing) phonetic++;
      }
    },
  });
  try {
    zip.stream(part, (chunk) => stream.push(chunk));
  } catch (error) {
    throw error instanceof PackageError ? error : new PackageError("unreadablePart", part);
  }
  if (!stream.end()) throw new PackageError("unreadablePart", part);
  return strings;
}
