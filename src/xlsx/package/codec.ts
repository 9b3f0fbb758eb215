/**
 * The one interface through which the package's zip reader and the patcher's zip writer inflate,
 * deflate and checksum: fflate (JavaScript, runs in the browser and in Node) unless a front end
 * installs another with `useZipCodec` — the command line installs Node's native zlib
 * (`src/cli/zlibCodec.ts`). Neither the reader nor the writer knows which one runs.
 */
import { Deflate, deflateSync } from "fflate";
import { fflateInflater, type Inflater } from "./inflate";

/**
 * Takes pieces of input, hands pieces of output to the callback it was made with. A piece is read
 * (or copied) before `push` returns: the caller may write its next bytes into the same buffer.
 */
export interface ZipStream {
  push(data: Uint8Array, final: boolean): void;
}

export interface ZipCodec {
  /** Inflates a part piece by piece; the package's guard (`inflatePart`) wraps it, whichever codec runs. */
  readonly inflater: Inflater;
  /** `data` as a raw deflate stream (level 6). */
  deflate(data: Uint8Array): Uint8Array;
  /** A deflater (level 6) that hands its output to `onChunk` piece by piece. */
  deflater(onChunk: (chunk: Uint8Array) => void): ZipStream;
  /** The CRC-32 of `bytes`, as zip records it; `previous` continues the CRC of the bytes before them. */
  crc32(bytes: Uint8Array, previous: number): number;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** fflate's inflate and deflate, and a table CRC-32: the codec of the browser. */
export const fflateCodec: ZipCodec = {
  inflater: fflateInflater,
  deflate: (data) => deflateSync(data, { level: 6 }),
  deflater(onChunk) {
    const deflater = new Deflate({ level: 6 }, (chunk) => onChunk(chunk));
    return { push: (data, final) => deflater.push(data, final) };
  },
  crc32(bytes, previous) {
    let c = (previous ^ 0xffffffff) >>> 0;
    for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  },
};

let current: ZipCodec = fflateCodec;

/** The codec in use. */
export function zipCodec(): ZipCodec {
  return current;
}

/** Installs `codec` for every later read and write (the command line's native zlib). */
export function useZipCodec(codec: ZipCodec): void {
  current = codec;
}
