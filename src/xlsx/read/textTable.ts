/**
 * Texts read from a large text by position, each distinct one cut once: a text already seen is found
 * in the table by its characters before a string is cut, so a million repeated client ids, dates or
 * products make thousands of strings instead of millions, and keep them shared. Shared by the CSV
 * reader and the workbook reader; after `limit` distinct texts, new ones are cut and not kept.
 * @example const t = new TextTable(); t.text("C1,C1", 0, 2) === t.text("C1,C1", 3, 5) // true: one string
 */
export class TextTable {
  private keys: (string | undefined)[] = new Array<string | undefined>(1024);
  private hashes = new Int32Array(1024);
  private size = 0;

  constructor(private readonly limit = 1_000_000) {}

  /** The text of `source` from `from` to `to` (exclusive). */
  text(source: string, from: number, to: number): string {
    let hash = 0;
    for (let i = from; i < to; i++) hash = (Math.imul(hash, 31) + source.charCodeAt(i)) | 0;
    const mask = this.keys.length - 1;
    const length = to - from;
    let slot = hash & mask;
    for (let known = this.keys[slot]; known !== undefined; known = this.keys[slot]) {
      if (this.hashes[slot] === hash && known.length === length && source.startsWith(known, from))
        return known;
      slot = (slot + 1) & mask;
    }
    const text = source.slice(from, to);
    if (this.size >= this.limit) return text;
    this.keys[slot] = text;
    this.hashes[slot] = hash;
    if (++this.size * 2 > this.keys.length) this.grow();
    return text;
  }

  private grow(): void {
    const keys = this.keys;
    const hashes = this.hashes;
    this.keys = new Array<string | undefined>(keys.length * 2);
    this.hashes = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === undefined) continue;
      let slot = hashes[i] & mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.hashes[slot] = hashes[i];
    }
  }
}

/**
 * `TextTable` over bytes: the texts of a sheet part read by position in its UTF-8 bytes, each
 * distinct raw text decoded once (by `decode`) and then found again by its bytes, so a million
 * repeated client ids make one string each and no string is cut to look one up.
 */
export class ByteTextTable {
  private keys: (string | undefined)[] = new Array<string | undefined>(1024);
  private hashes = new Int32Array(1024);
  private starts = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  /** The raw bytes of every text kept, one after another. */
  private pool = new Uint8Array(64 * 1024);
  private used = 0;
  private size = 0;

  constructor(
    private readonly decode: (buf: Uint8Array, from: number, to: number) => string,
    private readonly limit = 1_000_000,
  ) {}

  /** The text of the raw bytes of `source` from `from` to `to` (exclusive). */
  text(source: Uint8Array, from: number, to: number): string {
    let hash = 0;
    for (let i = from; i < to; i++) hash = (Math.imul(hash, 31) + source[i]) | 0;
    const mask = this.keys.length - 1;
    const length = to - from;
    let slot = hash & mask;
    for (let known = this.keys[slot]; known !== undefined; known = this.keys[slot]) {
      if (
        this.hashes[slot] === hash &&
        this.lengths[slot] === length &&
        this.same(source, from, this.starts[slot], length)
      )
        return known;
      slot = (slot + 1) & mask;
    }
    const text = this.decode(source, from, to);
    if (this.size >= this.limit) return text;
    if (this.used + length > this.pool.length) {
      const pool = new Uint8Array(Math.max(this.pool.length * 2, this.used + length));
      pool.set(this.pool.subarray(0, this.used));
      this.pool = pool;
    }
    this.pool.set(source.subarray(from, to), this.used);
    this.keys[slot] = text;
    this.hashes[slot] = hash;
    this.starts[slot] = this.used;
    this.lengths[slot] = length;
    this.used += length;
    if (++this.size * 2 > this.keys.length) this.grow();
    return text;
  }

  private same(source: Uint8Array, from: number, start: number, length: number): boolean {
    const pool = this.pool;
    for (let i = 0; i < length; i++) if (source[from + i] !== pool[start + i]) return false;
    return true;
  }

  private grow(): void {
    const { keys, hashes, starts, lengths } = this;
    const size = keys.length * 2;
    this.keys = new Array<string | undefined>(size);
    this.hashes = new Int32Array(size);
    this.starts = new Int32Array(size);
    this.lengths = new Int32Array(size);
    const mask = size - 1;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === undefined) continue;
      let slot = hashes[i] & mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & mask;
      this.keys[slot] = keys[i];
      this.hashes[slot] = hashes[i];
      this.starts[slot] = starts[i];
      this.lengths[slot] = lengths[i];
    }
  }
}
