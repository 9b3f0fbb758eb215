import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { AbcClass, AbcXyzMatrix, XyzClass } from "../../core";
import { useFormat } from "../i18n/useFormat";

const ABC: readonly AbcClass[] = ["A", "B", "C"];
const XYZ: readonly (XyzClass | "none")[] = ["X", "Y", "Z", "none"];

const useStyles = makeStyles({
  table: {
    width: "100%",
    borderCollapse: "collapse",
    tableLayout: "fixed",
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
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
  },
  head: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  rowHead: { textAlign: "start", whiteSpace: "nowrap", width: "25%" },
  best: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  worst: { backgroundColor: tokens.colorPaletteRedBackground2 },
});

/** The small ABC×XYZ table: clients per cell, with the cell's share of turnover in its accessible name. */
export function AbcXyzTable({ matrix }: { readonly matrix: AbcXyzMatrix }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const heading = (x: XyzClass | "none") => (x === "none" ? t("matrix.none") : x);
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{t("matrix.caption")}</caption>
      <thead>
        <tr>
          <th scope="col" className={mergeClasses(styles.cell, styles.head, styles.rowHead)}>
            {t("matrix.corner")}
          </th>
          {XYZ.map((x) => (
            <th key={x} scope="col" className={mergeClasses(styles.cell, styles.head)}>
              {heading(x)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ABC.map((a) => (
          <tr key={a}>
            <th scope="row" className={mergeClasses(styles.cell, styles.head, styles.rowHead)}>
              {a}
            </th>
            {XYZ.map((x) => {
              const cell = matrix.cells[a][x];
              const tone =
                a === "A" && x === "X" ? styles.best : a === "C" && x === "Z" ? styles.worst : undefined;
              return (
                <td
                  key={x}
                  className={mergeClasses(styles.cell, tone)}
                  title={t("matrix.cell", {
                    abc: a,
                    xyz: heading(x),
                    count: cell.count,
                    n: format.integer(cell.count),
                    share: format.percent(cell.share),
                  })}
                >
                  {format.integer(cell.count)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
