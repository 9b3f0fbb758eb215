import type { Language } from "../core";

/** The encodings recognised without a guess: by a byte order mark, UTF-16's zero bytes, or valid UTF-8. */
export type UnicodeEncoding = "utf-8" | "utf-16le" | "utf-16be";

/** A file's text and how it was decoded. */
export interface DecodedText {
  readonly text: string;
  /** The encoding used, as iconv-lite and the manager know it: `utf-8`, `windows-1251`, `windows-1252`… */
  readonly encoding: string;
  /** An encoding the detector found just as likely, which would give other text; null when none. */
  readonly alsoLikely: string | null;
}

/** How many leading bytes are looked at to recognise UTF-16 without a byte order mark. */
const SNIFF_BYTES = 4096;
/** How many bytes the single-byte detector reads (a large file's first part says as much as all of it). */
const DETECT_BYTES = 256 * 1024;

/**
 * The single-byte encodings spreadsheets in the languages Segmenta speaks save CSV in, by family;
 * what the detector reports as ISO-8859-1 is read as its superset windows-1252 (as browsers do).
 */
const FAMILIES: Readonly<Record<string, "cyrillic" | "western" | "central">> = {
  "windows-1251": "cyrillic",
  "koi8-r": "cyrillic",
  "iso-8859-5": "cyrillic",
  "windows-1252": "western",
  "iso-8859-15": "western",
  "windows-1250": "central",
  "iso-8859-2": "central",
};
const SAME_AS: Readonly<Record<string, string>> = { "iso-8859-1": "windows-1252" };
/** The family a manager working in a language most likely saves in, and its usual encoding. */
const FAMILY_OF_LANGUAGE: Readonly<Record<Language, { family: string; encoding: string }>> = {
  ru: { family: "cyrillic", encoding: "windows-1251" },
  en: { family: "western", encoding: "windows-1252" },
  es: { family: "western", encoding: "windows-1252" },
};

/**
 * UTF-16 without a byte order mark, recognised by its high bytes: in Latin or Cyrillic text nearly
 * every character's high byte is 0x00 or 0x04, always on the same side of each pair, while the
 * other side is almost never zero. No UTF-8 or single-byte text looks like that.
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

/** The Unicode text of a file when its bytes say so unambiguously, else null. */
function unicodeText(bytes: Uint8Array): { text: string; encoding: UnicodeEncoding } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const order = utf16Order(bytes);
  if (order !== null) return { text: new TextDecoder(order).decode(bytes), encoding: order };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8" };
  } catch {
    return null;
  }
}

// Loaded only for the files that need them.
/* eslint-disable @typescript-eslint/no-require-imports */
const iconvLite = () => require("iconv-lite") as typeof import("iconv-lite");
const chardet = () => require("chardet") as typeof import("chardet");
/* eslint-enable @typescript-eslint/no-require-imports */

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** True when iconv-lite can decode `name` (`--encoding` is checked with it). */
export function isKnownEncoding(name: string): boolean {
  return iconvLite().encodingExists(name);
}

/**
 * The text of a file's bytes. UTF-8 (with or without a byte order mark) and UTF-16 in either byte
 * order (with or without its mark) are recognised from the bytes; any other file's single-byte
 * encoding (windows-1251 for Russian, windows-1252 for French, Spanish or German names…) is
 * detected by `chardet` among the encodings spreadsheets save CSV in. When two are just as likely
 * and give different text, the one of the user's language is read and the other is named in
 * `alsoLikely`. `forced` (`--encoding`) is used as given.
 * @example decodeText(Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), { language: "ru" }).text // "Привет"
 */
export function decodeText(bytes: Uint8Array, options: { readonly forced?: string; readonly language?: Language } = {}): DecodedText {
  if (options.forced !== undefined) {
    const text = iconvLite().decode(asBuffer(bytes), options.forced);
    return { text, encoding: options.forced.toLowerCase(), alsoLikely: null };
  }
  const unicode = unicodeText(bytes);
  if (unicode !== null) return { ...unicode, alsoLikely: null };
  const preferred = FAMILY_OF_LANGUAGE[options.language ?? "en"];
  const sample = bytes.subarray(0, DETECT_BYTES);
  const ranked: { name: string; confidence: number }[] = [];
  for (const match of chardet().analyse(sample)) {
    const lower = match.name.toLowerCase();
    const name = SAME_AS[lower] ?? lower;
    if (FAMILIES[name] !== undefined && !ranked.some((r) => r.name === name)) ranked.push({ name, confidence: match.confidence });
  }
  const decode = (name: string) => iconvLite().decode(asBuffer(bytes), name);
  if (ranked.length === 0) {
    // Nothing the detector trusts among them: the user's language's usual encoding, and the other family's said.
    const other = preferred.encoding === "windows-1251" ? "windows-1252" : "windows-1251";
    return { text: decode(preferred.encoding), encoding: preferred.encoding, alsoLikely: other };
  }
  const best = ranked[0];
  const ties = ranked.filter((r) => r.confidence === best.confidence);
  const chosen = ties.find((r) => FAMILIES[r.name] === preferred.family) ?? best;
  const text = decode(chosen.name);
  const rival = ties.find((r) => r !== chosen && decode(r.name) !== text);
  return { text, encoding: chosen.name, alsoLikely: rival?.name ?? null };
}
