import type { Role } from "../dataset";

/**
 * Header names per role in English, Russian and Spanish, as real exports write them. A lower rank
 * is a better match for the role: rank 0 client columns are explicit ids (the key when a name
 * column sits beside them), rank 0 dates are order/invoice/sale dates, rank 1 dates are ship,
 * delivery or due dates. Matching is by {@link normaliseText}, so case, spaces, punctuation,
 * accents and ё/е do not matter.
 */
export interface HeaderEntry {
  readonly role: Role;
  readonly rank: number;
  readonly names: readonly string[];
}

/** Client column ranks. */
export const CLIENT_ID_RANK = 0;
export const CLIENT_RANK = 1;
export const CLIENT_NAME_RANK = 2;
/** Columns named like `id`, `masterid`: the key only when no better client column exists. */
export const WEAK_ID_RANK = 3;

export const HEADER_DICTIONARY: readonly HeaderEntry[] = [
  {
    role: "client",
    rank: CLIENT_ID_RANK,
    names: [
      "customer id", "client id", "customer_id", "client_id", "account id", "customer no", "customer number",
      "customer code", "client code", "account number", "buyer id", "код клиента", "id клиента",
      "код контрагента", "инн", "id cliente", "codigo cliente", "código de cliente", "cod cliente", "nif", "rfc",
    ],
  },
  {
    role: "client",
    rank: CLIENT_RANK,
    names: [
      "client", "customer", "customer name", "client name", "account", "account name", "buyer", "company",
      "клиент", "контрагент", "покупатель", "заказчик", "наименование клиента", "наименование контрагента",
      "клиент наименование", "организация", "cliente", "razón social", "nombre cliente", "nombre del cliente",
      "comprador", "empresa",
    ],
  },
  { role: "client", rank: CLIENT_NAME_RANK, names: ["name", "наименование", "название", "имя", "nombre"] },
  {
    role: "date",
    rank: 0,
    names: [
      "order date", "invoice date", "sale date", "sales date", "transaction date", "document date", "posting date",
      "date", "period", "month", "дата заказа", "дата счета", "дата продажи", "дата реализации", "дата документа",
      "дата", "период", "месяц", "fecha de pedido", "fecha pedido", "fecha factura", "fecha de factura",
      "fecha de venta", "fecha venta", "fecha", "periodo", "mes",
    ],
  },
  {
    role: "date",
    rank: 1,
    names: [
      "ship date", "shipping date", "shipped date", "delivery date", "due date", "payment date", "дата отгрузки",
      "дата доставки", "дата оплаты", "срок оплаты", "fecha de envío", "fecha envío", "fecha de entrega",
      "fecha entrega", "fecha de vencimiento", "fecha de pago",
    ],
  },
  {
    role: "amount",
    rank: 0,
    names: [
      "amount", "sales", "sale", "revenue", "turnover", "net", "net sales", "net amount", "total amount",
      "sales amount", "sum", "value", "total sales", "gross sales", "сумма", "выручка", "оборот", "сумма продаж",
      "сумма реализации", "продажи", "стоимость", "сумма с ндс", "importe", "ventas", "monto", "venta", "importe total",
      "total ventas", "valor",
    ],
  },
  { role: "amount", rank: 1, names: ["total", "итого", "всего", "total general", "totales"] },
  {
    role: "margin",
    rank: 0,
    names: [
      "margin", "profit", "gross profit", "gross margin", "маржа", "прибыль", "валовая прибыль", "наценка",
      "margen", "beneficio", "utilidad", "ganancia",
    ],
  },
  {
    role: "quantity",
    rank: 0,
    names: ["quantity", "qty", "units", "pcs", "количество", "кол-во", "шт", "cantidad", "unidades", "uds"],
  },
  {
    role: "manager",
    rank: 0,
    names: [
      "manager", "sales rep", "sales representative", "salesperson", "sales person", "account manager",
      "account executive", "sales manager", "rep", "owner", "account owner", "менеджер", "ответственный",
      "ответственный менеджер", "менеджер по продажам", "торговый представитель", "продавец", "gestor",
      "gestor comercial", "gestor de cuentas", "gerente", "vendedor", "comercial", "ejecutivo",
      "ejecutivo de ventas", "ejecutivo de cuentas", "ejecutivo comercial",
    ],
  },
  {
    role: "segment",
    rank: 0,
    names: [
      "segment", "customer segment", "client segment", "customer type", "client type", "сегмент", "тип клиента",
      "группа клиентов", "segmento", "tipo de cliente", "tipo cliente",
    ],
  },
  {
    role: "product",
    rank: 0,
    names: [
      "product", "product name", "category", "product category", "direction", "item", "product line", "номенклатура",
      "товар", "направление", "категория", "продукт", "группа товаров", "товарная группа", "producto", "categoría",
      "línea", "linea de producto", "familia", "artículo",
    ],
  },
  {
    role: "sci",
    rank: 0,
    names: [
      "sci", "secure customer index", "customer reliability index", "client reliability index", "reliability index",
      "reliability", "индекс надежности", "индекс надежности клиента", "надежность",
      "надежность клиента", "индекс sci", "índice de fiabilidad", "índice de fiabilidad del cliente", "fiabilidad",
      "fiabilidad del cliente", "índice sci",
    ],
  },
];

/** Totals labels (rows and columns): `Итого`, `Total`, `Всего`, `Total general`, `Totales`, `Grand Total`. */
export const TOTAL_LABELS: readonly string[] = [
  "total", "totals", "grand total", "total general", "general total", "totales", "sum total", "итого", "всего",
  "итого всего", "общий итог", "всего по всем", "итог",
];
