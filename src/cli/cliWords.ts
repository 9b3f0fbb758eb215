import type { DetectionNote, Language } from "../core";

/**
 * The command line's own words (its summary and file messages), per language. Templates hold
 * `{placeholders}` filled by core's `format`; class, status and reason words come from core's locale.
 */
export interface CliWords {
  readonly table: string;
  readonly shape: { readonly wide: string; readonly long: string };
  readonly window: string;
  readonly columns: string;
  readonly by: { readonly header: string; readonly values: string; readonly override: string };
  readonly notes: { readonly [C in DetectionNote["code"]]: string };
  readonly clients: string;
  readonly abc: string;
  readonly xyz: string;
  readonly noXyz: string;
  readonly statuses: string;
  readonly matrix: string;
  readonly warnings: string;
  readonly written: string;
  readonly notWritten: string;
  readonly chartsSkipped: string;
  readonly moreIssues: string;
  /** Said after a missing column: how to name it. */
  readonly columnsHint: string;
  /** The portrait summary (`--portrait`). */
  readonly portrait: {
    readonly title: string;
    readonly gaps: string;
    readonly gap: string;
    readonly lowest: string;
    readonly client: string;
    readonly noNext: string;
    readonly noTargets: string;
    readonly notBuilt: string;
  };
  readonly problems: {
    readonly missingFile: string;
    readonly unknownType: string;
    readonly badWorkbook: string;
    readonly noSheet: string;
    /** A quote opened on `{line}` is never closed. */
    readonly unbalancedQuote: string;
    /** `{line}` is split by `{found}` while the file uses `{delimiter}`. */
    readonly mixedDelimiters: string;
    readonly badOut: string;
    readonly sameFile: string;
    readonly outExists: string;
    readonly writeFailed: string;
    readonly noClientList: string;
    readonly unexpected: string;
    /** Ctrl-C or a stop signal during a run: the temporary file is gone, nothing was written. */
    readonly interrupted: string;
  };
}

const en: CliWords = {
  table: "{file}: {shape} table {range}, {rows} data rows",
  shape: { wide: "wide (client × period)", long: "long (one row per sale)" },
  window: "Window: {first} – {last} ({count} periods {by}), activity window {window} periods",
  columns: "Columns:",
  by: { header: "by header", values: "by values", override: "as given" },
  notes: {
    choseOrderDate: "date: {chosen} chosen over {over}",
    choseSalesAmount: "amount: {chosen} chosen over {over}",
    choseIdKey: "client: the id {chosen} is the key, {over} kept as the name",
    totalsRowSkipped: "totals row {row} skipped",
    totalsColumnSkipped: "totals column {chosen} skipped",
    titleRowsSkipped: "title rows {row}–{header} above the header skipped",
  },
  clients: "Clients: {count}, total {total}",
  abc: "ABC",
  xyz: "XYZ",
  noXyz: "no XYZ",
  statuses: "Statuses",
  matrix: "ABC × XYZ (clients, share of total)",
  warnings: "Warnings:",
  written: "Written: {file}",
  notWritten: "No file written.",
  chartsSkipped: "Charts are not written to .xlsx files by the command line: {names}",
  moreIssues: "… and {count} more problems ({total} in all)",
  columnsHint: "Name the columns yourself with --client, --date, --amount (header text or column letter, e.g. --amount C).",
  portrait: {
    title: "Ideal client portrait: {sheets}",
    gaps: "Top gaps per segment (share of its active clients buying a target product):",
    gap: "{product} {share} ({missing} do not buy it)",
    lowest: "Least developed clients (target products bought):",
    client: "{name} ({segment}): {bought} of {targets} ({degree}), offer next: {next}",
    noNext: "—",
    noTargets: 'No target cells are marked yet: mark them on the sheet "{sheet}" or run once with --suggest.',
    notBuilt: "Portrait not built: {reason}",
  },
  problems: {
    missingFile: "{file}: no such file, or it cannot be read",
    unknownType: "{file}: only .csv and .xlsx files can be read",
    badWorkbook: "{file}: not a readable .xlsx workbook ({detail})",
    noSheet: '{file}: no sheet "{sheet}" (sheets: {sheets})',
    unbalancedQuote:
      "{file}: line {line}: a quote (\") opens a field here and is never closed where the field ends, so the lines after it would run into one cell. Close or remove the quote, then run again",
    mixedDelimiters:
      '{file}: line {line}: the fields are separated by "{found}", but the rest of the file uses "{delimiter}" ({fields} fields a line). Save the file again with one separator',
    badOut: "{file}: --out must end in .xlsx or .csv",
    sameFile: "{file}: --out would overwrite the input; choose another file",
    outExists:
      "{file} already exists and may hold your edits (target marks, plan stages), so Segmenta leaves it as it is. To update it, run Segmenta on {file} itself; or choose another --out file; or add --overwrite to replace it",
    writeFailed: "{file}: cannot write the file ({detail})",
    noClientList: '{file}: the sheet "{sheet}" has no client and segment columns',
    unexpected: "Unexpected error: {detail} (run with --debug for details)",
    interrupted: "Stopped before the end: nothing was written",
  },
};

