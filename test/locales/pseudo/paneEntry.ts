/** The standalone task pane speaking the pseudo-locale in place of English: built only by its test. */
import { usePseudoLocale } from "./pseudoLocale";

usePseudoLocale();
void import("../../../src/taskpane/index");
