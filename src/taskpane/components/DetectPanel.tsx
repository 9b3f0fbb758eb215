import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { useCoreWords } from "../i18n/useCoreWords";
import { useFormat } from "../i18n/useFormat";
import type { SegmentaState } from "../state/segmentaReducer";
import { tableFacts } from "../state/tableFacts";
import type { SegmentaActions } from "../state/useSegmenta";
import { ColumnRoles } from "./ColumnRoles";
import { DetectionNotes } from "./DetectionNotes";
import { FactList } from "./FactList";
import { GridPreview } from "./GridPreview";
import { InputIssues } from "./InputIssues";
import { OptionDropdown } from "./OptionDropdown";
import { dataSheets } from "../state/dataSheets";
import { isCsvFileName } from "../../csv/fileNames";
import { ReadChoices } from "./ReadChoices";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", justifyContent: "flex-end" },
});

/**
 * Step 1: the table Segmenta found on the sheet, its columns, and the input errors to fix. With
 * `focusRoles` (asked for from the Team step) it brings the column roles into view once.
 */
export function DetectPanel({
  state,
  actions,
  focusRoles = false,
  onRolesFocused,
}: {
  readonly state: SegmentaState;
  readonly actions: SegmentaActions;
  readonly focusRoles?: boolean;
  readonly onRolesFocused?: () => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useFormat();
  const words = useCoreWords();
  const { detect } = state;

  const reread = (
    <div className={styles.actions}>
      <Button
        icon={<ArrowClockwiseRegular />}
        onClick={() => void actions.detect()}
        disabled={detect.status === "reading"}
      >
        {t("detect.reread.button")}
      </Button>
    </div>
  );

  if (detect.status === "idle" || detect.status === "reading") {
    return (
      <section className={styles.root} aria-label={t("app.tabs.detect")}>
        <Field label={t("detect.reading.label")} validationState="none">
          <ProgressBar value={detect.status === "reading" && detect.value > 0 ? detect.value : undefined} />
        </Field>
      </section>
    );
  }
  if (detect.status === "failed") {
    return (
      <section className={styles.root} aria-label={t("app.tabs.detect")}>
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t("detect.failed.title")}</MessageBarTitle>
            {detect.message}
          </MessageBarBody>
        </MessageBar>
        {reread}
      </section>
    );
  }

  const sheets = dataSheets(detect.outline);
  const sheetPicker =
    sheets.length > 1 ? (
      <Field label={t("detect.sheet.label")} hint={t("detect.sheet.hint")}>
        <OptionDropdown<string>
          value={detect.outline.sheet}
          choices={sheets.map((name) => ({ value: name, text: name }))}
          onChange={(sheet) => void actions.chooseSheet(sheet)}
        />
      </Field>
    ) : null;
  const facts = tableFacts(detect.analysis);
  const { table } = facts;
  // Period columns of months or quarters read best as months; sale dates as dates.
  const dayText =
    table?.periodKind === "month" || table?.periodKind === "quarter" ? format.month : format.date;
  const axis = detect.analysis.classification?.axis;
  return (
    <section className={styles.root} aria-label={t("app.tabs.detect")}>
      {sheetPicker}
      {table ? (
        <>
          <Subtitle2 as="h2">{t("detect.table.title")}</Subtitle2>
          <FactList
            facts={[
              { term: t("detect.table.address"), value: facts.address ?? "" },
              { term: t("detect.table.shape"), value: t(`detect.shape.${table.shape}`) },
              ...(facts.clients !== null
                ? [{ term: t("detect.table.clients"), value: format.integer(facts.clients) }]
                : []),
              ...(facts.firstDay !== null && facts.lastDay !== null
                ? [
                    {
                      term: t("detect.table.periods"),
                      value: t("detect.table.range", {
                        from: dayText(facts.firstDay),
                        to: dayText(facts.lastDay),
                      }),
                    },
                  ]
                : []),
              ...(axis
                ? [{ term: t("detect.table.asOf"), value: words.period(axis.last, axis.granularity) }]
                : []),
            ]}
          />
          <DetectionNotes table={table} lang={state.lang} />
          <ColumnRoles
            table={table}
            periodColumns={facts.periodColumns}
            onRole={actions.setRole}
            focus={focusRoles}
            onFocused={onRolesFocused}
          />
        </>
      ) : (
        <Text>{t("detect.none")}</Text>
      )}
      <ReadChoices
        table={table}
        issues={detect.analysis.read?.ok === false ? detect.analysis.read.issues : []}
        choice={state.readChoice}
        lang={state.lang}
        onChoose={actions.chooseRead}
        canReadAs={state.fileName !== null && isCsvFileName(state.fileName)}
      />
      <InputIssues issues={facts.issues} onSelect={(range) => void actions.select(range)} />
      {reread}
      {state.preview ? (
        <GridPreview preview={state.preview} onSheet={(sheet) => void actions.showSheet(sheet)} />
      ) : null}
    </section>
  );
}
