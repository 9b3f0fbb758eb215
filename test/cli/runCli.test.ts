import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { runCli } from "../../src/cli/runCli";
import { loadWorkbook, snapshotFromWorkbook } from "../support/exceljs/exceljsWorkbook";
import { RU_CLIENTS, russianWideWorkbook, salesCsv, tempDir } from "../fixtures/cliFiles";

const CDNOW = path.resolve(__dirname, "../../../shared/data/cdnow/cdnowElog.csv");
const haveCdnow = existsSync(CDNOW);

const run = (argv: string[], cwd = process.cwd(), env: Record<string, string> = {}) => runCli(argv, { cwd, env });

interface JsonClient {
  client: string;
  abc: string | null;
  xyz: string | null;
  cv: number | null;
  status: string;
  turnover: number;
  share: number;
  cumShare: number | null;
  reason: string;
}

(haveCdnow ? describe : describe.skip)("the command line on the CDNOW purchase log", () => {
  it("groups the real log by masterid and sums its sales per customer", async () => {
    const outcome = await run([CDNOW, "--client", "masterid", "--json"]);
    expect(outcome.exitCode).toBe(0);
    const json = JSON.parse(outcome.stdout) as { clients: JsonClient[]; detected: { shape: string; columns: { column: string; role: string }[] } };
    const expected = new Map<string, number>();
    for (const line of readFileSync(CDNOW, "utf8").trim().split("\n").slice(1)) {
      const [id, , , , sales] = line.split(",");
      expected.set(id, (expected.get(id) ?? 0) + Number(sales));
    }
    expect(json.detected.shape).toBe("long");
    expect(json.detected.columns).toEqual(expect.arrayContaining([{ column: "A", header: "masterid", role: "client", by: "override" }]));
    expect(json.clients).toHaveLength(2357);
    for (const c of json.clients) expect(c.turnover).toBeCloseTo(expected.get(c.client) ?? NaN, 6);
  });

  it("gives the larger customer a class at least as high, and null where no class applies", async () => {
    const json = JSON.parse((await run([CDNOW, "--client", "masterid", "--json"])).stdout) as { clients: JsonClient[] };
    const rank = { A: 0, B: 1, C: 2 } as const;
    const classified = json.clients.filter((c) => c.abc !== null).sort((a, b) => b.turnover - a.turnover);
    for (let i = 1; i < classified.length; i++) {
      expect(rank[classified[i].abc as "A"]).toBeGreaterThanOrEqual(rank[classified[i - 1].abc as "A"]);
    }
    for (const c of json.clients.filter((x) => x.status === "potential")) expect(c).toMatchObject({ abc: null, xyz: null, cumShare: null });
    expect(json.clients.every((c) => c.reason.length > 0)).toBe(true);
  });

  it("prints a readable summary with the window and the matrix", async () => {
    const outcome = await run([CDNOW, "--client", "masterid", "--granularity", "quarter"]);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toContain("long (one row per sale)");
    expect(outcome.stdout).toContain("masterid → client (as given)");
    expect(outcome.stdout).toMatch(/Window: Q1 1997 – Q2 1998/);
    expect(outcome.stdout).toContain("ABC × XYZ");
  });
});

