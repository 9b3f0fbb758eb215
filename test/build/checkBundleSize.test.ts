import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "../manifest/manifestFiles";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { initialScripts, measure } = require(path.join(ROOT, "scripts", "checkBundleSize.js")) as {
  initialScripts(html: string): string[];
  measure(dist: string): { files: { name: string; bytes: number }[]; initial: { names: string[]; bytes: number; gzip: number } };
};

describe("initialScripts", () => {
  it("lists the local scripts in page order, whatever the quoting, and leaves out office.js from the CDN", () => {
    const html =
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script>var a;</script>' +
      "<script defer src=vendor.1.js></script><script defer src='./taskpane.2.js?v=1'></script><script defer=\"defer\" src=\"functions.js\"></script>";
    expect(initialScripts(html)).toEqual(["vendor.1.js", "taskpane.2.js", "functions.js"]);
  });
});

describe("measure", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "segmenta-sizes-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("adds up only the scripts taskpane.html loads at start", () => {
    fs.writeFileSync(path.join(dir, "taskpane.html"), "<script defer src=a.js></script><script defer src=b.js></script>");
    fs.writeFileSync(path.join(dir, "a.js"), "x".repeat(1000));
    fs.writeFileSync(path.join(dir, "b.js"), "y".repeat(500));
    fs.writeFileSync(path.join(dir, "lazy.js"), "z".repeat(100000));
    const { files, initial } = measure(dir);
    expect(initial.names).toEqual(["a.js", "b.js"]);
    expect(initial.bytes).toBe(1500);
    expect(initial.gzip).toBeLessThan(initial.bytes);
    expect(files.map((f) => f.name)).toEqual(["a.js", "b.js", "lazy.js", "taskpane.html"]);
  });

  it("refuses a page that loads a script the build did not write", () => {
    fs.writeFileSync(path.join(dir, "taskpane.html"), "<script defer src=missing.js></script>");
    expect(() => measure(dir)).toThrow("taskpane.html loads missing.js, which the build did not write");
  });
});
