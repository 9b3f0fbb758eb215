export type TextEncoding = "utf-8" | "utf-16le" | "windows-1251";

/**
 * The text of a file's bytes: UTF-8 (with or without a byte order mark), UTF-16 with its mark, or,
 * when the bytes are not valid UTF-8, Windows-1251 (what Excel in Russian saves as "CSV").
 * @example decodeText(Buffer.from([0xcf, 0xf0, 0xe8])).text // "При"
 */
export function decodeText(bytes: Uint8Array): { readonly text: string; readonly encoding: TextEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
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
