import { zipCodec } from "../package/codec";

/** One file of a zip being written: its bytes already compressed (as copied from another archive) or plain. */
export type ZipFile =
  | {
      readonly name: string;
      readonly raw: Uint8Array;
      readonly method: number;
      readonly crc32: number;
      readonly size: number;
    }
  | { readonly name: string; readonly data: Uint8Array };

/** The CRC-32 of `bytes`, as zip records it; `previous` continues the CRC of the bytes before them. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  return zipCodec().crc32(bytes, previous);
}

/**
 * A file's compressed bytes made piece by piece from `pieces` of text (or bytes already encoded),
 * with its CRC and size: the whole text is never held at once, only its compressed bytes.
 */
export function deflatedFile(name: string, pieces: Iterable<string | Uint8Array>): ZipFile {
  const out: Uint8Array[] = [];
  const deflater = zipCodec().deflater((chunk) => out.push(chunk));
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    const bytes = typeof piece === "string" ? encoder.encode(piece) : piece;
    crc = crc32(bytes, crc);
    size += bytes.length;
    deflater.push(bytes, false);
  }
  deflater.push(new Uint8Array(0), true);
  const raw = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of out) {
    raw.set(chunk, at);
    at += chunk.length;
  }
  return { name, raw, method: 8, crc32: crc, size };
}

const encoder = new TextEncoder();

/**
 * A zip archive of `files`, in their order. Files given `raw` keep their compressed bytes exactly
 * (a part carried over from the input is not inflated and deflated again); the others are deflated.
 * Sizes past 4 GiB (zip64) are not needed for a workbook and are refused.
 */
export function writeZip(files: readonly ZipFile[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const file of files) {
    const name = encoder.encode(file.name);
    const entry =
      "raw" in file
        ? { data: file.raw, method: file.method, crc: file.crc32, size: file.size }
        : {
            data: zipCodec().deflate(file.data),
            method: 8,
            crc: crc32(file.data),
            size: file.data.length,
          };
    if (entry.data.length >= 0xffffffff || entry.size >= 0xffffffff || offset >= 0xffffffff)
      throw new RangeError("zip64 is not written");
    const local = new Uint8Array(30 + name.length);
    const v = new DataView(local.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, 0x0800, true); // names are UTF-8
    v.setUint16(8, entry.method, true);
    v.setUint16(10, 0, true);
    v.setUint16(12, 0x21, true); // 1980-01-01
    v.setUint32(14, entry.crc, true);
    v.setUint32(18, entry.data.length, true);
    v.setUint32(22, entry.size, true);
    v.setUint16(26, name.length, true);
    local.set(name, 30);
    const record = new Uint8Array(46 + name.length);
    const c = new DataView(record.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, 0x0800, true);
    c.setUint16(10, entry.method, true);
    c.setUint16(14, 0x21, true);
    c.setUint32(16, entry.crc, true);
    c.setUint32(20, entry.data.length, true);
    c.setUint32(24, entry.size, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    record.set(name, 46);
    chunks.push(local, entry.data);
    central.push(record);
    offset += local.length + entry.data.length;
  }
  const centralSize = central.reduce((n, r) => n + r.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, files.length, true);
  e.setUint16(10, files.length, true);
  e.setUint32(12, centralSize, true);
  e.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const part of [...chunks, ...central, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
