import type {
  AbcClass,
  AbcXyzMatrix,
  ClientResult,
  MatrixCell,
  ResultWarning,
  Status,
  XyzClass,
} from "../results";
import type { Granularity } from "../settings";

/** More than this share of XYZ-classified clients in Z makes the mostlyZ warning (§4). */
export const MOSTLY_Z = 0.9;

const LONGER: Readonly<Record<Granularity, Granularity | null>> = {
  week: "month",
  month: "quarter",
  quarter: null,
};

export interface Summary {
  readonly counts: {
    readonly abc: Record<AbcClass, number>;
    readonly xyz: Record<XyzClass, number>;
    readonly status: Record<Status, number>;
  };
  readonly matrix: AbcXyzMatrix;
  readonly warnings: readonly ResultWarning[];
}

type MutableCell = { count: number; metric: number; share: number };
const cell = (): MutableCell => ({ count: 0, metric: 0, share: 0 });
const row = () => ({ X: cell(), Y: cell(), Z: cell(), none: cell() });

/**
 * Counts per class and status, the §6 matrix (potential clients left out; a cell's metric and
 * share are the sums of its clients' metric and share) and the mostlyZ warning.
 * @example summarise(classification.clients, "month").matrix.cells.A.X.count // 3
 */
export function summarise(clients: readonly ClientResult[], granularity: Granularity): Summary {
  const abc: Record<AbcClass, number> = { A: 0, B: 0, C: 0 };
  const xyz: Record<XyzClass, number> = { X: 0, Y: 0, Z: 0 };
  const status: Record<Status, number> = { potential: 0, new: 0, permanent: 0, lost: 0, restored: 0 };
  const cells = { A: row(), B: row(), C: row() };
  const total = cell();
  for (const client of clients) {
    status[client.status]++;
    if (client.xyz !== null) xyz[client.xyz]++;
    if (client.abc === null) continue;
    abc[client.abc]++;
    for (const target of [cells[client.abc][client.xyz ?? "none"], total]) {
      target.count++;
      target.metric += client.metric;
      target.share += client.share;
    }
  }
  const classified = xyz.X + xyz.Y + xyz.Z;
  const warnings: ResultWarning[] = [];
  if (classified > 0 && xyz.Z / classified > MOSTLY_Z) {
    warnings.push({ code: "mostlyZ", share: xyz.Z / classified, granularity, suggest: LONGER[granularity] });
  }
  const matrix: AbcXyzMatrix = { cells, total: total as MatrixCell };
  return { counts: { abc, xyz, status }, matrix, warnings };
}