describe("the command line on a Russian report workbook", () => {
  it("finds the table under the titles, reads text amounts and date headers, and writes the result beside it", async () => {
    const dir = tempDir();
    await russianWideWorkbook(path.join(dir, "отчёт.xlsx"));
    const outcome = await run(["отчёт.xlsx", "--out", "результат.xlsx", "--lang", "ru"], dir);
    expect(outcome.stderr).toBe("");
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toContain("'Продажи'!A4:P10");
    expect(outcome.stdout).toContain("Записано: результат.xlsx");
    const wb = await loadWorkbook(readFileSync(path.join(dir, "результат.xlsx")));
    const snap = snapshotFromWorkbook(wb, "Продажи");
    const header = snap?.active.values[3] ?? [];
    expect(header.slice(0, 3)).toEqual(["Клиент", "Сегмент", "Менеджер"]);
    expect(header).toContain("ABC");
    expect(header).toContain("XYZ");
    const abcCol = header.indexOf("ABC");
    const abcOf = (name: string) => snap?.active.values.find((row) => row[0] === name)?.[abcCol];
    expect(abcOf(RU_CLIENTS[0].name)).toBe("A");
    expect(abcOf("ООО «Новый»")).toBeNull();
    expect(snap?.owned.some((o) => o.range.sheet === "Продажи")).toBe(true);
  });

  it("changes nothing when run again on its own output", async () => {
    const dir = tempDir();
    await russianWideWorkbook(path.join(dir, "in.xlsx"));
    expect((await run(["in.xlsx", "--out", "once.xlsx"], dir)).exitCode).toBe(0);
    expect((await run(["once.xlsx", "--out", "twice.xlsx"], dir)).exitCode).toBe(0);
    const once = await loadWorkbook(readFileSync(path.join(dir, "once.xlsx")));
    const twice = await loadWorkbook(readFileSync(path.join(dir, "twice.xlsx")));
    expect(twice.worksheets.map((ws) => ws.name)).toEqual(once.worksheets.map((ws) => ws.name));
    for (const ws of once.worksheets) {
      expect(snapshotFromWorkbook(twice, ws.name)?.active.values).toEqual(snapshotFromWorkbook(once, ws.name)?.active.values);
    }
    expect(snapshotFromWorkbook(twice)?.owned).toEqual(snapshotFromWorkbook(once)?.owned);
  });
});

