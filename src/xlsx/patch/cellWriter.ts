/**
 * One cell's XML, written into text (a row the patcher rebuilds) or straight into UTF-8 bytes (the
 * rows of a sheet written whole, a million cells and more): the same markup either way, with no
 * string made per cell on the byte side.
 */
import { columnLetters } from "../../core";
import type { CellModelValue } from "../cellModel";
import type { SharedStrings } from "./sharedStrings";
import { escapeXml } from "./xmlText";

/** A piece of markup, as text and as its bytes, encoded once. */
export class Markup {
  readonly bytes: Uint8Array;
  constructor(readonly text: string) {
    this.bytes = new TextEncoder().encode(text);
  }
}

/** Where cell XML goes. */
export interface XmlSink {
  /** Markup, written as it is. */
  markup(piece: Markup): void;
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
  markup(piece: Markup): void {
    this.out += piece.text;
  }
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

  markup(piece: Markup): void {
    const bytes = piece.bytes;
    const n = bytes.length;
    let at = this.at;
    if (at + n > this.buffer.length) this.room(n);
    const b = this.buffer;
    for (let i = 0; i < n; i++) b[at++] = bytes[i];
    this.at = at;
  }

  ascii(text: string): void {
    const n = text.length;
    let at = this.at;
    if (at + n > this.buffer.length) this.room(n);
    const b = this.buffer;
    for (let i = 0; i < n; i++) b[at++] = text.charCodeAt(i);
    this.at = at;
  }

  text(text: string): void {
    this.room(text.length * 3);
    this.at += encoder.encodeInto(text, this.buffer.subarray(this.at)).written;
  }

  /** Digits written from the last, with no string made: shared string indexes are most of a sheet's numbers. */
  uint(value: number): void {
    if (value > 0x7fffffff) {
      this.ascii(String(value));
      return;
    }
    let digits = 1;
    for (let rest = value; rest >= 10; rest = (rest / 10) | 0) digits++;
    if (this.at + digits > this.buffer.length) this.room(digits);
    const b = this.buffer;
    let at = this.at + digits;
    this.at = at;
    let rest = value | 0;
    do {
      const next = (rest / 10) | 0;
      b[--at] = 48 + rest - next * 10;
      rest = next;
    } while (rest > 0);
  }

  /**
   * The bytes written so far, as a view of the sink's buffer (not copied), and the sink empty again:
   * the view holds them until the next write, so read it (or copy it) before writing on.
   */
  take(): Uint8Array {
    const out = this.buffer.subarray(0, this.at);
    this.at = 0;
    return out;
  }
}

const CELL_OPEN: Markup[] = [];

/** `<c r="` and a column's letters, each worked out once. */
function cellOpen(col: number): Markup {
  return (CELL_OPEN[col] ??= new Markup(`<c r="${columnLetters(col)}`));
}

const STYLE_ATTRIBUTES: Markup[] = [];

/** A style index as the cell's `s` attribute (nothing for the default style), each made once. */
export function styleAttribute(xf: number): Markup {
  return (STYLE_ATTRIBUTES[xf] ??= new Markup(xf === 0 ? "" : ` s="${xf}"`));
}

const M = {
  blank: new Markup("/>"),
  number: new Markup("><v>"),
  value: new Markup("</v></c>"),
  cents: new Markup("."),
  oneCent: new Markup(".0"),
  isTrue: new Markup(' t="b"><v>1</v></c>'),
  isFalse: new Markup(' t="b"><v>0</v></c>'),
  shared: new Markup(' t="s"><v>'),
  inline: new Markup(' t="inlineStr"><is><t xml:space="preserve">'),
  inlineEnd: new Markup("</t></is></c>"),
  formula: new Markup("><f>"),
  formulaEnd: new Markup("</f></c>"),
};

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
        sink.markup(rest < 10 ? M.oneCent : M.cents);
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
  style: Markup,
  value: CellModelValue | undefined,
  strings: SharedStrings | null,
): void {
  sink.markup(cellOpen(col));
  sink.ascii(rowEnd);
  sink.markup(style);
  if (value === null || value === undefined || value === "") sink.markup(M.blank);
  else if (typeof value === "number") {
    sink.markup(M.number);
    writeNumber(sink, value);
    sink.markup(M.value);
  } else if (typeof value === "boolean") sink.markup(value ? M.isTrue : M.isFalse);
  else if (typeof value === "string" && strings !== null) {
    sink.markup(M.shared);
    sink.uint(strings.index(value, col));
    sink.markup(M.value);
  } else if (typeof value === "string") {
    sink.markup(M.inline);
    sink.text(escapeXml(value));
    sink.markup(M.inlineEnd);
  } else if (typeof value === "object" && "formula" in value && typeof value.formula === "string") {
    sink.markup(M.formula);
    sink.text(escapeXml(value.formula));
    sink.markup(M.formulaEnd);
  } else throw new TypeError(`a value the plan does not write: ${JSON.stringify(value)}`);
}
