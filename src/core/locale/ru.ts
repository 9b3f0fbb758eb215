/** Kept so older imports keep working: the words live in src/locales/ru/core.ts. */
export { core as ru } from "../../locales/ru/core";
