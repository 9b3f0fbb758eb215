import type { historyPane as en } from "../en/historyPane";
import type { Words } from "../Words";

export const historyPane: Words<typeof en> = {
  heading: "Historial de clases",
  periods: "{count} cierres de periodo, {first} – {last}",
  stability: "Conservaron su clase de un cierre al siguiente",
  abc: "ABC, de un cierre (filas) al siguiente (columnas)",
  xyz: "XYZ, de un cierre (filas) al siguiente (columnas)",
  slipping: "En descenso ({before} → {last})",
  steadyA: "A en todos los cierres de periodo",
  more: "y {count} más en la hoja Historial",
  noneSlipping: "Ningún cliente bajó en el último cierre.",
  noneSteadyA: "Ningún cliente fue A en todos los cierres.",
  write: "Actualizar las hojas",
  off: "El historial está desactivado para esta tabla: tiene {clients} clientes, más de {limit}. Calcula las clases de cada cliente en 12 cierres de periodo, lo que lleva tiempo y memoria en una tabla tan grande.",
  turnOn: "Calcular el historial de todos modos",
  runFirst: "Ejecute la clasificación para ver cómo pasaron los clientes de una clase a otra.",
  working: "Calculando el historial de clases…",
};
