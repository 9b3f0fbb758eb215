import { Inflate } from "fflate";
import { PackageError } from "./PackageError";

/**
 * How far a part may inflate. Every part of a workbook is inflated through {@link inflatePart},
 * which holds the zip's declared size to these limits before inflating anything and counts the
 * bytes that come out, so neither a bomb nor a header that lies about its size gets past them.
 *
 * - `maxSize`: 4 GiB − 1, the largest size a zip entry records without the Zip64 extension. A sheet at
 *   Excel's own limits in practice — 1,048,576 rows of 100 eight-digit numbers — is about 3.8 GB of XML;
 *   no workbook a spreadsheet saved holds a larger part (Apache POI, which reads Excel files in Java,
 *   has the same default).
 * - `maxRatio`: a part larger than `graceSize` may not inflate to more than 100 times its compressed
 *   size (POI's default ratio as well). Real sheets compress 5–30 times; whitespace or one repeated row
 *   compresses up to 1,032 times, the most deflate can, which is what a bomb is made of.
 * - `graceSize`: 64 MiB, inflated and read in well under a second, so a small part that happens to
 *   compress very well (styles, an empty sheet of identical rows) is never refused for its ratio.
 * - `wholeSize`: 64 MiB as well, the most a part read whole rather than streamed (content types,
 *   relationships, the workbook part, styles) may hold, so that what the reader holds at once stays
 *   bounded whatever the zip says. Excel's styles part at its limit of 64,000 cell formats is about
 *   15 MB; a workbook part with a hundred thousand defined names about 10 MB.
 */
export const PART_LIMITS = {
  maxSize: 0xffff_ffff,
  maxRatio: 100,
  graceSize: 64 * 1024 * 1024,
  wholeSize: 64 * 1024 * 1024,
} as const;

/** The most a part of `compressedSize` bytes may inflate to. */
export function allowedSize(compressedSize: number): number {
  return Math.min(
    PART_LIMITS.maxSize,
    Math.max(PART_LIMITS.graceSize, compressedSize * PART_LIMITS.maxRatio),
  );
}

/**
 * Something that inflates raw deflate data and hands the output out piece by piece, never whole;
 * `size` is the size the zip declares (already held to the limits), which it may use to inflate in
 * one call and must not exceed. It must stop, and let the exception through, when `onChunk` throws:
 * that is how the guard stops it. The zip codec's inflater is one (`codec.ts`: fflate, or Node's zlib).
 */
export type Inflater = (raw: Uint8Array, onChunk: (chunk: Uint8Array) => void, size: number) => void;

/**
 * Compressed input handed to fflate at a time. Deflate inflates at most 1,032 times, so one push
 * yields at most about 16.5 MiB before the guard sees it (smaller pushes cost nothing measurable:
 * 54 MB of sheet XML inflates in the same 0.34 s with pushes of 16 or 256 KiB).
 */
const PUSH = 16 * 1024;

/** fflate's streaming inflater (Node and browser alike). */
export const fflateInflater: Inflater = (raw, onChunk) => {
  const inflater = new Inflate((chunk) => onChunk(chunk));
  if (raw.length === 0) inflater.push(new Uint8Array(0), true);
  for (let i = 0; i < raw.length; i += PUSH) {
    const end = Math.min(raw.length, i + PUSH);
    inflater.push(raw.subarray(i, end), end === raw.length);
  }
};

/** What the guard needs to know of a zip entry. */
export interface InflatedEntry {
  readonly name: string;
  /** The inflated size the zip declares. */
  readonly size: number;
  readonly compressedSize: number;
}

/**
 * Inflates one part through `inflater`, handing the output to `onChunk`. Refused with
 * `PackageError("implausiblePart", name)` before anything is inflated when the declared size is
 * beyond {@link allowedSize}, and as soon as more comes out than the zip declared (a lying header);
 * a part that inflates to less than declared, or not at all, is "unreadablePart" (damaged).
 */
export function inflatePart(
  entry: InflatedEntry,
  raw: Uint8Array,
  onChunk: (chunk: Uint8Array) => void,
  inflater: Inflater = fflateInflater,
): void {
  if (entry.size > allowedSize(entry.compressedSize)) throw new PackageError("implausiblePart", entry.name);
  let out = 0;
  try {
    inflater(
      raw,
      (chunk) => {
        out += chunk.length;
        if (out > entry.size) throw new PackageError("implausiblePart", entry.name);
        onChunk(chunk);
      },
      entry.size,
    );
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw new PackageError("unreadablePart", entry.name);
  }
  if (out !== entry.size) throw new PackageError("unreadablePart", entry.name);
}
