import { listHeader, listText as text } from "../read/listHeader";
import type { SheetSnapshot } from "../snapshot";

/** A client list sheet without a recognisable client and segment header. */
export interface ClientListIssue {
  readonly code: "noClientList";
  readonly sheet: string;
}

export type ClientListResult =
  | { readonly ok: true; readonly value: ReadonlyMap<string, string> }
  | { readonly ok: false; readonly issues: readonly ClientListIssue[] };

/**
 * A client list sheet (client → segment) as a map from the client as written (spaces trimmed) to
 * its segment: the header is the first of the top rows naming a client and a segment column (en/ru/es).
 * Rows without a client or a segment are skipped; a client listed twice keeps its first segment.
 * @example readClientList({ name: "Clients", top: 0, left: 0, values: [["Client", "Segment"], ["Acme", "Retail"]] }) // { ok: true, value: Map { "Acme" => "Retail" } }
 */
export function readClientList(sheet: SheetSnapshot): ClientListResult {
  const header = listHeader(sheet, ["client", "segment"]);
  if (header === null) return { ok: false, issues: [{ code: "noClientList", sheet: sheet.name }] };
  const [client, segment] = header.cols;
  const map = new Map<string, string>();
  for (const row of sheet.values.slice(header.row + 1)) {
    const key = text(row[client]);
    const value = text(row[segment]);
    if (key !== "" && value !== "" && !map.has(key)) map.set(key, value);
  }
  return { ok: true, value: map };
}
