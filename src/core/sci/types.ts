/** The four reliability bands of METHODOLOGY §11, from the most loyal client to the one already leaving. */
export type SciBand = "secure" | "favourable" | "vulnerable" | "at risk";

export const SCI_BANDS: readonly SciBand[] = ["secure", "favourable", "vulnerable", "at risk"];

/** The lowest index of each band but the last (fractions, compared after rounding to 9 decimals). */
export const SCI_LIMITS = { secure: 0.9, favourable: 0.8, vulnerable: 0.7 } as const;
