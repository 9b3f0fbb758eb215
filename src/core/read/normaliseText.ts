/**
 * Header and word matching ignores case, spaces, punctuation and accents, and reads ё as е.
 * @example normaliseText("Razón social") // "razonsocial"; normaliseText("Кол-во") // "колво"
 */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * Splits text into lower-case, accent-free words and numbers (ё read as е), dropping punctuation.
 * @example textTokens("15 января 2024 г.") // ["15", "января", "2024", "г"]
 */
export function textTokens(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^\p{L}\p{N}]+|(?<=\p{N})(?=\p{L})|(?<=\p{L})(?=\p{N})/u)
    .filter((t) => t !== "");
}
