import { readClientList, type SheetSnapshot } from "../../../src/core";

const sheet = (values: SheetSnapshot["values"]): SheetSnapshot => ({ name: "Clients", top: 0, left: 0, values });

describe("readClientList", () => {
  it("finds a Russian header under a title and maps each client to its segment", () => {
    const result = readClientList(
      sheet([
        ["Справочник клиентов", null, null],
        [null, null, null],
        ["Менеджер", "Клиент", "Сегмент"],
        ["Анна", " ООО «Ромашка» ", "Розница"],
        ["Борис", 1042, "HoReCa"],
        ["Анна", "ИП Петров", null],
      ]),
    );
    expect(result.ok && [...result.value]).toEqual([
      ["ООО «Ромашка»", "Розница"],
      ["1042", "HoReCa"],
    ]);
  });

  it("keeps the first segment of a client listed twice", () => {
    const result = readClientList(sheet([["Customer", "Segment"], ["Acme", "Retail"], ["Acme", "Online"]]));
    expect(result.ok && result.value.get("Acme")).toBe("Retail");
  });

  it("names the sheet when no row names a client and a segment column", () => {
    expect(readClientList(sheet([["Customer", "Region"], ["Acme", "North"]]))).toEqual({ ok: false, issues: [{ code: "noClientList", sheet: "Clients" }] });
  });
});
