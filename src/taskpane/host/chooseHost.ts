import { insideOffice } from "../../excel/officeEnvironment";
import type { EngineClient } from "../engine/engineClient";
import { officeHost } from "./officeHost";
import { browserEnvironment, standaloneHost } from "./standaloneHost";
import type { WorkbookHost } from "./WorkbookHost";

/** How long to wait for Office to say it is ready before the pane runs standalone. */
const OFFICE_READY_MS = 4000;

/**
 * Excel when the pane runs inside Office; the standalone mode (a workbook in the browser) with
 * `?standalone=1`, when office.js did not load, or when Office reports no host. Both hand the
 * engine's work to `engine` (its worker).
 */
export async function chooseHost(search: string, engine: EngineClient): Promise<WorkbookHost> {
  const standalone = () => standaloneHost(browserEnvironment(), engine);
  if (new URLSearchParams(search).has("standalone")) return standalone();
  return (await insideOffice(OFFICE_READY_MS)) ? officeHost(engine) : standalone();
}
