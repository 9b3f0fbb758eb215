import { isTotalLabel, recogniseHeader, type Role } from "../../../src/core";

const roleOf = (text: string): Role | null => recogniseHeader(text)[0]?.role ?? null;
const rankOf = (text: string): number | null => recogniseHeader(text)[0]?.rank ?? null;

describe("recogniseHeader", () => {
  it.each<[string, Role]>([
    ["Client", "client"],
    ["Customer", "client"],
    ["Customer Name", "client"],
    ["CUSTOMER ID", "client"],
    ["customer_id", "client"],
    ["Account", "client"],
    ["Account Name", "client"],
    ["Buyer", "client"],
    ["Клиент", "client"],
    ["Контрагент", "client"],
    ["Покупатель", "client"],
    ["Заказчик", "client"],
    ["Cliente", "client"],
    ["Razón social", "client"],
    ["razon  social", "client"],
    ["Наименование", "client"],
    ["Nombre", "client"],
    ["Amount", "amount"],
    ["Sales", "amount"],
    ["Revenue", "amount"],
    ["Turnover", "amount"],
    ["Net", "amount"],
    ["Net Sales", "amount"],
    ["Total Amount", "amount"],
    ["Сумма", "amount"],
    ["Выручка", "amount"],
    ["Оборот", "amount"],
    ["Сумма продаж", "amount"],
    ["Importe", "amount"],
    ["Ventas", "amount"],
    ["Monto", "amount"],
    ["Сумма, руб.", "amount"],
    ["Amount (USD)", "amount"],
    ["Date", "date"],
    ["Order Date", "date"],
    ["Invoice Date", "date"],
    ["Sale Date", "date"],
    ["Ship Date", "date"],
    ["Дата", "date"],
    ["Период", "date"],
    ["Дата заказа", "date"],
    ["Дата отгрузки", "date"],
    ["Fecha", "date"],
    ["Fecha de pedido", "date"],
    ["Fecha factura", "date"],
    ["Manager", "manager"],
    ["Sales Rep", "manager"],
    ["Salesperson", "manager"],
    ["Account Manager", "manager"],
    ["Менеджер", "manager"],
    ["Ответственный", "manager"],
    ["Gerente", "manager"],
    ["Vendedor", "manager"],
    ["Comercial", "manager"],
    ["Gestor", "manager"],
    ["Ejecutivo de cuentas", "manager"],
    ["Owner", "manager"],
    ["Ответственный менеджер", "manager"],
    ["Торговый представитель", "manager"],
    ["Segment", "segment"],
    ["Сегмент", "segment"],
    ["Segmento", "segment"],
    ["Тип клиента", "segment"],
    ["Product", "product"],
    ["Category", "product"],
    ["Direction", "product"],
    ["Номенклатура", "product"],
    ["Товар", "product"],
    ["Направление", "product"],
    ["Категория", "product"],
    ["Producto", "product"],
    ["Categoría", "product"],
    ["Línea", "product"],
    ["Margin", "margin"],
    ["Profit", "margin"],
    ["Gross Profit", "margin"],
    ["Маржа", "margin"],
    ["Прибыль", "margin"],
    ["Валовая прибыль", "margin"],
    ["Margen", "margin"],
    ["Beneficio", "margin"],
    ["Quantity", "quantity"],
    ["Qty", "quantity"],
    ["Units", "quantity"],
    ["Количество", "quantity"],
    ["Кол-во", "quantity"],
    ["Cantidad", "quantity"],
    ["Unidades", "quantity"],
    ["masterid", "client"],
    ["id", "client"],
  ])("reads %p as %p", (text, role) => {
    expect(roleOf(text)).toBe(role);
  });

  it("reads ё as е", () => {
    expect(roleOf("Отвётственный")).toBe("manager");
  });

  it("ranks an explicit id above a client name above a bare id", () => {
    expect(rankOf("Customer ID")).toBeLessThan(rankOf("Customer Name") as number);
    expect(rankOf("Customer Name")).toBeLessThan(rankOf("masterid") as number);
    expect(rankOf("Наименование")).toBeLessThan(rankOf("id") as number);
  });

  it("ranks order dates above ship dates", () => {
    expect(rankOf("Order Date")).toBeLessThan(rankOf("Ship Date") as number);
    expect(rankOf("Дата")).toBeLessThan(rankOf("Дата отгрузки") as number);
  });

  it.each([["Paid"], ["Notes"], ["Comment"], ["Valid"], [""]])("names no role for %p", (text) => {
    expect(recogniseHeader(text)).toEqual([]);
  });
});

describe("isTotalLabel", () => {
  it.each([["Итого"], ["Итого:"], ["ИТОГО по клиентам"], ["Total"], ["TOTAL"], ["Всего"], ["Total general"], ["Grand Total"], ["Totales"]])(
    "reads %p as a totals label",
    (text) => {
      expect(isTotalLabel(text)).toBe(true);
    },
  );

  it.each([["Total Amount"], ["ACME"], ["Totalmente SA"]])("does not read %p as a totals label", (text) => {
    expect(isTotalLabel(text)).toBe(false);
  });
});
