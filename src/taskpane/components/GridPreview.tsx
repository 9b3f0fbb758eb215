import { makeStyles, mergeClasses, Subtitle2, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { columnLetters, rangeContains } from "../../core";
import type { SheetPreview } from "../host/WorkbookHost";
import { useFormat } from "../i18n/useFormat";
import { cellDisplay } from "../i18n/cellDisplay";
import { usePaneLanguage } from "../i18n/usePaneLanguage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  scroller: {
    maxHeight: "360px",
    overflow: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: "nowrap",
    maxWidth: "180px",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
  },
  selected: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1 },
  more: { color: tokens.colorNeutralForeground3 },
  // Many sheets (results, matrix, the five portrait sheets) wrap in the narrow pane instead of widening it.
  sheets: { flexWrap: "wrap", minWidth: 0 },
});

export interface GridPreviewProps {
  readonly preview: SheetPreview;
  readonly onSheet: (sheet: string) => void;
}

/** Standalone mode: the workbook's sheets as a grid, to see the columns and sheets Segmenta wrote. */
export function GridPreview({ preview, onSheet }: GridPreviewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const f = useFormat();
  const lang = usePaneLanguage();
  const selectedCell = useRef<HTMLTableCellElement>(null);
  const width = preview.values.reduce((w, row) => Math.max(w, row.length), 0);
  const columns = Array.from({ length: width }, (_, i) => preview.left + i);

  useEffect(() => {
    selectedCell.current?.scrollIntoView?.({ block: "nearest", inline: "start" });
  }, [preview.selected]);

  let firstSelected = true;
  return (
    <section className={styles.root} aria-label={t("preview.title")}>
      <Subtitle2 as="h2">{t("preview.title")}</Subtitle2>
      {preview.sheetNames.length > 1 ? (
        <TabList
          size="small"
          className={styles.sheets}
          selectedValue={preview.sheet}
          onTabSelect={(_, data) => onSheet(String(data.value))}
          aria-label={t("preview.sheets")}
        >
          {preview.sheetNames.map((name) => (
            <Tab key={name} value={name}>
              {name}
            </Tab>
          ))}
        </TabList>
      ) : null}
      <div
        className={styles.scroller}
        tabIndex={0}
        role="region"
        aria-label={t("preview.grid", { sheet: preview.sheet })}
      >
        <table className={styles.table} aria-label={preview.sheet}>
          <thead>
            <tr>
              <th className={mergeClasses(styles.cell, styles.head)} />
              {columns.map((col) => (
                <th key={col} scope="col" className={mergeClasses(styles.cell, styles.head)}>
                  {columnLetters(col)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.values.map((row, r) => {
              const sheetRow = preview.top + r;
              return (
                <tr key={sheetRow}>
                  <th scope="row" className={mergeClasses(styles.cell, styles.rowHead)}>
                    {sheetRow + 1}
                  </th>
                  {columns.map((col, c) => {
                    const value = row[c];
                    const isSelected =
                      preview.selected !== null && rangeContains(preview.selected, sheetRow, col);
                    const ref = isSelected && firstSelected ? selectedCell : undefined;
                    if (isSelected) firstSelected = false;
                    return (
                      <td
                        key={col}
                        ref={ref}
                        aria-selected={isSelected || undefined}
                        className={mergeClasses(
                          styles.cell,
                          typeof value === "number" && styles.number,
                          isSelected && styles.selected,
                        )}
                      >
                        {cellDisplay(value, preview.formats?.[r]?.[c], lang)}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {preview.moreRows > 0 ? (
        <Text className={styles.more} size={200}>
          {t("preview.more", { count: preview.moreRows, n: f.integer(preview.moreRows) })}
        </Text>
      ) : null}
    </section>
  );
}
