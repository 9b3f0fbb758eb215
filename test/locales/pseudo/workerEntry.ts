/** The engine's worker speaking the pseudo-locale, as the page does: built only by its test. */
import { usePseudoLocale } from "./pseudoLocale";

usePseudoLocale();
void import("../../../src/taskpane/engine/engine.worker");
