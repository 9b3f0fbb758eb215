/**
 * The streaming tokenizer of the large parts of a workbook (a sheet, the shared strings), on the
 * inflated bytes themselves: the part is never decoded into strings. Tags, and the text between them,
 * are handed to a handler as positions in a byte buffer as soon as they are complete; the handler
 * reads numbers straight from the digits and decodes only the texts it keeps (`decodeUtf8`). No tree
 * is built. Comments, processing instructions and CDATA are handled; a DOCTYPE (entity declarations,
 * external files) is refused: the Open Packaging Conventions forbid it and no spreadsheet writes one.
 *
 * UTF-8 needs no care at chunk edges: `<` and `>` are single bytes that never occur inside a
 * multi-byte character, and a text is only decoded once its closing `<` has arrived.
 */
import { PackageError, type ZipArchive } from "../package";
import { ascii, bytesAt, indexOfBytes, joinedBytes } from "./bytes";

/**
 * The longest tag, or run of text, kept while waiting for its end: 1 MiB. The longest thing Excel
 * writes between two `<` is a cell's text (at most 32,767 characters, up to 7 times longer once
 * escaped as `_x0001_`) or a formula (8,192); a part with more there — a tag padded with gigabytes of
 * whitespace — is no spreadsheet's, and is refused rather than held in memory.
 */
export const MAX_PENDING = 1024 * 1024;

export interface TagHandler {
  /**
   * A start, end or empty tag: `start` just after `<`, `end` at `>`; `closing` for `</x>`,
   * `selfClosing` for `<x/>`; `nameStart`/`nameEnd` delimit the local name (prefix skipped).
   */
  tag(
    buf: Uint8Array,
    start: number,
    end: number,
    nameStart: number,
    nameEnd: number,
    closing: boolean,
    selfClosing: boolean,
  ): void;
  /**
   * Raw text between two tags (entities not decoded), from `start` to `end`, only asked for while
   * `wantsText()` is true. `buf` may be reused once the call returns: what is kept must be copied.
   */
  text(buf: Uint8Array, start: number, end: number): void;
  wantsText(): boolean;
  /**
   * Optional fast path, asked at each `<` that opens a tag while no text is wanted: the handler may
   * take a whole balanced element from there itself and return the position after it, or -1 to let
   * the tokenizer go on as usual (also when the element runs past the end of `buf`).
   */
  element?(buf: Uint8Array, lt: number): number;
}

/** How many bytes of a chunk the unfinished end of the last one is joined to (see `push`). */
const BRIDGE = 64 * 1024;
const EMPTY = new Uint8Array(0);
const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const BANG = 33; // !
const QUESTION = 63; // ?
const COLON = 58; // :

const COMMENT = ascii("<!--");
const COMMENT_END = ascii("-->");
const CDATA = ascii("<![CDATA[");
const CDATA_END = ascii("]]>");
const PI_END = ascii("?>");
const DOCTYPE = ascii("<!DOCTYPE");
const DECLARATION_END = ascii(">");

function isNameEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === GT || code === SLASH;
}

/**
 * Feeds a part's inflated chunks through the tokenizer. `push` each chunk, then `end()`; `end`
 * returns false when the part stopped inside a tag or an element (a truncated part).
 */
export class ByteXmlStream {
  /** The unfinished tag or text at the end of the last chunk, copied when the next one arrives. */
  private rest: Uint8Array = EMPTY;
  /** Elements opened and not yet closed: a complete part ends at depth 0. */
  private depth = 0;

  /** `part` is the archive path named when the part is refused. */
  constructor(
    private readonly part: string,
    private readonly handler: TagHandler,
  ) {}

  /**
   * Scans a chunk. What was left unfinished by the last one is joined to the chunk's first
   * `BRIDGE` bytes only, so a chunk is copied whole only when a tag or text runs on past them.
   */
  push(chunk: Uint8Array): void {
    if (this.rest.length === 0) {
      this.scan(chunk, false);
      return;
    }
    const bridge = Math.min(chunk.length, BRIDGE);
    this.scan(joinedBytes([this.rest, chunk.subarray(0, bridge)]), false);
    if (bridge === chunk.length) return;
    // What is left of the bridge is the chunk's bytes just before `bridge`, unless it is longer.
    const tail = this.rest.length;
    if (tail <= bridge) {
      this.rest = EMPTY;
      this.scan(chunk.subarray(bridge - tail), false);
    } else this.scan(joinedBytes([this.rest, chunk.subarray(bridge)]), false);
  }

