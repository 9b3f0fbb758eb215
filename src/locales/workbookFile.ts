import type { Language } from "../core";
import { workbookFile as en } from "./en/workbookFile";
import { workbookFile as es } from "./es/workbookFile";
import { workbookFile as ru } from "./ru/workbookFile";
import type { Words } from "./Words";

const CATALOG: Readonly<Record<Language, Words<typeof en>>> = { en, ru, es };

/** The words for a workbook file that cannot be read, in a language. */
export function workbookFileWords(language: Language): Words<typeof en> {
  return CATALOG[language];
}
