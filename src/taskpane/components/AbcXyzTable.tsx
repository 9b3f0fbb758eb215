import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { AbcClass, AbcXyzMatrix, XyzClass } from "../../core";
import { useFormat } from "../i18n/useFormat";
import { useSummaryTableStyles } from "./paneStyles";

const ABC: readonly AbcClass[] = ["A", "B", "C"];
const XYZ: readonly (XyzClass | "none")[] = ["X", "Y", "Z", "none"];

const useStyles = makeStyles({
  fixed: { tableLayout: "fixed" },
  cell: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  rowHead: { textAlign: "start", whiteSpace: "nowrap", width: "25%" },
  best: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  worst: { backgroundColor: tokens.colorPaletteRedBackground2 },
});

/** The small ABC×XYZ table: clients per cell, with the cell's share of turnover in its accessible name. */
export function AbcXyzTable({ matrix }: { readonly matrix: AbcXyzMatrix }) {
  const own = useStyles();
  const shared = useSummaryTableStyles();
  const styles = {
    ...own,
    table: mergeClasses(shared.table, own.fixed),
    caption: shared.caption,
    cell: mergeClasses(shared.cell, own.cell),
    head: shared.head,
  };
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
                    cell: x === "none" ? t("matrix.noneCell", { abc: a }) : `${a}${x}`,
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
