/** Kept so older imports keep working: the words live in src/locales/en/core.ts. */
export { core as en } from "../../locales/en/core";
