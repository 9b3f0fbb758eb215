import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
  Tooltip,
} from "@fluentui/react-components";
import { CursorClickRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import type { InputIssue, RangeRef } from "../../core";
import { useCoreWords } from "../i18n/useCoreWords";
import { useFormat } from "../i18n/useFormat";
import { rangeOfCellLabel } from "../state/cellLabel";

/** How many input errors are listed; the rest are counted. */
export const SHOWN_ISSUES = 20;

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  text: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
});

/** The problems in the data, all together, each with a button that selects its cell. */
export function InputIssues({
  issues,
  onSelect,
}: {
  readonly issues: readonly InputIssue[];
  readonly onSelect: (range: RangeRef) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const words = useCoreWords();
  const format = useFormat();
  if (issues.length === 0) return null;
  const shown = issues.slice(0, SHOWN_ISSUES);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {issues.length > SHOWN_ISSUES
            ? t("detect.issues.someShown", {
                count: issues.length,
                n: format.integer(issues.length),
                shown: SHOWN_ISSUES,
              })
            : t("detect.issues.title", { count: issues.length, n: format.integer(issues.length) })}
        </MessageBarTitle>
        <ul className={styles.list}>
          {shown.map((issue, i) => {
            const range = "cell" in issue ? rangeOfCellLabel(issue.cell) : null;
            return (
              <li key={i} className={styles.item}>
                <span className={styles.text}>{words.issue(issue)}</span>
                {range ? (
                  <Tooltip
                    content={t("detect.issues.select", { cell: "cell" in issue ? issue.cell : "" })}
                    relationship="label"
                  >
                    <Button
                      size="small"
                      appearance="subtle"
                      icon={<CursorClickRegular />}
                      onClick={() => onSelect(range)}
                    />
                  </Tooltip>
                ) : null}
              </li>
            );
          })}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
