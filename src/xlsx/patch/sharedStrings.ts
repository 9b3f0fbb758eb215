/**
 * The shared strings of a workbook Segmenta makes new (a CSV's `--out`): each distinct text written
 * once, escaped once, and referred to by its index from every cell that holds it. A workbook that is
 * patched keeps its shared strings part untouched (its new text is written inline).
 */
import { ByteSink, Markup } from "./cellWriter";
import { MAIN_NS } from "./sheetElements";
import { escapeXml } from "./xmlText";

export const SHARED_STRINGS_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

export class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private count = 0;
  /** The last text (and its index) asked for in each column: a column's text often repeats row after row. */
  private readonly lastTexts: (string | undefined)[] = [];
  private readonly lastIndexes: number[] = [];

  /** The text asked for last, in any column (a client's name is often its key, one cell to the left). */
  private lastText: string | undefined;
  private lastIndex = 0;

  /** The index of `text`, added when it is new; `col` (when known) remembers the column's last text. */
  index(text: string, col = -1): number {
    this.count++;
    if (col >= 0 && this.lastTexts[col] === text) return this.lastIndexes[col];
    let index: number | undefined = this.lastText === text ? this.lastIndex : this.indexes.get(text);
    if (index === undefined) {
      index = this.indexes.size;
      this.indexes.set(text, index);
    }
    this.lastText = text;
    this.lastIndex = index;
    if (col >= 0) {
      this.lastTexts[col] = text;
      this.lastIndexes[col] = index;
    }
    return index;
  }

  /**
   * The part, texts in index order, as UTF-8 pieces of about a megabyte, each a view of one reused
   * buffer valid until the next piece is asked for (see `sheetRowsXml`).
   */
  *pieces(): Generator<Uint8Array> {
    const sink = new ByteSink(PIECE + (PIECE >> 2));
    sink.ascii(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${this.indexes.size}">`);
    for (const text of this.indexes.keys()) {
      sink.markup(EDGE_SPACE.test(text) ? ITEM_PRESERVED : ITEM);
      sink.text(escapeXml(text));
      sink.markup(ITEM_END);
      if (sink.length >= PIECE) yield sink.take();
    }
    sink.markup(END);
    yield sink.take();
  }
}

const PIECE = 1 << 20;
/** Text Excel would lose the spaces or line breaks of without `xml:space`. */
const EDGE_SPACE = /^\s|\s$|\n/;
const ITEM = new Markup("<si><t>");
const ITEM_PRESERVED = new Markup('<si><t xml:space="preserve">');
const ITEM_END = new Markup("</t></si>");
const END = new Markup("</sst>");
