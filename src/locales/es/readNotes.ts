import type { readNotes as en } from "../en/readNotes";
import type { Words } from "../Words";

/** Lo que la ejecución supuso u omitió al leer (resumen, --json, paso Datos). */
export const readNotes: Words<typeof en> = {
  subtotalRowsSkipped: "Las filas de subtotal {rows} suman las filas sobre ellas: se omiten, no son clientes.",
  subtotalColumnsSkipped: "Las columnas de subtotal {cols} suman los periodos que cierran: se omiten, no son periodos.",
  tablesJoined: "El encabezado se repite en las filas {rows}: los bloques tienen las mismas columnas y se leen como una sola tabla.",
  emptyTrailingPeriods:
    "Las columnas de periodo {cols} están en blanco en todas las filas: el análisis termina en el último periodo con valores (aún puede elegirse un final posterior).",
  dateOrderAssumed:
    "Cada fecha de {cols} puede leerse de dos maneras (día y mes de 12 o menos): se lee como {order}. Elija el otro orden si no es correcto.",
  dateOrders: { dmy: "día/mes/año", mdy: "mes/día/año" },
  sheetUsed: "Se lee la hoja «{name}»: la primera hoja visible con una tabla.",
  sheetUsedHidden: "Se lee la hoja «{name}»: la primera hoja visible con una tabla (hojas ocultas omitidas: {others}).",
  encodingUsed: "El archivo se lee como {name}.",
  encodingTie: "El archivo se lee como {name}; {others} es igual de probable. Si los nombres se ven mal, elija esa codificación.",
  rangeUsed: "Solo se lee el rango {name}.",
  choices: {
    table: "Esta hoja tiene dos tablas. ¿Cuál leer?",
    dateOrder: "Las fechas como 03/04/2024 se leen como",
    encoding: "Leer el archivo como",
  },
};
