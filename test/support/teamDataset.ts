import type { Dataset } from "../../src/core";
import { longDataset, type SaleSpec } from "./dataset";

/** A sale of a team test table: with a product and the manager written on its row. */
export interface TeamSaleSpec extends SaleSpec {
  readonly product?: string;
  readonly manager?: string | null;
}

/**
 * A long-table Dataset with a product column (when any sale names a product); each client's
 * manager is the one on its last row that has one, the rule of METHODOLOGY §8 for rows in date order.
 * @example teamDataset([{ client: "a", at: "2024-01", amount: 5, product: "p", manager: "Ivanov" }]).clients[0].manager // "Ivanov"
 */
export function teamDataset(sales: readonly TeamSaleSpec[]): Dataset {
  const base = longDataset(sales);
  const products = [...new Set(sales.flatMap((s) => (s.product === undefined ? [] : [s.product])))];
  const managerOf = new Map<string, string>();
  for (const s of sales) if (s.manager) managerOf.set(s.client, s.manager);
  return {
    ...base,
    clients: base.clients.map((c) => ({ ...c, manager: managerOf.get(c.key) ?? null })),
    products,
    sales: {
      ...base.sales,
      product:
        products.length === 0
          ? null
          : Int32Array.from(sales, (s) => (s.product === undefined ? -1 : products.indexOf(s.product))),
    },
  };
}
