import type { cli as english } from "./en/cli";
import { LANGUAGES, type Language } from "./languages";
import type { Words } from "./Words";

/**
 * The command line's words in every language of `LANGUAGES`, each from its folder's `cli.ts`. Kept
 * out of `CATALOGS` so the task pane's and the functions' bundles do not carry words they never show;
 * a new language's folder is found here by the same list.
 */
export const CLI_CATALOG: Readonly<Record<Language, Words<typeof english>>> = Object.fromEntries(
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  LANGUAGES.map((language) => [language, (require(`./${language}/cli.ts`) as { cli: Words<typeof english> }).cli]),
) as Record<Language, Words<typeof english>>;
