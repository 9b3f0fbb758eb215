/**
 * Numbers read straight from a part's bytes, without cutting a string: plain decimals of up to 15
 * digits give the double `Number` gives; anything else is left to `Number`.
 */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * The number written from `start` to `end` when it is a plain decimal of at most 15 digits (`-12.5`,
 * `3`), read without cutting a string, or NaN for anything else (exponents, spaces, long digits), which
 * the caller reads with `Number`. Digits below 2^53 divided by an exact power of ten round once, so the
 * result is the double `Number` gives.
 */
export function plainNumber(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  const negative = buf[i] === 45;
  if (negative) i++;
  if (i >= end || end - i > 16) return NaN;
  let digits = 0;
  let mantissa = 0;
  let fraction = -1;
  for (; i < end; i++) {
    const code = buf[i];
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digits++;
    } else if (code === 46 && fraction < 0) fraction = end - i - 1;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = fraction > 0 ? mantissa / POWERS_OF_TEN[fraction] : mantissa;
  return negative ? -value : value;
}

/** Where `numberToTag` stopped: the position of the `<` after the value, or the end of the buffer. */
export const stop = new Int32Array(1);

/**
 * `plainNumber` of the value from `start` up to the next `<` (or `limit`), read in the same pass that
 * finds that `<`, whose position is left in `stop[0]`.
 */
export function numberToTag(buf: Uint8Array, start: number, limit: number): number {
  let i = start;
  const negative = buf[i] === 45;
  if (negative) i++;
  const first = i;
  let mantissa = 0;
  let digits = 0;
  let dot = -1;
  let plain = true;
  for (; i < limit; i++) {
    const code = buf[i];
    if (code === 60) break;
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digits++;
    } else if (code === 46 && dot < 0) dot = i;
    else plain = false;
  }
  stop[0] = i;
  if (!plain || digits === 0 || digits > 15 || i - first > 16) return NaN;
  const fraction = dot < 0 ? 0 : i - dot - 1;
  const value = fraction > 0 ? mantissa / POWERS_OF_TEN[fraction] : mantissa;
  return negative ? -value : value;
}

/** Whether `</v></c>` stands at `at` (in line, for the same reason as `<v>`). */
export function closesValue(buf: Uint8Array, at: number): boolean {
  return (
    buf[at + 1] === 47 &&
    buf[at + 2] === 118 &&
    buf[at + 3] === 62 &&
    buf[at + 4] === 60 &&
    buf[at + 5] === 47 &&
    buf[at + 6] === 99 &&
    buf[at + 7] === 62
  );
}
