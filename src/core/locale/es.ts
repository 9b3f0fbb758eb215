/** Kept so older imports keep working: the words live in src/locales/es/core.ts. */
export { core as es } from "../../locales/es/core";
