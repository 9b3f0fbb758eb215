/** Values a template can take. */
export type TemplateValues = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders of a template; a placeholder without a value is left as it is, so
 * a missing value shows instead of vanishing.
 * @example format('{cell}: "{content}" is not an amount', { cell: "Sales!C17", content: "abc" }) // 'Sales!C17: "abc" is not an amount'
 */
export function format(template: string, values: TemplateValues): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

/**
 * The placeholder names of a template, sorted, each once.
 * @example placeholders("{a} and {b} and {a}") // ["a", "b"]
 */
export function placeholders(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(/\{(\w+)\}/g), (m) => m[1]))].sort();
}
