import { zipCodec } from "./codec";
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
  /** The entry's content, inflated. */
  bytes(name: string): Uint8Array;
  /** Hands the entry's content to `onChunk` piece by piece, never holding it whole. */
  stream(name: string, onChunk: (chunk: Uint8Array) => void): void;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
/** How much compressed input is handed to the inflater at a time. */
const STREAM_CHUNK = 256 * 1024;

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

/**
 * Opens a zip archive from its bytes (Node and browser alike). Only the central directory is read;
 * entries are inflated when asked for. Throws `PackageError` ("notZip") when the bytes are no zip.
 * @example openZip(bytes).names // ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", …]
 */
export function openZip(bytes: Uint8Array): ZipArchive {
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
    const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw new PackageError("unreadablePart", name);
    return bytes.subarray(start, end);
  }

  function checkMethod(entry: ZipEntry): void {
    if (entry.method !== 0 && entry.method !== 8) throw new PackageError("unreadablePart", entry.name);
  }

  return {
    names,
    entry: (name) => entries.get(name),
    rawBytes,
    bytes(name) {
      const entry = found(name);
      checkMethod(entry);
      const raw = rawBytes(name);
      if (entry.method === 0) return raw;
      try {
        return zipCodec().inflate(raw, entry.size);
      } catch {
        throw new PackageError("unreadablePart", name);
      }
    },
    stream(name, onChunk) {
      const entry = found(name);
      checkMethod(entry);
      const raw = rawBytes(name);
      if (entry.method === 0) {
        for (let i = 0; i < raw.length; i += STREAM_CHUNK)
          onChunk(raw.subarray(i, Math.min(raw.length, i + STREAM_CHUNK)));
        return;
      }
      const inflater = zipCodec().inflater(onChunk, entry.size);
      try {
        for (let i = 0; i < raw.length; i += STREAM_CHUNK) {
          const end = Math.min(raw.length, i + STREAM_CHUNK);
          inflater.push(raw.subarray(i, end), end === raw.length);
        }
        if (raw.length === 0) inflater.push(new Uint8Array(0), true);
      } catch (error) {
        if (error instanceof PackageError) throw error;
        throw new PackageError("unreadablePart", name);
      }
    },
  };
}
