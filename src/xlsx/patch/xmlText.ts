/**
 * Small, exact edits of an XML part as text: find an element by its local name (whatever prefix the
 * part uses), replace it, or insert before the first of some later elements. The rest of the part is
 * left byte for byte as it was.
 */

// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids are dropped
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** `&`, `<`, `>`, `"` escaped for text and attribute values; characters XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
  // Most texts have nothing to escape: one search, and the text itself.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return (
    text
      // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids are dropped
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
  );
}

/** The namespace prefix (with its colon, or "") the part's root element `root` is written with. */
export function prefixOf(xml: string, root: string): string {
  return new RegExp(`<([A-Za-z_][\\w.-]*:)?${root}[\\s>/]`).exec(xml)?.[1] ?? "";
}

/** Where an element starts and ends in `xml` (end exclusive), or null. `from` starts the search. */
export function findElement(
  xml: string,
  prefix: string,
  name: string,
  from = 0,
): { start: number; end: number; selfClosing: boolean } | null {
  const open = new RegExp(`<${prefix}${name}(?=[\\s>/])`, "g");
  open.lastIndex = from;
  const m = open.exec(xml);
  if (!m) return null;
  const tagEnd = xml.indexOf(">", m.index);
  if (tagEnd < 0) return null;
  if (xml[tagEnd - 1] === "/") return { start: m.index, end: tagEnd + 1, selfClosing: true };
  // Elements edited here do not nest in themselves, so the first closing tag ends them.
  const close = `</${prefix}${name}>`;
  const closeAt = xml.indexOf(close, tagEnd);
  if (closeAt < 0) return null;
  return { start: m.index, end: closeAt + close.length, selfClosing: false };
}

/** Every element `name` in `xml[from, to)`, in order (one pattern for the whole search). */
export function findElements(
  xml: string,
  prefix: string,
  name: string,
  from = 0,
  to = xml.length,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const open = new RegExp(`<${prefix}${name}(?=[\\s>/])`, "g");
  const close = `</${prefix}${name}>`;
  open.lastIndex = from;
  for (let m = open.exec(xml); m !== null && m.index < to; m = open.exec(xml)) {
    const tagEnd = xml.indexOf(">", m.index);
    if (tagEnd < 0) break;
    if (xml[tagEnd - 1] === "/") out.push({ start: m.index, end: tagEnd + 1 });
    else {
      const closeAt = xml.indexOf(close, tagEnd);
      if (closeAt < 0) break;
      out.push({ start: m.index, end: closeAt + close.length });
    }
    open.lastIndex = out[out.length - 1].end;
  }
  return out;
}

const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

/** The value of attribute `name` in the start tag at `xml[start…]`, or undefined. */
export function attributeOf(xml: string, start: number, name: string): string | undefined {
  const tagEnd = xml.indexOf(">", start);
  const tag = xml.slice(start, tagEnd);
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`\\s${name}="([^"]*)"`);
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  const m = pattern.exec(tag);
  return m
    ? m[1]
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&")
    : undefined;
}

/**
 * Where to insert an element that must come before any of `later` (local names, in schema order)
 * inside the element that ends at `parentClose` (the index of its closing tag).
 */
export function insertionPoint(
  xml: string,
  prefix: string,
  later: readonly string[],
  from: number,
  parentClose: number,
): number {
  let at = parentClose;
  for (const name of later) {
    const found = findElement(xml, prefix, name, from);
    if (found && found.start < at) at = found.start;
  }
  return at;
}

/** `xml` with `[start, end)` replaced by `text`. */
export function splice(xml: string, start: number, end: number, text: string): string {
  return xml.slice(0, start) + text + xml.slice(end);
}

/**
 * `xml` (elements Segmenta writes, text escaped) with `prefix` on every element name, as a part
 * that names its namespace with a prefix writes its elements.
 * @example withPrefix('<c r="A1"><v>1</v></c>', "x:") // '<x:c r="A1"><x:v>1</x:v></x:c>'
 */
export function withPrefix(xml: string, prefix: string): string {
  return prefix ? xml.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${prefix}`) : xml;
}
