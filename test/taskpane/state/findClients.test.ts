import type { ClientResult } from "../../../src/core";
import { findClients } from "../../../src/taskpane/state/findClients";

const client = (name: string, metric: number, key = name): ClientResult =>
  ({ name, key, metric }) as unknown as ClientResult;

const CLIENTS = [
  client("Blue Harbor Cafe", 10),
  client("North Blue Market", 500),
  client("ООО «Зелёный Торг»", 70),
  client("Café Río S.L.", 30),
  client("Harbor Foods", 20, "C-0042"),
];

describe("findClients", () => {
  it("finds part of a name, ignoring case, accents and ё, names that start with it first", () => {
    expect(findClients(CLIENTS, "blue", 5).found.map((c) => c.name)).toEqual(["Blue Harbor Cafe", "North Blue Market"]);
    expect(findClients(CLIENTS, "зеленый", 5).found.map((c) => c.name)).toEqual(["ООО «Зелёный Торг»"]);
    expect(findClients(CLIENTS, "  CAFE ", 5).found.map((c) => c.name)).toEqual(["Café Río S.L.", "Blue Harbor Cafe"]);
  });

  it("finds a client by its key too", () => {
    expect(findClients(CLIENTS, "c-0042", 5).found.map((c) => c.name)).toEqual(["Harbor Foods"]);
  });

  it("shows at most the limit, the largest first, and counts the rest", () => {
    const { found, more } = findClients(CLIENTS, "r", 2);
    expect(found.map((c) => c.name)).toEqual(["North Blue Market", "Café Río S.L."]);
    expect(more).toBe(2);
  });

  it("finds nothing for an empty query", () => {
    expect(findClients(CLIENTS, "   ", 5)).toEqual({ found: [], more: 0 });
  });
});
