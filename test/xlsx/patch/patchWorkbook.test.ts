import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { inflateSync } from "fflate";
import { runCli } from "../../../src/cli/runCli";
import { openZip, type ZipArchive } from "../../../src/xlsx/package";
import { tempDir } from "../../fixtures/cliFiles";
import { hasSoffice, sheetsInCalc } from "../../support/libreOffice";

const PYTHON = "/usr/bin/python3";
const MAKE_FIXTURE = path.join(__dirname, "makeFixture.py");

/** Every cell openpyxl reads in a workbook file, sheet → address → value (as text, to compare). */
function cellsOf(file: string): Record<string, Record<string, string>> {
  const script = [
    "import json, sys",
    "from openpyxl import load_workbook",
    "wb = load_workbook(sys.argv[1])",
    "print(json.dumps({ws.title: {c.coordinate: repr(c.value) for row in ws.iter_rows() for c in row if c.value is not None} for ws in wb.worksheets}))",
  ].join("\n");
  return JSON.parse(execFileSync(PYTHON, ["-c", script, file], { encoding: "utf8" })) as Record<
    string,
    Record<string, string>
  >;
}

async function run(dir: string, argv: readonly string[]): Promise<void> {
  const outcome = await runCli(argv, { cwd: dir, env: {} });
  if (outcome.exitCode !== 0) throw new Error(`exit ${outcome.exitCode}: ${outcome.stderr}`);
}

const zipOf = (file: string): ZipArchive => openZip(new Uint8Array(readFileSync(file)));

/** The names of the parts whose stored (compressed) bytes differ between two archives, and those only one has. */
function changedParts(before: ZipArchive, after: ZipArchive): string[] {
  const names = new Set([...before.names, ...after.names]);
  return [...names]
    .filter((name) => {
      if (!before.entry(name) || !after.entry(name)) return true;
      return !Buffer.from(before.rawBytes(name)).equals(Buffer.from(after.rawBytes(name)));
    })
    .sort();
}

const text = (zip: ZipArchive, name: string) => new TextDecoder().decode(zip.bytes(name));

