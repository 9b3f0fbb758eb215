import { zipCodec } from "./codec";
import { inflatePart, type Inflater } from "./inflate";
import { PackageError } from "./PackageError";

/** One file of a zip archive, as its central directory describes it. */
export interface ZipEntry {
  /** The path inside the archive (`xl/worksheets/sheet1.xml`). */
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the entry's local header in the archive. */
  readonly headerOffset: number;
}

/** A zip archive opened from bytes: its entries are listed, nothing is inflated until asked for. */
export interface ZipArchive {
  /** Entry names in the archive's order. */
  readonly names: readonly string[];
  entry(name: string): ZipEntry | undefined;
  /** The entry's bytes as stored in the archive (still compressed), for copying it byte for byte. */
  rawBytes(name: string): Uint8Array;
  /**
   * The entry's content, inflated (through the same guard as `stream`); refused as "implausiblePart"
   * when the zip says it holds more than `maxSize` bytes (see `PART_LIMITS.wholeSize`).
   */
  bytes(name: string, maxSize?: number): Uint8Array;
  /**
   * Hands the entry's content to `onChunk` piece by piece, never holding it whole. Every inflation
   * goes through `inflatePart`: a part beyond its limits, or larger than the zip says, is refused.
   */
  stream(name: string, onChunk: (chunk: Uint8Array) => void): void;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
/** How much of a stored (not compressed) entry is handed out at a time. */
const STREAM_CHUNK = 256 * 1024;
/** The 32-bit size fields say "see the Zip64 extra field". */
const ZIP64_MARK = 0xffffffff;
/** General purpose flag bit 3: sizes and CRC follow the data, the local header holds zeros. */
const DATA_DESCRIPTOR = 0x0008;

const utf8 = new TextDecoder("utf-8");

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;
}

function findEndOfCentralDirectory(b: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let at = b.length - 22; at >= stop; at--) if (u32(b, at) === EOCD_SIGNATURE) return at;
  return -1;
}

/** Zip64 sizes and offset from an entry's extra field, where the 32-bit fields are all ones. */
function zip64Extra(
  b: Uint8Array,
  start: number,
  length: number,
  fields: { size: number; compressedSize: number; headerOffset: number },
): void {
  let at = start;
  while (at + 4 <= start + length) {
    const id = u16(b, at);
    const len = u16(b, at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      if (fields.size === 0xffffffff) {
        fields.size = u64(b, p);
        p += 8;
      }
      if (fields.compressedSize === 0xffffffff) {
        fields.compressedSize = u64(b, p);
        p += 8;
      }
      if (fields.headerOffset === 0xffffffff) fields.headerOffset = u64(b, p);
      return;
    }
    at += 4 + len;
  }
}

/** The zip codec's inflater in use when a part is read (fflate, or Node's zlib in the command line). */
const codecInflater: Inflater = (raw, onChunk, size) => zipCodec().inflater(raw, onChunk, size);

/**
 * Opens a zip archive from its bytes (Node and browser alike). Only the central directory is read;
 * entries are inflated when asked for, by `inflater` (the zip codec's unless another is given), always through
 * the guard `inflatePart`. Throws `PackageError` ("notZip") when the bytes are no zip.
 * @example openZip(bytes).names // ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", …]
 */
export function openZip(bytes: Uint8Array, inflater: Inflater = codecInflater): ZipArchive {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) throw new PackageError("notZip");
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  const locator = eocd - 20;
  if (locator >= 0 && u32(bytes, locator) === ZIP64_LOCATOR_SIGNATURE) {
    const record = u64(bytes, locator + 8);
    if (record + 56 > bytes.length || u32(bytes, record) !== ZIP64_EOCD_SIGNATURE)
      throw new PackageError("notZip");
    count = u64(bytes, record + 32);
    offset = u64(bytes, record + 48);
  }
  const entries = new Map<string, ZipEntry>();
  const names: string[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL_SIGNATURE) throw new PackageError("notZip");
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const fields = {
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      headerOffset: u32(bytes, at + 42),
    };
    zip64Extra(bytes, at + 46 + nameLength, extraLength, fields);
    if (!entries.has(name)) names.push(name);
    entries.set(name, { name, method: u16(bytes, at + 10), crc32: u32(bytes, at + 16), ...fields });
    at += 46 + nameLength + extraLength + commentLength;
  }

  function found(name: string): ZipEntry {
    const entry = entries.get(name);
    if (!entry) throw new PackageError("missingPart", name);
    return entry;
  }

  function rawBytes(name: string): Uint8Array {
    const entry = found(name);
    const h = entry.headerOffset;
    if (h + 30 > bytes.length || u32(bytes, h) !== LOCAL_SIGNATURE)
      throw new PackageError("unreadablePart", name);
    checkLocalHeader(bytes, h, entry);
    const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw new PackageError("unreadablePart", name);
    return bytes.subarray(start, end);
  }

  /** Checks the entry before it is read: a known method, and a stored entry as long as it says. */
  function checked(name: string): { entry: ZipEntry; raw: Uint8Array } {
    const entry = found(name);
    if (entry.method !== 0 && entry.method !== 8) throw new PackageError("unreadablePart", entry.name);
    const raw = rawBytes(name);
    if (entry.method === 0 && entry.size !== entry.compressedSize)
      throw new PackageError("implausiblePart", name);
    return { entry, raw };
  }

  function stream(name: string, onChunk: (chunk: Uint8Array) => void): void {
    const { entry, raw } = checked(name);
    if (entry.method === 0) {
      for (let i = 0; i < raw.length; i += STREAM_CHUNK)
        onChunk(raw.subarray(i, Math.min(raw.length, i + STREAM_CHUNK)));
      return;
    }
    inflatePart(entry, raw, onChunk, inflater);
  }

  return {
    names,
    entry: (name) => entries.get(name),
    rawBytes,
    bytes(name, maxSize = Infinity) {
      const { entry, raw } = checked(name);
      if (entry.size > maxSize) throw new PackageError("implausiblePart", name);
      if (entry.method === 0) return raw;
      // The guard refuses a declared size beyond the limits before this buffer is made.
      let out: Uint8Array | null = null;
      let at = 0;
      inflatePart(
        entry,
        raw,
        (chunk) => {
          out ??= new Uint8Array(entry.size);
          out.set(chunk, at);
          at += chunk.length;
        },
        inflater,
      );
      return out ?? new Uint8Array(0);
    },
    stream,
  };
}

/**
 * A local header must say what the central directory says (method, sizes), unless it leaves the sizes
 * to a data descriptor or to Zip64: a zip whose two records disagree was not written by a spreadsheet,
 * and the sizes the guard holds to the limits must be the sizes that are inflated.
 */
function checkLocalHeader(b: Uint8Array, h: number, entry: ZipEntry): void {
  const flags = u16(b, h + 6);
  const compressed = u32(b, h + 18);
  const size = u32(b, h + 22);
  const sameMethod = u16(b, h + 8) === entry.method;
  const sizesLater = (flags & DATA_DESCRIPTOR) !== 0 || compressed === ZIP64_MARK || size === ZIP64_MARK;
  if (!sameMethod || (!sizesLater && (compressed !== entry.compressedSize || size !== entry.size)))
    throw new PackageError("implausiblePart", entry.name);
}
