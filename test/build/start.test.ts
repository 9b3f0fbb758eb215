import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "../manifest/manifestFiles";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { wantsStandalone } = require(path.join(ROOT, "scripts", "start.js")) as {
  wantsStandalone(env: Record<string, string | undefined>, platform: string): boolean;
};

describe("npm start", () => {
  it.each([
    ["win32", {}, false],
    ["darwin", {}, false],
    ["linux", {}, true],
    ["win32", { SEGMENTA_STANDALONE: "1" }, true],
    ["darwin", { SEGMENTA_STANDALONE: "0" }, false],
  ] as const)("on %s with %j runs standalone: %s", (platform, env, expected) => {
    expect(wantsStandalone(env, platform)).toBe(expected);
  });
});

describe("npm start on Windows or Mac without Microsoft's sideloading tool", () => {
  // office-addin-debugging is optional: npm skips it where its keytar cannot be built.
  it.each(["win32", "darwin"])(
    "on %s says how to install it or run in the browser, and exits 2",
    (platform) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "segmenta-start-"));
      const preload = path.join(dir, "platform.js");
      fs.writeFileSync(
        preload,
        `Object.defineProperty(process, "platform", { value: ${JSON.stringify(platform)} });
       const M = require("module"); const resolve = M._resolveFilename;
       M._resolveFilename = function (request, ...rest) {
         if (request.startsWith("office-addin-debugging")) { const e = new Error("Cannot find module " + request); e.code = "MODULE_NOT_FOUND"; throw e; }
         return resolve.call(this, request, ...rest);
       };`,
      );
      const { SEGMENTA_STANDALONE: _standalone, ...env } = process.env;
      const result = spawnSync(process.execPath, ["-r", preload, path.join(ROOT, "scripts", "start.js")], {
        cwd: ROOT,
        env,
        encoding: "utf8",
        timeout: 30_000,
      });
      fs.rmSync(dir, { recursive: true, force: true });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("npm install office-addin-debugging");
      expect(result.stderr).toContain("SEGMENTA_STANDALONE=1 npm start");
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    },
  );
});
