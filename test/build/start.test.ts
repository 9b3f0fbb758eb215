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
