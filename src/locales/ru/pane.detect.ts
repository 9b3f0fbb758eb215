import type { detect as en } from "../en/pane.detect";
import type { Words } from "../Words";

/** The Data step's words: a part of `pane` (`pane.ts`). */
export const detect: Words<typeof en> = {
  sheet: {
    label: "Лист",
    hint: "Лист, из которого Segmenta берёт таблицу",
  },
  reading: {
    label: "Читаю лист…",
  },
  failed: {
    title: "Не удалось прочитать лист",
  },
  reread: {
    button: "Прочитать снова",
  },
  none: "На этом листе не найдена таблица.",
  table: {
    title: "Найдена таблица",
    address: "Диапазон",
    shape: "Вид",
    clients: "Клиенты",
    periods: "Данные за",
    range: "{from} – {to}",
    asOf: "Анализ на",
  },
  shape: {
    wide: "столбец на каждый период",
    long: "строка на каждую продажу",
  },
  roles: {
    title: "Столбцы",
    column: "{letters} · {header}",
    noHeader: "(без заголовка)",
    periods: {
      one: "{count} столбец периодов ({from})",
      few: "{count} столбца периодов ({from}–{to})",
      many: "{count} столбцов периодов ({from}–{to})",
      other: "{count} столбца периодов ({from}–{to})",
    },
    by: {
      header: "Найден по заголовку",
      values: "Найден по значениям",
      override: "Ваш выбор",
    },
  },
  role: {
    client: "Клиент (ключ)",
    clientName: "Название клиента",
    date: "Дата",
    amount: "Сумма",
    margin: "Маржа",
    quantity: "Количество",
    segment: "Сегмент",
    product: "Товар",
    manager: "Менеджер",
    sci: "Индекс надёжности (SCI)",
    period: "Период",
    total: "Итог (не учитывается)",
    ignore: "Не используется",
  },
  issues: {
    title: {
      one: "{n} ошибка в данных",
      few: "{n} ошибки в данных",
      many: "{n} ошибок в данных",
      other: "{n} ошибки в данных",
    },
    someShown: {
      one: "{n} ошибка в данных, показаны первые {shown}",
      few: "{n} ошибки в данных, показаны первые {shown}",
      many: "{n} ошибок в данных, показаны первые {shown}",
      other: "{n} ошибки в данных, показаны первые {shown}",
    },
    select: "Выделить {cell}",
  },
  note: {
    choseOrderDate: "{chosen} читается как дата продажи (а не {over}).",
    choseSalesAmount: "{chosen} читается как сумма продажи (а не {over}).",
    choseIdKey: "{chosen} — ключ клиента; {over} остаётся названием.",
    totalsRowSkipped: "В строке {row} итоги: это не клиент.",
    totalsColumnSkipped: "В столбце {chosen} итоги: он не учитывается.",
    titleRowsSkipped: "Строки заголовка над таблицей пропущены.",
  },
  notes: {
    label: "Как прочитана таблица",
  },
};
