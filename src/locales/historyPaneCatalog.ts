import type { historyPane as english } from "./en/historyPane";
import { LANGUAGES, type Language } from "./languages";
import type { Words } from "./Words";

/**
 * The History step's words in every language of `LANGUAGES`, each from its folder's `historyPane.ts`.
 * Kept out of `CATALOGS` (as the command line's words are) so only the lazily loaded History step
 * carries them: the pane's start-up JavaScript stays within its budget.
 */
export const HISTORY_PANE_CATALOG: Readonly<Record<Language, Words<typeof english>>> = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require(`./${language}/historyPane.ts`) as { historyPane: Words<typeof english> }).historyPane,
  ]),
) as Record<Language, Words<typeof english>>;
