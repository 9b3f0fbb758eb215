import type { csvFile as en } from "../en/csvFile";
import type { Words } from "../Words";

export const csvFile: Words<typeof en> = {
  /** A quote opened on `{line}` is never closed where its field ends. */
  unbalancedQuote:
    '{file}: línea {line}: unas comillas (") abren aquí un campo y no se cierran donde el campo termina, así que las líneas siguientes se juntarían en una celda. Cierre o quite las comillas y vuelva a ejecutar',
  /** `{line}` is split by `{found}` while the file uses `{delimiter}` (`{fields}` fields a line). */
  mixedDelimiters:
    '{file}: línea {line}: los campos están separados por "{found}", pero el resto del archivo usa "{delimiter}" ({fields} campos por línea). Guarde el archivo de nuevo con un solo separador',
  /** `{line}` has `{content}` in field `{field}`, right of the table's `{fields}` columns. */
  extraField:
    "{file}: la línea {line} tiene un valor en el campo {field} (\"{content}\"), a la derecha de las {fields} columnas de la tabla: una coma decimal sin comillas o un separador de más. Ponga el importe entre comillas (\"100,50\") o guarde el archivo con otro separador y vuelva a ejecutar",
  /** The standalone page: a file that is not Unicode, and the encoding detector (loaded on demand) did not load. */
  detectorMissing:
    "{file} no está guardado en UTF-8 y la página no pudo cargar lo que reconoce su codificación (¿se cortó la conexión?). Abra el archivo de nuevo, o guárdelo desde Excel como «CSV UTF-8» y abra ese",
};
