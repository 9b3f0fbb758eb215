import iconv from "iconv-lite";
import { analyseWorkbook, DEFAULT_SETTINGS } from "../../../src/core";
import { NODE_CODECS } from "../../../src/cli/decodeText";
import { readCsvFile } from "../../../src/csv/csvFile";
import { CATALOGS } from "../../../src/locales";
import { EngineSession } from "../../../src/taskpane/engine/engineSession";
import type { EngineReply, EngineRequest, EngineResults } from "../../../src/taskpane/engine/protocol";
import { joinPlanOps } from "../../../src/taskpane/engine/transfer";
import { newWorkbookFile } from "../../../src/xlsx/patch";
import { openWorkbookReader, snapshotFromReader } from "../../../src/xlsx/read";

/** 40 clients over four months, `;`-separated with decimal commas, as Excel in Russia or Spain saves a CSV. */
function salesCsv(names: (i: number) => string = (i) => `Client ${i}`): string {
  const lines = ["Client;2024-01;2024-02;2024-03;2024-04"];
  for (let i = 0; i < 40; i++) lines.push(`${names(i)};${(i * 37) % 101},5;${(i * 13) % 17};${i % 5};${40 - i}`);
  return `${lines.join("\r\n")}\r\n`;
}

const bufferOf = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const utf8 = (text: string) => new TextEncoder().encode(text);
const options = { settings: DEFAULT_SETTINGS, lang: "en" as const, overrides: {} };

/** A session driven as the worker drives it, awaiting requests that wait (a CSV waiting for its detector). */
function session(detector?: () => Promise<never>) {
  const replies: EngineReply[] = [];
  const engine = detector ? new EngineSession((reply) => replies.push(reply), detector) : new EngineSession((reply) => replies.push(reply));
  let id = 0;
  const ask = async <K extends EngineRequest["kind"]>(request: Omit<Extract<EngineRequest, { kind: K }>, "id">) => {
    const mine = ++id;
    await engine.handle({ ...request, id: mine } as unknown as EngineRequest);
    const of = replies.filter((r) => r.id === mine);
    const last = of[of.length - 1];
    return {
      replies: of,
      done: last.kind === "done" ? (last.result as EngineResults[K]) : null,
      failed: last.kind === "failed" ? last.message : null,
    };
  };
  return { ask, engine, replies };
}

