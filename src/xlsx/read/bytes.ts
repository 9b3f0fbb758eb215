/**
 * Reading the inflated bytes of a part without making strings of it: ASCII words to look for, where
 * they stand, a text decoded only when it is kept, an attribute's value found by position, and the
 * XML and OOXML escapes of a text undone.
 */
const COLON = 58; // :

/** The bytes of an ASCII word, to look for in a part. */
export const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
/** Whether the bytes of `word` stand in `buf` at `at` (false when `buf` ends before them). */
export function bytesAt(buf: Uint8Array, at: number, word: Uint8Array): boolean {
  if (at + word.length > buf.length) return false;
  for (let i = 0; i < word.length; i++) if (buf[at + i] !== word[i]) return false;
  return true;
}

/** The first position at or after `from` where `word` stands in `buf`, or -1. */
export function indexOfBytes(buf: Uint8Array, word: Uint8Array, from: number): number {
  for (let at = buf.indexOf(word[0], from); at >= 0; at = buf.indexOf(word[0], at + 1))
    if (bytesAt(buf, at, word)) return at;
  return -1;
}

const utf8 = new TextDecoder("utf-8");

/**
 * The text of the UTF-8 bytes from `start` to `end`. Malformed bytes become U+FFFD, as a browser shows
 * them. (The decoder is quicker than building even a short ASCII text from its bytes in JavaScript.)
 */
export function decodeUtf8(buf: Uint8Array, start: number, end: number): string {
  return utf8.decode(buf.subarray(start, end));
}

/** Whether the raw text from `start` to `end` holds an entity (`&`) or an OOXML `_xHHHH_` escape. */
export function hasEscapes(buf: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = buf[i];
    if (code === 38 || (code === 95 && buf[i + 1] === 120)) return true;
  }
  return false;
}

/** The pieces one after another, in a new buffer. */
export function joinedBytes(pieces: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const piece of pieces) length += piece.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/** Where the value found by `attributeSpan` starts and ends. */
export const span = new Int32Array(2);

/**
 * Finds attribute `name` (its local name, so `r:id` is found as `id`) in the tag bytes from `start`
 * to `end`: true, with its raw value from `span[0]` to `span[1]`, or false when the tag has none.
 */
export function attributeSpan(buf: Uint8Array, start: number, end: number, name: Uint8Array): boolean {
  for (let at = indexOfBytes(buf, name, start); at >= 0 && at < end; at = indexOfBytes(buf, name, at + 1)) {
    const before = buf[at - 1];
    const after = at + name.length;
    if (
      (before === 32 || before === 9 || before === 10 || before === 13 || before === COLON) &&
      buf[after] === 61
    ) {
      const quote = buf[after + 1];
      const close = buf.indexOf(quote === 39 ? 39 : 34, after + 2);
      if (close < 0 || close > end) return false;
      span[0] = after + 2;
      span[1] = close;
      return true;
    }
  }
  return false;
}

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Text of an XML text node or attribute value: entities decoded, and OOXML's `_xHHHH_` escapes
 * (for characters XML cannot hold, such as control characters) turned back into characters.
 * @example decodeXmlText("R&amp;D_x000D_") // "R&D\r"
 */
export function decodeXmlText(raw: string): string {
  let text = raw;
  if (text.indexOf("&") >= 0) {
    text = text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
      if (body.charCodeAt(0) === 35) {
        const code = body.charCodeAt(1) === 120 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return NAMED[body] ?? whole;
    });
  }
  if (text.indexOf("_x") >= 0)
    text = text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return text;
}
