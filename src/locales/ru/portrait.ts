import type { portrait as en } from "../en/portrait";
import type { Words } from "../Words";

/** The words of the portrait sheets, in Russian. */
export const portrait: Words<typeof en> = {
  stages: {
    notOffered: "не предлагали",
    presentation: "презентация",
    offer: "предложение",
    contract: "договор",
    payment: "оплата",
    closed: "закрыто",
    refused: "отказ",
  },
  formerOffer: "предложили",
  states: { open: "", done: "выполнено", dropped: "больше не цель", gone: "нет в данных" },
  noSegment: "(без сегмента)",
  issues: {
    ownSheetNotRead:
      "Не удалось прочитать лист Segmenta «{sheet}», поэтому ничего не записано (отметки и записи плана на нём были бы потеряны)",
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
    refusedAt: "Отказ на этапе",
    lastStage: "Этап при прошлом запуске",
    turnover: "Оборот",
    buyers: "Покупатели",
    untargeted: "Продукты, которые не входят ни в один портрет",
    unbought: "Целевые продукты, которые в сегменте никто не покупает",
    otherTurnover: "Оборот в других сегментах",
  },
};
