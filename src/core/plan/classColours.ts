import type { ConditionalRule } from "./types";

/** Soft fills with a readable text colour, as Excel's own "good / neutral / bad" styles. */
const GREEN = { fill: "#C6EFCE", fontColor: "#006100" };
const AMBER = { fill: "#FFEB9C", fontColor: "#9C5700" };
const GREY = { fill: "#E7E6E6", fontColor: "#3A3A3A" };

/** The fills of a class column, best class first: green, amber, grey. */
export const CLASS_FILLS = [GREEN, AMBER, GREY] as const;

/** A `textEquals` rule giving three class letters green, amber and grey, best first. */
function classRule(best: string, middle: string, worst: string): ConditionalRule {
  return { kind: "textEquals", rules: [{ text: best, ...GREEN }, { text: middle, ...AMBER }, { text: worst, ...GREY }] };
}

/** A green, B amber, C grey: the rule of an ABC column. */
export const ABC_RULE: ConditionalRule = classRule("A", "B", "C");

/** X green, Y amber, Z grey: the rule of an XYZ column. */
export const XYZ_RULE: ConditionalRule = classRule("X", "Y", "Z");

/**
 * Fills of the ABC-XYZ matrix by distance from the best cell: AX (0) green, AY/BX (1), AZ/BY/CX (2),
 * BZ/CY (3), CZ (4) red.
 */
export const MATRIX_FILLS: readonly { readonly fill: string; readonly fontColor: string }[] = [
  { fill: "#63BE7B", fontColor: "#000000" },
  { fill: "#B1D580", fontColor: "#000000" },
  { fill: "#FFEB84", fontColor: "#000000" },
  { fill: "#FBAA77", fontColor: "#000000" },
  { fill: "#F8696B", fontColor: "#000000" },
];

/** A move between classes: up green, the same grey, down red (Excel's "good / neutral / bad"). */
export const DIRECTION_FILLS = {
  up: GREEN,
  same: GREY,
  down: { fill: "#FFC7CE", fontColor: "#9C0006" },
} as const;

/**
 * Up (to a better class), down or the same, from two indexes into a class list ordered best first
 * with "none" last (counted below the last class).
 * @example moveDirection(0, 1) // "down" (A → B)
 */
export function moveDirection(from: number, to: number): keyof typeof DIRECTION_FILLS {
  return to < from ? "up" : to > from ? "down" : "same";
}
