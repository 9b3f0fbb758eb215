import { readdirSync } from "node:fs";
import { join } from "node:path";
import { LANGUAGES, type Language } from "../../src/locales";

/** The folder of one language's words. */
export const localeDir = (language: string) => join(__dirname, "../../src/locales", language);

/** A catalog's texts, nested by key; a counted word is an object of plural forms. */
export type Tree = { readonly [key: string]: string | Tree };

/**
 * Every surface English has (one file each in src/locales/en/, whatever was added last). A file named
 * `<surface>.<part>.ts` holds a part of a surface (its words are checked through that surface).
 */
export function surfaces(): string[] {
  return readdirSync(localeDir("en"))
    .filter((file) => /^[^.]+\.ts$/.test(file) && file !== "index.ts")
    .map((file) => file.replace(/\.ts$/, ""))
    .sort();
}

/** The words a surface file of a language exports, by export name. */
export function surfaceWords(language: string, surface: string): Record<string, Tree> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = require(join(localeDir(language), surface)) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(exported).filter(
      (entry): entry is [string, Tree] => typeof entry[1] === "object" && entry[1] !== null,
    ),
  );
}

const FORMS = new Set(["zero", "one", "two", "few", "many", "other"]);

/** Whether a part of the catalog is a counted word (`{ one, few?, many?, other }`). */
export function isPluralForms(tree: Tree): boolean {
  const keys = Object.keys(tree);
  return keys.includes("one") && keys.includes("other") && keys.every((key) => FORMS.has(key));
}

/** Every text of a tree by its dotted key; a counted word's forms are one entry (key → its forms). */
export function entries(tree: Tree, prefix = ""): [string, string[]][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string[]][] =>
    typeof value === "string"
      ? [[`${prefix}${key}`, [value]]]
      : isPluralForms(value)
        ? [[`${prefix}${key}`, Object.values(value) as string[]]]
        : entries(value, `${prefix}${key}.`),
  );
}

/** The counted words of a tree: dotted key → the forms it has. */
export function pluralKeys(tree: Tree, prefix = ""): [string, string[]][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string[]][] =>
    typeof value === "string"
      ? []
      : isPluralForms(value)
        ? [[`${prefix}${key}`, Object.keys(value)]]
        : pluralKeys(value, `${prefix}${key}.`),
  );
}

export const OTHER_LANGUAGES: readonly Language[] = LANGUAGES.filter((language) => language !== "en");
