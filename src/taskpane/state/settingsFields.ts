import type { SettingsIssue } from "../../core";

/** The settings fields that can carry a validation message. */
export type SettingsField = "abc.a" | "abc.b" | "xyz.x" | "xyz.y" | "windowMonths";

/**
 * The field a settings problem belongs under: an order problem under the second threshold.
 * @example fieldOfIssue({ code: "abcOrder", a: 0.8, b: 0.5 }) // "abc.b"
 */
export function fieldOfIssue(issue: SettingsIssue): SettingsField | null {
  switch (issue.code) {
    case "abcOrder":
      return "abc.b";
    case "xyzOrder":
      return "xyz.y";
    case "windowMonths":
      return "windowMonths";
    case "fromAfterAsOf":
      return null;
    case "outOfRange":
      return (
        (["abc.a", "abc.b", "xyz.x", "xyz.y", "windowMonths"] as const).find((f) => f === issue.field) ?? null
      );
  }
}

/** The first problem of each field. */
export function issuesByField(
  issues: readonly SettingsIssue[],
): Partial<Record<SettingsField, SettingsIssue>> {
  const out: Partial<Record<SettingsField, SettingsIssue>> = {};
  for (const issue of issues) {
    const field = fieldOfIssue(issue);
    if (field && !out[field]) out[field] = issue;
  }
  return out;
}
