import { makeStyles, Overflow, OverflowItem, Tab, TabList, tokens } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../../core";
import type { PaneStep } from "./paneSteps";

// The menu of the steps that do not fit loads after the pane starts: it keeps the menu's code out of
// the first script.
const MoreSteps = lazy(() => import("./MoreSteps").then((m) => ({ default: m.MoreSteps })));

const useStyles = makeStyles({
  list: { minWidth: 0, flexWrap: "nowrap", overflow: "hidden" },
  // The icon above a short label: five to seven steps side by side in a 350 px pane.
  tab: {
    justifyItems: "center",
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    minWidth: 0,
    flexShrink: 0,
  },
  icon: { gridColumnStart: 1, gridRowStart: 1 },
  label: { gridColumnStart: 1, gridRowStart: 2, paddingLeft: 0, paddingRight: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, whiteSpace: "nowrap" },
});

export interface StepTabsProps {
  readonly steps: readonly PaneStep[];
  readonly selected: string;
  readonly lang: Language;
  readonly onSelect: (id: string) => void;
}

/**
 * The pane's steps on one line in any language: an icon over a short label each; steps that do not
 * fit go to a "more" menu at the end (the longest labels first), and the selected step always stays
 * in view.
 */
export function StepTabs({ steps, selected, lang, onSelect }: StepTabsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <Overflow minimumVisible={2} padding={0}>
      <TabList
        className={styles.list}
        selectedValue={selected}
        onTabSelect={(_, data) => onSelect(String(data.value))}
        size="small"
        aria-label={t("app.tabs.label")}
      >
        {steps.map((step) => {
          const Icon = step.icon;
          const label = step.label(t, lang);
          // The selected step always stays; of the others the longest label goes to the menu first, so
          // as many steps as possible stay in view.
          const priority = step.id === selected ? 1000 : 100 - Math.min(label.length, 99);
          return (
            <OverflowItem key={step.id} id={step.id} priority={priority}>
              <Tab
                value={step.id}
                className={styles.tab}
                icon={{ className: styles.icon, children: <Icon /> }}
                content={{ className: styles.label }}
              >
                {label}
              </Tab>
            </OverflowItem>
          );
        })}
        <Suspense fallback={null}>
          <MoreSteps steps={steps} lang={lang} onSelect={onSelect} />
        </Suspense>
      </TabList>
    </Overflow>
  );
}