describe.each([
  ["an .xlsx workbook", "sales.xlsx", "out.xlsx", "again.xlsx"],
  ["an .xlsm workbook with macros", "sales.xlsm", "out.xlsm", "again.xlsm"],
])("--out from %s is the input patched", (_label, input, out, again) => {
  const dir = tempDir();
  const options = ["--lang", "en"];

  beforeAll(async () => {
    execFileSync(PYTHON, [MAKE_FIXTURE, path.join(dir, input), input.endsWith(".xlsm") ? "xlsm" : "xlsx"]);
    await run(dir, [input, "--sheet", "Sales", ...options, "--out", out]);
    await run(dir, [out, "--sheet", "Sales", ...options, "--out", again]);
  }, 120_000);

  it("carries every part it does not own over byte for byte, compressed as it was", () => {
    const before = zipOf(path.join(dir, input));
    const after = zipOf(path.join(dir, out));
    const changed = changedParts(before, after);
    const owned = (name: string) =>
      [
        "[Content_Types].xml",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/worksheets/sheet1.xml",
      ].includes(name) ||
      // Segmenta's new parts: its sheets, its chart, the drawing and relationships that hold it.
      (!before.entry(name) &&
        /^xl\/(worksheets|charts|drawings)\/(_rels\/)?(sheet|chart|drawing)\d+\.xml(\.rels)?$/.test(name));
    expect(changed.filter((name) => !owned(name))).toEqual([]);
    // The parts the user made are all still there, among them the chart, comments, tables and macros.
    for (const name of before.names) expect(after.entry(name)).toBeDefined();
    expect(before.names).toEqual(
      expect.arrayContaining(["xl/charts/chart1.xml", "xl/comments/comment1.xml", "xl/tables/table1.xml"]),
    );
    expect(changed).toContain("xl/worksheets/sheet1.xml");
  });

  it("keeps the workbook's kind: a macro workbook stays one, with its VBA project", () => {
    const before = zipOf(path.join(dir, input));
    const after = zipOf(path.join(dir, out));
    const macros = input.endsWith(".xlsm");
    expect(text(after, "[Content_Types].xml").includes("macroEnabled.main+xml")).toBe(macros);
    expect(after.entry("xl/vbaProject.bin") !== undefined).toBe(macros);
    if (macros)
      expect(
        Buffer.from(after.bytes("xl/vbaProject.bin")).equals(Buffer.from(before.bytes("xl/vbaProject.bin"))),
      ).toBe(true);
  });

  it("leaves every cell of the user's as it was, on every sheet", () => {
    const before = cellsOf(path.join(dir, input));
    const after = cellsOf(path.join(dir, out));
    for (const [sheet, cells] of Object.entries(before)) {
      for (const [address, value] of Object.entries(cells))
        expect(`${sheet}!${address}=${after[sheet]?.[address]}`).toBe(`${sheet}!${address}=${value}`);
    }
    // Segmenta's columns and sheets are there.
    expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length);
    expect(Object.keys(after.Sales).length).toBeGreaterThan(Object.keys(before.Sales).length);
  });

  it("widens the analysed sheet's dimension, so a reader that trusts it (openpyxl read-only) sees Segmenta's columns", () => {
    const script = [
      "import sys",
      "from openpyxl import load_workbook",
      "ws = load_workbook(sys.argv[1], read_only=True)['Sales']",
      "print('|'.join(str(c.value) for c in next(ws.iter_rows(min_row=1, max_row=1))))",
    ].join("\n");
    const header = execFileSync(PYTHON, ["-c", script, path.join(dir, out)], { encoding: "utf8" })
      .trim()
      .split("|");
    expect(header).toContain("ABC");
    expect(header.slice(0, 3)).toEqual(["Client", "Segment", "Manager"]);
  });

  it("keeps the protected, hidden and defined-name facts of the workbook", () => {
    const after = zipOf(path.join(dir, out));
    const workbook = text(after, "xl/workbook.xml");
    expect(workbook).toMatch(/<sheet [^>]*name="Hidden"[^>]*state="hidden"/);
    expect(workbook).toMatch(/<definedName name="Discount">Lookup!\$B\$2<\/definedName>/);
    expect(workbook).toMatch(
      /<definedName name="Months" localSheetId="0">Sales!\$D\$1:\$I\$1<\/definedName>/,
    );
    const sales = text(after, "xl/worksheets/sheet1.xml");
    // The user's dropdown, frozen panes, comment drawing and column width stay in the analysed sheet.
    expect(sales).toContain('sqref="B2:B7"');
    expect(sales).toMatch(/<legacyDrawing [^>]*r:id="[^"]+"\/>/);
    expect(sales).toContain('<col width="18" customWidth="1" min="1" max="1"/>');
  });

  it("writes its own sheets' elements in the order the schema asks for", () => {
    const after = zipOf(path.join(dir, out));
    const order = [
      "sheetPr",
      "dimension",
      "sheetViews",
      "sheetFormatPr",
      "cols",
      "sheetData",
      "sheetProtection",
      "mergeCells",
      "conditionalFormatting",
      "dataValidations",
      "hyperlinks",
      "pageMargins",
      "pageSetup",
      "drawing",
      "legacyDrawing",
      "tableParts",
      "extLst",
    ];
    for (const name of after.names.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      const xml = text(after, name);
      const seen = [...xml.matchAll(/<(\w+)[\s>/]/g)].map((m) => m[1]).filter((tag) => order.includes(tag));
      const positions = [...new Set(seen)].map((tag) => order.indexOf(tag));
      expect(`${name}: ${positions.join(",")}`).toBe(
        `${name}: ${[...positions].sort((a, b) => a - b).join(",")}`,
      );
    }
  });

  it("on a re-run changes only Segmenta's parts", () => {
    const first = zipOf(path.join(dir, out));
    const second = zipOf(path.join(dir, again));
    const before = zipOf(path.join(dir, input));
    // Segmenta's own parts (those the input did not have) are rewritten; a chart replaced gets a new part.
    const changed = changedParts(first, second).filter((name) => before.entry(name));
    expect(
      changed.filter(
        (n) =>
          !["xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/styles.xml", "[Content_Types].xml"].includes(
            n,
          ),
      ),
    ).toEqual([]);
    // The re-run finds and rewrites the same columns and sheets: the same cells, no second copy.
    expect(cellsOf(path.join(dir, again))).toEqual(cellsOf(path.join(dir, out)));
  });

  (hasSoffice ? it : it.skip)(
    "opens in LibreOffice, which reads Segmenta's classes beside the table",
    () => {
      const sales = sheetsInCalc(path.join(dir, out), dir)("Sales");
      const header = sales[0];
      const abc = header.indexOf("ABC");
      expect(abc).toBeGreaterThan(8);
      const cells = cellsOf(path.join(dir, out)).Sales;
      const column = String.fromCharCode(65 + abc);
      for (let row = 2; row <= 7; row++)
        expect(`'${sales[row - 1][abc]}'`).toBe(cells[`${column}${row}`] ?? "''");
      expect(sales.slice(1, 7).map((line) => line[abc])).toEqual(expect.arrayContaining(["A", "C"]));
    },
    180_000,
  );

  it("draws the plan's Pareto chart as a native chart in a drawing of the matrix sheet, replaced on a re-run", () => {
    const before = zipOf(path.join(dir, input));
    const charts = (zip: ZipArchive) => zip.names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    for (const file of [out, again]) {
      const zip = zipOf(path.join(dir, file));
      // The user's chart and one per chart frame of Segmenta's, each with its content type; no copy left
      // from the first run.
      const drawings = zip.names.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));
      const frames = drawings.flatMap((n) =>
        [...text(zip, n).matchAll(/name="(Segmenta_\w+)"/g)].map((m) => m[1]),
      );
      expect(frames).toContain("Segmenta_Pareto");
      expect(charts(zip)).toHaveLength(charts(before).length + frames.length);
      const mine = charts(zip).filter((n) => !before.entry(n));
      for (const part of mine) expect(text(zip, "[Content_Types].xml")).toContain(`PartName="/${part}"`);
      const drawing = drawings.find((n) => text(zip, n).includes("Segmenta_Pareto"))!;
      const drawingRels = text(zip, drawing.replace("drawings/", "drawings/_rels/") + ".rels");
      const pareto = mine.find((part) => drawingRels.includes(part.replace("xl/", "../")))!;
      expect(text(zip, pareto)).toMatch(/<c:barChart>/);
      const sheet = zip.names.find(
        (n) => n.startsWith("xl/worksheets/_rels/") && text(zip, n).includes(drawing.replace("xl/", "../")),
      )!;
      expect(text(zip, sheet.replace("_rels/", "").replace(/\.rels$/, ""))).toMatch(
        /<drawing [^>]*r:id="rId\d+"\/>/,
      );
    }
  });

  it("inflates to the same bytes it was given for every carried-over part", () => {
    const before = zipOf(path.join(dir, input));
    const after = zipOf(path.join(dir, out));
    const entry = after.entry("xl/charts/chart1.xml")!;
    const raw = after.rawBytes("xl/charts/chart1.xml");
    const plain = entry.method === 8 ? inflateSync(raw) : raw;
    expect(Buffer.from(plain).equals(Buffer.from(before.bytes("xl/charts/chart1.xml")))).toBe(true);
  });
});

