/**
 * The shape every catalog of a language takes: English is written first and defines the keys; the
 * other languages are typed `Words<typeof en.surface>`, so a missing or extra key fails to compile.
 * Templates hold `{placeholders}`; a count's words are `PluralForms`, chosen by `Intl.PluralRules`.
 */
export interface PluralForms {
  readonly one: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** The same keys as `T`, with any text in place of English's literal texts. */
export type Words<T> = T extends string
  ? string
  : T extends PluralForms
    ? PluralForms
    : { readonly [K in keyof T]: Words<T[K]> };
