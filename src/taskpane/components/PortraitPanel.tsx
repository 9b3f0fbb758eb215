import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import { PeopleTeamRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { describePortraitIssue } from "../../core";
import { CATALOGS } from "../../locales";
import { portraitView, sheetStart, type PortraitColumn } from "../state/portraitView";
import type { SegmentaState } from "../state/segmentaReducer";
import type { SegmentaActions } from "../state/useSegmenta";
import { DownloadButton } from "./DownloadButton";
import { GridPreview } from "./GridPreview";
import { InvalidData } from "./InvalidData";
import { OptionDropdown } from "./OptionDropdown";
import { usePanelStyles } from "./paneStyles";
import { FunnelView } from "./FunnelView";
import { PortraitSummaryView } from "./PortraitSummaryView";
import { CancelButton } from "./CancelButton";
import { StepStatus } from "./StepStatus";
import { WriteBlocks } from "./WriteBlocks";
import { SettingsWarning } from "./SettingsWarning";

const useStyles = makeStyles({
  intro: { color: tokens.colorNeutralForeground2 },
});

export interface PortraitPanelProps {
  readonly state: SegmentaState;
  readonly settingsValid: boolean;
  readonly actions: SegmentaActions;
  readonly standalone: boolean;
  readonly onShowData: () => void;
}

const NONE = "none";

/**
 * Step 4: the ideal client portrait. Pick the segment and product columns, create or update the
 * portrait sheets, then see the top gaps per segment and the least developed clients.
 */
export function PortraitPanel({ state, settingsValid, actions, standalone, onShowData }: PortraitPanelProps) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const { t } = useTranslation();
  const view = portraitView(state);
  const { portrait } = state;
  const running = portrait.status === "running";
  const reading = state.detect.status === "reading";
  const columnText = (c: PortraitColumn) => t("portrait.column", { letters: c.letters, header: c.header || t("detect.roles.noHeader") });
  const hint = (role: "segment" | "product", current: number | null) =>
    role === "segment" && current === null
      ? t("portrait.segment.wholeBase", { name: CATALOGS[state.lang].portrait.allClients })
      : t(`portrait.${role}.hint`);
  const picker = (role: "segment" | "product", current: number | null) => (
    <Field label={t(`portrait.${role}.label`)} hint={hint(role, current)}>
      <OptionDropdown<string>
        value={current === null ? NONE : String(current)}
        choices={[
          ...(current === null ? [{ value: NONE, text: t("portrait.noColumn"), disabled: true }] : []),
          ...view.columns.map((c) => ({ value: String(c.col), text: columnText(c) })),
        ]}
        onChange={(value) => actions.setRole(Number(value), role)}
      />
    </Field>
  );

  return (
    <section className={styles.root} aria-label={t("app.tabs.portrait")}>
      <Text className={styles.intro}>{t("portrait.intro")}</Text>
      {picker("segment", view.segment)}
      {picker("product", view.product)}
      {view.product === null && state.detect.status === "ready" ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("portrait.needsProduct")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {!view.hasTargetSheet ? (
        <Field hint={t("portrait.suggest.hint")}>
          <Switch
            label={t("portrait.suggest.label")}
            checked={state.suggest}
            onChange={(_, data) => actions.setSuggest(data.checked)}
          />
        </Field>
      ) : null}
      <SettingsWarning settingsValid={settingsValid} />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<PeopleTeamRegular />}
          disabled={running || reading || !settingsValid || view.product === null}
          onClick={() => void actions.portrait()}
        >
          {view.hasTargetSheet ? t("portrait.update.button") : t("portrait.create.button")}
        </Button>
        {running ? <CancelButton stage={portrait.stage} standalone={standalone} onCancel={actions.cancel} /> : null}
        {standalone && portrait.status === "done" ? <DownloadButton actions={actions} /> : null}
      </div>

      <StepStatus
        progress={running ? portrait : null}
        cancelled={portrait.status === "cancelled"}
        failure={portrait.status === "failed" ? portrait.message : null}
      />

      {portrait.status === "invalid" ? (
        <InvalidData
          title={t("portrait.invalid.title")}
          lines={portrait.issues.map((issue) => describePortraitIssue(issue, state.lang))}
          analysis={portrait.analysis}
          onShowData={onShowData}
          onSelect={(range) => void actions.select(range)}
        />
      ) : null}

      {portrait.status === "blocked" ? <WriteBlocks blocks={portrait.blocks} /> : null}

      {portrait.status === "done" && portrait.portrait.model && portrait.portrait.summary ? (
        <PortraitSummaryView
          model={portrait.portrait.model}
          summary={portrait.portrait.summary}
          primaryGoTo={!standalone}
          suggested={state.suggested}
          onGoTo={(sheet) => void actions.select(sheetStart(sheet))}
        />
      ) : null}

      {portrait.status === "done" && portrait.portrait.funnel ? (
        <FunnelView
          funnel={portrait.portrait.funnel}
          sheet={portrait.portrait.funnelSheet ?? null}
          onGoTo={(sheet) => void actions.select(sheetStart(sheet))}
        />
      ) : null}

      {portrait.status === "done" && standalone && state.preview ? (
        <GridPreview preview={state.preview} onSheet={(sheet) => void actions.showSheet(sheet)} />
      ) : null}
    </section>
  );
}
