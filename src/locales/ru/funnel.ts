import type { funnel as en } from "../en/funnel";
import type { Words } from "../Words";

export const funnel: Words<typeof en> = {
  sheet: "Воронка",
  title: "Воронка плана развития",
  stage: "Этап",
  rows: "Строк плана",
  reached: "Дошли",
  conversion: "В следующий этап",
  total: "Итого",
  byManager: "По менеджерам",
  bySegment: "По сегментам",
  byProduct: "По продуктам",
  noManager: "(без менеджера)",
  noSegment: "(без сегмента)",
  refusals: "Отказы по этапу, на котором они случились",
  refusedAt: "Отказ на этапе",
  refusedCount: "Отказов",
  notRecorded: "не записан",
  overdue: "Просрочено: дата следующего шага прошла (на {date})",
  noOverdue: "Просроченных строк нет",
  client: "Клиент",
  product: "Продукт",
  manager: "Менеджер",
  date: "Следующий шаг",
  daysLate: "Дней просрочки",
  pane: {
    goFunnel: "Лист воронки",
    moreOverdue: "и ещё {count} на листе воронки",
    late: "просрочено на {days} дн.",
  },
  summary: {
    stages: "Воронка: {stages}",
    refusals: "Отказы на этапах: {list}",
    overdue: "Просроченных строк на {date}: {count}; самая старая: {client} · {product}, {late}",
  },
};
