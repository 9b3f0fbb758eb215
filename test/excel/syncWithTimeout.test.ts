import { SyncTimeoutError, syncWithTimeout } from "../../src/excel/syncWithTimeout";

describe("syncWithTimeout", () => {
  it("passes a sync that answers", async () => {
    let synced = 0;
    await syncWithTimeout({ sync: async () => void synced++ }, 1_000);
    expect(synced).toBe(1);
  });

  it("passes on Excel's own error", async () => {
    await expect(syncWithTimeout({ sync: () => Promise.reject(new Error("AccessDenied")) }, 1_000)).rejects.toThrow("AccessDenied");
  });

  it("fails with a message saying how long it waited when Excel never answers", async () => {
    const run = syncWithTimeout({ sync: () => new Promise<void>(() => undefined) }, 5);
    await expect(run).rejects.toBeInstanceOf(SyncTimeoutError);
    await expect(run).rejects.toThrow("Excel did not answer within 5 ms");
  });
});

describe("SyncTimeoutError", () => {
  it("says the default wait in seconds", () => {
    expect(new SyncTimeoutError(60_000).message).toMatch(/^Excel did not answer within 60 s\./);
  });
});
