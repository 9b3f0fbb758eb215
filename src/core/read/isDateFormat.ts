/**
 * True when an Excel number format shows a date (it has day, month or year codes), false for
 * `General`, `0.00`, `#,##0 ₽`, time-only formats and text in quotes.
 * @example isDateFormat("dd.mm.yyyy") // true; isDateFormat("#,##0.00") // false
 */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined || format === "") return false;
  const codes = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[([hms]+)\]/gi, "$1")
    .replace(/\[[^\]]*\]/g, "")
    .toLowerCase();
  if (codes === "general" || codes === "@") return false;
  if (/[dy]/.test(codes)) return true;
  // `m` is minutes next to hours or seconds, otherwise months.
  return /m/.test(codes) && !/[hs]/.test(codes);
}
