import {
  ASSIGNABLE_ROLES,
  columnLetters,
  type AssignableRole,
  type ColumnOverrides,
  type Role,
} from "../../core";

export function isAssignable(role: Role): role is AssignableRole {
  return (ASSIGNABLE_ROLES as readonly Role[]).includes(role);
}

/**
 * The overrides after the user gives column `col` the role `role`: the role now points at that
 * column (by its letters), and no other role keeps pointing at it.
 * @example withColumnRole({ amount: "C" }, 2, "margin") // { margin: "C" }
 */
export function withColumnRole(
  overrides: ColumnOverrides,
  col: number,
  role: AssignableRole,
): ColumnOverrides {
  const letters = columnLetters(col);
  const next: Partial<Record<AssignableRole, string>> = {};
  for (const key of ASSIGNABLE_ROLES) {
    const value = overrides[key];
    if (value !== undefined && value.toUpperCase() !== letters) next[key] = value;
  }
  next[role] = letters;
  return next;
}
