import type { AnalyseOptions, Analysis, WorkbookSnapshot } from "../../core";

export type { AnalyseOptions, Analysis };

/** The engine's pipeline as the pane calls it (`analyseWorkbook`; one pure function, swappable in tests). */
export type Analyse = (snapshot: WorkbookSnapshot, options: AnalyseOptions) => Analysis;
