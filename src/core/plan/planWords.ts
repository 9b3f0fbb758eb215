import type { ClientResult, Status } from "../results";

/**
 * Every word a plan writes, taken from the locale tables once per plan, so that the layout code
 * deals with strings only.
 */
export interface PlanWords {
  /** Share, Cum. share, ABC, CV, XYZ, Status, Reason. */
  readonly resultHeaders: readonly string[];
  /** Client, Name, Segment, Manager, metric, then the seven result headers. */
  readonly clientHeaders: readonly string[];
  readonly sheets: { readonly clients: string; readonly matrix: string };
  readonly matrix: {
    readonly title: string;
    readonly count: string;
    readonly metric: string;
    readonly share: string;
    readonly none: string;
    readonly total: string;
    readonly byStatus: string;
    readonly noClass: string;
    readonly pareto: string;
    /** The row that sums the clients not shown one by one. */
    readonly others: (count: number) => string;
    readonly client: string;
    readonly cumShare: string;
  };
  readonly status: (status: Status) => string;
  readonly reason: (client: ClientResult) => string;
}
