import { Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Stage } from "../state/segmentaReducer";

export interface StepStatusProps {
  /** The stage and overall fraction while the step runs. */
  readonly progress: { readonly stage: Stage; readonly value: number } | null;
  readonly cancelled: boolean;
  /** Why the step failed, when it did. */
  readonly failure: string | null;
}

/** A step's progress bar while it runs, and the note when it was cancelled or failed. */
export function StepStatus({ progress, cancelled, failure }: StepStatusProps) {
  const { t } = useTranslation();
  return (
    <>
      {progress ? (
        <Field label={t(`run.stage.${progress.stage}`)} hint={t("run.progress.percent", { value: Math.round(progress.value * 100) })}>
          <ProgressBar value={progress.value} max={1} thickness="large" />
        </Field>
      ) : null}
      {cancelled ? (
        <MessageBar intent="info">
          <MessageBarBody>{t("run.cancelled")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {failure !== null ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("run.failed.title")}</MessageBarTitle>
            {failure}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
