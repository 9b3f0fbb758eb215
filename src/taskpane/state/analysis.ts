import type { Analysis } from "../../core";

/** What the engine's pipeline (`analyseWorkbook`, run in the engine's worker) says about the workbook read. */
export type { Analysis };
