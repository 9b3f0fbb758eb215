import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import en from "../../../src/taskpane/locales/en.json";
import es from "../../../src/taskpane/locales/es.json";
import ru from "../../../src/taskpane/locales/ru.json";

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`),
  );
}

/** A key without its plural suffix (`clients_few` → `clients`). */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, "");
const keySet = (tree: Tree) => [...new Set(leaves(tree).map(base))].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

describe("task pane locales", () => {
  it.each([
    ["ru", ru],
    ["es", es],
  ])("%s has exactly the keys of en", (_, tree) => {
    expect(keySet(tree)).toEqual(keySet(en));
  });

  it("gives Russian counted words every plural form Intl.PluralRules asks for", () => {
    const forms = new Intl.PluralRules("ru").resolvedOptions().pluralCategories;
    const plural = leaves(ru)
      .filter((k) => k.endsWith("_one"))
      .map(base);
    for (const key of plural) for (const form of forms) expect(leaves(ru)).toContain(`${key}_${form}`);
  });

  it("has a word for every key the pane asks for by name", () => {
    const root = join(__dirname, "../../../src/taskpane");
    const asked = sourceFiles(root).flatMap((file) =>
      Array.from(readFileSync(file, "utf8").matchAll(/\bt\("([a-zA-Z.]+)"/g), (m) => m[1]),
    );
    expect(asked.length).toBeGreaterThan(40);
    const known = new Set(keySet(en));
    expect(asked.filter((key) => !known.has(key))).toEqual([]);
  });
});
