import type { Classification } from "../results";
import { sciBand } from "./sciBand";

/**
 * The classification with each client's reliability index and band (§11), `values` indexed like
 * `classification.clients[i].index`.
 * @example withSci(classification, [0.95, null]).clients[0].sciBand // "secure"
 */
export function withSci(classification: Classification, values: readonly (number | null)[]): Classification {
  return {
    ...classification,
    hasSci: true,
    clients: classification.clients.map((c) => {
      const sci = values[c.index] ?? null;
      return { ...c, sci, sciBand: sci === null ? null : sciBand(sci) };
    }),
  };
}
