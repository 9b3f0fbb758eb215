import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { MoreHorizontalRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import type { Language } from "../../../core";
import type { PaneStep } from "./paneSteps";

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
  more: { alignSelf: "center", flexShrink: 0 },
});

export interface StepTabsProps {
  readonly steps: readonly PaneStep[];
  readonly selected: string;
  readonly lang: Language;
  readonly onSelect: (id: string) => void;
}

/**
 * The pane's steps on one line in any language: an icon over a short label each; steps that do not
 * fit go to a "more" menu at the end, and the selected step always stays in view.
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
          return (
            <OverflowItem key={step.id} id={step.id} priority={step.id === selected ? 2 : 1}>
              <Tab
                value={step.id}
                className={styles.tab}
                icon={{ className: styles.icon, children: <Icon /> }}
                content={{ className: styles.label }}
              >
                {step.label(t, lang)}
              </Tab>
            </OverflowItem>
          );
        })}
        <MoreSteps steps={steps} lang={lang} onSelect={onSelect} />
      </TabList>
    </Overflow>
  );
}

/** The menu of the steps that did not fit; nothing while every step is in view. */
function MoreSteps({ steps, lang, onSelect }: Omit<StepTabsProps, "selected">) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          className={styles.more}
          appearance="transparent"
          icon={<MoreHorizontalRegular />}
          aria-label={t("app.tabs.more")}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {steps.map((step) => (
            <HiddenStep key={step.id} step={step} lang={lang} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function HiddenStep({ step, lang, onSelect }: { readonly step: PaneStep; readonly lang: Language; readonly onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const visible = useIsOverflowItemVisible(step.id);
  if (visible) return null;
  const Icon = step.icon;
  return (
    <MenuItem icon={<Icon />} onClick={() => onSelect(step.id)}>
      {step.label(t, lang)}
    </MenuItem>
  );
}
