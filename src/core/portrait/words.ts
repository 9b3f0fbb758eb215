import type { Language } from "../settings";
import type { Locale } from "../locale/Locale";
import type { PlanRowState, Stage } from "./types";

/**
 * The words of the portrait sheets in one language, beside the locale pack (which holds the sheet
 * names and the status words).
 */
export interface PortraitWords {
  readonly stages: Readonly<Record<Stage, string>>;
  readonly states: Readonly<Record<PlanRowState, string>>;
  readonly noSegment: string;
  /** Why no portrait was written; `{sheet}`, `{rows}`, `{limit}`, `{cols}` are filled in. */
  readonly issues: {
    readonly ownSheetNotRead: string;
    readonly noProducts: string;
    readonly tooManyRows: string;
    readonly noRoom: string;
  };
  /** The note beside a segment or product kept from an earlier run but no longer in the data. */
  readonly notInData: string;
  readonly headers: {
    readonly corner: string;
    readonly note: string;
    readonly segment: string;
    readonly activeClients: string;
    readonly shareTitle: string;
    readonly turnoverTitle: string;
    readonly key: string;
    readonly client: string;
    readonly manager: string;
    readonly abc: string;
    readonly xyz: string;
    readonly status: string;
    readonly degree: string;
    readonly next: string;
    readonly product: string;
    readonly stage: string;
    readonly date: string;
    readonly comment: string;
    readonly state: string;
    readonly turnover: string;
    readonly buyers: string;
    readonly untargeted: string;
    readonly unbought: string;
    readonly otherTurnover: string;
  };
}

/** What the sheet builders write with: the portrait words and the locale's status words. */
export type PortraitSheetWords = PortraitWords & { readonly statuses: Locale["statuses"] };

export const PORTRAIT_WORDS: Readonly<Record<Language, PortraitWords>> = {
  en: {
    stages: { notOffered: "not offered", offered: "offered", contract: "contract", refused: "refused" },
    states: { open: "", done: "done", dropped: "no longer a target", gone: "not in the data" },
    noSegment: "(no segment)",
    issues: {
      ownSheetNotRead: "Segmenta's sheet {sheet} could not be read, so nothing was written (the marks and plan entries on it would be lost)",
      noProducts: "The table has no product column: choose one to build the ideal client portrait",
      tooManyRows: "The sheet {sheet} would need {rows} rows, more than Excel's {limit}",
      noRoom: "The sheet {sheet} would need {cols} more columns than Excel allows ({limit})",
    },
    notInData: "not in the data",
    headers: {
      corner: "Segment \\ product",
      note: "Note",
      segment: "Segment",
      activeClients: "Active clients",
      shareTitle: "Share of active clients who bought",
      turnoverTitle: "Turnover",
      key: "Key",
      client: "Client",
      manager: "Manager",
      abc: "ABC",
      xyz: "XYZ",
      status: "Status",
      degree: "Development degree",
      next: "Next product",
      product: "Product",
      stage: "Stage",
      date: "Date",
      comment: "Comment",
      state: "State",
      turnover: "Turnover",
      buyers: "Buyers",
      untargeted: "Products sold that no segment targets",
      unbought: "Target cells nobody in the segment buys",
      otherTurnover: "Turnover in other segments",
    },
  },
  ru: {
    stages: { notOffered: "не предлагали", offered: "предложили", contract: "договор", refused: "отказ" },
    states: { open: "", done: "выполнено", dropped: "больше не цель", gone: "нет в данных" },
    noSegment: "(без сегмента)",
    issues: {
      ownSheetNotRead: "Не удалось прочитать лист Segmenta «{sheet}», поэтому ничего не записано (отметки и записи плана на нём были бы потеряны)",
      noProducts: "В таблице нет столбца продукта: выберите его, чтобы построить идеальный портрет клиента",
      tooManyRows: "Листу «{sheet}» нужно {rows} строк, больше чем {limit} в Excel",
      noRoom: "Листу «{sheet}» нужно {cols} столбцов, больше чем позволяет Excel ({limit})",
    },
    notInData: "нет в данных",
    headers: {
      corner: "Сегмент \\ продукт",
      note: "Примечание",
      segment: "Сегмент",
      activeClients: "Активные клиенты",
      shareTitle: "Доля активных клиентов, купивших продукт",
      turnoverTitle: "Оборот",
      key: "Код",
      client: "Клиент",
      manager: "Менеджер",
      abc: "ABC",
      xyz: "XYZ",
      status: "Статус",
      degree: "Степень развития",
      next: "Следующий продукт",
      product: "Продукт",
      stage: "Этап",
      date: "Дата",
      comment: "Комментарий",
      state: "Состояние",
      turnover: "Оборот",
      buyers: "Покупатели",
      untargeted: "Продукты, которые не входят ни в один портрет",
      unbought: "Целевые продукты, которые в сегменте никто не покупает",
      otherTurnover: "Оборот в других сегментах",
    },
  },
  es: {
    stages: { notOffered: "no ofrecido", offered: "ofrecido", contract: "contrato", refused: "rechazado" },
    states: { open: "", done: "hecho", dropped: "ya no es objetivo", gone: "no está en los datos" },
    noSegment: "(sin segmento)",
    issues: {
      ownSheetNotRead: "No se pudo leer la hoja de Segmenta «{sheet}», así que no se escribió nada (se perderían sus marcas y entradas del plan)",
      noProducts: "La tabla no tiene columna de producto: elija una para construir el retrato ideal del cliente",
      tooManyRows: "La hoja «{sheet}» necesitaría {rows} filas, más que las {limit} de Excel",
      noRoom: "La hoja «{sheet}» necesitaría {cols} columnas, más de las que permite Excel ({limit})",
    },
    notInData: "no está en los datos",
    headers: {
      corner: "Segmento \\ producto",
      note: "Nota",
      segment: "Segmento",
      activeClients: "Clientes activos",
      shareTitle: "Proporción de clientes activos que compraron",
      turnoverTitle: "Facturación",
      key: "Clave",
      client: "Cliente",
      manager: "Gerente",
      abc: "ABC",
      xyz: "XYZ",
      status: "Estado",
      degree: "Grado de desarrollo",
      next: "Siguiente producto",
      product: "Producto",
      stage: "Etapa",
      date: "Fecha",
      comment: "Comentario",
      state: "Situación",
      turnover: "Facturación",
      buyers: "Compradores",
      untargeted: "Productos vendidos que ningún segmento tiene como objetivo",
      unbought: "Objetivos que nadie del segmento compra",
      otherTurnover: "Facturación en otros segmentos",
    },
  },
};

const STAGE_BY_TEXT: ReadonlyMap<string, Stage> = new Map(
  Object.values(PORTRAIT_WORDS).flatMap((words) =>
    (Object.entries(words.stages) as [Stage, string][]).flatMap(([stage, word]) => [
      [word.toLocaleLowerCase(), stage] as const,
      [stage.toLowerCase(), stage] as const,
    ]),
  ),
);

/**
 * The stage a text names, in any of the languages (case and spaces ignored), or null.
 * @example stageOfText("Договор") // "contract"
 */
export function stageOfText(text: string): Stage | null {
  const exact = STAGE_BY_TEXT.get(text);
  if (exact) return exact;
  const wanted = text.replace(/[\s\u00a0\u202f]+/g, " ").trim().toLocaleLowerCase();
  return STAGE_BY_TEXT.get(wanted) ?? null;
}
