import type { ClientInfo } from "../dataset";

/** Collects clients in table order while a reader walks the rows (one per distinct trimmed key). */
export interface ClientIndex {
  /** The index of the client a key cell names (created on first sight at `row`); -1 for a blank key. */
  indexOf(key: string | number | boolean, row: number): number;
  /** Fills an attribute the client does not have yet (the first non-blank value wins). */
  fill(index: number, field: "name" | "segment" | "manager", value: string): void;
  has(index: number, field: "name" | "segment" | "manager"): boolean;
  readonly size: number;
  clients(): ClientInfo[];
}

/**
 * A fresh client index. Keys are compared after trimming spaces (including no-break spaces) and
 * regardless of letter case, as Excel's own lookups compare them; the client keeps the spelling it
 * was first written with. The number 4 and the text "4" are the same client.
 * @example const ix = clientIndex(); ix.indexOf(" ACME ", 5) // 0; ix.indexOf("ACME", 9) // 0
 */
export function clientIndex(): ClientIndex {
  const byText = new Map<string, number>();
  const byNumber = new Map<number, number>();
  const keys: string[] = [];
  const rows: number[] = [];
  const attributes = { name: [] as (string | null)[], segment: [] as (string | null)[], manager: [] as (string | null)[] };

  const add = (key: string, row: number): number => {
    const index = keys.length;
    keys.push(key);
    rows.push(row);
    attributes.name.push(null);
    attributes.segment.push(null);
    attributes.manager.push(null);
    byText.set(foldClientKey(key), index);
    return index;
  };

  return {
    indexOf(key, row) {
      if (typeof key === "string") {
        const text = trimKey(key);
        if (text === "") return -1;
        const known = byText.get(foldClientKey(text));
        return known === undefined ? add(text, row) : known;
      }
      if (typeof key === "boolean") return byText.get(key ? "true" : "false") ?? add(key ? "TRUE" : "FALSE", row);
      const known = byNumber.get(key);
      if (known !== undefined) return known;
      const text = String(key);
      const index = byText.get(foldClientKey(text)) ?? add(text, row);
      byNumber.set(key, index);
      return index;
    },
    fill(index, field, value) {
      if (attributes[field][index] === null) attributes[field][index] = value;
    },
    has(index, field) {
      return attributes[field][index] !== null;
    },
    get size() {
      return keys.length;
    },
    clients() {
      return keys.map((key, i) => ({
        key,
        name: attributes.name[i] ?? key,
        segment: attributes.segment[i],
        manager: attributes.manager[i],
        row: rows[i],
      }));
    },
  };
}

/** Trims spaces of every kind; text that needs none is returned as is without work. */
/**
 * The form client keys are compared in: letter case folded (the key is already trimmed).
 * @example foldClientKey("ООО Ромашка") === foldClientKey("ооо ромашка") // true
 */
export function foldClientKey(trimmed: string): string {
  return trimmed.toLowerCase();
}

export function trimKey(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(n - 1);
  if (first > 32 && first < 0x2000 && first !== 0xa0 && last > 32 && last < 0x2000 && last !== 0xa0) return text;
  return text.trim();
}
