import iconv from "iconv-lite";
import { decodeText } from "../../src/cli/decodeText";

describe("decodeText", () => {
  it("reads UTF-8 with and without a byte order mark", () => {
    const body = Buffer.from("Клиент;Сумма\nООО Ромашка;1 234,56\n", "utf8");
    expect(decodeText(body)).toEqual({ text: "Клиент;Сумма\nООО Ромашка;1 234,56\n", encoding: "utf-8", alsoLikely: null });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body])).text).toBe("Клиент;Сумма\nООО Ромашка;1 234,56\n");
  });

  it("reads Windows-1251 when the bytes are not UTF-8", () => {
    const text = "Клиент;Сумма\nООО «Ромашка»;120\nИП Иванов;35\nЗАО Альфа-Сервис;70\n";
    expect(decodeText(iconv.encode(text, "win1251"))).toEqual({ text, encoding: "windows-1251", alsoLikely: null });
  });

  it.each([
    ["French", "Client;Montant\nSociété Générale;120\nCrédit Agricole;80\nÉlectricité de France;40\n"],
    ["German", "Kunde;Betrag\nMüller GmbH;120\nBäckerei Schäfer;80\nGroß & Söhne;15\n"],
    ["Spanish", "Cliente;Importe\nIbáñez y Muñoz;120\nPeña Hermanos;80\nCompañía Logística;40\n"],
  ])("reads a %s file saved in Windows-1252 as Windows-1252, not Windows-1251", (_name, text) => {
    for (const language of ["en", "ru", "es"] as const)
      expect(decodeText(iconv.encode(text, "win1252"), { language })).toEqual({ text, encoding: "windows-1252", alsoLikely: null });
  });

  it("reads a Russian file of a few short names as Windows-1251 whatever the user's language", () => {
    const text = "Client;Jan\nЁлка;1\nИтого-Сервис;2\nAlpha;3\n";
    for (const language of ["en", "ru", "es"] as const)
      expect(decodeText(iconv.encode(text, "win1251"), { language })).toEqual({ text, encoding: "windows-1251", alsoLikely: null });
  });

  it("reads a text two encodings explain equally in the user's language's one, and names the other", () => {
    const bytes = iconv.encode("Client\nЯ\n", "win1251");
    const ru = decodeText(bytes, { language: "ru" });
    expect(ru).toEqual({ text: "Client\nЯ\n", encoding: "windows-1251", alsoLikely: "windows-1252" });
    expect(decodeText(bytes, { language: "en" })).toMatchObject({ encoding: "windows-1252", alsoLikely: "windows-1251" });
  });

  it("uses the encoding given", () => {
    const bytes = iconv.encode("Kunde\nMüller\n", "latin1");
    expect(decodeText(bytes, { forced: "ISO-8859-15" })).toEqual({ text: "Kunde\nMüller\n", encoding: "iso-8859-15", alsoLikely: null });
  });

  it("reads UTF-16 with its mark (Excel's Unicode text)", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Client\tSales\n", "utf16le")]);
    expect(decodeText(bytes).text).toBe("Client\tSales\n");
  });

  /** The UTF-16 big-endian bytes of a text (Node's Buffer only speaks little-endian). */
  const utf16be = (text: string) => Buffer.from(text, "utf16le").swap16();

  it.each([
    ["little-endian with its mark", (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")]), "utf-16le"],
    ["little-endian without a mark", (t: string) => Buffer.from(t, "utf16le"), "utf-16le"],
    ["big-endian with its mark", (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(t)]), "utf-16be"],
    ["big-endian without a mark", (t: string) => utf16be(t), "utf-16be"],
  ])("reads UTF-16 %s, Latin and Cyrillic alike", (_name, encode, encoding) => {
    for (const text of ["Client,Date,Amount\nAcme,2024-01-05,10\n", "Клиент;Дата;Сумма\nРомашка;05.01.2024;10\n"]) {
      expect(decodeText(encode(text))).toEqual({ text, encoding, alsoLikely: null });
    }
  });

  it("does not take UTF-8 digits and letters for UTF-16", () => {
    expect(decodeText(Buffer.from("a,b\n1,2\n", "utf8")).encoding).toBe("utf-8");
  });
});
