import { writeFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { dateOfSerial, newWorkbook, workbookBytes } from "../test/support/exceljs/exceljsWorkbook";
import { seededRandom } from "../bench/salesFile";

/** The sample's language: its headers, names and sheet names. */
export type SampleLanguage = "en" | "ru" | "es";

/** Every sample, one per language of the pane. */
export const SAMPLE_LANGUAGES: readonly SampleLanguage[] = ["en", "ru", "es"];

const MONTHS = 24;
const FIRST_YEAR = 2024;
const CLIENTS = 220;

interface Words {
  readonly wideSheet: string;
  readonly longSheet: string;
  readonly title: string;
  readonly wideHeaders: readonly [string, string, string];
  readonly total: string;
  readonly longHeaders: readonly string[];
  readonly segments: readonly string[];
  readonly products: readonly (readonly string[])[]; // per segment: what it buys, most often first
  readonly managers: readonly string[];
  readonly firstWords: readonly string[];
  readonly secondWords: readonly string[];
  readonly company: (first: string, second: string) => string;
  readonly monthFormat: string;
  readonly dateFormat: string;
}

const WORDS: Readonly<Record<SampleLanguage, Words>> = {
  en: {
    wideSheet: "Clients by month",
    longSheet: "Sales",
    title: "Sales by client, 2024-2025 (USD)",
    wideHeaders: ["Customer", "Segment", "Manager"],
    total: "Total",
    longHeaders: ["Order Date", "Customer", "Product", "Sales", "Sales Rep", "Segment"],
    segments: ["Retail", "Wholesale", "HoReCa"],
    products: [
      ["Coffee", "Tea", "Snacks"],
      ["Coffee", "Tea", "Equipment", "Snacks"],
      ["Coffee", "Equipment", "Service", "Tea"],
    ],
    managers: ["Alice Brown", "Diego Lopez", "Hannah Kim", "Omar Haddad"],
    firstWords: ["North", "Blue", "Silver", "Green", "Bright", "Oak", "River", "Summit", "Harbor", "Maple", "Golden", "Stone", "Pine"],
    secondWords: ["Trading", "Foods", "Cafe", "Market", "Supplies", "Bistro", "Store", "Hotel", "Deli", "Kitchen", "Corner", "Group"],
    company: (a, b) => `${a} ${b}`,
    monthFormat: "mmm yyyy",
    dateFormat: "yyyy-mm-dd",
  },
  ru: {
    wideSheet: "Клиенты по месяцам",
    longSheet: "Продажи",
    title: "Продажи по клиентам за 2024-2025 гг., руб.",
    wideHeaders: ["Контрагент", "Сегмент", "Менеджер"],
    total: "Итого",
    longHeaders: ["Дата", "Контрагент", "Номенклатура", "Сумма", "Ответственный", "Сегмент"],
    segments: ["Розница", "Опт", "HoReCa"],
    products: [
      ["Кофе", "Чай", "Снеки"],
      ["Кофе", "Чай", "Оборудование", "Снеки"],
      ["Кофе", "Оборудование", "Сервис", "Чай"],
    ],
    managers: ["Иванова А.", "Петров Д.", "Ким Е.", "Сидоров О."],
    firstWords: ["Северный", "Синий", "Серебряный", "Зелёный", "Яркий", "Дубовый", "Речной", "Вершина", "Гавань", "Кленовый", "Золотой", "Каменный", "Сосновый"],
    secondWords: ["Торг", "Продукт", "Кафе", "Маркет", "Снаб", "Бистро", "Склад", "Отель", "Деликатес", "Кухня", "Угол", "Групп"],
    company: (a, b) => `ООО «${a} ${b}»`,
    monthFormat: "mmm yy",
    dateFormat: "dd.mm.yyyy",
  },
  es: {
    wideSheet: "Clientes por mes",
    longSheet: "Ventas",
    title: "Ventas por cliente, 2024-2025 (EUR)",
    wideHeaders: ["Cliente", "Segmento", "Gestor"],
    total: "Total",
    longHeaders: ["Fecha", "Cliente", "Producto", "Importe", "Gestor", "Segmento"],
    segments: ["Minorista", "Mayorista", "HoReCa"],
    products: [
      ["Café", "Té", "Aperitivos"],
      ["Café", "Té", "Equipos", "Aperitivos"],
      ["Café", "Equipos", "Servicio técnico", "Té"],
    ],
    managers: ["Lucía Martín", "Javier Ruiz", "Carmen Díaz", "Pablo Moreno"],
    firstWords: ["Norte", "Azul", "Plata", "Verde", "Sol", "Roble", "Río", "Cumbre", "Puerto", "Arce", "Oro", "Piedra", "Pino"],
    secondWords: ["Comercial", "Alimentos", "Café", "Mercado", "Suministros", "Bistró", "Tienda", "Hotel", "Delicias", "Cocina", "Rincón", "Grupo"],
    company: (a, b) => `${b} ${a} S.L.`,
    monthFormat: "mmm yyyy",
    dateFormat: "dd/mm/yyyy",
  },
};

type Behaviour = "steady" | "varying" | "erratic" | "new" | "lost" | "restored" | "potential";

/** How many of each behaviour, out of 100. */
const MIX: readonly [Behaviour, number][] = [
  ["steady", 22],
  ["varying", 25],
  ["erratic", 24],
  ["new", 6],
  ["lost", 11],
  ["restored", 8],
  ["potential", 4],
];

function behaviourOf(random: () => number): Behaviour {
  let pick = random() * 100;
  for (const [behaviour, weight] of MIX) {
    pick -= weight;
    if (pick < 0) return behaviour;
  }
  return "erratic";
}

/** Monthly amounts of one client (0 = no purchase), by its behaviour and a seasonal curve. */
function monthlyAmounts(behaviour: Behaviour, size: number, random: () => number): number[] {
  // Steady clients (contracts, subscriptions) hardly feel the season.
  const amplitude = behaviour === "steady" ? 0.03 : 0.2;
  const season = (m: number) => 1 + amplitude * Math.sin((2 * Math.PI * (m % 12)) / 12 - 1);
  const noisy = (m: number, spread: number) => size * season(m) * (1 - spread + 2 * spread * random());
  const lastBuy = MONTHS - 4 - Math.floor(random() * 8);
  const start = MONTHS - 1 - Math.floor(random() * 3);
  return Array.from({ length: MONTHS }, (_v, m) => {
    switch (behaviour) {
      case "steady":
        return noisy(m, 0.04);
      case "varying":
        return noisy(m, 0.3);
      case "erratic":
        return random() < 0.35 ? noisy(m, 0.8) : 0;
      case "new":
        return m >= start ? noisy(m, 0.2) : 0;
      case "lost":
        return m <= lastBuy && random() < 0.8 ? noisy(m, 0.3) : 0;
      case "restored":
        return m < MONTHS - 9 ? (random() < 0.7 ? noisy(m, 0.3) : 0) : m >= MONTHS - 3 ? noisy(m, 0.3) : 0;
      case "potential":
        return 0;
    }
  });
}

interface Sale {
  readonly month: number;
  readonly serial: number;
  readonly client: number;
  readonly product: string;
  readonly amount: number;
}

interface SampleClient {
  readonly name: string;
  readonly segment: number;
  readonly manager: string;
}

const monthSerial = (m: number, day = 1) => Date.UTC(FIRST_YEAR + Math.floor(m / 12), m % 12, day) / 86_400_000 + 25_569;
const cents = (x: number) => Math.round(x * 100) / 100;

function sampleData(language: SampleLanguage): { clients: SampleClient[]; sales: Sale[] } {
  const w = WORDS[language];
  const random = seededRandom(SAMPLE_LANGUAGES.indexOf(language) + 1);
  const clients: SampleClient[] = [];
  const sales: Sale[] = [];
  const used = new Set<string>();
  for (let i = 0; i < CLIENTS; i++) {
    let name = "";
    do {
      name = w.company(w.firstWords[Math.floor(random() * w.firstWords.length)], w.secondWords[Math.floor(random() * w.secondWords.length)]);
      if (used.has(name)) name = `${name} ${i + 1}`;
    } while (used.has(name));
    used.add(name);
    const segment = Math.floor(random() * w.segments.length);
    clients.push({ name, segment, manager: w.managers[Math.floor(random() * w.managers.length)] });
    const size = 150 * Math.exp(1.3 * (random() + random() + random() - 1.5)) * (segment === 1 ? 4 : 1);
    monthlyAmounts(behaviourOf(random), size, random).forEach((amount, m) => {
      if (amount <= 0) return;
      const products = w.products[segment];
      const count = 1 + Math.floor(random() * Math.min(3, products.length));
      for (let k = 0; k < count; k++) {
        const product = products[Math.min(products.length - 1, Math.floor(random() ** 1.5 * products.length))];
        sales.push({ month: m, serial: monthSerial(m, 1 + Math.floor(random() * 28)), client: i, product, amount: cents(amount / count) });
      }
    });
  }
  sales.sort((a, b) => a.serial - b.serial || a.client - b.client);
  return { clients, sales };
}

function wideSheet(wb: ExcelJS.Workbook, w: Words, clients: readonly SampleClient[], sales: readonly Sale[]): void {
  const ws = wb.addWorksheet(w.wideSheet);
  ws.getCell("A1").value = w.title;
  ws.getCell("A1").font = { bold: true, size: 14 };
  const header = ws.getRow(3);
  w.wideHeaders.forEach((h, i) => (header.getCell(i + 1).value = h));
  for (let m = 0; m < MONTHS; m++) {
    const cell = header.getCell(4 + m);
    cell.value = dateOfSerial(monthSerial(m));
    cell.numFmt = w.monthFormat;
  }
  header.getCell(4 + MONTHS).value = w.total;
  header.font = { bold: true };
  const totals = clients.map(() => new Array<number>(MONTHS).fill(0));
  for (const s of sales) totals[s.client][s.month] = cents(totals[s.client][s.month] + s.amount);
  clients.forEach((c, i) => {
    const row = ws.getRow(4 + i);
    row.getCell(1).value = c.name;
    row.getCell(2).value = w.segments[c.segment];
    row.getCell(3).value = c.manager;
    totals[i].forEach((amount, m) => {
      if (amount > 0) row.getCell(4 + m).value = amount;
    });
    row.getCell(4 + MONTHS).value = cents(totals[i].reduce((a, b) => a + b, 0));
  });
  const sumRow = ws.getRow(4 + clients.length);
  sumRow.getCell(1).value = w.total;
  sumRow.font = { bold: true };
  for (let m = 0; m <= MONTHS; m++) sumRow.getCell(4 + m).value = cents(totals.reduce((a, t) => a + (m < MONTHS ? t[m] : t.reduce((x, y) => x + y, 0)), 0));
  for (let r = 4; r <= 4 + clients.length; r++) for (let c = 4; c <= 4 + MONTHS; c++) ws.getCell(r, c).numFmt = "#,##0.00";
  ws.getColumn(1).width = 28;
  ws.views = [{ state: "frozen", xSplit: 1, ySplit: 3 }];
}

function longSheet(wb: ExcelJS.Workbook, w: Words, clients: readonly SampleClient[], sales: readonly Sale[]): void {
  const ws = wb.addWorksheet(w.longSheet);
  ws.addRow([...w.longHeaders]).font = { bold: true };
  for (const s of sales) {
    const c = clients[s.client];
    ws.addRow([dateOfSerial(s.serial), c.name, s.product, s.amount, c.manager, w.segments[c.segment]]);
  }
  ws.getColumn(1).numFmt = w.dateFormat;
  ws.getColumn(4).numFmt = "#,##0.00";
  ws.getColumn(2).width = 28;
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
}

/**
 * A realistic, deterministic sample workbook: 220 clients over 24 months in three segments with
 * four managers, steady, varying, erratic, new, lost, restored and potential clients. Sheet one is
 * the sales (one row per sale with product, manager and segment), so every step of the pane works on
 * the sheet it opens; sheet two the same as a wide table (client × month under a title, real date
 * headers, a totals row and column).
 */
export function makeSampleWorkbook(language: SampleLanguage): ExcelJS.Workbook {
  const w = WORDS[language];
  const { clients, sales } = sampleData(language);
  const wb = newWorkbook();
  // Fixed document dates, so the same code writes the same file.
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  longSheet(wb, w, clients, sales);
  wideSheet(wb, w, clients, sales);
  return wb;
}

/** The sample's sheet names: the wide one, then the long one (the file holds the long one first). */
export function sampleSheets(language: SampleLanguage): readonly [string, string] {
  return [WORDS[language].wideSheet, WORDS[language].longSheet];
}

/** `assets/sample-<language>.xlsx` under the repository root. */
export function samplePath(language: SampleLanguage): string {
  return path.resolve(__dirname, "..", "assets", `sample-${language}.xlsx`);
}

/** Writes every sample into assets/. */
export async function writeSamples(): Promise<void> {
  for (const language of SAMPLE_LANGUAGES) writeFileSync(samplePath(language), await workbookBytes(makeSampleWorkbook(language)));
}

if (require.main === module)
  void writeSamples().then(() => process.stdout.write(`${SAMPLE_LANGUAGES.map((l) => `assets/sample-${l}.xlsx`).join(", ")}\n`));
