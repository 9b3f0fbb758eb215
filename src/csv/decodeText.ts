import type { Language } from "../core";

/** The encodings recognised without a guess: by a byte order mark, UTF-16's zero bytes, or valid UTF-8. */
export type UnicodeEncoding = "utf-8" | "utf-16le" | "utf-16be";

/**
 * What decoding needs from the platform it runs on: the single-byte detector (`jschardet`, loaded
 * only for a file that is not Unicode) and a decoder by encoding name. The command line decodes with
 * iconv-lite (Node's own `TextDecoder` reads windows-1252 as Latin-1), the browser with its
 * `TextDecoder`, which knows every encoding detected here by the Encoding Standard.
 */
export interface TextCodecs {
  /** The candidates among `encodings` for `sample`, most likely first. */
  detectAll(sample: Uint8Array, encodings: readonly string[]): readonly { readonly encoding: string | null; readonly confidence: number }[];
  decode(bytes: Uint8Array, encoding: string): string;
}

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
const DETECT_BYTES = 64 * 1024;
/**
 * Below this many bytes above 0x7F (a letter or two) no statistics can tell one encoding from
 * another: the user's language's encoding is then as likely as the detector's pick, and both are named.
 */
const MIN_EVIDENCE = 4;
/** A candidate within this share of the best one's confidence is as likely. */
const TIE = 0.85;

/**
 * The single-byte encodings spreadsheets in the languages Segmenta speaks save CSV in (the
 * detector weighs only these), by family; ISO-8859-1 is read as its superset windows-1252, as
 * browsers do.
 */
const CANDIDATES: Readonly<Record<string, { readonly read: string; readonly family: "cyrillic" | "western" }>> = {
  "windows-1251": { read: "windows-1251", family: "cyrillic" },
  "koi8-r": { read: "koi8-r", family: "cyrillic" },
  "iso-8859-5": { read: "iso-8859-5", family: "cyrillic" },
  ibm866: { read: "ibm866", family: "cyrillic" },
  "windows-1252": { read: "windows-1252", family: "western" },
  "iso-8859-1": { read: "windows-1252", family: "western" },
  "iso-8859-15": { read: "iso-8859-15", family: "western" },
};
const DETECT_ENCODINGS = ["windows-1251", "KOI8-R", "ISO-8859-5", "IBM866", "windows-1252", "ISO-8859-1", "ISO-8859-15"];
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

/** Bytes that end a word in a CSV file: separators, quotes, spaces, line breaks. */
const WORD_ENDS = new Set([9, 10, 13, 32, 34, 44, 59, 124]);

/**
 * The words of a file that hold a byte above 0x7F, one space apart: what tells one single-byte
 * encoding from another. The ASCII around them (digits, dates, separators, Latin ids) reads the same
 * in every candidate and would only dilute the detector's statistics: one Russian name among a page
 * of numbers came out as Latin-1.
 */
function wordsBeyondAscii(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  let start = 0;
  let high = false;
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? bytes[i] : 10;
    if (!WORD_ENDS.has(b)) {
      if (b > 0x7f) high = true;
      continue;
    }
    if (high) {
      for (let k = start; k < i; k++) out.push(bytes[k]);
      out.push(32);
    }
    start = i + 1;
    high = false;
  }
  return Uint8Array.from(out);
}

/**
 * The text of a file's bytes. UTF-8 (with or without a byte order mark) and UTF-16 in either byte
 * order (with or without its mark) are recognised from the bytes; any other file's single-byte
 * encoding (windows-1251 for Russian, windows-1252 for French, Spanish or German names…) is
 * detected by `codecs.detectAll` among the encodings spreadsheets save CSV in. When two are as likely (a
 * confidence within 15 %, or a letter or two to go on) and give different text, the one of the
 * user's language is read and the other is named in `alsoLikely`. `forced` (`--encoding`) is used as given.
 * The command line and the standalone page both read a CSV's bytes through this one function.
 * @example decodeText(new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), codecs, { language: "ru" }).text // "Привет"
 */
export function decodeText(
  bytes: Uint8Array,
  codecs: TextCodecs,
  options: { readonly forced?: string; readonly language?: Language } = {},
): DecodedText {
  if (options.forced !== undefined) {
    const text = codecs.decode(bytes, options.forced);
    return { text, encoding: options.forced.toLowerCase(), alsoLikely: null };
  }
  const unicode = unicodeText(bytes);
  if (unicode !== null) return { ...unicode, alsoLikely: null };
  const preferred = FAMILY_OF_LANGUAGE[options.language ?? "en"];
  const sample = wordsBeyondAscii(bytes.subarray(0, DETECT_BYTES));
  const ranked: { name: string; confidence: number }[] = [];
  for (const match of codecs.detectAll(sample, DETECT_ENCODINGS)) {
    const candidate = CANDIDATES[(match.encoding ?? "").toLowerCase()];
    if (candidate !== undefined && !ranked.some((r) => r.name === candidate.read)) ranked.push({ name: candidate.read, confidence: match.confidence });
  }
  const decode = (name: string) => codecs.decode(bytes, name);
  const familyOf = (name: string) => Object.values(CANDIDATES).find((c) => c.read === name)?.family;
  const best = ranked[0] ?? { name: preferred.encoding, confidence: 0 };
  let evidence = 0;
  for (let i = 0; i < sample.length && evidence < MIN_EVIDENCE; i++) if (sample[i] > 0x7f) evidence++;
  // Only the words beyond ASCII are weighed (see `wordsBeyondAscii`).
  const other = preferred.encoding === "windows-1251" ? "windows-1252" : "windows-1251";
  const likely =
    evidence < MIN_EVIDENCE
      ? [best, { name: preferred.encoding, confidence: best.confidence }, { name: other, confidence: best.confidence }]
      : ranked.filter((r) => r.confidence >= best.confidence * TIE);
  const chosen = likely.find((r) => familyOf(r.name) === preferred.family) ?? best;
  const text = decode(chosen.name);
  const rival = likely.find((r) => r.name !== chosen.name && decode(r.name) !== text);
  return { text, encoding: chosen.name, alsoLikely: rival?.name ?? null };
}
