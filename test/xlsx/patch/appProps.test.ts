import { appPropsXml, withSheetTitles } from "../../../src/xlsx/patch/appProps";

/** An app.xml as Excel saves it: two worksheets and a named range (a print area). */
const EXCEL_APP =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  "<Application>Microsoft Excel</Application><HeadingPairs><vt:vector size=\"4\" baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant>" +
  "<vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>" +
  '<TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>Sales</vt:lpstr><vt:lpstr>Report</vt:lpstr><vt:lpstr>Sales!Print_Area</vt:lpstr></vt:vector></TitlesOfParts></Properties>';

const titles = (xml: string) => [...xml.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => m[1]);

describe("docProps/app.xml lists Segmenta's sheets", () => {
  it("after the worksheets Excel listed, before the named ranges, with the counts raised", () => {
    const xml = withSheetTitles(EXCEL_APP, ["Clients (Segmenta)", "R&D"]);
    expect(titles(xml)).toEqual(["Worksheets", "Named Ranges", "Sales", "Report", "Clients (Segmenta)", "R&amp;D", "Sales!Print_Area"]);
    expect(xml).toContain("<vt:i4>4</vt:i4>");
    expect(xml).toContain("<vt:i4>1</vt:i4>");
    expect(xml).toContain('<vt:vector size="5" baseType="lpstr">');
    expect(xml.replace(/<TitlesOfParts>[\s\S]*<\/TitlesOfParts>/, "").replace("<vt:i4>4</vt:i4>", "<vt:i4>2</vt:i4>")).toBe(
      EXCEL_APP.replace(/<TitlesOfParts>[\s\S]*<\/TitlesOfParts>/, ""),
    );
  });

  it("leaves a part it does not understand, or nothing to add, as it was", () => {
    expect(withSheetTitles(EXCEL_APP, [])).toBe(EXCEL_APP);
    const openpyxl = '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>';
    expect(withSheetTitles(openpyxl, ["Team"])).toBe(openpyxl);
    const miscounted = EXCEL_APP.replace('size="3"', 'size="7"');
    expect(withSheetTitles(miscounted, ["Team"])).toBe(miscounted);
  });

  it("of a new workbook lists its sheets, and adding to it lists them in order", () => {
    expect(titles(withSheetTitles(appPropsXml(["sales"]), ["Clients (Segmenta)", "ABC-XYZ matrix"]))).toEqual([
      "Worksheets",
      "sales",
      "Clients (Segmenta)",
      "ABC-XYZ matrix",
    ]);
  });
});
