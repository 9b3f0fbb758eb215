import { analyseWorkbook, DEFAULT_SETTINGS, type Analysis } from "../../../src/core";
import { EngineSession } from "../../../src/taskpane/engine/engineSession";
import type { EngineReply, EngineRequest, EngineResults } from "../../../src/taskpane/engine/protocol";
import { joinPlanOps, withLongLists } from "../../../src/taskpane/engine/transfer";
import { newWorkbook, workbookBytes } from "../../support/exceljs/exceljsWorkbook";
import { openWorkbookReader, snapshotFromReader } from "../../../src/xlsx/read";

/** Sales of 1,500 clients over three months, as a workbook file. */
async function salesFile(): Promise<Uint8Array> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Sales");
  ws.addRow(["Client", "2024-01", "2024-02", "2024-03"]);
  for (let i = 0; i < 1_500; i++) ws.addRow([`C${i}`, i % 7, (i * 3) % 11, 5]);
  return workbookBytes(wb);
}

const bufferOf = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const options = { settings: DEFAULT_SETTINGS, lang: "en" as const, overrides: {} };

/** A session and every reply it posted, by request. */
function session() {
  const replies: EngineReply[] = [];
  const engine = new EngineSession((reply) => replies.push(reply));
  let id = 0;
  const ask = <K extends EngineRequest["kind"]>(request: Omit<Extract<EngineRequest, { kind: K }>, "id">) => {
    const mine = ++id;
    engine.handle({ ...request, id: mine } as unknown as EngineRequest);
    const of = replies.filter((r) => r.id === mine);
    const last = of[of.length - 1];
    return {
      replies: of,
      progress: of.flatMap((r) => (r.kind === "progress" ? [r.value] : [])),
      done: last.kind === "done" ? (last.result as EngineResults[K]) : null,
      failed: last.kind === "failed" ? last.message : null,
    };
  };
  return { ask };
}

/** An analysis as the page puts it back together from the pieces. */
function rebuilt(answer: { replies: EngineReply[]; done: EngineResults["analyse"] | null }): Analysis {
  if (!answer.done) throw new Error("no analysis");
  const lists = answer.replies.flatMap((r) => (r.kind === "list" ? [{ list: r.list, items: r.items }] : []));
  const parts = answer.replies.flatMap((r) => (r.kind === "part" ? [{ ops: r.ops, continues: r.continues }] : []));
  const analysis = withLongLists(answer.done.analysis, lists);
  return parts.length > 0 && analysis.plan ? { ...analysis, plan: { ...analysis.plan, ops: joinPlanOps(parts) } } : analysis;
}

describe("EngineSession (the engine's worker)", () => {
  it("reads the open file with progress to the end, and analyses it as analyseWorkbook does, in pieces", async () => {
    const bytes = await salesFile();
    const { ask } = session();
    expect(ask<"open">({ kind: "open", bytes: bufferOf(bytes), name: "sales.xlsx", lang: "en" }).done).toEqual({ sheetNames: ["Sales"] });
    const read = ask<"read">({ kind: "read", sheet: null });
    expect(read.done).toEqual({ sheet: "Sales", sheetNames: ["Sales"], owned: [] });
    expect(read.progress[read.progress.length - 1]).toBe(1);

    const whole = ask<"analyse">({ kind: "analyse", options, whole: true });
    const direct = analyseWorkbook(snapshotFromReader(openWorkbookReader(bytes))!, options);
    expect(whole.progress).toEqual([...whole.progress].sort((a, b) => a - b));
    expect(new Set(whole.progress).size).toBeGreaterThanOrEqual(3);
    expect(whole.replies.filter((r) => r.kind === "list").length).toBeGreaterThanOrEqual(2);
    expect(rebuilt(whole)).toEqual(direct);
  });

  it("keeps the plan for the page's write: the outline goes back, the patch writes the whole plan into the file", async () => {
    const { ask } = session();
    ask<"open">({ kind: "open", bytes: bufferOf(await salesFile()), name: "sales.xlsx", lang: "en" });
    ask<"read">({ kind: "read", sheet: "Sales" });
    const analysed = ask<"analyse">({ kind: "analyse", options, whole: false });
    const plan = rebuilt(analysed).plan!;
    expect(plan.ops.every((op) => op.kind === "sheet" || op.kind === "name" || op.kind === "select")).toBe(true);
    const patched = ask<"patch">({ kind: "patch", plan: analysed.done!.planId });
    expect(patched.done?.blocks).toEqual([]);
    const written = new Uint8Array(await patched.done!.file!.arrayBuffer());
    expect(snapshotFromReader(openWorkbookReader(written), "Sales")?.active.values[0]).toContain("ABC");
    // The session reads the written file from now on.
    expect(ask<"preview">({ kind: "preview", sheet: "Sales", rows: 3 }).done?.values[0]).toContain("ABC");
    expect(ask<"patch">({ kind: "patch", plan: 12345 }).failed).toBe("The plan to write is no longer there: run again.");
  });

  it("refuses a file that is no workbook in the user's words, naming it, and keeps the file open before", async () => {
    const { ask } = session();
    ask<"open">({ kind: "open", bytes: bufferOf(await salesFile()), name: "sales.xlsx", lang: "es" });
    const refused = ask<"open">({ kind: "open", bytes: bufferOf(new TextEncoder().encode("Client;Jan\n")), name: "ventas.xlsx", lang: "es" });
    expect(refused.failed).toMatch(/^ventas\.xlsx no es un libro de Excel/);
    expect(ask<"read">({ kind: "read", sheet: null }).done?.sheet).toBe("Sales");
  });

  it("analyses nothing before a workbook is read", () => {
    const { ask } = session();
    expect(ask<"analyse">({ kind: "analyse", options, whole: false }).failed).toBe("No workbook has been read.");
  });
});
