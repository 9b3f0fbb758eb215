import type { history as en } from "../en/history";
import type { Words } from "../Words";

export const history: Words<typeof en> = {
  none: "нет",
  notAvailable: "н/д",
  pane: { step: "История" },
  sheet: {
    name: "История классов",
    title: "История классов, {first} – {last}: ABC и XYZ каждого клиента на конец каждого периода",
    abc: "ABC: класс на конец периода (строки) и на конец следующего (столбцы), клиентов",
    xyz: "XYZ: класс на конец периода (строки) и на конец следующего (столбцы), клиентов",
    stability: "Устойчивость",
    chart: "Доля оборота по классам ABC",
    periodEnd: "Конец периода",
    slipping: "Снижаются: ниже по ABC, чем периодом раньше ({before} → {last}), крупные первыми",
    noneSlipping: "Ни один клиент не опустился по ABC за последний период",
    steadyA: "Стабильные A: класс A на конец каждого периода, крупные первыми",
    noneSteadyA: "Ни один клиент не был в классе A на конец каждого периода",
    clients: "Путь каждого клиента, по классу на {last} и обороту",
    client: "Клиент",
    manager: "Менеджер",
    before: "Класс раньше",
    now: "Класс сейчас",
    turnover: "Оборот",
    streak: "Подряд",
  },
};
