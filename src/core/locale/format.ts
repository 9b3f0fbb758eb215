/** Values a template can take. */
export type TemplateValues = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders of a template; a placeholder without a value is left as it is, so
 * a missing value shows instead of vanishing.
 * @example format('{cell}: "{content}" is not an amount', { cell: "Sales!C17", content: "abc" }) // 'Sales!C17: "abc" is not an amount'
 */
export function format(template: string, values: TemplateValues): string {
  const parts = partsOf(template);
  if (parts.length === 1) return parts[0];
  // Joined rather than added up: one flat string, not a tree of pieces that every later read of a
  // table's texts (a map's key, the bytes of a cell) would first have to copy flat.
  const out = parts.slice();
  for (let i = 1; i < out.length; i += 2) {
    const name = out[i];
    out[i] = Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : `{${name}}`;
  }
  return out.join("");
}

/** Templates already split, by their text: a catalog has a few hundred, each filled for every row of a table. */
const templateParts = new Map<string, readonly string[]>();
const MAX_TEMPLATES = 4096;

/** A template split at its placeholders: text, name, text, name, …, text. */
function partsOf(template: string): readonly string[] {
  let parts = templateParts.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    if (templateParts.size >= MAX_TEMPLATES) templateParts.clear();
    templateParts.set(template, parts);
  }
  return parts;
}

/**
 * The placeholder names of a template, sorted, each once.
 * @example placeholders("{a} and {b} and {a}") // ["a", "b"]
 */
export function placeholders(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(/\{(\w+)\}/g), (m) => m[1]))].sort();
}
