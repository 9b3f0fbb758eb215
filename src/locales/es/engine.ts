import type { engine as en } from "../en/engine";
import type { Words } from "../Words";

/** Words of the engine's worker as the pane speaks of it. */
export const engine: Words<typeof en> = {
  stopped: "El cálculo se detuvo antes de terminar; no se escribió nada. Cierre otras pestañas o programas e inténtelo de nuevo.",
  writing: "Escribiendo en el libro: termina por sí solo, para que nada quede escrito a medias.",
};
