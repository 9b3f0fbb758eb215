import { SaxesParser } from "saxes";
import { parseXml } from "../../../src/xlsx/package/xml";

/** An element of a parsed part: local name, attributes by local name, text, children. */
export interface Node {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  text: string;
  readonly children: Node[];
}

/** Parses a part with the package's XML parser (throws on malformed XML) into a tree of local names. */
export function parseTree(xml: string | Uint8Array, part = "chart"): Node {
  const root: Node = { name: "#root", attrs: {}, text: "", children: [] };
  const stack: Node[] = [root];
  parseXml(xml, part, {
    open(el) {
      const node: Node = { name: el.name, attrs: el.attrs, text: "", children: [] };
      stack[stack.length - 1].children.push(node);
      stack.push(node);
    },
    text(text) {
      stack[stack.length - 1].text += text;
    },
    close() {
      stack.pop();
    },
  });
  return root.children[0];
}

/** Every descendant of `node` named `name`, in document order. */
export function all(node: Node, name: string): Node[] {
  return node.children.flatMap((c) => [...(c.name === name ? [c] : []), ...all(c, name)]);
}

/** The only descendant named `name` (the test fails when there is none or several). */
export function one(node: Node, name: string): Node {
  const found = all(node, name);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${node.name}>, found ${found.length}`);
  return found[0];
}

/** `val` attribute of the only descendant named `name`. */
export function val(node: Node, name: string): string | undefined {
  return one(node, name).attrs.val;
}

/** What a series shows: name formula and cache, categories and values with their caches. */
export function seriesFacts(ser: Node) {
  const tx = all(ser, "tx")[0] ?? { name: "tx", attrs: {}, text: "", children: [] };
  const cat = one(ser, "cat");
  const v = one(ser, "val");
  const points = (n: Node) => all(n, "pt").map((p) => ({ idx: Number(p.attrs.idx), v: one(p, "v").text }));
  return {
    nameRef: all(tx, "f")[0]?.text,
    name: all(tx, "v").map((x) => x.text)[0],
    catRef: one(cat, "f").text,
    categories: points(cat),
    valRef: one(v, "f").text,
    values: points(v),
    count: Number(val(v, "ptCount")),
  };
}

/** The namespace URI of every element of a part, checked by saxes (throws on an undeclared prefix). */
export function namespacesOf(xml: string): Set<string> {
  const parser = new SaxesParser({ xmlns: true });
  const uris = new Set<string>();
  parser.on("opentag", (tag) => uris.add(`${tag.local} ${tag.uri}`));
  parser.write(xml).close();
  return uris;
}
