import iconv from "iconv-lite";
import { decodeText } from "../../src/cli/decodeText";

describe("decodeText", () => {
  it("reads UTF-8 with and without a byte order mark", () => {
    const body = Buffer.from("Клиент;Сумма\nООО Ромашка;1 234,56\n", "utf8");
    expect(decodeText(body)).toEqual({ text: "Клиент;Сумма\nООО Ромашка;1 234,56\n", encoding: "utf-8" });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body])).text).toBe("Клиент;Сумма\nООО Ромашка;1 234,56\n");
  });

  it("reads Windows-1251 when the bytes are not UTF-8", () => {
    const bytes = iconv.encode("Клиент;Сумма\nООО «Ромашка»;120\n", "win1251");
    expect(decodeText(bytes)).toEqual({ text: "Клиент;Сумма\nООО «Ромашка»;120\n", encoding: "windows-1251" });
  });

  it("reads UTF-16 with its mark (Excel's Unicode text)", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Client\tSales\n", "utf16le")]);
    expect(decodeText(bytes).text).toBe("Client\tSales\n");
  });
});
