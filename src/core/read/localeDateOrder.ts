/**
 * The day order a locale writes dates in, from Intl's own data: "mdy" when it puts the month before
 * the day (`en-US`: 11/22/2024), else "dmy" (`en-GB`, `ru`, `es`). An unknown tag is the runtime's
 * default locale.
 * @example dateOrderOfLocale("en-US") // "mdy"; dateOrderOfLocale("ru-RU") // "dmy"
 */
export function dateOrderOfLocale(tag: string | undefined): "dmy" | "mdy" {
  let locale: string | undefined;
  try {
    locale = tag === undefined || tag === "" ? undefined : Intl.getCanonicalLocales(tag)[0];
  } catch {
    locale = undefined;
  }
  const parts = new Intl.DateTimeFormat(locale, { day: "numeric", month: "numeric", year: "numeric" }).formatToParts(
    new Date(2024, 10, 22),
  );
  const order = parts.filter((p) => p.type === "day" || p.type === "month").map((p) => p.type);
  return order[0] === "month" ? "mdy" : "dmy";
}
