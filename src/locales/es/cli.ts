import type { cli as en } from "../en/cli";
import type { Words } from "../Words";

/** The command line's own words, in Spanish. */
export const cli: Words<typeof en> = {
  table: "{file}: tabla {shape} {range}, {rows}",
  dataRows: { one: "{n} fila de datos", other: "{n} filas de datos" },
  shape: { wide: "ancha (cliente × periodo)", long: "larga (una fila por venta)" },
  window: "Ventana: {first} – {last} ({count} {by}), ventana de actividad {window}",
  periods: { one: "{n} periodo", other: "{n} periodos" },
  columns: "Columnas:",
  by: { header: "por encabezado", values: "por valores", override: "indicada" },
  notes: {
    choseOrderDate: "fecha: se eligió {chosen} y no {over}",
    choseSalesAmount: "importe: se eligió {chosen} y no {over}",
    choseIdKey: "cliente: el código {chosen} es la clave, {over} queda como nombre",
    totalsRowSkipped: "fila de totales {row} omitida",
    totalsColumnSkipped: "columna de totales {chosen} omitida",
    titleRowsSkipped: "filas de título {row}–{header} sobre el encabezado omitidas",
  },
  clients: "Clientes: {count}, total {total}",
  abc: "ABC",
  xyz: "XYZ",
  noXyz: "sin XYZ",
  statuses: "Estados",
  matrix: "ABC × XYZ (clientes, parte del total)",
  warnings: "Avisos:",
  written: "Escrito: {file}",
  notWritten: "No se escribió ningún archivo.",
  chartsSkipped: "La línea de comandos no escribe gráficos en archivos .xlsx: {names}",
  moreIssues: "… y {count} problemas más ({total} en total)",
  columnsHint:
    "Indique las columnas con --client, --date, --amount (texto del encabezado o letra de columna, p. ej. --amount C).",
  portrait: {
    title: "Retrato ideal del cliente: {sheets}",
    gaps: "Principales carencias por segmento (parte de sus clientes activos que compran un producto objetivo):",
    gap: "{product} {share} ({missing} no lo compran)",
    lowest: "Clientes menos desarrollados (productos objetivo comprados):",
    client: "{name} ({segment}): {bought} de {targets} ({degree}), ofrecer: {next}",
    noNext: "—",
    noTargets:
      'Aún no hay celdas objetivo marcadas: márquelas en la hoja "{sheet}" o ejecute una vez con --suggest.',
    notBuilt: "Retrato no creado: {reason}",
  },
  problems: {
    missingFile: "{file}: el archivo no existe o no se puede leer",
    unknownType: "{file}: solo se leen archivos .csv y .xlsx",
    noSheet: '{file}: no hay hoja "{sheet}" (hojas: {sheets})',
    unbalancedQuote:
      '{file}: línea {line}: unas comillas (") abren aquí un campo y no se cierran donde el campo termina, así que las líneas siguientes se juntarían en una celda. Cierre o quite las comillas y vuelva a ejecutar',
    mixedDelimiters:
      '{file}: línea {line}: los campos están separados por "{found}", pero el resto del archivo usa "{delimiter}" ({fields} campos por línea). Guarde el archivo de nuevo con un solo separador',
    badOut: "{file}: --out debe terminar en .xlsx (.xlsm para un libro con macros) o .csv",
    sameFile: "{file}: --out sobrescribiría el archivo de entrada; elija otro",
    outExists:
      "{file} ya existe y puede tener sus cambios (marcas de objetivos, etapas del plan), así que Segmenta no lo toca. Para actualizarlo, ejecute Segmenta sobre {file}; o elija otro archivo en --out; o añada --overwrite para reemplazarlo",
    writeFailed: "{file}: no se puede escribir el archivo ({detail})",
    protectedSheet: "{file}: la hoja {sheet} está protegida; quite la protección en Excel y vuelva a ejecutar. No se escribió nada",
    noClientList: '{file}: la hoja "{sheet}" no tiene columnas de cliente y segmento',
    unexpected: "Error inesperado: {detail} (más detalles con --debug)",
    interrupted: "Detenido antes de terminar: no se escribió nada",
  },
  usage: {
    unknownOption: "Opción desconocida {option}: segmenta --help muestra las opciones",
    missingValue: "{option} necesita un valor",
    missingFile: "Indique el archivo que clasificar: segmenta ventas.xlsx",
    tooManyFiles: "Un archivo cada vez: ponga entre comillas un nombre de archivo con espacios",
    invalidChoice: "{option}: «{value}» no es ninguno de {choices}",
    notADate: "{option}: «{value}» no es una fecha (use 2024-03-31)",
    notAShare: "{option}: «{value}» no es una proporción (use 50 para 50 %)",
    notTwoShares: "{option}: «{value}» no son dos umbrales (use 50,80)",
    notWhole: "{option}: «{value}» no es un número entero de meses",
  },
};
