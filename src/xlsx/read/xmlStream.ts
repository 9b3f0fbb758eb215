/**
 * A small streaming tokenizer for the large parts of a workbook (a sheet, the shared strings):
 * text arrives in chunks, tags and the text between them are handed to a handler as soon as they
 * are complete. No tree is built, and a tag's name is compared without a copy. Comments,
 * processing instructions and CDATA are handled. A DOCTYPE (entity declarations, external files) is
 * refused: the Open Packaging Conventions forbid it and no spreadsheet writes one.
 */
import { PackageError } from "../package";

/**
 * The longest tag, or run of text, kept while waiting for its end: 1 Mi characters. The longest
 * thing Excel writes between two `<` is a cell's text (at most 32,767 characters, up to 7 times
 * longer once escaped as `_x0001_`) or a formula (8,192); a part with more there — a tag padded
 * with gigabytes of whitespace — is no spreadsheet's, and is refused rather than held in memory.
 */
export const MAX_PENDING = 1024 * 1024;
export interface TagHandler {
  /**
   * A start, end or empty tag. `tag` is the buffer, the tag spans `start` (just after `<`) to `end`
   * (at `>`); `closing` for `</x>`, `selfClosing` for `<x/>`. `nameStart`/`nameEnd` delimit the
   * local name (prefix skipped).
   */
  tag(
    buffer: string,
    start: number,
    end: number,
    nameStart: number,
    nameEnd: number,
    closing: boolean,
    selfClosing: boolean,
  ): void;
  /**
   * Raw text between two tags (entities not decoded), `buffer` from `start` to `end`, only asked for
   * when `wantsText()` is true: the handler slices it, or reads a number straight from it.
   */
  text(buffer: string, start: number, end: number): void;
  wantsText(): boolean;
  /**
   * Optional fast path, asked at each `<` that opens a tag while no text is wanted: the handler may
   * take a whole balanced element from there itself and return the position after it, or -1 to let
   * the tokenizer go on as usual (also when the element runs past the end of `buffer`).
   */
  element?(buffer: string, lt: number): number;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const BANG = 33; // !
const QUESTION = 63; // ?
const COLON = 58; // :

function isNameEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === GT || code === SLASH;
}

/**
 * Feeds UTF-8 chunks through the tokenizer. `push` each chunk, then `end()`; `end` returns false when
 * the text stopped inside a tag or an element (a truncated part).
 */
export class XmlStream {
  private readonly decoder = new TextDecoder("utf-8");
  private rest = "";
  /** Elements opened and not yet closed: a complete part ends at depth 0. */
  private depth = 0;

  /** `part` is the archive path named when the part is refused. */
  constructor(
    private readonly part: string,
    private readonly handler: TagHandler,
  ) {}

  push(chunk: Uint8Array): void {
    this.scan(this.rest + this.decoder.decode(chunk, { stream: true }));
  }

  end(): boolean {
    this.scan(this.rest + this.decoder.decode());
    return this.rest.indexOf("<") < 0 && this.depth === 0;
  }

  private scan(buf: string): void {
    const handler = this.handler;
    const element = handler.element;
    let pos = 0;
    const length = buf.length;
    while (pos < length) {
      const lt = buf.indexOf("<", pos);
      if (lt < 0) break;
      if (element !== undefined && (lt === pos || !handler.wantsText())) {
        const after = element.call(handler, buf, lt);
        if (after >= 0) {
          pos = after;
          continue;
        }
      }
      const next = buf.charCodeAt(lt + 1);
      if (next === BANG || next === QUESTION) {
        const close = buf.startsWith("<!--", lt)
          ? "-->"
          : buf.startsWith("<![CDATA[", lt)
            ? "]]>"
            : next === QUESTION
              ? "?>"
              : ">";
        if (close === ">" && buf.startsWith("<!DOCTYPE", lt))
          throw new PackageError("declaresEntities", this.part);
        const stop = buf.indexOf(close, lt + 2);
        if (stop < 0) break;
        if (close === "]]>" && handler.wantsText()) {
          if (lt > pos) handler.text(buf, pos, lt);
          const cdata = escapeText(buf.slice(lt + 9, stop));
          handler.text(cdata, 0, cdata.length);
        }
        pos = stop + close.length;
        continue;
      }
      const gt = buf.indexOf(">", lt);
      if (gt < 0) break;
      if (lt > pos && handler.wantsText()) handler.text(buf, pos, lt);
      const closing = next === SLASH;
      let nameStart = closing ? lt + 2 : lt + 1;
      let nameEnd = nameStart;
      while (nameEnd < gt && !isNameEnd(buf.charCodeAt(nameEnd))) {
        if (buf.charCodeAt(nameEnd) === COLON) nameStart = nameEnd + 1;
        nameEnd++;
      }
      const selfClosing = buf.charCodeAt(gt - 1) === SLASH;
      if (closing) this.depth--;
      else if (!selfClosing) this.depth++;
      handler.tag(buf, lt + 1, gt, nameStart, nameEnd, closing, selfClosing);
      pos = gt + 1;
    }
    // Text after the last tag stays until the next '<' arrives; only a partial tag or text is kept.
    this.rest = pos === 0 ? buf : buf.slice(pos);
    if (this.rest.length > 0 && this.rest.charCodeAt(0) !== LT && !handler.wantsText()) {
      const lt = this.rest.indexOf("<");
      this.rest = lt < 0 ? "" : this.rest.slice(lt);
    }
    if (this.rest.length > MAX_PENDING) throw new PackageError("implausiblePart", this.part);
  }
}

/** CDATA text escaped so that `decodeXmlText` gives it back unchanged. */
function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Text of an XML text node or attribute value: entities decoded, and OOXML's `_xHHHH_` escapes
 * (for characters XML cannot hold, such as control characters) turned back into characters.
 * @example decodeXmlText("R&amp;D_x000D_") // "R&D\r"
 */
export function decodeXmlText(raw: string): string {
  let text = raw;
  if (text.indexOf("&") >= 0) {
    text = text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
      if (body.charCodeAt(0) === 35) {
        const code = body.charCodeAt(1) === 120 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return NAMED[body] ?? whole;
    });
  }
  if (text.indexOf("_x") >= 0)
    text = text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return text;
}

/**
 * The value of attribute `name` in the tag text between `start` and `end`, raw (not decoded), or
 * undefined. Matches the local name, so `r:id` is found as `id`.
 */
export function attribute(buf: string, start: number, end: number, name: string): string | undefined {
  let at = start;
  for (;;) {
    at = buf.indexOf(name, at);
    if (at < 0 || at >= end) return undefined;
    const before = buf.charCodeAt(at - 1);
    const after = at + name.length;
    if (
      (before === 32 || before === 9 || before === 10 || before === 13 || before === COLON) &&
      buf.charCodeAt(after) === 61
    ) {
      const quote = buf.charCodeAt(after + 1);
      const close = buf.indexOf(quote === 39 ? "'" : '"', after + 2);
      if (close < 0 || close > end) return undefined;
      return buf.slice(after + 2, close);
    }
    at = after;
  }
}
