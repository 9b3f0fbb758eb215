import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { MoreHorizontalRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import type { Language } from "../../../core";
import type { PaneStep } from "./paneSteps";
import type { StepTabsProps } from "./StepTabs";

const useStyles = makeStyles({
  more: { alignSelf: "center", flexShrink: 0 },
});

/** The menu of the steps that did not fit; nothing while every step is in view. */
export function MoreSteps({ steps, lang, onSelect }: Omit<StepTabsProps, "selected">) {
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
