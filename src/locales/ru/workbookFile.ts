import type { workbookFile as en } from "../en/workbookFile";
import type { Words } from "../Words";

export const workbookFile: Words<typeof en> = {
  notZip: "{file} — не книга Excel: это не файл .xlsx, или он оборвался при копировании",
  encrypted:
    "{file} защищён паролем на открытие, поэтому его нельзя прочитать. Откройте его в Excel, снимите пароль (Файл → Сведения → Защита книги → Зашифровать с использованием пароля, очистите поле), сохраните и запустите снова",
  notWorkbook: "{file} — не книга Excel: это zip-архив, но книги в нём нет",
  unreadable:
    "{file}: не удаётся прочитать {what}, файл повреждён. Откройте его в Excel, сохраните заново и запустите снова",
  missing:
    "{file}: книга неполная, не удаётся найти {what}. Откройте её в Excel, сохраните заново и запустите снова",
  parts: {
    whole: "книгу",
    sheet: "лист «{sheet}»",
    sharedStrings: "общую таблицу текстов ячеек",
    styles: "форматы ячеек",
    workbook: "список листов",
    other: "часть {part}",
  },
};
