import { formattersFor, type Formatters } from "./format";
import { usePaneLanguage } from "./usePaneLanguage";

/** Number and date formatters for the pane's current language. */
export function useFormat(): Formatters {
  return formattersFor(usePaneLanguage());
}
