import type { detect as en } from "../en/pane.detect";
import type { Words } from "../Words";

/** The Data step's words: a part of `pane` (`pane.ts`). */
export const detect: Words<typeof en> = {
  sheet: {
    label: "Hoja",
    hint: "La hoja de la que Segmenta toma la tabla",
  },
  reading: {
    label: "Leyendo la hoja…",
  },
  failed: {
    title: "No se pudo leer la hoja",
  },
  reread: {
    button: "Volver a leer",
  },
  none: "No se encontró ninguna tabla en esta hoja.",
  table: {
    title: "Tabla encontrada",
    address: "Rango",
    shape: "Formato",
    clients: "Clientes",
    periods: "Datos de",
    range: "{from} – {to}",
    asOf: "Fecha de análisis",
  },
  shape: {
    wide: "una columna por periodo",
    long: "una fila por venta",
  },
  roles: {
    title: "Columnas",
    column: "{letters} · {header}",
    noHeader: "(sin encabezado)",
    periods: {
      one: "{count} columna de periodo ({from})",
      other: "{count} columnas de periodo ({from}–{to})",
    },
    by: {
      header: "Por su encabezado",
      values: "Por sus valores",
      override: "Elegida por usted",
    },
  },
  role: {
    client: "Cliente (clave)",
    clientName: "Nombre del cliente",
    date: "Fecha",
    amount: "Importe",
    margin: "Margen",
    quantity: "Cantidad",
    segment: "Segmento",
    product: "Producto",
    manager: "Gestor",
    sci: "Índice de fiabilidad (SCI)",
    period: "Periodo",
    total: "Total (se ignora)",
    ignore: "No se usa",
  },
  issues: {
    title: {
      one: "{n} error en los datos",
      other: "{n} errores en los datos",
    },
    someShown: {
      one: "{n} error en los datos, se muestran los {shown} primeros",
      other: "{n} errores en los datos, se muestran los {shown} primeros",
    },
    select: "Seleccionar {cell}",
  },
  note: {
    choseOrderDate: "{chosen} se lee como la fecha de venta (no {over}).",
    choseSalesAmount: "{chosen} se lee como el importe de venta (no {over}).",
    choseIdKey: "{chosen} es la clave del cliente; {over} se conserva como nombre.",
    totalsRowSkipped: "La fila {row} contiene totales: no es un cliente.",
    totalsColumnSkipped: "{chosen} contiene totales: se ignora.",
    titleRowsSkipped: "Se omiten las filas de título sobre la tabla.",
  },
  notes: {
    label: "Cómo se leyó la tabla",
  },
};
