import { Button, makeStyles, Text, tokens, Tooltip } from "@fluentui/react-components";
import { DocumentArrowUpRegular, DocumentTableRegular } from "@fluentui/react-icons";
import { lazy, Suspense, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { SegmentaState } from "../state/segmentaReducer";
import type { SegmentaActions } from "../state/useSegmenta";

// The sample menu's code loads after the pane starts, outside its first script.
const SampleMenu = lazy(() => import("./SampleMenu").then((m) => ({ default: m.SampleMenu })));

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  name: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  file: { display: "none" },
});

/** Standalone mode: which workbook the pane works on, and how to open another one. */
export function SourceBar({
  state,
  actions,
}: {
  readonly state: SegmentaState;
  readonly actions: SegmentaActions;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className={styles.root} aria-label={t("source.bar.label")}>
      <Text className={styles.name} size={200} title={state.fileName ?? undefined}>
        {t("source.file.current", { name: state.fileName ?? "—" })}
      </Text>
      <Suspense
        fallback={<Button appearance="subtle" icon={<DocumentTableRegular />} disabled aria-label={t("source.sample.button")} />}
      >
        <SampleMenu lang={state.lang} onOpen={(sample) => void actions.openSample(sample)} />
      </Suspense>
      <Tooltip content={t("source.open.button")} relationship="label">
        <Button
          appearance="subtle"
          icon={<DocumentArrowUpRegular />}
          onClick={() => input.current?.click()}
        />
      </Tooltip>
      <input
        ref={input}
        className={styles.file}
        type="file"
        // Workbooks, and CSV files as the command line reads them (any delimiter, tab included).
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,.csv,text/csv,.tsv,text/tab-separated-values,.txt"
        aria-label={t("source.open.button")}
        data-testid="workbook-file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) void actions.openFile(file, file.name);
        }}
      />
    </section>
  );
}
