/** The one part of ExcelJS's internals the streaming writer borrows (ExcelJS 4.4, not in its typings). */
declare module "exceljs/lib/xlsx/xform/sheet/ext-lst-xform" {
  import type ExcelJS from "exceljs";

  /** What the worksheet's `<extLst>` is written from: the sheet's conditional formats. */
  interface ExtLstModel {
    conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
  }

  /**
   * Writes a worksheet's `<extLst>`: the Excel 2010 part of data bars, which the in-memory writer
   * adds and the streaming writer leaves out. `prepare` gives each such rule the id its `<cfRule>` refers to.
   */
  class ExtLstXform {
    prepare(model: ExtLstModel, options: object): void;
    toXml(model: ExtLstModel): string;
  }
  export = ExtLstXform;
}
