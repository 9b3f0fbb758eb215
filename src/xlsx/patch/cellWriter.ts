/**
 * One cell's XML, written into text (a row the patcher rebuilds) or straight into UTF-8 bytes (the
 * rows of a sheet written whole, a million cells and more): the same markup either way, with no
 * string made per cell on the byte side.
 */
import type ExcelJS from "exceljs";
import { columnLetters } from "../../core";
import type { SharedStrings } from "./sharedStrings";
import { escapeXml } from "./xmlText";

/** Where cell XML goes. */
export interface XmlSink {
  /** Text known to be ASCII (markup, numbers, references), written as it is. */
  ascii(text: string): void;
  /** Any text, already escaped, written in UTF-8. */
  text(text: string): void;
  /** A whole number ≥ 0, in decimal digits. */
  uint(value: number): void;
}

/** Cell XML as a string. */
export class StringSink implements XmlSink {
  out = "";
  ascii(text: string): void {
    this.out += text;
  }
  text(text: string): void {
    this.out += text;
  }
  uint(value: number): void {
    this.out += value;
  }
}

const encoder = new TextEncoder();

/** Cell XML as UTF-8 bytes, in one buffer that grows as needed and is handed out by `take`. */
export class ByteSink implements XmlSink {
  private buffer: Uint8Array;
  private at = 0;

  constructor(size = 1 << 20) {
    this.buffer = new Uint8Array(size);
  }

  /** The bytes written since the last `take`. */
  get length(): number {
    return this.at;
  }

  private room(more: number): void {
    if (this.at + more <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.at + more));
    grown.set(this.buffer.subarray(0, this.at));
    this.buffer = grown;
  }

  ascii(text: string): void {
    const n = text.length;
    this.room(n);
    const b = this.buffer;
    let at = this.at;
    for (let i = 0; i < n; i++) b[at++] = text.charCodeAt(i);
    this.at = at;
  }

  text(text: string): void {
    this.room(text.length * 3);
    this.at += encoder.encodeInto(text, this.buffer.subarray(this.at)).written;
  }

  /** Digits written from the last, with no string made: shared string indexes are most of a sheet's numbers. */
  uint(value: number): void {
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    this.room(digits);
    const b = this.buffer;
    let at = this.at + digits;
    this.at = at;
    let rest = value;
    do {
      const next = Math.floor(rest / 10);
      b[--at] = 48 + rest - next * 10;
      rest = next;
    } while (rest > 0);
  }

  /** A copy of the bytes written so far; the sink starts again empty. */
  take(): Uint8Array {
    const out = this.buffer.slice(0, this.at);
    this.at = 0;
    return out;
  }
}

const CELL_OPEN: string[] = [];

/** `<c r="` and a column's letters, each worked out once. */
function cellOpen(col: number): string {
  return (CELL_OPEN[col] ??= `<c r="${columnLetters(col)}`);
}

/** A style index as the cell's `s` attribute ("" for the default style). */
export function styleAttribute(xf: number): string {
  return xf === 0 ? "" : ` s="${xf}"`;
}

/** Below this, numbers of cents are told apart by their doubles: `String` writes them with their cents. */
const CENTS_EXACT = 1e12;

/**
 * A number as the file stores it, as `String` writes it (the shortest text that reads back as the same
 * number): NaN and ±Infinity never reach a cell (the plan was checked before). Whole numbers and
 * amounts with cents, most of a sales table, are written without `String`'s general search.
 */
function writeNumber(sink: XmlSink, value: number): void {
  if (value >= 0 && value < CENTS_EXACT) {
    const cents = Math.round(value * 100);
    if (cents / 100 === value) {
      const whole = Math.floor(cents / 100);
      const rest = cents - whole * 100;
      sink.uint(whole);
      if (rest !== 0) {
        sink.ascii(rest < 10 ? ".0" : ".");
        sink.uint(rest % 10 === 0 ? rest / 10 : rest);
      }
      return;
    }
  }
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  sink.ascii(String(value));
}

/**
 * One cell's XML into `sink`: `rowEnd` is the row's number and the reference's closing quote (`17"`),
 * `style` its `s` attribute. Text is a shared string when `strings` is given, else an inline string;
 * formulas go without a cached result; empty text is a blank cell, as Excel makes it when "" is
 * written through `values`.
 */
export function writeCell(
  sink: XmlSink,
  col: number,
  rowEnd: string,
  style: string,
  value: ExcelJS.CellValue | undefined,
  strings: SharedStrings | null,
): void {
  sink.ascii(cellOpen(col));
  sink.ascii(rowEnd);
  sink.ascii(style);
  if (value === null || value === undefined || value === "") sink.ascii("/>");
  else if (typeof value === "number") {
    sink.ascii("><v>");
    writeNumber(sink, value);
    sink.ascii("</v></c>");
  } else if (typeof value === "boolean") sink.ascii(value ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
  else if (typeof value === "string" && strings !== null) {
    sink.ascii(' t="s"><v>');
    sink.uint(strings.index(value, col));
    sink.ascii("</v></c>");
  } else if (typeof value === "string") {
    sink.ascii(' t="inlineStr"><is><t xml:space="preserve">');
    sink.text(escapeXml(value));
    sink.ascii("</t></is></c>");
  } else if (typeof value === "object" && "formula" in value && typeof value.formula === "string") {
    sink.ascii("><f>");
    sink.text(escapeXml(value.formula));
    sink.ascii("</f></c>");
  } else throw new TypeError(`a value the plan does not write: ${JSON.stringify(value)}`);
}