const ru: CliWords = {
  table: "{file}: {shape} таблица {range}, строк данных: {rows}",
  shape: { wide: "широкая (клиент × период)", long: "длинная (строка на продажу)" },
  window: "Окно: {first} – {last} (периодов: {count}, {by}), окно активности: {window} пер.",
  columns: "Столбцы:",
  by: { header: "по заголовку", values: "по значениям", override: "задан" },
  notes: {
    choseOrderDate: "дата: выбран {chosen}, а не {over}",
    choseSalesAmount: "сумма: выбран {chosen}, а не {over}",
    choseIdKey: "клиент: ключ — код {chosen}, {over} — наименование",
    totalsRowSkipped: "строка итогов {row} пропущена",
    totalsColumnSkipped: "столбец итогов {chosen} пропущен",
    titleRowsSkipped: "строки {row}–{header} над шапкой таблицы пропущены",
  },
  clients: "Клиентов: {count}, итого {total}",
  abc: "ABC",
  xyz: "XYZ",
  noXyz: "без XYZ",
  statuses: "Статусы",
  matrix: "ABC × XYZ (клиентов, доля итога)",
  warnings: "Предупреждения:",
  written: "Записано: {file}",
  notWritten: "Файл не записан.",
  chartsSkipped: "Диаграммы командная строка в .xlsx не записывает: {names}",
  moreIssues: "… и ещё {count} (всего {total})",
  columnsHint: "Укажите столбцы сами: --client, --date, --amount (текст заголовка или буква столбца, например --amount C).",
  portrait: {
    title: "Идеальный портрет клиента: {sheets}",
    gaps: "Главные пробелы сегментов (доля активных клиентов, покупающих целевой продукт):",
    gap: "{product} {share} (не покупают: {missing})",
    lowest: "Наименее развитые клиенты (куплено целевых продуктов):",
    client: "{name} ({segment}): {bought} из {targets} ({degree}), предложить: {next}",
    noNext: "—",
    noTargets: "Целевые ячейки ещё не отмечены: отметьте их на листе «{sheet}» или запустите один раз с --suggest.",
    notBuilt: "Портрет не построен: {reason}",
  },
  problems: {
    missingFile: "{file}: файла нет или его не удаётся прочитать",
    unknownType: "{file}: читаются только файлы .csv и .xlsx",
    badWorkbook: "{file}: не удаётся прочитать книгу .xlsx ({detail})",
    noSheet: '{file}: нет листа «{sheet}» (листы: {sheets})',
    unbalancedQuote:
      "{file}: строка {line}: кавычка (\") открывает здесь поле и не закрывается там, где поле кончается, поэтому следующие строки слились бы в одну ячейку. Закройте или удалите кавычку и запустите снова",
    mixedDelimiters:
      "{file}: строка {line}: поля разделены знаком «{found}», а в остальном файле — «{delimiter}» ({fields} полей в строке). Сохраните файл заново с одним разделителем",
    badOut: "{file}: --out должен оканчиваться на .xlsx или .csv",
    sameFile: "{file}: --out перезаписал бы исходный файл; выберите другой",
    outExists:
      "{file} уже существует и может хранить ваши правки (отметки целей, этапы плана), поэтому Segmenta его не трогает. Чтобы обновить его, запустите Segmenta на самом {file}; или укажите другой файл в --out; или добавьте --overwrite, чтобы заменить его",
    writeFailed: "{file}: не удаётся записать файл ({detail})",
    noClientList: "{file}: на листе «{sheet}» нет столбцов клиента и сегмента",
    unexpected: "Непредвиденная ошибка: {detail} (подробности: --debug)",
    interrupted: "Остановлено до конца: ничего не записано",
  },
};

