import { isBlank, type CellValue } from "../cells";
import { recogniseHeader } from "../read";
import type { SheetSnapshot } from "../snapshot";

/** The rows a client list's header is looked for in. */
const HEADER_ROWS = 20;

/** A client list sheet without a recognisable client and segment header. */
export interface ClientListIssue {
  readonly code: "noClientList";
  readonly sheet: string;
}

export type ClientListResult =
  | { readonly ok: true; readonly value: ReadonlyMap<string, string> }
  | { readonly ok: false; readonly issues: readonly ClientListIssue[] };

const text = (v: CellValue | undefined): string => (v === null || v === undefined || typeof v === "object" ? "" : String(v).replace(/[\s\u00a0]+/g, " ").trim());

function columnOf(header: readonly CellValue[], role: "client" | "segment"): number {
  let best = -1;
  let rank = Infinity;
  header.forEach((cell, col) => {
    const match = recogniseHeader(text(cell)).find((m) => m.role === role);
    if (match && match.rank < rank) {
      best = col;
      rank = match.rank;
    }
  });
  return best;
}

/**
 * A client list sheet (client → segment) as a map from the client as written (spaces trimmed) to
 * its segment: the header is the first of the top rows naming a client and a segment column (en/ru/es).
 * Rows without a client or a segment are skipped; a client listed twice keeps its first segment.
 * @example readClientList({ name: "Clients", top: 0, left: 0, values: [["Client", "Segment"], ["Acme", "Retail"]] }) // { ok: true, value: Map { "Acme" => "Retail" } }
 */
export function readClientList(sheet: SheetSnapshot): ClientListResult {
  for (let r = 0; r < Math.min(HEADER_ROWS, sheet.values.length); r++) {
    const header = sheet.values[r];
    if (header.every(isBlank)) continue;
    const client = columnOf(header, "client");
    const segment = columnOf(header, "segment");
    if (client < 0 || segment < 0) continue;
    const map = new Map<string, string>();
    for (const row of sheet.values.slice(r + 1)) {
      const key = text(row[client]);
      const value = text(row[segment]);
      if (key !== "" && value !== "" && !map.has(key)) map.set(key, value);
    }
    return { ok: true, value: map };
  }
  return { ok: false, issues: [{ code: "noClientList", sheet: sheet.name }] };
}
