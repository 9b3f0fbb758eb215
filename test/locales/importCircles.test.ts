import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const SRC = path.resolve(__dirname, "..", "..", "src");

/** Every .ts file under `dir`. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : name.endsWith(".ts") ? [full] : [];
  });
}

/** The files of `src/` a file imports (type imports and re-exports included), resolved. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/g)].flatMap(([, spec]) => {
    const base = path.resolve(path.dirname(file), spec);
    const found = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((f) => existsSync(f));
    return found ? [found] : [];
  });
}

describe("the catalogs and the code that reads them", () => {
  it("import each other in one direction only: no import circle passes through src/locales", () => {
    const graph = new Map<string, string[]>();
    const visit = (file: string) => {
      if (graph.has(file)) return;
      graph.set(file, importsOf(file));
      for (const next of graph.get(file)!) visit(next);
    };
    for (const file of filesUnder(path.join(SRC, "locales"))) visit(file);
    const isLocale = (file: string) => file.startsWith(path.join(SRC, "locales") + path.sep);
    // For each file of src/locales: a chain of imports that leads back to it is a circle.
    const circles: string[] = [];
    for (const start of [...graph.keys()].filter(isLocale)) {
      const seen = new Set<string>();
      const stack = graph.get(start)!.map((f) => [f]);
      while (stack.length > 0) {
        const trail = stack.pop()!;
        const at = trail[trail.length - 1];
        if (at === start) {
          circles.push([start, ...trail].map((f) => path.relative(SRC, f)).join(" → "));
          break;
        }
        if (seen.has(at)) continue;
        seen.add(at);
        for (const next of graph.get(at) ?? []) stack.push([...trail, next]);
      }
    }
    expect(circles).toEqual([]);
  });
});