  /**
   * Streams the part from `zip` through the tokenizer, telling `onProgress` the fraction inflated:
   * false when the part stops inside a tag or an element. A part that cannot be inflated is
   * refused as unreadable, naming it.
   */
  read(zip: ZipArchive, onProgress?: (fraction: number) => void): boolean {
    try {
      const size = zip.entry(this.part)?.size ?? 0;
      let seen = 0;
      zip.stream(this.part, (chunk) => {
        this.push(chunk);
        seen += chunk.length;
        onProgress?.(size > 0 ? Math.min(1, seen / size) : 1);
      });
    } catch (error) {
      throw error instanceof PackageError ? error : new PackageError("unreadablePart", this.part);
    }
    return this.end();
  }

  end(): boolean {
    this.scan(this.rest, true);
    return this.rest.indexOf(LT) < 0 && this.depth === 0;
  }

  /** The comment, CDATA, declaration or instruction at `lt`: the position after it, or -1 when cut. */
  private special(buf: Uint8Array, lt: number, pos: number, final: boolean): number {
    const handler = this.handler;
    // Until nine bytes have come, "<![CDATA[" and "<!DOCTYPE" cannot be told from other declarations.
    if (!final && lt + CDATA.length > buf.length) return -1;
    const question = buf[lt + 1] === QUESTION;
    const close = bytesAt(buf, lt, COMMENT)
      ? COMMENT_END
      : bytesAt(buf, lt, CDATA)
        ? CDATA_END
        : question
          ? PI_END
          : DECLARATION_END;
    if (close === DECLARATION_END && bytesAt(buf, lt, DOCTYPE))
      throw new PackageError("declaresEntities", this.part);
    const stop = indexOfBytes(buf, close, lt + 2);
    if (stop < 0) return -1;
    // The text before a comment or CDATA is the element's too (`<v>1<!-- -->2</v>` holds 12).
    if (lt > pos && handler.wantsText()) handler.text(buf, pos, lt);
    if (close === CDATA_END && handler.wantsText()) {
      const cdata = escapedCdata(buf.subarray(lt + CDATA.length, stop));
      handler.text(cdata, 0, cdata.length);
    }
    return stop + close.length;
  }

  private scan(buf: Uint8Array, final: boolean): void {
    const handler = this.handler;
    const element = handler.element;
    let pos = 0;
    const length = buf.length;
    while (pos < length) {
      const lt = buf[pos] === LT ? pos : buf.indexOf(LT, pos);
      if (lt < 0) break;
      if (element !== undefined && (lt === pos || !handler.wantsText())) {
        const after = element.call(handler, buf, lt);
        if (after >= 0) {
          pos = after;
          continue;
        }
      }
      if (lt + 1 >= length) break;
      const next = buf[lt + 1];
      if (next === BANG || next === QUESTION) {
        const after = this.special(buf, lt, pos, final);
        if (after < 0) break;
        pos = after;
        continue;
      }
      const gt = buf.indexOf(GT, lt);
      if (gt < 0) break;
      if (lt > pos && handler.wantsText()) handler.text(buf, pos, lt);
      const closing = next === SLASH;
      let nameStart = closing ? lt + 2 : lt + 1;
      let nameEnd = nameStart;
      while (nameEnd < gt && !isNameEnd(buf[nameEnd])) {
        if (buf[nameEnd] === COLON) nameStart = nameEnd + 1;
        nameEnd++;
      }
      const selfClosing = buf[gt - 1] === SLASH;
      if (closing) this.depth--;
      else if (!selfClosing) this.depth++;
      handler.tag(buf, lt + 1, gt, nameStart, nameEnd, closing, selfClosing);
      pos = gt + 1;
    }
    // Text after the last tag stays until the next '<' arrives; only a partial tag or text is kept.
    let rest = pos === 0 ? buf : buf.subarray(pos);
    if (rest.length > 0 && rest[0] !== LT && !handler.wantsText()) {
      const lt = rest.indexOf(LT);
      rest = lt < 0 ? rest.subarray(rest.length) : rest.subarray(lt);
    }
    if (rest.length > MAX_PENDING) throw new PackageError("implausiblePart", this.part);
    // A copy: the inflater may fill the chunk's memory again before the next one is pushed.
    this.rest = rest.length === 0 ? rest : rest.slice();
  }
}

const ENTITY_AMP = ascii("&amp;");
const ENTITY_LT = ascii("&lt;");

/** CDATA bytes escaped so that `decodeXmlText` gives their text back unchanged. */
function escapedCdata(raw: Uint8Array): Uint8Array {
  if (raw.indexOf(38) < 0 && raw.indexOf(LT) < 0) return raw;
  const out: number[] = [];
  for (const byte of raw) {
    if (byte === 38) out.push(...ENTITY_AMP);
    else if (byte === LT) out.push(...ENTITY_LT);
    else out.push(byte);
  }
  return Uint8Array.from(out);
}
