import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core";
import { sheet } from "./grid";

/**
 * The worked example of METHODOLOGY §13 used by the tests and the README: sales January–September
 * 2024 (the README's team example plus a potential client f), seven complaints and eight
 * questionnaires, the last of each dated after September.
 */
export const VOICE_SALES: readonly (readonly CellValue[])[] = [
  ["Date", "Client", "Product", "Manager", "Amount"],
  ["2024-01-15", "a", "p1", "Ivanov", 100],
  ["2024-05-15", "a", "p1", "Ivanov", 100],
  ["2024-08-15", "a", "p1", "Ivanov", 600],
  ["2024-09-15", "a", "p2", "Ivanov", 50],
  ["2024-08-10", "b", "p1", "Ivanov", 80],
  ["2024-04-10", "c", "p1", "Petrova", 300],
  ["2024-02-10", "d", "p1", "Petrova", 60],
  ["2024-07-10", "d", "p1", "Petrova", 40],
  ["2024-03-10", "e", "p1", null, 30],
  ["2024-06-10", "e", "p1", null, 30],
  ["2024-09-10", "e", "p1", null, 300],
  ["2024-03-10", "f", "p1", "Petrova", 0],
];

export const VOICE_COMPLAINTS: readonly (readonly CellValue[])[] = [
  ["Date", "Client", "Category", "Product", "Resolved"],
  ["2024-05-10", "a", "quality", "p1", "2024-05-20"],
  ["2024-07-05", "a", "delivery", "p1", "2024-07-15"],
  ["2024-08-01", "c", "quality", null, null],
  ["2024-09-10", "d", "billing", null, "2024-10-05"],
  ["2024-09-20", "Zeta", "delivery", null, null],
  ["2024-10-02", "b", "quality", null, null],
  ["2024-08-15", " A ", "Quality", null, "2024-08-19"],
];

export const VOICE_SURVEY: readonly (readonly CellValue[])[] = [
  ["Date", "Client", "Product", "Product appearance", "Delivery speed", "Payment terms"],
  ["2024-02-01", "a", null, 5, 4, 5],
  ["2024-08-20", "a", "p2", 5, null, 3],
  ["2024-06-01", "c", null, 2, 4, 4],
  ["2024-03-01", "e", "p1", 2, 2, 2],
  ["2024-09-06", "e", "p1", 5, 5, 4],
  ["2024-10-01", "d", null, 1, 1, 1],
  ["2024-07-10", "Zeta", null, 1, 1, 1],
  ["2024-08-01", "b", null, null, null, null],
];

/** The three sheets as a workbook snapshot, the sales active; names may be given (Russian ones, say). */
export function voiceWorkbook(
  names: { readonly sales?: string; readonly complaints?: string; readonly survey?: string } = {},
  tables: { readonly complaints?: readonly (readonly CellValue[])[]; readonly survey?: readonly (readonly CellValue[])[] } = {},
): WorkbookSnapshot {
  const sales = sheet(VOICE_SALES, { name: names.sales ?? "Sales" });
  const complaints: SheetSnapshot = sheet(tables.complaints ?? VOICE_COMPLAINTS, { name: names.complaints ?? "Complaints" });
  const survey: SheetSnapshot = sheet(tables.survey ?? VOICE_SURVEY, { name: names.survey ?? "Survey" });
  return {
    active: sales,
    sheetNames: [sales.name, complaints.name, survey.name],
    owned: [],
    others: { [complaints.name]: complaints, [survey.name]: survey },
  };
}
