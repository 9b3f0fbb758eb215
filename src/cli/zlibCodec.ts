/**
 * Node's native zlib behind the package's zip codec (see `src/xlsx/package/codec.ts`): the command
 * line inflates, deflates and checksums in C instead of JavaScript. The browser keeps fflate.
 *
 * Node's zlib has no synchronous stream, so the streaming pieces are built from its one-shot calls:
 * - a part is inflated whole when it is at most `WHOLE_INFLATE` bytes (the archive's declared size,
 *   which the output may not exceed), and handed out in slices; a larger part goes through fflate's
 *   streaming inflater, so memory stays bounded; the package's guard against decompression bombs
 *   (`inflatePart`) wraps both, as it wraps fflate in the browser;
 * - a part written piece by piece is deflated in blocks of at least `BLOCK` bytes, each ended by a
 *   full flush (byte-aligned, no final bit, no history shared), and closed by an empty final block:
 *   one valid deflate stream, never held whole as text.
 */
import zlib from "node:zlib";
import type { ZipCodec, ZipStream } from "../xlsx/package/codec";
import { fflateInflater, type Inflater } from "../xlsx/package/inflate";

/** Whole parts (the small ones the writer changes): as Excel compresses. */
const LEVEL = 6;
/**
 * Parts written in pieces (the sheets' rows, the shared strings): zlib's fastest level, as the whole
 * part is written while the manager waits. On the 88 MB of XML of a 250,000-sale CSV's `--out`:
 * level 1 0.40 s and 14.4 MB, level 3 0.76 s and 13.5 MB, level 6 1.76 s and 11.8 MB.
 */
const STREAM_LEVEL = 1;
/** The largest part inflated in one call. */
const WHOLE_INFLATE = 128 << 20;
/** How much text is deflated at once. */
const BLOCK = 1 << 20;
/** What a piece of inflated text is handed out as. */
const SLICE = 1 << 20;
/** An empty final block with fixed codes: ends a raw deflate stream. */
const FINAL_BLOCK = new Uint8Array([0x03, 0x00]);

/**
 * Inflates a part in one call when it is at most `WHOLE_INFLATE` (into one buffer a little larger
 * than the declared size, which zlib may not exceed), handing it out in slices; a larger part goes
 * through fflate's streaming inflater, so memory stays bounded. The package's guard wraps either.
 */
const zlibInflater: Inflater = (raw, onChunk, size) => {
  if (size > WHOLE_INFLATE) {
    fflateInflater(raw, onChunk, size);
    return;
  }
  let out: Buffer;
  try {
    out = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, size), chunkSize: Math.max(64 * 1024, size + 64) });
  } catch (error) {
    // More than the zip declares: the streaming way, where the guard refuses it as it comes out.
    if ((error as NodeJS.ErrnoException).code !== "ERR_BUFFER_TOO_LARGE") throw error;
    fflateInflater(raw, onChunk, size);
    return;
  }
  for (let at = 0; at < out.length; at += SLICE) onChunk(out.subarray(at, Math.min(out.length, at + SLICE)));
};

function blockDeflater(onChunk: (chunk: Uint8Array) => void): ZipStream {
  let pending: Uint8Array[] = [];
  let length = 0;
  const flush = () => {
    if (length === 0) return;
    onChunk(zlib.deflateRawSync(pending.length === 1 ? pending[0] : Buffer.concat(pending), { level: STREAM_LEVEL, finishFlush: zlib.constants.Z_FULL_FLUSH }));
    pending = [];
    length = 0;
  };
  return {
    push(data, final) {
      if (data.length > 0) {
        pending.push(data);
        length += data.length;
      }
      if (length >= BLOCK || final) flush();
      // Kept for the next block: copied, as the caller may reuse its buffer once push returns.
      else if (data.length > 0) pending[pending.length - 1] = data.slice();
      if (final) onChunk(FINAL_BLOCK);
    },
  };
}

export const zlibCodec: ZipCodec = {
  inflater: zlibInflater,
  deflate: (data) => zlib.deflateRawSync(data, { level: LEVEL }),
  deflater: blockDeflater,
  // An empty piece leaves the CRC as it was (zlib.crc32 answers 0 for an empty array without a buffer behind it).
  crc32: (bytes, previous) => (bytes.length === 0 ? previous : zlib.crc32(bytes, previous)),
};

/**
 * Makes the workbook reader and writer use Node's zlib: called before the command line first loads
 * them (the package's codec module is loaded with them, so a CSV summary loads neither).
 */
export async function useNativeZlib(): Promise<void> {
  const { useZipCodec } = await import("../xlsx/package/codec");
  useZipCodec(zlibCodec);
}
