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
      if (this.hashes[slot] === hash && known.length === length && source.startsWith(known, from)) return known;
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
