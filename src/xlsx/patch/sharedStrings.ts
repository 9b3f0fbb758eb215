/**
 * The shared strings of a workbook Segmenta makes new (a CSV's `--out`): each distinct text written
 * once, escaped once, and referred to by its index from every cell that holds it. A workbook that is
 * patched keeps its shared strings part untouched (its new text is written inline).
 */
import { MAIN_NS } from "./sheetElements";
import { escapeXml } from "./xmlText";

export const SHARED_STRINGS_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

export class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private count = 0;
  /** The last text (and its index) asked for in each column: a column's text often repeats row after row. */
  private readonly lastTexts: (string | undefined)[] = [];
  private readonly lastIndexes: number[] = [];

  /** The index of `text`, added when it is new; `col` (when known) remembers the column's last text. */
  index(text: string, col = -1): number {
    if (col >= 0 && this.lastTexts[col] === text) {
      this.count++;
      return this.lastIndexes[col];
    }
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.indexes.size;
      this.indexes.set(text, index);
    }
    this.count++;
    if (col >= 0) {
      this.lastTexts[col] = text;
      this.lastIndexes[col] = index;
    }
    return index;
  }

  /** The part, texts in index order, a few thousand per piece. */
  *pieces(): Generator<string> {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${this.indexes.size}">`;
    let batch: string[] = [];
    for (const text of this.indexes.keys()) {
      const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
      batch.push(`<si><t${preserve}>${escapeXml(text)}</t></si>`);
      if (batch.length >= 5000) {
        yield batch.join("");
        batch = [];
      }
    }
    yield `${batch.join("")}</sst>`;
  }
}