describe("EngineSession on a CSV file (the standalone page)", () => {
  it("opens, reads and analyses a CSV as the command line does, writes a new workbook with the CLI's writer, and then holds that workbook", async () => {
    const bytes = utf8(salesCsv());
    const { ask } = session();
    expect((await ask<"open">({ kind: "open", bytes: bufferOf(bytes), name: "sales.csv", lang: "en" })).done).toEqual({ sheetNames: ["sales"] });
    expect((await ask<"read">({ kind: "read", sheet: null })).done).toEqual({ sheet: "sales", sheetNames: ["sales"], owned: [] });
    const preview = (await ask<"preview">({ kind: "preview", sheet: null, rows: 2 })).done;
    expect(preview?.values).toEqual([
      ["Client", "2024-01", "2024-02", "2024-03", "2024-04"],
      ["Client 0", "0,5", 0, 0, 40],
    ]);

    // The command line's reading of the same bytes, and its analysis.
    const cli = readCsvFile(bytes, "sales.csv", NODE_CODECS);
    if (!cli.ok) throw new Error("the CSV was refused");
    const direct = analyseWorkbook(cli.snapshot, options);
    const analysed = (await ask<"analyse">({ kind: "analyse", options, whole: true })).replies;
    const done = analysed.find((r) => r.kind === "done")?.result as EngineResults["analyse"];
    const ops = joinPlanOps(analysed.flatMap((r) => (r.kind === "part" ? [{ ops: r.ops, continues: r.continues }] : [])));
    expect(ops).toEqual(direct.plan?.ops);
    // The encoding used is among the notes, as in the command line's summary.
    expect(done.analysis.read?.ok && done.analysis.read.value.table.notes).toContainEqual({ code: "encodingUsed", text: "utf-8" });

    const patched = (await ask<"patch">({ kind: "patch", plan: done.planId })).done;
    expect(patched?.blocks).toEqual([]);
    const written = new Uint8Array(await patched!.file!.arrayBuffer());
    // The very bytes of the command line's CSV `--out`.
    expect(written).toEqual(newWorkbookFile(cli.snapshot.active, direct.plan!).bytes);
    const reader = openWorkbookReader(written);
    expect(reader.sheetNames).toEqual(expect.arrayContaining(["sales", CATALOGS.en.core.sheets.matrix]));
    expect(snapshotFromReader(reader, "sales")?.active.values[0]).toContain("ABC");

    // From now on the session holds the workbook: a re-run patches it in place, as any workbook.
    expect((await ask<"read">({ kind: "read", sheet: "sales" })).done?.owned.length).toBeGreaterThan(0);
    const again = (await ask<"analyse">({ kind: "analyse", options, whole: false })).done!;
    const rewritten = new Uint8Array(await (await ask<"patch">({ kind: "patch", plan: again.planId })).done!.file!.arrayBuffer());
    const header = snapshotFromReader(openWorkbookReader(rewritten), "sales")!.active.values[0];
    expect(header.filter((v) => v === "ABC")).toHaveLength(1);
  });

  it("detects a single-byte encoding with the command line's detector, and names an encoding as likely", async () => {
    const cyrillic = ["ООО Ромашка", "ИП Иванов", "ЗАО Альфа-Сервис", "Торговый дом Север"];
    const bytes = iconv.encode(salesCsv((i) => `${cyrillic[i % 4]} ${i}`), "win1251");
    const { ask } = session();
    await ask<"open">({ kind: "open", bytes: bufferOf(bytes), name: "продажи.csv", lang: "ru" });
    expect((await ask<"preview">({ kind: "preview", sheet: null, rows: 2 })).done?.values[1][0]).toBe("ООО Ромашка 0");
    await ask<"read">({ kind: "read", sheet: null });
    const done = (await ask<"analyse">({ kind: "analyse", options: { ...options, lang: "ru" }, whole: false })).done!;
    expect(done.analysis.read?.ok && done.analysis.read.value.table.notes).toContainEqual({ code: "encodingUsed", text: "windows-1251" });

    // A letter or two: windows-1251 and windows-1252 are as likely; the user's language decides, the other is named.
    const tie = iconv.encode("Client;2024-01;2024-02\nЯ;1;2\nB;3;4\n", "win1251");
    await ask<"open">({ kind: "open", bytes: bufferOf(tie), name: "tie.csv", lang: "ru" });
    await ask<"read">({ kind: "read", sheet: null });
    const tied = (await ask<"analyse">({ kind: "analyse", options: { ...options, lang: "ru" }, whole: false })).done!;
    expect(tied.analysis.read?.ok && tied.analysis.read.value.table.notes).toContainEqual({ code: "encodingUsed", text: "windows-1251", others: ["windows-1252"] });
  });

  it("refuses a broken line in the user's words, naming the file and the line, and keeps the file open before", async () => {
    const { ask } = session();
    await ask<"open">({ kind: "open", bytes: bufferOf(utf8(salesCsv())), name: "sales.csv", lang: "es" });
    const broken = utf8('Cliente;Importe\nAlfa;10\n"Beta;20\nGamma;30\n');
    const refused = await ask<"open">({ kind: "open", bytes: bufferOf(broken), name: "ventas.csv", lang: "es" });
    expect(refused.failed).toBe(
      'ventas.csv: línea 3: unas comillas (") abren aquí un campo y no se cierran donde el campo termina, así que las líneas siguientes se juntarían en una celda. Cierre o quite las comillas y vuelva a ejecutar',
    );
    const extra = await ask<"open">({ kind: "open", bytes: bufferOf(utf8("Client,Jan,Feb\nAlpha,10,20\nBeta,1,5,50\nGamma,3,4\n")), name: "s.tsv", lang: "en" });
    expect(extra.failed).toMatch(/^s\.tsv: line 3 has a value in field 4 \("50"\), right of the table's 3 columns/);
    expect((await ask<"read">({ kind: "read", sheet: null })).done?.sheet).toBe("sales");
  });

  it("says so when the encoding detector cannot load, and answers the requests queued behind the open in order", async () => {
    const { engine, replies } = session(() => Promise.reject(new Error("ChunkLoadError: Loading chunk 42 failed")));
    const windows = iconv.encode(salesCsv((i) => `Müller ${i}`), "win1252");
    const opening = engine.handle({ id: 1, kind: "open", bytes: bufferOf(windows), name: "kunden.csv", lang: "en" });
    // Asked while the open waits: answered after it, never before.
    const reading = engine.handle({ id: 2, kind: "read", sheet: null });
    expect(opening).toBeInstanceOf(Promise);
    expect(replies).toEqual([]);
    await reading;
    expect(replies.map((r) => [r.id, r.kind])).toEqual([
      [1, "failed"],
      [2, "failed"],
    ]);
    const failed = replies[0].kind === "failed" ? replies[0].message : "";
    expect(failed).toMatch(/^kunden\.csv is not saved as UTF-8, and the page could not load what recognises its encoding/);
    expect(failed).not.toMatch(/chunk/i);
    // Once the waiting is over, requests are answered at once again; a UTF-8 file never needs the detector.
    expect(engine.handle({ id: 3, kind: "open", bytes: bufferOf(utf8(salesCsv((i) => `Müller ${i}`))), name: "kunden.csv", lang: "en" })).toBeUndefined();
    expect(replies[replies.length - 1]).toEqual({ id: 3, kind: "done", result: { sheetNames: ["kunden"] } });
  });
});
