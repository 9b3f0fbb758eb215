import { statusOf, type Status } from "../core";
import { ok, type FunctionResult } from "./functionResult";
import { readLine, readWindow } from "./runner";

/**
 * CLIENTSTATUS: the status of §5 of one client's period amounts (a row or a column, oldest first,
 * the last cell is period T) with an activity window of `window` periods (default 3). The answer
 * is a stable code: potential, new, permanent, lost or restored.
 * @example clientStatus([[100, 0, 0, 0, 0, 50]]) // { ok: true, value: "restored" }
 */
export function clientStatus(values: unknown, window?: unknown): FunctionResult<Status> {
  const w = readWindow(window);
  if (!w.ok) return w;
  const line = readLine(values);
  if (!line.ok) return line;
  return ok(statusOf(line.value, w.value));
}
