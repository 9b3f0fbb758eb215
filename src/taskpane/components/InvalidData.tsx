import { Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { describeVoiceIssue, type RangeRef } from "../../core";
import { usePaneLanguage } from "../i18n/usePaneLanguage";
import { useCoreWords } from "../i18n/useCoreWords";
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
  const words = useCoreWords();
  const lang = usePaneLanguage();
  const said = [
    ...lines,
    ...analysis.planIssues.map(words.planIssue),
    ...(analysis.voice?.ok === false ? analysis.voice.issues.map((issue) => describeVoiceIssue(issue, lang)) : []),
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
