import { BlockTooLargeError, SyncTimeoutError } from "../../../src/excel";
import { messageOf } from "../../../src/taskpane/state/useSegmenta";

describe("what the pane says about a failure", () => {
  it("says Excel's silence in the pane's language, not in the error's English", () => {
    expect(messageOf(new SyncTimeoutError(60_000), "ru")).toBe(
      "Excel не ответил за 60 с. Проверьте, что книга не занята, и попробуйте снова.",
    );
    expect(messageOf(new SyncTimeoutError(60_000), "en")).toBe(new SyncTimeoutError(60_000).message);
  });

  it("names the row Excel refused, counted from 1", () => {
    expect(messageOf(new BlockTooLargeError(4), "es")).toBe(
      "Excel rechazó una sola fila (fila 5 del bloque) por ser demasiado grande.",
    );
    expect(messageOf(new BlockTooLargeError(4), "en")).toBe(new BlockTooLargeError(4).message);
  });

  it("keeps any other message as it is", () => {
    expect(messageOf(new Error("Лист защищён"), "ru")).toBe("Лист защищён");
  });
});
