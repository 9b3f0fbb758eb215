import { Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { RangeRef } from "../../core";
import { useFormat } from "../i18n/useFormat";
import type { Analysis } from "../state/analysis";
import { inputIssuesOf } from "../state/tableFacts";
import { InputIssues } from "./InputIssues";

export interface InvalidDataProps {
  readonly title: string;
  /** Lines said before the analysis's own plan issues. */
  readonly lines?: readonly string[];
  readonly analysis: Analysis;
  readonly onShowData: () => void;
  readonly onSelect: (range: RangeRef) => void;
}

/** Why a step wrote nothing: its reasons and plan issues, a way back to the data, and the input errors. */
export function InvalidData({ title, lines = [], analysis, onShowData, onSelect }: InvalidDataProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const said = [
    ...lines,
    ...analysis.planIssues.map((issue) =>
      t(`run.planIssue.${issue.code}`, { sheet: issue.sheet, limit: format.integer(issue.limit) }),
    ),
  ];
  return (
    <>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {said.map((line, i) => (
            <div key={i}>{line}</div>
          ))}{" "}
          <Link as="button" onClick={onShowData}>
            {t("run.invalid.showData")}
          </Link>
        </MessageBarBody>
      </MessageBar>
      <InputIssues issues={inputIssuesOf(analysis)} onSelect={onSelect} />
    </>
  );
}
