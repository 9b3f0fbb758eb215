import { format } from "../locale/format";
import type { Language } from "../settings";
import type { PortraitIssue } from "./buildPortraitPlan";
import { PORTRAIT_WORDS } from "./words";

/**
 * Why no portrait was written, in the user's language.
 * @example describePortraitIssue({ code: "noProducts" }, "en") // "The table has no product column: …"
 */
export function describePortraitIssue(issue: PortraitIssue, lang: Language): string {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(issue)) values[key] = String(value);
  return format(PORTRAIT_WORDS[lang].issues[issue.code], values);
}
