import type { cli as en } from "../en/cli";
import type { Words } from "../Words";

/** The command line's own words, in Russian. */
export const cli: Words<typeof en> = {
  table: "{file}: {shape} таблица {range}, {rows}",
  dataRows: {
    one: "{n} строка данных",
    few: "{n} строки данных",
    many: "{n} строк данных",
    other: "{n} строки данных",
  },
  shape: { wide: "широкая (клиент × период)", long: "длинная (строка на продажу)" },
  window: "Окно: {first} – {last} ({count} {by}), окно активности {window}",
  periods: { one: "{n} период", few: "{n} периода", many: "{n} периодов", other: "{n} периода" },
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
  columnsHint:
    "Укажите столбцы сами: --client, --date, --amount (текст заголовка или буква столбца, например --amount C).",
  portrait: {
    title: "Идеальный портрет клиента: {sheets}",
    gaps: "Главные пробелы сегментов (доля активных клиентов, покупающих целевой продукт):",
    gap: "{product} {share} (не покупают: {missing})",
    lowest: "Наименее развитые клиенты (куплено целевых продуктов):",
    client: "{name} ({segment}): {bought} из {targets} ({degree}), предложить: {next}",
    noNext: "—",
    noTargets:
      "Целевые ячейки ещё не отмечены: отметьте их на листе «{sheet}» или запустите один раз с --suggest.",
    notBuilt: "Портрет не построен: {reason}",
  },
  problems: {
    missingFile: "{file}: файла нет или его не удаётся прочитать",
    unknownType: "{file}: читаются только файлы .csv и .xlsx",
    noSheet: "{file}: нет листа «{sheet}» (листы: {sheets})",
    unbalancedQuote:
      '{file}: строка {line}: кавычка (") открывает здесь поле и не закрывается там, где поле кончается, поэтому следующие строки слились бы в одну ячейку. Закройте или удалите кавычку и запустите снова',
    mixedDelimiters:
      "{file}: строка {line}: поля разделены знаком «{found}», а в остальном файле — «{delimiter}» (полей в строке: {fields}). Сохраните файл заново с одним разделителем",
    badOut: "{file}: --out должен оканчиваться на .xlsx (.xlsm для книги с макросами) или .csv",
    sameFile: "{file}: --out перезаписал бы исходный файл; выберите другой",
    outExists:
      "{file} уже существует и может хранить ваши правки (отметки целей, этапы плана), поэтому Segmenta его не трогает. Чтобы обновить его, запустите Segmenta на самом {file}; или укажите другой файл в --out; или добавьте --overwrite, чтобы заменить его",
    writeFailed: "{file}: не удаётся записать файл ({detail})",
    protectedSheet: "{file}: лист {sheet} защищён; снимите защиту в Excel и запустите снова. Ничего не записано",
    noClientList: "{file}: на листе «{sheet}» нет столбцов клиента и сегмента",
    unexpected: "Непредвиденная ошибка: {detail} (подробности: --debug)",
    interrupted: "Остановлено до конца: ничего не записано",
  },
  usage: {
    unknownOption: "Неизвестный параметр {option}: список параметров — segmenta --help",
    missingValue: "После {option} нужно значение",
    missingFile: "Укажите файл для классификации: segmenta продажи.xlsx",
    tooManyFiles: "Только один файл за раз: имя файла с пробелами возьмите в кавычки",
    invalidChoice: "{option}: «{value}» — не одно из значений {choices}",
    notADate: "{option}: «{value}» — не дата (например, 2024-03-31)",
    notAShare: "{option}: «{value}» — не доля (например, 50 для 50 %)",
    notTwoShares: "{option}: «{value}» — не два порога (например, 50,80)",
    notWhole: "{option}: «{value}» — не целое число месяцев",
    notPeriodEnds: "{option}: «{value}» — не число концов периодов (например, 12)",
  },
};
