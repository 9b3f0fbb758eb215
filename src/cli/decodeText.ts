import type { Language } from "../core";
import { decodeText as decodeWith, type DecodedText, type TextCodecs } from "../csv/decodeText";

// Loaded only for the files that need them.
/* eslint-disable @typescript-eslint/no-require-imports */
const iconvLite = () => require("iconv-lite") as typeof import("iconv-lite");
const jschardet = () => require("jschardet") as typeof import("jschardet");
/* eslint-enable @typescript-eslint/no-require-imports */

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * The command line's decoders: iconv-lite, which knows every name `--encoding` accepts (Node's own
 * `TextDecoder` reads windows-1252 as Latin-1), and jschardet, each loaded on first use.
 */
export const NODE_CODECS: TextCodecs = {
  detectAll: (sample, encodings) => jschardet().detectAll(sample, { detectEncodings: [...encodings], minimumThreshold: 0 }),
  decode: (bytes, encoding) => iconvLite().decode(asBuffer(bytes), encoding),
};

/** True when iconv-lite can decode `name` (`--encoding` is checked with it). */
export function isKnownEncoding(name: string): boolean {
  return iconvLite().encodingExists(name);
}

/**
 * The text of a file's bytes, as `decodeText` of `src/csv` finds it, with the command line's decoders.
 * @example decodeText(Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), { language: "ru" }).text // "Привет"
 */
export function decodeText(bytes: Uint8Array, options: { readonly forced?: string; readonly language?: Language } = {}): DecodedText {
  return decodeWith(bytes, NODE_CODECS, options);
}
