import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { WriteBlock } from "../host/WorkbookHost";
import { useFormat } from "../i18n/useFormat";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Why nothing was written: protected sheets, filters, cells in the way, each named. */
export function WriteBlocks({ blocks }: { readonly blocks: readonly WriteBlock[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("run.blocked.title")}</MessageBarTitle>
        <ul className={styles.list}>
          {blocks.map((block, i) => (
            <li key={i}>
              {t(`run.writeIssue.${block.code}`, {
                sheet: block.sheet,
                table: "table" in block ? (block.table ?? "") : "",
                cells: "cells" in block ? block.cells.join(", ") : "",
                count: "count" in block ? block.count : 0,
                n: "count" in block ? format.integer(block.count) : "",
              })}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