const es: CliWords = {
  table: "{file}: tabla {shape} {range}, {rows} filas de datos",
  shape: { wide: "ancha (cliente × período)", long: "larga (una fila por venta)" },
  window: "Ventana: {first} – {last} ({count} períodos {by}), ventana de actividad {window} períodos",
  columns: "Columnas:",
  by: { header: "por encabezado", values: "por valores", override: "indicada" },
  notes: {
    choseOrderDate: "fecha: se eligió {chosen} y no {over}",
    choseSalesAmount: "importe: se eligió {chosen} y no {over}",
    choseIdKey: "cliente: el código {chosen} es la clave, {over} queda como nombre",
    totalsRowSkipped: "fila de totales {row} omitida",
    totalsColumnSkipped: "columna de totales {chosen} omitida",
    titleRowsSkipped: "filas de título {row}–{header} sobre el encabezado omitidas",
  },
  clients: "Clientes: {count}, total {total}",
  abc: "ABC",
  xyz: "XYZ",
  noXyz: "sin XYZ",
  statuses: "Estados",
  matrix: "ABC × XYZ (clientes, parte del total)",
  warnings: "Avisos:",
  written: "Escrito: {file}",
  notWritten: "No se escribió ningún archivo.",
  chartsSkipped: "La línea de comandos no escribe gráficos en archivos .xlsx: {names}",
  moreIssues: "… y {count} problemas más ({total} en total)",
  columnsHint: "Indique las columnas con --client, --date, --amount (texto del encabezado o letra de columna, p. ej. --amount C).",
  portrait: {
    title: "Retrato ideal del cliente: {sheets}",
    gaps: "Principales carencias por segmento (parte de sus clientes activos que compran un producto objetivo):",
    gap: "{product} {share} ({missing} no lo compran)",
    lowest: "Clientes menos desarrollados (productos objetivo comprados):",
    client: "{name} ({segment}): {bought} de {targets} ({degree}), ofrecer: {next}",
    noNext: "—",
    noTargets: 'Aún no hay celdas objetivo marcadas: márquelas en la hoja "{sheet}" o ejecute una vez con --suggest.',
    notBuilt: "Retrato no creado: {reason}",
  },
  problems: {
    missingFile: "{file}: el archivo no existe o no se puede leer",
    unknownType: "{file}: solo se leen archivos .csv y .xlsx",
    badWorkbook: "{file}: no es un libro .xlsx legible ({detail})",
    noSheet: '{file}: no hay hoja "{sheet}" (hojas: {sheets})',
    unbalancedQuote:
      "{file}: línea {line}: unas comillas (\") abren aquí un campo y no se cierran donde el campo termina, así que las líneas siguientes se juntarían en una celda. Cierre o quite las comillas y vuelva a ejecutar",
    mixedDelimiters:
      '{file}: línea {line}: los campos están separados por "{found}", pero el resto del archivo usa "{delimiter}" ({fields} campos por línea). Guarde el archivo de nuevo con un solo separador',
    badOut: "{file}: --out debe terminar en .xlsx o .csv",
    sameFile: "{file}: --out sobrescribiría el archivo de entrada; elija otro",
    outExists:
      "{file} ya existe y puede tener sus cambios (marcas de objetivos, etapas del plan), así que Segmenta no lo toca. Para actualizarlo, ejecute Segmenta sobre {file}; o elija otro archivo en --out; o añada --overwrite para reemplazarlo",
    writeFailed: "{file}: no se puede escribir el archivo ({detail})",
    noClientList: '{file}: la hoja "{sheet}" no tiene columnas de cliente y segmento',
    unexpected: "Error inesperado: {detail} (más detalles con --debug)",
    interrupted: "Detenido antes de terminar: no se escribió nada",
  },
};

const WORDS: Readonly<Record<Language, CliWords>> = { en, ru, es };

/** The command line's words in a language. */
export function cliWords(language: Language): CliWords {
  return WORDS[language];
}
