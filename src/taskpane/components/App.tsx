import { FluentProvider, makeStyles, Spinner, Text, tokens, type Theme } from "@fluentui/react-components";
import { Suspense, useEffect, useState } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import type { i18n } from "i18next";
import type { Language } from "../../core";
import type { WorkbookHost } from "../host/WorkbookHost";
import { useSegmenta } from "../state/useSegmenta";
import { LanguagePicker } from "./LanguagePicker";
import { SourceBar } from "./SourceBar";
import { PANE_STEPS, type StepContext } from "./steps/paneSteps";
import { StepTabs } from "./steps/StepTabs";

const FIRST_STEP = PANE_STEPS[0].id;

const useStyles = makeStyles({
  // The page behind the pane takes the theme's background (the provider's portals copy its classes,
  // so the full height lives here, not on the provider).
  page: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "640px",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  title: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
});

export interface AppProps {
  readonly host: WorkbookHost;
  readonly i18n: i18n;
  readonly theme: Theme;
  readonly lang: Language;
}

/** The task pane: one theme provider, the language, and the steps of `PANE_STEPS` (Data → Settings → Run → Team → Portrait). */
export function App({ host, i18n, theme, lang }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={theme} lang={lang}>
        <Pane host={host} lang={lang} />
      </FluentProvider>
    </I18nextProvider>
  );
}

function Pane({ host, lang }: Pick<AppProps, "host" | "lang">) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const { state, settingsIssues, actions } = useSegmenta(host, lang);
  const [view, setView] = useState<string>(FIRST_STEP);
  // Set by "choose the manager column": the Data step then brings its column roles into view.
  const [chooseColumns, setChooseColumns] = useState(false);

  // A workbook just opened starts at its data.
  useEffect(() => setView(FIRST_STEP), [state.openings]);

  useEffect(() => {
    if (i18n.language !== state.lang) void i18n.changeLanguage(state.lang);
    document.documentElement.lang = state.lang;
  }, [i18n, state.lang]);

  const context: StepContext = {
    state,
    actions,
    settingsIssues,
    settingsValid: settingsIssues.length === 0,
    standalone: Boolean(host.files),
    onShowData: () => setView(FIRST_STEP),
    onChooseColumns: () => {
      setChooseColumns(true);
      setView(FIRST_STEP);
    },
    focusRoles: chooseColumns,
    onRolesFocused: () => setChooseColumns(false),
  };
  const step = PANE_STEPS.find((s) => s.id === view) ?? PANE_STEPS[0];

  return (
    <div className={styles.page}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Text as="h1" className={styles.title}>
            {t("app.header.title")}
          </Text>
          <LanguagePicker lang={state.lang} onChange={actions.setLanguage} />
        </header>
        {host.files ? <SourceBar state={state} actions={actions} /> : null}
        <StepTabs steps={PANE_STEPS} selected={step.id} lang={state.lang} onSelect={setView} />
        <Suspense fallback={<Spinner size="small" data-testid="step-loading" />}>{step.panel(context)}</Suspense>
      </main>
    </div>
  );
}
