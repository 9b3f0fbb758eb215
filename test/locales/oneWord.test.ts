import { entries, surfaces, surfaceWords } from "./catalog";

/** Every text of a language, across all its surfaces. */
function texts(language: string): string[] {
  return surfaces().flatMap((surface) =>
    Object.values(surfaceWords(language, surface)).flatMap((tree) => entries(tree).flatMap(([, forms]) => forms)),
  );
}

/** One word per idea: a manager reads the same word for the same thing in the pane, the sheets and the client sheet. */
describe("one word per idea", () => {
  it("calls the Spanish manager “gestor”, never “gerente”", () => {
    expect(texts("es").filter((text) => /gerente/i.test(text))).toEqual([]);
    expect(texts("es").some((text) => /gestor/i.test(text))).toBe(true);
  });

  it("writes the Spanish period “periodo”, never “período”", () => {
    expect(texts("es").filter((text) => /períod/i.test(text))).toEqual([]);
  });

  it("calls the Russian manager “менеджер” only", () => {
    expect(texts("ru").filter((text) => /ответственн|представител/i.test(text))).toEqual([]);
  });
});
