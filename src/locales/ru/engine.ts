import type { engine as en } from "../en/engine";
import type { Words } from "../Words";

/** Words of the engine's worker as the pane speaks of it. */
export const engine: Words<typeof en> = {
  stopped: "Расчёт прервался, не закончившись; ничего не записано. Закройте другие вкладки или программы и попробуйте снова.",
  writing: "Идёт запись в книгу: она закончится сама, чтобы ничего не осталось записанным наполовину.",
};
