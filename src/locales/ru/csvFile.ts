import type { csvFile as en } from "../en/csvFile";
import type { Words } from "../Words";

export const csvFile: Words<typeof en> = {
  /** A quote opened on `{line}` is never closed where its field ends. */
  unbalancedQuote:
    '{file}: строка {line}: кавычка (") открывает здесь поле и не закрывается там, где поле кончается, поэтому следующие строки слились бы в одну ячейку. Закройте или удалите кавычку и запустите снова',
  /** `{line}` is split by `{found}` while the file uses `{delimiter}` (`{fields}` fields a line). */
  mixedDelimiters:
    "{file}: строка {line}: поля разделены знаком «{found}», а в остальном файле — «{delimiter}» (полей в строке: {fields}). Сохраните файл заново с одним разделителем",
  /** `{line}` has `{content}` in field `{field}`, right of the table's `{fields}` columns. */
  extraField:
    "{file}: в строке {line} есть значение в поле {field} («{content}») правее {fields} столбцов таблицы: десятичная запятая без кавычек или лишний разделитель. Возьмите сумму в кавычки (\"100,50\") или сохраните файл с другим разделителем и запустите снова",
  /** The standalone page: a file that is not Unicode, and the encoding detector (loaded on demand) did not load. */
  detectorMissing:
    "{file} сохранён не в UTF-8, а странице не удалось загрузить то, что распознаёт его кодировку (прервалась связь?). Откройте файл снова или сохраните его в Excel как «CSV UTF-8» и откройте этот файл",
};
