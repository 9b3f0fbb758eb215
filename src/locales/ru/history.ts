import type { history as en } from "../en/history";
import type { Words } from "../Words";

export const history: Words<typeof en> = {
  none: "нет",
  notAvailable: "н/д",
  summary: {
    heading: "История классов, концов периодов: {count} ({first} – {last})",
    abc: "ABC: класс на конец периода (строки) и на конец следующего (столбцы), клиентов",
    xyz: "XYZ: класс на конец периода (строки) и на конец следующего (столбцы), клиентов",
    stability: "Устойчивость (клиенты, сохранившие класс от конца периода к концу следующего): ABC {abc}, XYZ {xyz}",
    slipping: "Ниже по ABC, чем на конец предыдущего периода ({before} → {last}): {count}",
    steadyA: "Класс A на конец каждого периода: {count}",
  },
};
