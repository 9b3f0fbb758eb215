import { Field, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ASSIGNABLE_ROLES, columnLetters, type AssignableRole, type ColumnInfo, type DetectedTable, type Role } from "../../core";
import { isAssignable } from "../state/columnRoles";
import type { TableFacts } from "../state/tableFacts";
import { OptionDropdown } from "./OptionDropdown";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  periods: { color: tokens.colorNeutralForeground2 },
});

export interface ColumnRolesProps {
  readonly table: DetectedTable;
  readonly periodColumns: TableFacts["periodColumns"];
  readonly onRole: (col: number, role: AssignableRole) => void;
  /** Bring the roles into view and put the focus on the first column without a role (else the first). */
  readonly focus?: boolean;
  /** Called once the focus is there. */
  readonly onFocused?: () => void;
}

/** Each column of the table with the role Segmenta gave it; changing a role reads the table again. */
export function ColumnRoles({ table, periodColumns, onRole, focus = false, onFocused }: ColumnRolesProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const columns = table.columns.filter((c) => c.role !== "period");
  const section = useRef<HTMLElement>(null);
  const target = Math.max(
    columns.findIndex((c) => c.role === "ignore"),
    0,
  );
  useEffect(() => {
    if (!focus || section.current === null) return;
    const dropdown = section.current.querySelectorAll<HTMLElement>('[role="combobox"]')[target];
    section.current.scrollIntoView?.({ block: "start" });
    dropdown?.focus();
    onFocused?.();
  }, [focus, target, onFocused]);
  return (
    <section ref={section} className={styles.root} aria-label={t("detect.roles.title")}>
      <Subtitle2 as="h3">{t("detect.roles.title")}</Subtitle2>
      {columns.map((column) => (
        <ColumnRole key={column.col} column={column} onRole={onRole} />
      ))}
      {periodColumns ? (
        <Text className={styles.periods}>
          {t("detect.roles.periods", {
            count: periodColumns.count,
            from: periodColumns.from,
            to: periodColumns.to,
          })}
        </Text>
      ) : null}
    </section>
  );
}

function ColumnRole({
  column,
  onRole,
}: {
  readonly column: ColumnInfo;
  readonly onRole: ColumnRolesProps["onRole"];
}) {
  const { t } = useTranslation();
  const letters = columnLetters(column.col);
  const label = t("detect.roles.column", { letters, header: column.header || t("detect.roles.noHeader") });
  return (
    <Field label={label} hint={t(`detect.roles.by.${column.by}`)}>
      <OptionDropdown<Role>
        value={column.role}
        choices={[
          ...(isAssignable(column.role)
            ? []
            : [{ value: column.role, text: t(`detect.role.${column.role}`), disabled: true }]),
          ...ASSIGNABLE_ROLES.map((role) => ({ value: role, text: t(`detect.role.${role}`) })),
        ]}
        onChange={(role) => {
          if (isAssignable(role)) onRole(column.col, role);
        }}
      />
    </Field>
  );
}
