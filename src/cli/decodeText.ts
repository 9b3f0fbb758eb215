export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1251";

/** How many leading bytes are looked at to recognise UTF-16 without a byte order mark. */
const SNIFF_BYTES = 4096;

/**
 * UTF-16 without a byte order mark, recognised by its high bytes: in Latin or Cyrillic text nearly
 * every character's high byte is 0x00 or 0x04, always on the same side of each pair, while the
 * other side is almost never zero. No UTF-8 or Windows-1251 text looks like that.
 */
function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  const high = (b: number) => b === 0 || b === 4;
  let evenHigh = 0;
  let oddHigh = 0;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (high(bytes[i])) evenHigh++;
    if (high(bytes[i + 1])) oddHigh++;
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddHigh > pairs * 0.7 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenHigh > pairs * 0.7 && oddZero < pairs * 0.05) return "utf-16be";
  return null;
}

/**
 * The text of a file's bytes: UTF-8 (with or without a byte order mark), UTF-16 little- or
 * big-endian (with or without its mark), or, when the bytes are not valid UTF-8, Windows-1251 (what
 * Excel in Russian saves as "CSV").
 * @example decodeText(Buffer.from([0xcf, 0xf0, 0xe8])).text // "При"
 */
export function decodeText(bytes: Uint8Array): { readonly text: string; readonly encoding: TextEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  const order = utf16Order(bytes);
  if (order !== null) return { text: new TextDecoder(order).decode(bytes), encoding: order };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8" };
  } catch {
    // Loaded only for the files that need it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const iconv = require("iconv-lite") as typeof import("iconv-lite");
    return { text: iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), "win1251"), encoding: "windows-1251" };
  }
}
