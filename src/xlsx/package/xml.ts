import { SaxesParser } from "saxes";
import { PackageError } from "./PackageError";

/** An element as the small-part parser hands it over: local name (prefix dropped) and attributes. */
export interface XmlElement {
  readonly name: string;
  /** Attributes by local name (`r:id` → `id`); a prefixed attribute does not replace a plain one. */
  readonly attrs: Readonly<Record<string, string>>;
  /** Attributes by their full name as written (`r:id`). */
  readonly raw: Readonly<Record<string, string>>;
}

export interface XmlHandlers {
  open?(element: XmlElement, path: readonly string[]): void;
  /** Text inside an element; `path` is the local names from the root down to that element. */
  text?(text: string, path: readonly string[]): void;
  close?(name: string, path: readonly string[]): void;
}

const utf8 = new TextDecoder("utf-8");

export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Parses a small workbook part (content types, relationships, workbook, styles) with saxes,
 * namespace prefixes dropped, so strict and transitional files and odd prefixes read alike.
 * Throws `PackageError` ("unreadablePart", `part`) on malformed XML, and ("declaresEntities") on a
 * DOCTYPE: saxes expands no entity a DTD declares (an undeclared one is malformed), and a part that
 * declares any is no spreadsheet's.
 */
export function parseXml(bytes: Uint8Array | string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser();
  const path: string[] = [];
  parser.on("opentag", (tag) => {
    const raw = tag.attributes as Record<string, string>;
    const attrs: Record<string, string> = {};
    for (const key of Object.keys(raw)) {
      const local = localName(key);
      if (local === key || !(local in attrs)) attrs[local] = raw[key];
    }
    const name = localName(tag.name);
    path.push(name);
    handlers.open?.({ name, attrs, raw }, path);
    if (tag.isSelfClosing) {
      handlers.close?.(name, path);
      path.pop();
    }
  });
  parser.on("closetag", (tag) => {
    if (tag.isSelfClosing) return;
    handlers.close?.(localName(tag.name), path);
    path.pop();
  });
  parser.on("doctype", () => {
    throw new PackageError("declaresEntities", part);
  });
  if (handlers.text) {
    const onText = handlers.text;
    parser.on("text", (text) => onText(text, path));
    parser.on("cdata", (text) => onText(text, path));
  }
  try {
    parser.write(typeof bytes === "string" ? bytes : utf8.decode(bytes)).close();
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw new PackageError("unreadablePart", part);
  }
}
