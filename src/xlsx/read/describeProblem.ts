import { format } from "../../core";
import type { workbookFile } from "../../locales/en/workbookFile";
import type { Words } from "../../locales/Words";
import { PackageError } from "../package/PackageError";

/** The words of a workbook file's problems in one language (`src/locales/<lang>/workbookFile.ts`). */
export type WorkbookFileWords = Words<typeof workbookFile>;

/** Where a problem lies, in the terms the words use. */
export interface ProblemPlace {
  readonly problem: PackageError["problem"];
  readonly part?: string;
  /** The sheet whose part it is, when it is a sheet's. */
  readonly sheet?: string;
  /** The cell concerned, when one is. */
  readonly cell?: string;
}

/**
 * The message a manager reads for a workbook that could not be read: the file, and what in it could
 * not be read (a sheet by its name, the shared texts, the formats), in the words given.
 * @example describeWorkbookProblem({ problem: "unreadablePart", part: "xl/worksheets/sheet1.xml", sheet: "Sales" }, "a.xlsx", en)
 * // 'a.xlsx: the sheet "Sales" could not be read; the file is damaged. …'
 */
export function describeWorkbookProblem(place: ProblemPlace, file: string, words: WorkbookFileWords): string {
  if (place.problem === "notZip") return format(words.notZip, { file });
  if (place.problem === "notWorkbook") return format(words.notWorkbook, { file });
  if (place.problem === "encrypted") return format(words.encrypted, { file });
  const part = place.part ?? "";
  const what =
    place.part === undefined
      ? words.parts.whole
      : place.sheet !== undefined
        ? format(words.parts.sheet, { sheet: place.sheet })
        : /(^|\/)sharedStrings\.xml$/i.test(part)
          ? words.parts.sharedStrings
          : /(^|\/)styles\.xml$/i.test(part)
            ? words.parts.styles
            : /(^|\/)(workbook\.xml|_rels\/(workbook\.xml)?\.rels|\[Content_Types\]\.xml)$/i.test(part)
              ? words.parts.workbook
              : format(words.parts.other, { part });
  const message =
    place.problem === "missingPart"
      ? words.missing
      : place.problem === "implausiblePart"
        ? words.implausible
        : place.problem === "declaresEntities"
          ? words.entities
          : place.problem === "badSharedString"
            ? words.badSharedString
            : words.unreadable;
  return format(message, { file, what, part, cell: place.cell ?? "" });
}

/**
 * Where an error thrown while reading a workbook lies: a `PackageError` as it is, anything else as
 * an unreadable workbook. Never the error's own text.
 */
export function problemPlaceOf(error: unknown): ProblemPlace {
  if (!(error instanceof PackageError)) return { problem: "unreadablePart" };
  return { problem: error.problem, part: error.part, sheet: error.sheet, cell: error.cell };
}