describe("--out into a workbook whose analysed sheet is protected", () => {
  it("stops with exit code 2 naming the sheet in the user's language, and writes nothing", async () => {
    const dir = tempDir();
    execFileSync(PYTHON, [MAKE_FIXTURE, path.join(dir, "sales.xlsx"), "xlsx"]);
    const protect = [
      "import sys",
      "from openpyxl import load_workbook",
      "wb = load_workbook(sys.argv[1])",
      "wb['Sales'].protection.sheet = True",
      "wb.save(sys.argv[1])",
    ].join("\n");
    execFileSync(PYTHON, ["-c", protect, path.join(dir, "sales.xlsx")]);
    for (const [lang, word] of [
      ["en", "protected"],
      ["ru", "защищён"],
      ["es", "protegida"],
    ]) {
      const outcome = await runCli(["sales.xlsx", "--lang", lang, "--out", "out.xlsx"], {
        cwd: dir,
        env: {},
      });
      expect(outcome.exitCode).toBe(2);
      expect(outcome.stderr).toContain("Sales");
      expect(outcome.stderr).toContain(word);
      expect(outcome.stderr).not.toMatch(/Error|at \w+ \(/);
      expect(existsSync(path.join(dir, "out.xlsx"))).toBe(false);
    }
  });
});

(hasSoffice ? describe : describe.skip)(
  "--out from a workbook LibreOffice saved (shared strings, its own namespaces and attributes)",
  () => {
    it("keeps every user cell, and every part it writes is well-formed XML, on a run and a re-run", async () => {
      const dir = tempDir();
      execFileSync(PYTHON, [MAKE_FIXTURE, path.join(dir, "made.xlsx"), "xlsx"]);
      const profile = `file://${path.join(dir, "lo-profile")}`;
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=${profile}`,
          "--headless",
          "--convert-to",
          "xlsx",
          "--outdir",
          path.join(dir, "calc"),
          path.join(dir, "made.xlsx"),
        ],
        {
          stdio: "pipe",
          timeout: 120_000,
        },
      );
      const input = path.join("calc", "made.xlsx");
      expect(zipOf(path.join(dir, input)).entry("xl/sharedStrings.xml")).toBeDefined();
      await run(dir, [input, "--lang", "en", "--out", "out.xlsx"]);
      await run(dir, ["out.xlsx", "--lang", "en", "--out", "again.xlsx"]);
      const before = cellsOf(path.join(dir, input));
      for (const file of ["out.xlsx", "again.xlsx"]) {
        const after = cellsOf(path.join(dir, file));
        for (const [sheet, cells] of Object.entries(before)) {
          for (const [address, value] of Object.entries(cells))
            expect(`${file} ${sheet}!${address}=${after[sheet]?.[address]}`).toBe(
              `${file} ${sheet}!${address}=${value}`,
            );
        }
        expect(Object.keys(after.Sales).length).toBeGreaterThan(Object.keys(before.Sales).length);
        const zip = zipOf(path.join(dir, file));
        for (const name of zip.names.filter((n) => /\.(xml|rels)$/.test(n))) {
          execFileSync("xmllint", ["--noout", "-"], { input: zip.bytes(name) });
        }
        // The shared strings are the user's, untouched: Segmenta writes its text inline.
        expect(
          Buffer.from(zip.rawBytes("xl/sharedStrings.xml")).equals(
            Buffer.from(zipOf(path.join(dir, input)).rawBytes("xl/sharedStrings.xml")),
          ),
        ).toBe(true);
      }
    }, 180_000);
  },
);

describe("--out on its own output after the user changed Segmenta's sheets", () => {
  /** A first run's output, then `edit` (Python with openpyxl or zipfile on `sys.argv[1]`) applied to it. */
  async function editedOutput(edit: string[]): Promise<string> {
    const dir = tempDir();
    execFileSync(PYTHON, [MAKE_FIXTURE, path.join(dir, "sales.xlsx"), "xlsx"]);
    await run(dir, ["sales.xlsx", "--sheet", "Sales", "--lang", "en", "--out", "out.xlsx"]);
    execFileSync(PYTHON, ["-c", ["import sys", ...edit].join("\n"), path.join(dir, "out.xlsx")]);
    return dir;
  }

  /** Python that rewrites one part of the archive: `change` sets `data` from the part's bytes. */
  const rewritePart = (part: string, change: string): string[] => [
    "import zipfile, shutil",
    "src = sys.argv[1]; tmp = src + '.tmp'",
    "with zipfile.ZipFile(src) as zin, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zout:",
    "    for item in zin.infolist():",
    "        data = zin.read(item.filename)",
    `        if item.filename == '${part}': ${change}`,
    "        zout.writestr(item, data)",
    "shutil.move(tmp, src)",
  ];

  const sheetNames = (file: string): string[] =>
    JSON.parse(
      execFileSync(PYTHON, ["-c", "import sys, json\nfrom openpyxl import load_workbook\nprint(json.dumps(load_workbook(sys.argv[1]).sheetnames))", file], {
        encoding: "utf8",
      }),
    ) as string[];

  it("refuses a Segmenta sheet the user protected, as any protected sheet it writes to, and writes nothing", async () => {
    const dir = await editedOutput([
      "from openpyxl import load_workbook",
      "wb = load_workbook(sys.argv[1])",
      "wb['Team'].protection.sheet = True",
      "wb.save(sys.argv[1])",
    ]);
    const outcome = await runCli(["out.xlsx", "--sheet", "Sales", "--lang", "en", "--out", "again.xlsx"], { cwd: dir, env: {} });
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain("Team");
    expect(outcome.stderr).toContain("protected");
    expect(existsSync(path.join(dir, "again.xlsx"))).toBe(false);
  }, 120_000);

  it("updates a Segmenta sheet whose name the user wrote in other letter case, instead of adding a second one", async () => {
    // In the workbook part itself: openpyxl would make the new name "team1".
    const dir = await editedOutput(
      rewritePart("xl/workbook.xml", "data = data.replace(b' name=\"Team\" ', b' name=\"team\" ')"),
    );
    await run(dir, ["out.xlsx", "--sheet", "Sales", "--lang", "en", "--out", "again.xlsx"]);
    const names = sheetNames(path.join(dir, "again.xlsx"));
    const team = names.filter((n) => n.toLowerCase() === "team");
    expect(team.length).toBe(1);
    expect(cellsOf(path.join(dir, "again.xlsx"))[team[0]]).toEqual(cellsOf(path.join(dir, "out.xlsx")).team);
  }, 120_000);

  it("names the file and the part when a part only the writer opens is broken, and writes nothing", async () => {
    // The relationships of the drawing of Segmenta's matrix sheet, cut short.
    const dir = await editedOutput(rewritePart("xl/drawings/_rels/drawing2.xml.rels", "data = b'<Relationships'"));
    for (const lang of ["en", "ru", "es"]) {
      const outcome = await runCli(["out.xlsx", "--sheet", "Sales", "--lang", lang, "--out", "again.xlsx"], { cwd: dir, env: {} });
      expect(outcome.exitCode).toBe(2);
      expect(outcome.stderr).toContain("out.xlsx");
      expect(outcome.stderr).toContain("drawing2.xml.rels");
      expect(outcome.stderr).not.toMatch(/unreadablePart|Error|at \w+ \(/);
      expect(existsSync(path.join(dir, "again.xlsx"))).toBe(false);
    }
  }, 120_000);
});
