import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

/** The layout every step's panel shares: a column of blocks and a wrapping row of buttons. */
export const usePanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

/** The small summary tables of the pane: a caption above, thin row lines, numbers right-aligned. */
export const useSummaryTableStyles = makeStyles({
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
  caption: {
    captionSide: "top",
    textAlign: "start",
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
  },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  head: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  text: { textAlign: "start", overflowWrap: "anywhere" },
  nowrap: { whiteSpace: "nowrap" },
  /** A second, smaller line inside a cell. */
  sub: {
    display: "block",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
  },
});

/**
 * The class names of a summary table's cells: text, numbers (right-aligned, never wrapped) and
 * header cells (text unless another class is given).
 */
export function useSummaryCells(): {
  readonly cell: string;
  readonly number: string;
  readonly head: (extra?: string) => string;
} {
  const styles = useSummaryTableStyles();
  return {
    cell: mergeClasses(styles.cell, styles.text),
    number: mergeClasses(styles.cell, styles.number, styles.nowrap),
    head: (extra = styles.text) => mergeClasses(styles.cell, styles.head, extra),
  };
}
