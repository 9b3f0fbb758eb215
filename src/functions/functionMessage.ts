import type { Language } from "../core";
import type { FunctionProblem } from "./functionResult";

type Messages = {
  readonly [C in FunctionProblem["code"]]: (p: Extract<FunctionProblem, { code: C }>) => string;
};

const percent = (v: number): string => `${+(v * 100).toFixed(6)}%`;

const EN: Messages = {
  textInRange: (p) => `Text '${p.text}' in the range (row ${p.row}, column ${p.col}): amounts only`,
  errorInRange: (p) => `Error ${p.text} in the range (row ${p.row}, column ${p.col}): fix that cell first`,
  emptyRange: () => "The range is empty",
  notOneLine: (p) => `Give one row or one column of period amounts, not ${p.rows} rows × ${p.cols} columns`,
  notANumber: (p) => `${p.argument} must be a number, not '${p.text}'`,
  noPositive: () => "No positive amount in the range: no CV",
  nonPositiveMean: () => "The average from the first purchase is not positive (returns): no CV",
  singlePeriod: () => "Only one period since the first purchase: the sample CV needs two",
  negativeCv: (p) => `A CV cannot be negative (${p.value})`,
  thresholdRange: (p) => `Threshold ${p.argument} must be above 0 and below 100% (got ${p.value})`,
  thresholdOrder: (p) =>
    `Threshold ${p.first} (${percent(p.low)}) must be below ${p.second} (${percent(p.high)})`,
  windowRange: (p) => `The window must be a whole number of periods from 1 (got ${p.value})`,
  noClientRows: () => "The table needs a header row and at least one client row",
  noClientColumn: (p) =>
    `The first column must hold clients, but its header '${p.header}' is a period or an amount`,
  noPeriodColumns: () => "The table has no period columns after the client column",
  amountsWithoutClient: (p) => `Row ${p.row} of the table has amounts but no client`,
};

const RU: Messages = {
  textInRange: (p) => `Текст '${p.text}' в диапазоне (строка ${p.row}, столбец ${p.col}): нужны только суммы`,
  errorInRange: (p) =>
    `Ошибка ${p.text} в диапазоне (строка ${p.row}, столбец ${p.col}): сначала исправьте ячейку`,
  emptyRange: () => "Диапазон пуст",
  notOneLine: (p) =>
    `Нужна одна строка или один столбец сумм по периодам, а не ${p.rows} строк × ${p.cols} столбцов`,
  notANumber: (p) => `${p.argument} должен быть числом, а не '${p.text}'`,
  noPositive: () => "В диапазоне нет положительных сумм: КВ не определён",
  nonPositiveMean: () => "Среднее с первой покупки не положительно (возвраты): КВ не определён",
  singlePeriod: () => "С первой покупки прошёл один период: для выборочного КВ нужно два",
  negativeCv: (p) => `КВ не бывает отрицательным (${p.value})`,
  thresholdRange: (p) => `Порог ${p.argument} должен быть больше 0 и меньше 100% (указано ${p.value})`,
  thresholdOrder: (p) =>
    `Порог ${p.first} (${percent(p.low)}) должен быть меньше порога ${p.second} (${percent(p.high)})`,
  windowRange: (p) => `Окно — целое число периодов от 1 (указано ${p.value})`,
  noClientRows: () => "В таблице нужны строка заголовков и хотя бы одна строка клиента",
  noClientColumn: (p) =>
    `В первом столбце должны быть клиенты, а его заголовок '${p.header}' — период или сумма`,
  noPeriodColumns: () => "В таблице нет столбцов периодов после столбца клиентов",
  amountsWithoutClient: (p) => `В строке ${p.row} таблицы есть суммы, но нет клиента`,
};

const ES: Messages = {
  textInRange: (p) => `Texto '${p.text}' en el rango (fila ${p.row}, columna ${p.col}): solo importes`,
  errorInRange: (p) => `Error ${p.text} en el rango (fila ${p.row}, columna ${p.col}): corrija esa celda`,
  emptyRange: () => "El rango está vacío",
  notOneLine: (p) =>
    `Indique una fila o una columna de importes por periodo, no ${p.rows} filas × ${p.cols} columnas`,
  notANumber: (p) => `${p.argument} debe ser un número, no '${p.text}'`,
  noPositive: () => "No hay importes positivos en el rango: sin CV",
  nonPositiveMean: () => "La media desde la primera compra no es positiva (devoluciones): sin CV",
  singlePeriod: () => "Solo un periodo desde la primera compra: el CV muestral necesita dos",
  negativeCv: (p) => `Un CV no puede ser negativo (${p.value})`,
  thresholdRange: (p) =>
    `El umbral ${p.argument} debe ser mayor que 0 y menor que 100% (se indicó ${p.value})`,
  thresholdOrder: (p) =>
    `El umbral ${p.first} (${percent(p.low)}) debe ser menor que ${p.second} (${percent(p.high)})`,
  windowRange: (p) => `La ventana es un número entero de periodos desde 1 (se indicó ${p.value})`,
  noClientRows: () => "La tabla necesita una fila de encabezados y al menos una fila de cliente",
  noClientColumn: (p) =>
    `La primera columna debe contener clientes, pero su encabezado '${p.header}' es un periodo o un importe`,
  noPeriodColumns: () => "La tabla no tiene columnas de periodos después de la columna de clientes",
  amountsWithoutClient: (p) => `La fila ${p.row} de la tabla tiene importes pero no cliente`,
};

const MESSAGES: Readonly<Record<Language, Messages>> = { en: EN, ru: RU, es: ES };

/**
 * The words for a function problem, in one of the three languages.
 * @example functionMessage({ code: "emptyRange" }, "es") // "El rango está vacío"
 */
export function functionMessage(problem: FunctionProblem, language: Language = "en"): string {
  const render = MESSAGES[language][problem.code] as (p: FunctionProblem) => string;
  return render(problem);
}

/**
 * The language of an Office display language tag (`ru-RU` → `ru`), English for anything else.
 * @example languageOf("es-MX") // "es"
 */
export function languageOf(tag: string | null | undefined): Language {
  const base = (tag ?? "").slice(0, 2).toLowerCase();
  return base === "ru" || base === "es" ? base : "en";
}
