/**
 * Text for a CSV cell that a spreadsheet opens as text, never as a formula ("CSV injection", OWASP).
 *
 * Excel evaluates a cell of a CSV it opens when it starts with `=`, `+`, `-` or `@` (`+1+2` is 3,
 * `-2+3` is 1, `@SUM(1)` is 1, `=HYPERLINK(…)` a live link); LibreOffice Calc with `=`. A tab, a
 * carriage return or a line feed before such a sign is dropped by some readers (OWASP lists them),
 * and the fullwidth signs `＝＋－＠` are reported to start a formula in Excel set up for Japanese or
 * Chinese (LibreOffice keeps them as text; no Excel here to check, so they are treated alike). Such a cell is
 * written behind an apostrophe, OWASP's advice: both spreadsheets then open it as text, showing the
 * apostrophe (`'=HYPERLINK(…)`); a program reading the CSV sees it too. A tab in front instead would
 * be invisible in the cell but changes the text just as much, and hides that it did.
 *
 * A CSV opened with another separator than the one it was written with (Excel in a Russian, Spanish
 * or German setting splits at `;`) starts a cell after each such separator inside a field: a sign
 * right after `;` or `,` (or a tab or a line break) gets the apostrophe as well, so `x;=1+2` is
 * written `x;'=1+2`.
 *
 * Only text is changed: numbers are written as numbers, and `--json` carries every text as it was.
 * @example csvText("-2+3") // "'-2+3"
 * @example csvText("Acme; -5 %") // "Acme; -5 %" (a space first: text in every spreadsheet)
 */
export function csvText(text: string): string {
  return text.replace(LIVE_START, "'").replace(LIVE_AFTER_SEPARATOR, "$1'");
}

/** The signs a spreadsheet evaluates at the start of a cell, ASCII and fullwidth. */
const SIGNS = "=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20";
/** A field's start that would be evaluated: a sign, or a tab or line break some readers drop before one. */
const LIVE_START = new RegExp(`^(?=[${SIGNS}\\t\\r\\n])`);
/** A sign right after a character another reader may split cells at. */
const LIVE_AFTER_SEPARATOR = new RegExp(`([,;\\t\\r\\n])(?=[${SIGNS}])`, "g");
