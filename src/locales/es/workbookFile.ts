import type { workbookFile as en } from "../en/workbookFile";
import type { Words } from "../Words";

export const workbookFile: Words<typeof en> = {
  notZip: "{file} no es un libro de Excel: no es un archivo .xlsx, o quedó cortado al copiarlo",
  encrypted:
    "{file} está protegido con una contraseña de apertura, así que no se puede leer. Ábralo en Excel, quite la contraseña (Archivo → Información → Proteger libro → Cifrar con contraseña, borre el campo), guárdelo y vuelva a ejecutar",
  notWorkbook: "{file} no es un libro de Excel: es un archivo zip, pero no contiene ningún libro",
  unreadable:
    "{file}: no se pudo leer {what}; el archivo está dañado. Ábralo en Excel, guárdelo de nuevo y vuelva a ejecutar",
  implausible:
    "{file} no es un libro guardado por un programa de hojas de cálculo: {what} ({part}) se descomprimiría en mucho más de lo que escribe cualquiera de ellos, o está hecho como ninguno lo hace. No se ha leído",
  entities:
    "{file} no es un libro guardado por un programa de hojas de cálculo: {what} ({part}) declara entidades XML, que ninguno escribe. No se ha leído",
  badSharedString:
    "{file}: no se pudo leer {what}: la celda {cell} remite a un texto compartido que el archivo no contiene; el archivo está dañado. Ábralo en Excel, guárdelo de nuevo y vuelva a ejecutar",
  missing:
    "{file}: falta {what} en el libro; el archivo está incompleto. Ábralo en Excel, guárdelo de nuevo y vuelva a ejecutar",
  parts: {
    whole: "el libro",
    sheet: "la hoja «{sheet}»",
    sharedStrings: "la tabla de textos que comparten las celdas",
    styles: "los formatos de celda",
    workbook: "la lista de hojas",
    other: "la parte {part}",
  },
};