describe("the command line on CSV files", () => {
  const rows = [
    ["Acme", "2024-01-15", "100"],
    ["Acme", "2024-02-15", "100"],
    ["Beta", "2024-01-20", "40"],
    ["Gamma", "2024-03-02", "10"],
  ];

  it("reads Windows-1251 with semicolons and Russian headers", async () => {
    const dir = tempDir();
    const text = "Клиент;Дата;Сумма\nООО Ромашка;15.01.2024;1 200,50\nИП Петров;20.02.2024;300\n";
    writeFileSync(path.join(dir, "продажи.csv"), iconv.encode(text, "win1251"));
    const outcome = await run(["продажи.csv", "--json"], dir);
    expect(outcome.exitCode).toBe(0);
    const json = JSON.parse(outcome.stdout) as { clients: JsonClient[] };
    expect(json.clients.map((c) => [c.client, c.turnover])).toEqual([
      ["ООО Ромашка", 1200.5],
      ["ИП Петров", 300],
    ]);
  });

  it("writes a workbook with the data sheet and Segmenta's client sheet", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), salesCsv(rows.map((r) => [...r, "CD"])));
    const outcome = await run(["sales.csv", "--out", "sales.xlsx"], dir);
    expect(outcome.exitCode).toBe(0);
    const wb = await loadWorkbook(readFileSync(path.join(dir, "sales.xlsx")));
    expect(wb.worksheets[0].name).toBe("sales");
    const snap = snapshotFromWorkbook(wb);
    expect(snap?.active.name).toBe("sales");
    const clientSheet = snap?.owned.find((o) => o.name === "Segmenta_Sheet_clients")?.range.sheet;
    expect(clientSheet).toBeDefined();
    const clients = snapshotFromWorkbook(wb, clientSheet)?.active.values ?? [];
    expect(clients.slice(1).map((r) => r[0])).toEqual(["Acme", "Beta", "Gamma"]);
  });

  it("does not replace an existing --out file, which may hold the manager's edits, unless --overwrite says so", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), salesCsv(rows));
    writeFileSync(path.join(dir, "result.xlsx"), "edited by hand");
    for (const out of ["result.xlsx", "result.csv"]) {
      if (out.endsWith(".csv")) writeFileSync(path.join(dir, out), "edited by hand");
      const refused = await run(["sales.csv", "--out", out], dir);
      expect(refused.exitCode).toBe(2);
      expect(refused.stderr).toContain(`${out} already exists`);
      expect(refused.stderr).toContain(`run Segmenta on ${out} itself`);
      expect(refused.stderr).toContain("--overwrite");
      expect(readFileSync(path.join(dir, out), "utf8")).toBe("edited by hand");
      expect((await run(["sales.csv", "--out", out, "--overwrite"], dir)).exitCode).toBe(0);
      expect(readFileSync(path.join(dir, out), "utf8")).not.toBe("edited by hand");
    }
  });

  it("writes the client table as CSV, largest first", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), salesCsv(rows, ";"));
    expect((await run(["sales.csv", "--out", "clients.csv"], dir)).exitCode).toBe(0);
    const lines = readFileSync(path.join(dir, "clients.csv"), "utf8").replace(/^\ufeff/, "").trim().split(/\r?\n/);
    expect(lines[0].split(",").slice(0, 2)).toEqual(["Client", "Name"]);
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["Acme", "Beta", "Gamma"]);
  });

  it("reports a word in an amount cell with the file, cell and content, writes nothing, exits 2", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), salesCsv([...rows.slice(0, 3), ["Gamma", "2024-03-02", "seventy"]]));
    const outcome = await run(["sales.csv", "--out", "out.xlsx"], dir);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain('sales.csv: C5: "seventy" is not an amount');
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toEqual(["sales.csv"]);
  });

  it.each([
    ["an unbalanced quote", 'Client,Date,Amount\nAcme,2024-01-05,10\n"Beta,2024-02-05,20\nGamma,2024-03-05,30\n', "sales.csv: line 3: a quote"],
    ["mixed delimiters", "Client;Date;Amount\nAcme;2024-01-05;10\nBeta,2024-02-05,20\n", 'sales.csv: line 3: the fields are separated by ","'],
  ])("refuses %s with the line, writes nothing, exits 2", async (_name, text, message) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), text);
    const outcome = await run(["sales.csv", "--out", "out.xlsx"], dir);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain(message);
    expect(readdirSync(dir)).toEqual(["sales.csv"]);
  });

  it("reads a UTF-16 big-endian export without a byte order mark", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), Buffer.from(salesCsv(rows), "utf16le").swap16());
    const outcome = await run(["sales.csv", "--json"], dir);
    expect(outcome.exitCode).toBe(0);
    expect((JSON.parse(outcome.stdout) as { clients: unknown[] }).clients.length).toBeGreaterThan(0);
  });

  it("says which column is missing and how to name it", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "odd.csv"), "foo,bar\n1,2\n");
    const outcome = await run(["odd.csv"], dir);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain("no client column found");
    expect(outcome.stderr).toContain("--client, --date, --amount");
  });

  it("says a file that is not there is not there", async () => {
    const outcome = await run(["missing.csv"], tempDir());
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toBe("missing.csv: no such file, or it cannot be read\n");
  });

  it("lists the first 20 input errors and counts the rest", async () => {
    const dir = tempDir();
    const bad = Array.from({ length: 25 }, (_v, i) => [`C${i}`, i % 2 === 0 ? "2024-02-30" : "2024-01-05", i % 2 === 0 ? "10" : "n/a"]);
    writeFileSync(path.join(dir, "bad.csv"), salesCsv(bad));
    const outcome = await run(["bad.csv"], dir);
    expect(outcome.exitCode).toBe(2);
    const lines = outcome.stderr.trim().split("\n");
    expect(lines).toHaveLength(21);
    expect(lines[0]).toMatch(/^bad\.csv: B2: "2024-02-30" is not a date$/);
    expect(lines).toContain('bad.csv: C3: "n/a" is not an amount');
    expect(lines[20]).toContain("25");
  });

  it.each([
    [["missing.csv"], "missing.csv"],
    [["notes.txt.doc"], "notes.txt.doc"],
    [["sales.csv", "--abc", "80,50"], "80"],
    [["sales.csv", "--out", "result.pdf"], "result.pdf"],
    [["sales.csv", "--metric", "profit"], "profit"],
  ])("refuses %j with exit code 2 and a message", async (argv, word) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), salesCsv(rows));
    const outcome = await run(argv, dir);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain(word);
    expect(readdirSync(dir)).toEqual(["sales.csv"]);
  });

  it("names a sheet that is not in the workbook", async () => {
    const dir = tempDir();
    await russianWideWorkbook(path.join(dir, "in.xlsx"));
    const outcome = await run(["in.xlsx", "--sheet", "Нет такого"], dir);
    expect(outcome).toMatchObject({ exitCode: 2 });
    expect(outcome.stderr).toContain('in.xlsx: no sheet "Нет такого" (sheets: Продажи)');
  });

  it("speaks the language of LANG", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "sales.csv"), salesCsv(rows));
    const outcome = await run(["sales.csv"], dir, { LANG: "es_ES.UTF-8" });
    expect(outcome.stdout).toContain("Clientes: 3");
  });
});
