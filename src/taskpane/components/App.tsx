import {
  FluentProvider,
  makeStyles,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useState } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import type { i18n } from "i18next";
import type { Language } from "../../core";
import type { WorkbookHost } from "../host/WorkbookHost";
import type { Analyse } from "../state/analysis";
import { useSegmenta } from "../state/useSegmenta";
import { DetectPanel } from "./DetectPanel";
import { LanguagePicker } from "./LanguagePicker";
import { RunPanel } from "./RunPanel";
import { SettingsPanel } from "./SettingsPanel";
import { SourceBar } from "./SourceBar";
import { CATALOGS } from "../../locales";

// The Team and Portrait steps come after a run: their code loads when a manager first opens them,
// so the pane starts within its JavaScript budget.
const TeamPanel = lazy(() => import("./TeamPanel").then((m) => ({ default: m.TeamPanel })));
const PortraitPanel = lazy(() => import("./PortraitPanel").then((m) => ({ default: m.PortraitPanel })));
const VoicePanel = lazy(() => import("./VoicePanel").then((m) => ({ default: m.VoicePanel })));

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
  // Five steps: in a long language the tabs wrap onto a second line instead of leaving the pane.
  tabs: { flexWrap: "wrap" },
  title: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
});

type View = "detect" | "settings" | "run" | "voice" | "team" | "portrait";

export interface AppProps {
  readonly host: WorkbookHost;
  readonly analyse: Analyse;
  readonly i18n: i18n;
  readonly theme: Theme;
  readonly lang: Language;
}

/** The task pane: one theme provider, the language, and the steps Detect → Settings → Run → Team → Portrait. */
export function App({ host, analyse, i18n, theme, lang }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={theme} lang={lang}>
        <Pane host={host} analyse={analyse} lang={lang} />
      </FluentProvider>
    </I18nextProvider>
  );
}

function Pane({ host, analyse, lang }: Pick<AppProps, "host" | "analyse" | "lang">) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const { state, settingsIssues, actions } = useSegmenta(host, analyse, lang);
  const [view, setView] = useState<View>("detect");
  // Set by "choose the manager column": the Data step then brings its column roles into view.
  const [chooseColumns, setChooseColumns] = useState(false);

  // A workbook just opened starts at its data.
  useEffect(() => setView("detect"), [state.openings]);

  useEffect(() => {
    if (i18n.language !== state.lang) void i18n.changeLanguage(state.lang);
    document.documentElement.lang = state.lang;
  }, [i18n, state.lang]);

  // What the Run and Portrait steps share.
  const step = {
    state,
    settingsValid: settingsIssues.length === 0,
    actions,
    onShowData: () => setView("detect"),
    onChooseColumns: () => {
      setChooseColumns(true);
      setView("detect");
    },
    standalone: Boolean(host.files),
  };

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
        <TabList
          className={styles.tabs}
          selectedValue={view}
          onTabSelect={(_, data) => setView(data.value as View)}
          size="small"
        >
          <Tab value="detect">{t("app.tabs.detect")}</Tab>
          <Tab value="settings">{t("app.tabs.settings")}</Tab>
          <Tab value="run">{t("app.tabs.run")}</Tab>
          <Tab value="voice">{CATALOGS[state.lang].voice.pane.step}</Tab>
          <Tab value="team">{CATALOGS[state.lang].team.pane.step}</Tab>
          <Tab value="portrait">{t("app.tabs.portrait")}</Tab>
        </TabList>
        {view === "detect" ? (
          <DetectPanel
            state={state}
            actions={actions}
            focusRoles={chooseColumns}
            onRolesFocused={() => setChooseColumns(false)}
          />
        ) : null}
        {view === "settings" ? (
          <SettingsPanel
            settings={state.settings}
            issues={settingsIssues}
            lang={state.lang}
            onChange={actions.setSettings}
          />
        ) : null}
        {view === "run" ? <RunPanel {...step} /> : null}
        <Suspense fallback={<Spinner size="small" data-testid="step-loading" />}>
          {view === "voice" ? <VoicePanel {...step} /> : null}
          {view === "team" ? <TeamPanel {...step} /> : null}
          {view === "portrait" ? <PortraitPanel {...step} /> : null}
        </Suspense>
      </main>
    </div>
  );
}
