import {
  HistoryRegular,
  PeopleRegular,
  PersonFeedbackRegular,
  PlayRegular,
  SettingsRegular,
  TableSimpleRegular,
  TargetArrowRegular,
  type FluentIcon,
} from "@fluentui/react-icons";
import { lazy, type ReactNode } from "react";
import type { TFunction } from "i18next";
import type { Language, SettingsIssue } from "../../../core";
import { CATALOGS } from "../../../locales";
import type { SegmentaState } from "../../state/segmentaReducer";
import type { SegmentaActions } from "../../state/useSegmenta";
import { DetectPanel } from "../DetectPanel";

// Every step but the first loads its code when a manager first opens it, so the pane starts within
// its JavaScript budget (the Data step is what the pane opens on).
const SettingsPanel = lazy(() => import("../SettingsPanel").then((m) => ({ default: m.SettingsPanel })));
const RunPanel = lazy(() => import("../RunPanel").then((m) => ({ default: m.RunPanel })));
const VoicePanel = lazy(() => import("../VoicePanel").then((m) => ({ default: m.VoicePanel })));
const TeamPanel = lazy(() => import("../TeamPanel").then((m) => ({ default: m.TeamPanel })));
const HistoryPanel = lazy(() => import("../HistoryPanel").then((m) => ({ default: m.HistoryPanel })));
const PortraitPanel = lazy(() => import("../PortraitPanel").then((m) => ({ default: m.PortraitPanel })));

/** What every step's panel may use: the pane's state and actions, and the ways between steps. */
export interface StepContext {
  readonly state: SegmentaState;
  readonly actions: SegmentaActions;
  readonly settingsIssues: readonly SettingsIssue[];
  readonly settingsValid: boolean;
  readonly standalone: boolean;
  readonly onShowData: () => void;
  readonly onChooseColumns: () => void;
  /** The Data step brings its column roles into view once (asked for from the Team step). */
  readonly focusRoles: boolean;
  readonly onRolesFocused: () => void;
}

/** One step of the pane: its tab (label and icon) and its panel. */
export interface PaneStep {
  readonly id: string;
  readonly icon: FluentIcon;
  readonly label: (t: TFunction, lang: Language) => string;
  readonly panel: (context: StepContext) => ReactNode;
}

/**
 * The pane's steps in order. A new step is one entry here: its words come from its own catalog, its
 * panel may be lazy (the pane shows a spinner while its code loads).
 */
export const PANE_STEPS: readonly PaneStep[] = [
  {
    id: "detect",
    icon: TableSimpleRegular,
    label: (t) => t("app.tabs.detect"),
    panel: (c) => (
      <DetectPanel state={c.state} actions={c.actions} focusRoles={c.focusRoles} onRolesFocused={c.onRolesFocused} />
    ),
  },
  {
    id: "settings",
    icon: SettingsRegular,
    label: (t) => t("app.tabs.settings"),
    panel: (c) => (
      <SettingsPanel
        settings={c.state.settings}
        issues={c.settingsIssues}
        lang={c.state.lang}
        onChange={c.actions.setSettings}
      />
    ),
  },
  { id: "run", icon: PlayRegular, label: (t) => t("app.tabs.run"), panel: (c) => <RunPanel {...c} /> },
  {
    id: "voice",
    icon: PersonFeedbackRegular,
    label: (_t, lang) => CATALOGS[lang].voice.pane.step,
    panel: (c) => <VoicePanel {...c} />,
  },
  {
    id: "team",
    icon: PeopleRegular,
    label: (_t, lang) => CATALOGS[lang].team.pane.step,
    panel: (c) => <TeamPanel {...c} />,
  },
  {
    id: "history",
    icon: HistoryRegular,
    label: (_t, lang) => CATALOGS[lang].history.pane.step,
    panel: (c) => <HistoryPanel {...c} />,
  },
  {
    id: "portrait",
    icon: TargetArrowRegular,
    label: (t) => t("app.tabs.portrait"),
    panel: (c) => <PortraitPanel {...c} />,
  },
];
